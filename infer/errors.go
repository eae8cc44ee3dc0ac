package infer

import "errors"

// Errors of package infer. Callers check them with errors.Is; the wrapping
// error says which party, which value position or which count is wrong,
// never a feature value, a weight or a share.
var (
	// ErrShareCheck means a serving node's stored weight share does not
	// match its MAC: some node altered its share of w, of m = β·w or of β,
	// or the nodes hold shares of different splits. Every party of the
	// session returns it, and the client gets no result.
	ErrShareCheck = errors.New("infer: a serving node's stored weight share does not match its MAC")
	// ErrUnsupportedModel means the model's kind cannot be served
	// privately: only lr and hlr (a linear logit) can, not mlp.
	ErrUnsupportedModel = errors.New("infer: model kind not supported")
	// ErrBadInput means a feature row, a model, a share or a count is
	// unusable: a non-finite or too large value, a wrong length, a node
	// count out of range.
	ErrBadInput = errors.New("infer: bad input")
	// ErrMismatch means the parties of a session disagree on its shape:
	// the client's row and a node's share have different feature counts,
	// a share was made for another number of nodes or another party
	// index, or a peer does not speak this protocol.
	ErrMismatch = errors.New("infer: parties disagree on the session")
	// ErrRefused means another party declined to start the session
	// because its own input was unusable; it says which party.
	ErrRefused = errors.New("infer: a party refused to start the session")
	// ErrOutputStage is wrapped, with the failure's own error, by a
	// session that failed while the logit was being opened to the client
	// (RevealTo): the client may hold the masked opening, and so the
	// answer, even though the session aborted. A party that stops
	// answering there cannot be told from one whose link broke.
	ErrOutputStage = errors.New("infer: the session failed while opening the output to the client")
	// ErrTimeout means the client's session did not finish within its
	// timeout (DefaultClientTimeout or WithTimeout): a node stayed
	// connected but stopped answering, or the link is too slow. The
	// wrapping error names the party the client was waiting for.
	ErrTimeout = errors.New("infer: the session did not finish in time")
)
