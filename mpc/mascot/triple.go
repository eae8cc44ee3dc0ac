package mascot

import (
	"context"
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/ot"
)

// tau is the number of candidate triples combined into each output triple
// (MASCOT, section 5: with τ = 3 a selective-failure attack on the
// multiplication learns nothing about the combined a).
const tau = 3

// tripleBatch is the most triples generated in one batch; a batch of B
// triples sends about 2·k·τ·16·B bytes per pair for the multiplication.
const tripleBatch = 2048

// Triple is an authenticated multiplication triple: c = a·b.
type Triple struct {
	A, B, C Share
}

// Triples generates count more triples into the session's pool (MASCOT,
// figure 9): every pair multiplies its random shares by OT, the parties
// combine τ candidates with random coefficients into two triples that
// share b, authenticate their shares of both, and sacrifice one to check
// the other. A party that deviates makes it fail with ErrSacrifice,
// ErrMACCheck or ErrOT.
func (s *Session) Triples(ctx context.Context, count int) error {
	if count < 0 {
		return fmt.Errorf("%w: %d triples", errBadInput, count)
	}
	for count > 0 {
		b := min(count, tripleBatch)
		if err := s.tripleBatch(ctx, b); err != nil {
			return err
		}
		count -= b
	}
	return nil
}

func (s *Session) tripleBatch(ctx context.Context, N int) error {
	s.phase("triples")
	g := s.prg("triples")
	a := make([]field.Element, N*tau)
	b := make([]field.Element, N)
	g.elements(a)
	g.elements(b)
	c := make([]field.Element, N*tau)
	for h := range N {
		for t := range tau {
			c[h*tau+t] = a[h*tau+t].Mul(b[h])
		}
	}
	var mu sync.Mutex
	err := s.eachPeer(ctx, func(ctx context.Context, j int) error {
		add := func(x []field.Element) {
			mu.Lock()
			for i := range c {
				c[i] = c[i].Add(x[i])
			}
			mu.Unlock()
		}
		return both(ctx, func(ctx context.Context) error {
			x, err := s.multReceive(ctx, j, b)
			if err == nil {
				add(x)
			}
			return err
		}, func(ctx context.Context) error {
			x, err := s.multSend(ctx, j, a)
			if err == nil {
				add(x)
			}
			return err
		})
	})
	if err != nil {
		return err
	}

	// Combine: a = Σ r_t a_t, c = Σ r_t c_t and the same with r̂.
	coins, err := s.coin(ctx, "combine")
	if err != nil {
		return err
	}
	r := make([]field.Element, 2*N*tau)
	coins.elements(r)
	vals := make([]field.Element, 5*N) // a, b, c, â, ĉ
	for h := range N {
		var ca, cc, ha, hc field.Element
		for t := range tau {
			rt, rh := r[h*tau+t], r[(N+h)*tau+t]
			ca = ca.Add(rt.Mul(a[h*tau+t]))
			cc = cc.Add(rt.Mul(c[h*tau+t]))
			ha = ha.Add(rh.Mul(a[h*tau+t]))
			hc = hc.Add(rh.Mul(c[h*tau+t]))
		}
		vals[h], vals[N+h], vals[2*N+h], vals[3*N+h], vals[4*N+h] = ca, b[h], cc, ha, hc
	}
	if s.cheat != nil && s.cheat.triple != nil {
		s.cheat.triple(vals)
	}
	lens := make([]int, s.n)
	for i := range lens {
		lens[i] = 5 * N
	}
	au, err := s.authenticate(ctx, lens, vals)
	if err != nil {
		return err
	}
	sh := make([]Share, 5*N)
	for h := range sh {
		sh[h].Value = vals[h]
		for i := range s.n {
			sh[h].MAC = sh[h].MAC.Add(au.macs[i][h])
		}
	}

	// Sacrifice: ρ = s·a − â, then s·c − ĉ − ρ·b must be 0.
	coins, err = s.coin(ctx, "sacrifice")
	if err != nil {
		return err
	}
	sc := make([]field.Element, N)
	coins.elements(sc)
	rho := make([]Share, N)
	for h := range N {
		rho[h] = sh[h].Scale(sc[h]).Sub(sh[3*N+h])
	}
	rv, err := s.open(ctx, rho)
	if err != nil {
		return err
	}
	sigma := make([]Share, N)
	for h := range N {
		sigma[h] = sh[2*N+h].Scale(sc[h]).Sub(sh[4*N+h]).Sub(sh[N+h].Scale(rv[h]))
	}
	sv, err := s.open(ctx, sigma)
	if err != nil {
		return err
	}
	if err := s.Check(ctx); err != nil {
		return err
	}
	for h, v := range sv {
		if !v.IsZero() {
			return fmt.Errorf("%w: triple %d of the batch", ErrSacrifice, h)
		}
	}
	for h := range N {
		s.triples = append(s.triples, Triple{A: sh[h], B: sh[N+h], C: sh[2*N+h]})
	}
	s.stats.Triples += N
	return nil
}

// multReceive is this party's side of Π_τ-Mult with peer j in which it
// inputs b and the peer inputs its a: for each b and each bit b_l it
// receives, by OT, the peer's correction for the bit, and returns its
// shares of b·a_peer (τ per b).
func (s *Session) multReceive(ctx context.Context, j int, b []field.Element) ([]field.Element, error) {
	p := s.peers[j]
	N := len(b)
	choices := make([]ot.Block, N)
	for h, e := range b {
		lo, hi := e.Words()
		choices[h] = ot.Block{Lo: lo, Hi: hi}
	}
	t, err := p.extR.Extend(ctx, choices)
	if err != nil {
		return nil, otError(j, err)
	}
	base := p.usedR
	p.usedR += uint64(N * k)
	d, err := p.recv.recvLen(ctx, N*k*tau*field.Bytes)
	if err != nil {
		return nil, err
	}
	out := make([]field.Element, N*tau)
	ws := make([]ot.Block, k*tau)
	for h := range N {
		var acc [tau]field.Horner
		p.hashR.ExpandAll(t[h*k:(h+1)*k], base+uint64(h*k), ws)
		for bit := k - 1; bit >= 0; bit-- {
			idx := h*k + bit
			w := ws[bit*tau : (bit+1)*tau]
			mask := -choices[h].Bit(bit)
			for i := range tau {
				// w is added as raw words: Horner works modulo p, and the
				// sender's reduced value is congruent.
				dlo, dhi := words(d, idx*tau+i)
				if !field.IsCanonical(dlo, dhi) {
					return nil, fmt.Errorf("%w: party %d: multiplication message: %v", errProtocol, j, field.ErrNonCanonical)
				}
				acc[i].StepWords(w[i].Lo, w[i].Hi, dlo&mask, dhi&mask)
			}
		}
		for i := range tau {
			out[h*tau+i] = acc[i].Element()
		}
	}
	return out, nil
}

// multSend is the peer's side of multReceive: it inputs a (τ per triple)
// and returns its shares of a·b_peer.
func (s *Session) multSend(ctx context.Context, j int, a []field.Element) ([]field.Element, error) {
	p := s.peers[j]
	N := len(a) / tau
	q, err := p.extS.Extend(ctx, N*k)
	if err != nil {
		return nil, otError(j, err)
	}
	base := p.usedS
	p.usedS += uint64(N * k)
	delta := p.extS.Delta()
	if size := headerLen + N*k*tau*field.Bytes; cap(p.mult) < size {
		p.mult = make([]byte, size)
	}
	msg := p.mult[:headerLen+N*k*tau*field.Bytes]
	body := msg[headerLen:]
	out := make([]field.Element, N*tau)
	ws0, ws1 := make([]ot.Block, k*tau), make([]ot.Block, k*tau)
	qd := make([]ot.Block, k)
	for h := range N {
		var acc [tau]field.Horner
		row := q[h*k : (h+1)*k]
		for bit, x := range row {
			qd[bit] = x.Xor(delta)
		}
		p.hashS.ExpandAll(row, base+uint64(h*k), ws0)
		p.hashS.ExpandAll(qd, base+uint64(h*k), ws1)
		for bit := k - 1; bit >= 0; bit-- {
			idx := h*k + bit
			w0, w1 := ws0[bit*tau:(bit+1)*tau], ws1[bit*tau:(bit+1)*tau]
			for i := range tau {
				v0 := field.FromWords(w0[i].Lo, w0[i].Hi)
				v1 := field.FromWords(w1[i].Lo, w1[i].Hi)
				lo, hi := v0.Sub(v1).Add(a[h*tau+i]).Words()
				off := (idx*tau + i) * field.Bytes
				binary.LittleEndian.PutUint64(body[off:], lo)
				binary.LittleEndian.PutUint64(body[off+8:], hi)
				acc[i].Step(v0)
			}
		}
		for i := range tau {
			out[h*tau+i] = acc[i].Element().Neg()
		}
	}
	if err := p.send.sendFramed(ctx, msg); err != nil {
		return nil, err
	}
	return out, nil
}

// SpotCheck uses up n triples of the pool to check them: it reveals
// their a, b and c and fails unless a·b = c for each. Tests and benchmarks
// use it; a computation never reveals the triples it uses.
func (s *Session) SpotCheck(ctx context.Context, n int) error {
	if n < 0 || n > len(s.triples) {
		return fmt.Errorf("%w: spot-check %d of %d triples", errBadInput, n, len(s.triples))
	}
	x := make([]Share, 0, 3*n)
	for _, t := range s.triples[:n] {
		x = append(x, t.A, t.B, t.C)
	}
	s.triples = s.triples[n:]
	v, err := s.Reveal(ctx, x)
	if err != nil {
		return err
	}
	for h := 0; h < len(v); h += 3 {
		if !v[h].Mul(v[h+1]).Equal(v[h+2]) {
			return fmt.Errorf("%w: triple %d has a·b ≠ c", ErrSacrifice, h/3)
		}
	}
	return nil
}
