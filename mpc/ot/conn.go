package ot

import (
	"context"
	"fmt"
	"io"
)

// Conn is an ordered, reliable, authenticated message channel to one peer.
// Messages arrive in the order they were sent, and Send does not block on
// the peer reading. The protocols in this package never modify a slice
// after passing it to Send, nor one returned by Recv.
type Conn interface {
	Send(ctx context.Context, msg []byte) error
	Recv(ctx context.Context) ([]byte, error)
}

// send passes msg to c after checking ctx, naming the step in any error.
func send(ctx context.Context, c Conn, step string, msg []byte) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("ot: send %s: %w", step, err)
	}
	if err := c.Send(ctx, msg); err != nil {
		return fmt.Errorf("ot: send %s: %w", step, err)
	}
	return nil
}

// recvN receives the next message from c and checks that it is exactly n
// bytes long; any other length is reported as ErrCheck.
func recvN(ctx context.Context, c Conn, step string, n int) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("ot: receive %s: %w", step, err)
	}
	msg, err := c.Recv(ctx)
	if err != nil {
		return nil, fmt.Errorf("ot: receive %s: %w", step, err)
	}
	if len(msg) != n {
		return nil, fmt.Errorf("ot: %s is %d bytes, want %d: %w", step, len(msg), n, ErrCheck)
	}
	return msg, nil
}

// readRand fills b from rnd.
func readRand(rnd io.Reader, b []byte) error {
	if _, err := io.ReadFull(rnd, b); err != nil {
		return fmt.Errorf("ot: read randomness: %w", err)
	}
	return nil
}
