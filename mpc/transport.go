// Package mpc holds what the secure-computation protocols of 2PM share: the
// Transport a protocol session runs over. The protocols themselves live in
// subpackages (additive) and import no Temporal, storage or chain code.
package mpc

import (
	"context"
	"errors"
)

// Transport carries the messages of one protocol session between its
// parties, numbered 0 to Parties()−1. Messages between two parties arrive
// in the order they were sent. A Transport is bound to one session: an
// implementation authenticates every peer and never delivers a message of
// another session.
type Transport interface {
	// Parties returns the number of parties in the session.
	Parties() int
	// Self returns this party's index.
	Self() int
	// Send queues msg for party to. It does not wait for the peer to read
	// it, so parties may all send before they receive, and it does not keep
	// msg: the caller may reuse it once Send returns. Send must not be
	// called with to == Self().
	Send(ctx context.Context, to int, msg []byte) error
	// Recv returns the next message from party from, waiting until one
	// arrives, ctx is done or the link fails.
	Recv(ctx context.Context, from int) ([]byte, error)
}

// A Pacer is a Transport that can hold back a sender whose messages to a
// peer are not yet written out. Send never waits, so a party that computes
// its messages faster than the link carries them would otherwise queue
// them all; a protocol that streams many large messages calls Pace before
// building each one, so that its memory stays bounded by the limit and not
// by the length of its input.
//
// Pace must only be called from a goroutine that does not also have to
// receive from the same peer for the peer to make progress: it waits for
// the peer to read.
type Pacer interface {
	// Pace waits until fewer than limit bytes of messages to party to are
	// queued and not yet written to the link, ctx is done or the link
	// fails.
	Pace(ctx context.Context, to int, limit int) error
}

// A Recycler is a Transport that can read a later message into the buffer
// of one a protocol is done with, so that a stream of large messages does
// not allocate each one afresh.
type Recycler interface {
	// Recycle hands back msg, returned by Recv(ctx, from); the caller
	// must not use msg afterwards.
	Recycle(from int, msg []byte)
}

// ErrProtocol is wrapped by errors about a message that breaks the protocol:
// a wrong step tag, a wrong length or a non-canonical field element. Callers
// check it with errors.Is.
var ErrProtocol = errors.New("mpc: protocol violation")
