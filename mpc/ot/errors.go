package ot

import "errors"

// ErrCheck is wrapped by every error that reports a cheating or faulty peer:
// a failed consistency check, a commitment opening that does not match, a
// malformed group element or a message of the wrong length. Callers check
// it with errors.Is and must abort the session: the peer deviated from the
// protocol, and nothing computed with it may be used.
var ErrCheck = errors.New("ot: consistency check failed")

// ErrUnusable is wrapped by the error an ExtSender or ExtReceiver returns
// once an earlier Extend or setup step failed; the error also wraps the
// original cause. A failed call leaves the two ends out of step, so the
// pair cannot be used again. Callers check it with errors.Is.
var ErrUnusable = errors.New("ot: extension unusable after an earlier failure")
