package mascot

import (
	"context"

	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/field"
)

// Aggregate runs a whole session that sums one vector per party: set-up,
// every party's input through authenticated masks, the sum computed
// locally on shares, and a MAC-checked reveal to all. Every party calls it
// with a vector of the same length and the same cfg.Session. It returns
// the sum, or an error wrapping ErrMACCheck (or another of the package's
// sentinels) if a party cheated, and never a wrong sum.
func Aggregate(ctx context.Context, tr mpc.Transport, x field.Vector, cfg Config) (field.Vector, error) {
	s, err := New(ctx, tr, cfg)
	if err != nil {
		return nil, err
	}
	return s.Sum(ctx, x)
}

// Sum inputs x from every party (all of the same length) and reveals
// their element-wise sum to all.
func (s *Session) Sum(ctx context.Context, x field.Vector) (field.Vector, error) {
	in, err := s.InputAll(ctx, x)
	if err != nil {
		return nil, err
	}
	return s.Reveal(ctx, Sum(in...))
}

// InputAll is Input when every party inputs len(x) values.
func (s *Session) InputAll(ctx context.Context, x field.Vector) ([][]Share, error) {
	lens := make([]int, s.n)
	for i := range lens {
		lens[i] = len(x)
	}
	return s.Input(ctx, lens, x)
}
