// Package dp samples the noise of differentially private releases exactly,
// on integers, with no floating point: the discrete Laplace distribution of
// Canonne, Kamath and Steinke ("The Discrete Gaussian for Differential
// Privacy", NeurIPS 2020, algorithms 1 and 2), drawn from a caller's
// stream of random bytes. Floating-point samplers leak through the gaps
// between the values they can produce (Mironov, CCS 2012); these do not.
//
// Adding DiscreteLaplace noise of scale Δ/ε to an integer value that one
// person's record changes by at most Δ makes its release ε-differentially
// private.
package dp

import (
	"errors"
	"fmt"
	"io"
	"math/big"
)

// ErrScale is a scale that is not a positive rational.
var ErrScale = errors.New("dp: the scale must be positive")

// Sampler draws from a stream of uniform random bytes.
type Sampler struct {
	r   io.Reader
	buf []byte
	err error
}

// NewSampler draws from r, which must give uniform random bytes: a
// cryptographically strong stream, since whoever can predict it can
// subtract the noise.
func NewSampler(r io.Reader) *Sampler { return &Sampler{r: r} }

// Err is the first error reading the stream; a sampler that failed
// returns zeros from then on.
func (s *Sampler) Err() error { return s.err }

// below returns a uniform integer in [0, n), n > 0, by rejection.
func (s *Sampler) below(n *big.Int) *big.Int {
	bits := n.BitLen()
	size := (bits + 7) / 8
	if cap(s.buf) < size {
		s.buf = make([]byte, size)
	}
	b := s.buf[:size]
	v := new(big.Int)
	for s.err == nil {
		if _, err := io.ReadFull(s.r, b); err != nil {
			s.err = fmt.Errorf("dp: reading the random stream: %w", err)
			break
		}
		if extra := size*8 - bits; extra > 0 {
			b[0] &= byte(0xff >> extra)
		}
		if v.SetBytes(b).Cmp(n) < 0 {
			return v
		}
	}
	return v.SetInt64(0)
}

// bernoulli returns true with probability p, 0 ≤ p ≤ 1.
func (s *Sampler) bernoulli(p *big.Rat) bool {
	return s.below(p.Denom()).Cmp(p.Num()) < 0
}

var one = big.NewRat(1, 1)

// bernoulliExp returns true with probability exp(−γ), γ ≥ 0 (algorithm 1).
func (s *Sampler) bernoulliExp(gamma *big.Rat) bool {
	g := new(big.Rat).Set(gamma)
	for g.Cmp(one) > 0 {
		if !s.bernoulliExp(one) {
			return false
		}
		g.Sub(g, one)
	}
	k := int64(1)
	for s.err == nil {
		if !s.bernoulli(new(big.Rat).Quo(g, big.NewRat(k, 1))) {
			break
		}
		k++
	}
	return k%2 == 1
}

// DiscreteLaplace returns an integer y drawn with probability proportional
// to exp(−|y|/scale) (algorithm 2, with scale = t/s).
func (s *Sampler) DiscreteLaplace(scale *big.Rat) (*big.Int, error) {
	if scale == nil || scale.Sign() <= 0 {
		return nil, ErrScale
	}
	t, sd := scale.Num(), scale.Denom()
	for s.err == nil {
		u := s.below(t)
		if !s.bernoulliExp(new(big.Rat).SetFrac(u, t)) {
			continue
		}
		v := new(big.Int)
		for s.err == nil && s.bernoulliExp(one) {
			v.Add(v, big.NewInt(1))
		}
		x := v.Mul(v, t)
		x.Add(x, u)
		y := x.Quo(x, sd)
		neg := s.bernoulli(big.NewRat(1, 2))
		if neg && y.Sign() == 0 {
			continue
		}
		if neg {
			y.Neg(y)
		}
		if s.err == nil {
			return y, nil
		}
	}
	return nil, s.err
}
