package mascot

import (
	"context"
	"fmt"
	"slices"

	"github.com/twopm/twopm/mpc/field"
)

// openChunk bounds the elements per opening message (4 MiB).
const openChunk = 1 << 18

// see adds the encoding of v to the view the parties compare, encoding
// it into a buffer the session reuses.
func (s *Session) see(v field.Vector) {
	s.viewBuf = v.AppendBytes(s.viewBuf[:0])
	s.view.Write(s.viewBuf)
}

// open sends this party's value shares of x to every party and returns
// the sums. The values are not yet trusted: they join the pending list
// that the next Check verifies, and the view that parties compare.
func (s *Session) open(ctx context.Context, x []Share) (field.Vector, error) {
	out := make(field.Vector, 0, len(x))
	for off := 0; off < len(x) || off == 0; off += openChunk {
		part := x[off:min(off+openChunk, len(x))]
		v := make(field.Vector, len(part))
		for h, sh := range part {
			v[h] = sh.Value
		}
		if s.cheat != nil && s.cheat.open != nil {
			s.cheat.open(v)
		}
		if err := s.sendAll(ctx, v.AppendBytes(nil)); err != nil {
			return nil, err
		}
		for _, l := range s.links {
			if l == nil {
				continue
			}
			w, err := l.recvElements(ctx, len(part))
			if err != nil {
				return nil, err
			}
			v.AddInPlace(w)
		}
		for h, y := range v {
			s.pending = append(s.pending, opened{value: y, mac: part[h].MAC})
		}
		s.see(v)
		if s.tap != nil {
			s.tap(part, v)
		}
		out = append(out, v...)
		if len(x) == 0 {
			break
		}
	}
	return out, nil
}

// Check runs the MAC check (MASCOT, figure 10) over every value opened
// since the last check: the parties toss coins for a random combination
// r, each commits to σ_i = Σ r_h·m_{i,h} − α_i·Σ r_h·y_h together with a
// hash of every broadcast value it saw, then all open; the σ_i must sum to
// zero (else ErrMACCheck) and the hashes must agree (else ErrConsistency).
// A party that changed any opened value passes with probability about
// 2/p.
func (s *Session) Check(ctx context.Context) error {
	if len(s.pending) == 0 {
		return nil
	}
	s.phase("mac-check")
	if s.cheat != nil && s.cheat.mac != nil {
		s.cheat.mac(s.pending)
	}
	coins, err := s.coin(ctx, "mac-check")
	if err != nil {
		return err
	}
	r := make([]field.Element, len(s.pending))
	coins.elements(r)
	var y, m field.Element
	for h, o := range s.pending {
		y = y.Add(r[h].Mul(o.value))
		m = m.Add(r[h].Mul(o.mac))
	}
	view := s.view.Sum(nil)
	if err := s.zeroSum(ctx, "mac-check", m.Sub(s.alpha.Mul(y)), view); err != nil {
		return fmt.Errorf("opening %d values: %w", len(s.pending), err)
	}
	s.stats.Opened += len(s.pending)
	s.pending = s.pending[:0]
	return nil
}

// Reveal opens x to every party and returns the values once the MAC check
// over them has passed. Before it sends any share of x it MAC-checks every
// value opened earlier and not yet checked (the differences x − a and
// y − b of Mul): an opening a cheater tampered with can make x a function
// of an honest party's input, so the session must abort before x is
// opened, not after. It fails with an error wrapping
// ErrMACCheck if any party changed a share, and then no share of x has
// left this party.
func (s *Session) Reveal(ctx context.Context, x []Share) (field.Vector, error) {
	if err := s.Check(ctx); err != nil {
		return nil, err
	}
	s.phase("open")
	v, err := s.open(ctx, x)
	if err != nil {
		return nil, err
	}
	if err := s.Check(ctx); err != nil {
		return nil, err
	}
	return v, nil
}

// RevealTo opens x to party owner only: owner draws an authenticated
// random mask [[r]], the parties reveal x + r to all with the MAC check,
// and owner alone subtracts r. It returns the values at owner and nil at
// every other party.
func (s *Session) RevealTo(ctx context.Context, owner int, x []Share) (field.Vector, error) {
	if owner < 0 || owner >= s.n {
		return nil, fmt.Errorf("%w: reveal to party %d of %d", errBadInput, owner, s.n)
	}
	lens := make([]int, s.n)
	lens[owner] = len(x)
	var r []field.Element
	if owner == s.self {
		r = make([]field.Element, len(x))
		s.prg("reveal-mask").elements(r)
	}
	m, err := s.masks(ctx, lens, r)
	if err != nil {
		return nil, err
	}
	masked := make([]Share, len(x))
	for h := range x {
		masked[h] = x[h].Add(m[owner][h])
	}
	v, err := s.Reveal(ctx, masked)
	if err != nil || owner != s.self {
		return nil, err
	}
	for h := range v {
		v[h] = v[h].Sub(r[h])
	}
	return v, nil
}

// prepared holds input masks made ahead of the inputs by PrepareInput.
type prepared struct {
	lens  []int
	r     []field.Element // this party's masks
	masks [][]Share
}

// PrepareInput runs the preprocessing of an Input with the same lens ahead
// of time: every party's authenticated random masks. The next Input with
// equal lens uses them, so its online work is one broadcast of x − r; an
// Input with other lens prepares its own. Every party calls it with the
// same lens.
func (s *Session) PrepareInput(ctx context.Context, lens []int) error {
	if err := s.checkLens(lens); err != nil {
		return err
	}
	pre, err := s.prepareInput(ctx, lens)
	if err != nil {
		return err
	}
	s.prepared = pre
	return nil
}

func (s *Session) prepareInput(ctx context.Context, lens []int) (*prepared, error) {
	r := make([]field.Element, lens[s.self])
	s.prg("input-mask").elements(r)
	m, err := s.masks(ctx, lens, r)
	if err != nil {
		return nil, err
	}
	return &prepared{lens: slices.Clone(lens), r: r, masks: m}, nil
}

func (s *Session) checkLens(lens []int) error {
	if len(lens) != s.n {
		return fmt.Errorf("%w: %d input lengths for %d parties", errBadInput, len(lens), s.n)
	}
	for i, l := range lens {
		if l < 0 {
			return fmt.Errorf("%w: party %d inputs %d values", errBadInput, i, l)
		}
	}
	return nil
}

// Input secret-shares every party's private values: party P inputs
// lens[P] values (x, at this party; len(x) must be lens[Self]). Each value
// goes through an authenticated random mask [[r]] known to its owner: the
// owner broadcasts ε = x − r and everyone sets [[x]] = [[r]] + ε. It
// returns this party's shares of every party's values, indexed [P][h].
// Every party must pass the same lens.
func (s *Session) Input(ctx context.Context, lens []int, x field.Vector) (_ [][]Share, err error) {
	if err := s.checkLens(lens); err != nil {
		return nil, err
	}
	if len(x) != lens[s.self] {
		return nil, fmt.Errorf("%w: party %d inputs %d values, lens says %d", errBadInput, s.self, len(x), lens[s.self])
	}
	s.phase("input")
	pre := s.prepared
	s.prepared = nil
	if pre == nil || !slices.Equal(pre.lens, lens) {
		if pre, err = s.prepareInput(ctx, lens); err != nil {
			return nil, err
		}
	}
	r, m := pre.r, pre.masks
	eps := make(field.Vector, len(x))
	for h := range x {
		eps[h] = x[h].Sub(r[h])
	}
	all := make([]field.Vector, s.n)
	all[s.self] = eps
	if len(eps) > 0 {
		if err := s.sendAll(ctx, eps.AppendBytes(nil)); err != nil {
			return nil, err
		}
	}
	for j, l := range s.links {
		if l == nil || lens[j] == 0 {
			continue
		}
		if all[j], err = l.recvElements(ctx, lens[j]); err != nil {
			return nil, err
		}
	}
	for i := range s.n {
		s.see(all[i])
		for h, e := range all[i] {
			m[i][h] = s.AddConst(m[i][h], e)
		}
	}
	return m, nil
}

// Mul multiplies x[h] by y[h] with one Beaver triple each (generating
// more triples first if the session has too few): it opens x − a and
// y − b, and returns c + (x−a)·b + (y−b)·a + (x−a)(y−b). The opened
// differences are uniformly random whatever x and y are; they are
// MAC-checked by the next Check, at the latest before the next Reveal
// opens anything.
func (s *Session) Mul(ctx context.Context, x, y []Share) ([]Share, error) {
	if len(x) != len(y) {
		return nil, fmt.Errorf("%w: multiply %d values by %d", errBadInput, len(x), len(y))
	}
	if short := len(x) - len(s.triples); short > 0 {
		if err := s.Triples(ctx, short); err != nil {
			return nil, err
		}
	}
	ts := s.triples[:len(x)]
	s.triples = s.triples[len(x):]
	s.stats.TriplesUsed += len(x)
	d := make([]Share, 2*len(x))
	for h, t := range ts {
		d[h] = x[h].Sub(t.A)
		d[len(x)+h] = y[h].Sub(t.B)
	}
	s.phase("multiply")
	v, err := s.open(ctx, d)
	if err != nil {
		return nil, err
	}
	z := make([]Share, len(x))
	for h, t := range ts {
		eps, del := v[h], v[len(x)+h]
		z[h] = s.AddConst(t.C.Add(t.B.Scale(eps)).Add(t.A.Scale(del)), eps.Mul(del))
	}
	return z, nil
}
