package mascot

import (
	"errors"

	"github.com/twopm/twopm/mpc"
)

// The errors below report a party that cheated or a session that cannot go
// on. Each wraps mpc.ErrProtocol, so callers that only care that the session
// aborted check that; callers that report why check the sentinel with
// errors.Is. None of them carries a share, a MAC or an input value.
var (
	// ErrMACCheck means the MAC check over the opened values failed: some
	// party changed a share or a MAC share of a value that was opened.
	ErrMACCheck = wrap("mascot: MAC check failed")
	// ErrCommitment means a party opened a commitment to something other
	// than what it committed to.
	ErrCommitment = wrap("mascot: commitment opening does not match")
	// ErrSacrifice means a triple failed the sacrifice check: a party
	// deviated while the triples were generated.
	ErrSacrifice = wrap("mascot: triple sacrifice check failed")
	// ErrConsistency means two parties saw different values of something
	// that was sent to all of them.
	ErrConsistency = wrap("mascot: parties saw different broadcast values")
	// ErrOT means the OT extension's consistency check failed: a party sent
	// inconsistent OT-extension messages.
	ErrOT = wrap("mascot: OT extension check failed")
	// ErrRange means a value failed a range or norm check: its owner's
	// value is out of the agreed bound, or the owner cheated in the proof.
	ErrRange = wrap("mascot: value out of range")
)

type protocolError struct{ msg string }

func (e *protocolError) Error() string { return e.msg }
func (e *protocolError) Unwrap() error { return mpc.ErrProtocol }

func wrap(msg string) error { return &protocolError{msg: msg} }

// errBadInput reports a call that breaks the API contract (a wrong length, a
// bound out of range); it does not wrap mpc.ErrProtocol.
var errBadInput = errors.New("mascot: bad input")

// errProtocol is mpc.ErrProtocol, for wrapping malformed messages.
var errProtocol = mpc.ErrProtocol
