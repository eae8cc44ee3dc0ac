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
// (MASCOT, section 5). The OT multiplication chooses with the bits of the
// candidates a_1..a_τ, so a party that corrupts OT corrections learns, from
// whether the sacrifice aborts, some bits of an honest party's candidates;
// the triple's a is a combination of them with coins tossed afterwards,
// and with τ = 3 (3·128 bits of candidates for a 128-bit a) it stays
// statistically close to uniform unless the cheater learns so many bits
// that it aborts with overwhelming probability.
const tau = 3

// tripleBatch is the most triples generated in one batch; a batch of B
// triples runs τ·k·B OTs per ordered pair (about τ·k·16·B bytes of
// OT extension) and sends about τ·k·16·B bytes of multiplication
// corrections.
const tripleBatch = 2048

// Triple is an authenticated multiplication triple: c = a·b.
type Triple struct {
	A, B, C Share
}

// Triples generates count more triples into the session's pool (MASCOT,
// figure 9): every party draws τ candidates a_t and one b per triple,
// every ordered pair multiplies them by OT (the receiver choosing with the
// bits of its candidates, the sender correcting with its b), the parties
// combine the candidates with coin-tossed coefficients into two triples
// that share b, authenticate their shares of both, and sacrifice one to
// check the other. A party that deviates makes it fail with ErrSacrifice,
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
			x, err := s.multReceive(ctx, j, a)
			if err == nil {
				add(x)
			}
			return err
		}, func(ctx context.Context) error {
			x, err := s.multSend(ctx, j, b)
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
// inputs its τ candidates a_{h,t} (a holds N·τ of them) and the peer
// inputs its b_h: for each candidate and each of its bits a_l it receives,
// by OT with a_l as the choice bit, the peer's correction
// d_l = v0_l − v1_l + b_h, and returns its shares of a_{h,t}·b_peer.
//
// The choice bits are the bits of the candidates, never of b: a peer
// that corrupts a correction makes the sacrifice abort according to one
// bit of one candidate, and the candidates enter the triple only through
// a combination with coins tossed after the multiplication (MASCOT,
// figure 9), which leaves the combined a uniform however a few bits of
// the candidates leak.
func (s *Session) multReceive(ctx context.Context, j int, a []field.Element) ([]field.Element, error) {
	p := s.peers[j]
	M := len(a) // candidates
	choices := make([]ot.Block, M)
	for h, e := range a {
		lo, hi := e.Words()
		choices[h] = ot.Block{Lo: lo, Hi: hi}
	}
	t, err := p.extR.Extend(ctx, choices)
	if err != nil {
		return nil, otError(j, err)
	}
	base := p.usedR
	p.usedR += uint64(M * k)
	d, err := p.recv.recvLen(ctx, M*k*field.Bytes)
	if err != nil {
		return nil, err
	}
	out := make([]field.Element, M)
	ws := make([]ot.Block, k*tau)
	for off := 0; off < M; off += tau {
		// One hash call for the τ candidates of a triple pipelines more
		// AES blocks.
		m := min(tau, M-off)
		p.hashR.ExpandAll(t[off*k:(off+m)*k], base+uint64(off*k), ws[:m*k])
		for c := range m {
			var acc field.Horner
			w := ws[c*k : (c+1)*k]
			ch := choices[off+c]
			for bit := k - 1; bit >= 0; bit-- {
				idx := (off+c)*k + bit
				dlo, dhi := words(d, idx)
				if !field.IsCanonical(dlo, dhi) {
					return nil, fmt.Errorf("%w: party %d: multiplication message: %v", errProtocol, j, field.ErrNonCanonical)
				}
				// w is added as raw words: Horner works modulo p, and the
				// sender's reduced value is congruent.
				mask := -ch.Bit(bit)
				acc.StepWords(w[bit].Lo, w[bit].Hi, dlo&mask, dhi&mask)
			}
			out[off+c] = acc.Element()
		}
	}
	return out, nil
}

// multSend is the peer's side of multReceive: it inputs b (one per
// triple) against the peer's τ candidates per triple and returns its
// shares of a_peer·b (τ per b).
func (s *Session) multSend(ctx context.Context, j int, b []field.Element) ([]field.Element, error) {
	p := s.peers[j]
	M := len(b) * tau
	q, err := p.extS.Extend(ctx, M*k)
	if err != nil {
		return nil, otError(j, err)
	}
	base := p.usedS
	p.usedS += uint64(M * k)
	delta := p.extS.Delta()
	if size := headerLen + M*k*field.Bytes; cap(p.mult) < size {
		p.mult = make([]byte, size)
	}
	msg := p.mult[:headerLen+M*k*field.Bytes]
	body := msg[headerLen:]
	out := make([]field.Element, M)
	ws0, ws1 := make([]ot.Block, k*tau), make([]ot.Block, k*tau)
	qd := make([]ot.Block, k*tau)
	for h, bh := range b {
		rows := q[h*tau*k : (h+1)*tau*k]
		for i, x := range rows {
			qd[i] = x.Xor(delta)
		}
		p.hashS.ExpandAll(rows, base+uint64(h*tau*k), ws0)
		p.hashS.ExpandAll(qd, base+uint64(h*tau*k), ws1)
		for c := range tau {
			var acc field.Horner
			w0, w1 := ws0[c*k:(c+1)*k], ws1[c*k:(c+1)*k]
			for bit := k - 1; bit >= 0; bit-- {
				v0 := field.FromWords(w0[bit].Lo, w0[bit].Hi)
				v1 := field.FromWords(w1[bit].Lo, w1[bit].Hi)
				lo, hi := v0.Sub(v1).Add(bh).Words()
				off := ((h*tau+c)*k + bit) * field.Bytes
				binary.LittleEndian.PutUint64(body[off:], lo)
				binary.LittleEndian.PutUint64(body[off+8:], hi)
				acc.Step(v0)
			}
			out[h*tau+c] = acc.Element().Neg()
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
