// Package p2p links the nodes of a protocol session to each other over
// mutually authenticated TLS 1.3 and carries the session's messages. A
// Host listens for peers and is shared by every session of a node process;
// Host.Open connects one session and returns a Session, which implements
// mpc.Transport.
//
// For each pair of parties i < j, party i dials party j. The dialer sends a
// hello naming the session, itself and the node it means to reach; the
// acceptor answers with a one-byte ack once it has matched the link to a
// session it opened. Messages are framed as a 4-byte big-endian length and
// the payload, at most 64 MiB each.
//
// Send only queues a message; a writer goroutine per link writes the queue
// out, gathering TLS records into writes of up to 256 KiB; a link reads
// its connection through a buffer of the same size. Received messages wait
// in a per-link inbox of at most 16 messages and 32 MiB (one larger
// message is taken in when the inbox is empty); when it is full the link
// stops reading and TCP pushes back on the peer, so a peer that sends
// faster than the session reads costs at most that much memory. A protocol that
// streams many large messages bounds its queue with Session.Pace and hands
// received buffers back with Session.Recycle (mpc.Pacer, mpc.Recycler), so
// that its memory does not grow with its input.
//
// Threat model. What is authenticated: the identity of every peer, by its
// certificate's SHA-256 fingerprint, pinned from the peer list the
// coordinator hands out. Certificates are self-signed; no certificate
// authority, host name or validity period takes part. The dialer checks
// the server's certificate during the handshake, the acceptor checks the
// client's certificate against the peer that the hello names, and each
// side proves possession of its key in the TLS 1.3 handshake. The session
// ID is bound into every link's hello, so a link opened for one session or
// one attempt is never used by another, and links of concurrent sessions
// on one Host never mix. A fingerprint mismatch aborts Open with an error
// wrapping ErrPeerAuth.
//
// What is not authenticated: the coordinator is trusted to hand out the
// right fingerprints and addresses. Whoever can change the peer list can
// put its own key in a party's place. Addresses are not trusted; a wrong
// address only costs availability, since the pinned fingerprint still has
// to match.
//
// Confidentiality and integrity of messages come from TLS 1.3 (ECDHE, so
// forward secret, with AEAD records); a tampered record breaks the link
// rather than being delivered. The message sizes and timing are visible
// on the network. Availability is not protected: anyone who can reach the
// listener and knows a session ID can make a link attempt that fails
// authentication and so abort that session's Open, and a peer can stop
// reading or close its links at any time, which makes Recv fail. A peer
// whose process dies is noticed at once from its closed connection; one
// whose machine vanishes, by TCP keepalive within about 20 seconds.
//
// What leaves the node: its certificate, the session ID and node IDs of
// each hello, and the messages the protocol sends, encrypted. Logs carry
// session and node IDs, fingerprints and byte counts, never message
// contents.
package p2p
