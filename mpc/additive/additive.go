package additive

import (
	"context"
	"fmt"
	"io"

	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/field"
)

// Message step tags: the first byte of every message.
const (
	stepShare   byte = 1
	stepPartial byte = 2
)

// Share splits x into n vectors that are uniformly random subject to
// summing to x element by element. The randomness comes from rand.
func Share(x field.Vector, n int, rand io.Reader) ([]field.Vector, error) {
	if n < 1 {
		return nil, fmt.Errorf("additive: share among %d parties", n)
	}
	shares := make([]field.Vector, n)
	last := append(field.Vector(nil), x...)
	for i := 1; i < n; i++ {
		r, err := field.RandomVector(rand, len(x))
		if err != nil {
			return nil, err
		}
		shares[i] = r
		last.SubInPlace(r)
	}
	shares[0] = last
	return shares, nil
}

// Aggregate runs the protocol for the local input x and returns the sum of
// all parties' inputs. Every party must call it with a vector of the same
// length. Randomness comes from rand (crypto/rand.Reader in production).
// It returns an error wrapping mpc.ErrProtocol when a peer sends a
// malformed message, and the transport's error when a link fails.
func Aggregate(ctx context.Context, tr mpc.Transport, x field.Vector, rand io.Reader) (field.Vector, error) {
	n, me := tr.Parties(), tr.Self()
	shares, err := Share(x, n, rand)
	if err != nil {
		return nil, err
	}
	// Party me keeps shares[0] and sends shares[1..n-1] to the others.
	k := 1
	for j := range n {
		if j == me {
			continue
		}
		if err := tr.Send(ctx, j, encode(stepShare, shares[k])); err != nil {
			return nil, fmt.Errorf("additive: send share to party %d: %w", j, err)
		}
		k++
	}
	partial := shares[0]
	for j := range n {
		if j == me {
			continue
		}
		s, err := recv(ctx, tr, j, stepShare, len(x))
		if err != nil {
			return nil, err
		}
		partial.AddInPlace(s)
	}
	for j := range n {
		if j == me {
			continue
		}
		if err := tr.Send(ctx, j, encode(stepPartial, partial)); err != nil {
			return nil, fmt.Errorf("additive: send partial sum to party %d: %w", j, err)
		}
	}
	sum := append(field.Vector(nil), partial...)
	for j := range n {
		if j == me {
			continue
		}
		p, err := recv(ctx, tr, j, stepPartial, len(x))
		if err != nil {
			return nil, err
		}
		sum.AddInPlace(p)
	}
	return sum, nil
}

func encode(step byte, v field.Vector) []byte {
	return v.AppendBytes(append(make([]byte, 0, 1+len(v)*field.Bytes), step))
}

func recv(ctx context.Context, tr mpc.Transport, from int, step byte, n int) (field.Vector, error) {
	msg, err := tr.Recv(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("additive: receive step %d from party %d: %w", step, from, err)
	}
	if len(msg) == 0 || msg[0] != step {
		return nil, fmt.Errorf("%w: party %d sent a message out of step (want step %d)", mpc.ErrProtocol, from, step)
	}
	v, err := field.DecodeVector(msg[1:])
	if err != nil {
		return nil, fmt.Errorf("%w: party %d: %v", mpc.ErrProtocol, from, err)
	}
	if len(v) != n {
		return nil, fmt.Errorf("%w: party %d sent %d elements at step %d, want %d", mpc.ErrProtocol, from, len(v), step, n)
	}
	return v, nil
}
