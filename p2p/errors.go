package p2p

import "errors"

// ErrPeerAuth is wrapped by errors about a peer that failed
// authentication: its certificate's fingerprint differs from the one
// pinned in the session's peer list, it rejected this node's certificate,
// or its hello named another node. The wrapping error names the peer and
// the short forms of both fingerprints where they are known. Callers check
// it with errors.Is.
var ErrPeerAuth = errors.New("p2p: peer authentication failed")
