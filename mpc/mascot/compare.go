package mascot

import (
	"context"
	"fmt"
	"math/big"

	"github.com/twopm/twopm/mpc/field"
)

// Comparison with a public threshold on authenticated shares, for values
// no party knows (a sum of every party's inputs): AtLeast returns shares
// of the bit [x ≥ t], which the parties may then reveal alone, and reveal
// x only where it is 1. It follows Catrina and de Hoogh, "Improved
// Primitives for Secure Multiparty Integer Computation" (SCN 2010): the
// value is masked by random shared bits and a statistically hiding
// random multiple of 2^k, the masked value is opened, and its low bits
// are compared with the mask's bits. Random shared bits come from the
// square-root trick of Damgård, Fitzi, Kiltz, Nielsen and Toft (TCC 2006):
// a random [a] is squared and a² opened; a/√(a²) is ±1, uniform, and
// unknown to everyone.
//
// Every value this opens is uniformly random or statistically hidden
// (StatSec bits), and joins the pending MAC check, which the next Reveal
// runs before it opens anything: a party that alters a share anywhere in
// the comparison makes the session abort before the bit, or anything
// after it, is opened.

// StatSec is the statistical security σ of AtLeast: the masked value it
// opens is within statistical distance 2^-σ of one independent of x.
const StatSec = 40

// MaxCompareBits is the widest k AtLeast takes: x < 2^k and the mask's
// 2^(k+StatSec+2) must stay below p.
const MaxCompareBits = 80

// RandomBits returns shares of n bits, each 0 or 1 with probability 1/2,
// that no party knows. Each costs one authenticated random value per
// party and one multiplication. It fails with an error wrapping
// ErrProtocol if an opened square is not a square (some party cheated).
func (s *Session) RandomBits(ctx context.Context, n int) ([]Share, error) {
	if n <= 0 {
		return nil, nil
	}
	a, err := s.random(ctx, n, "random-bits")
	if err != nil {
		return nil, err
	}
	sq, err := s.Mul(ctx, a, a)
	if err != nil {
		return nil, err
	}
	s.phase("random-bits")
	v, err := s.open(ctx, sq)
	if err != nil {
		return nil, err
	}
	half := field.FromInt64(2).Inverse()
	p := field.Modulus()
	out := make([]Share, n)
	for h := range a {
		if v[h].IsZero() {
			// a = 0 with probability 1/p, or a party cheated.
			return nil, wrap(fmt.Sprintf("random bit %d: the opened square is 0", h))
		}
		root := new(big.Int).ModSqrt(v[h].Big(), p)
		if root == nil {
			return nil, wrap(fmt.Sprintf("random bit %d: the opened square is not a square: a party cheated", h))
		}
		inv := field.FromBig(root).Inverse()
		// b = (a/√(a²) + 1) / 2
		out[h] = s.AddConst(a[h].Scale(inv), field.One()).Scale(half)
	}
	return out, nil
}

// random returns shares of n field elements, uniform and unknown to every
// party: [a] = Σ_P [r_P], uniform as long as one party's r_P is.
func (s *Session) random(ctx context.Context, n int, label string) ([]Share, error) {
	lens := make([]int, s.n)
	for i := range lens {
		lens[i] = n
	}
	r := make([]field.Element, n)
	s.prg(label).elements(r)
	m, err := s.masks(ctx, lens, r)
	if err != nil {
		return nil, err
	}
	return Sum(m...), nil
}

// MaxBelowThreshold is the largest threshold Below takes: its cost grows
// with the threshold.
const MaxBelowThreshold = 1 << 10

// Below opens, for values x_h that are integers in [0, p) no party knows
// (sums of range-checked inputs), whether x_h < t_h, and nothing else
// about them: the product y_h = Π_{v<t_h} (x_h − v) is 0 exactly when
// x_h < t_h, and the parties open y_h·ρ_h for a random ρ_h no one knows,
// which is 0 when y_h is and uniform over the nonzero elements otherwise.
// It costs t_h multiplications per value, in about log2(t_h)+1 rounds, so
// it suits small thresholds (disclosure control's minimum counts); AtLeast
// returns shares of the bit instead, at a cost that does not grow with
// the threshold. The opening is a Reveal: everything opened before it is
// MAC-checked first, and it is checked itself before Below returns.
func (s *Session) Below(ctx context.Context, x []Share, t []uint64) ([]bool, error) {
	if len(t) != len(x) {
		return nil, fmt.Errorf("%w: %d values, %d thresholds", errBadInput, len(x), len(t))
	}
	for h, th := range t {
		if th > MaxBelowThreshold {
			return nil, fmt.Errorf("%w: threshold %d of value %d is above %d", errBadInput, th, h, MaxBelowThreshold)
		}
	}
	if len(x) == 0 {
		return nil, nil
	}
	terms := make([][]Share, len(x))
	for h := range x {
		for v := range t[h] {
			terms[h] = append(terms[h], s.AddConst(x[h], field.FromInt64(-int64(v))))
		}
		if t[h] == 0 {
			terms[h] = []Share{s.AddConst(Share{}, field.One())}
		}
	}
	for {
		var as, bs []Share
		for h := range terms {
			for i := 0; i+1 < len(terms[h]); i += 2 {
				as, bs = append(as, terms[h][i]), append(bs, terms[h][i+1])
			}
		}
		if len(as) == 0 {
			break
		}
		p, err := s.Mul(ctx, as, bs)
		if err != nil {
			return nil, err
		}
		q := 0
		for h := range terms {
			next := make([]Share, 0, (len(terms[h])+1)/2)
			for i := 0; i+1 < len(terms[h]); i += 2 {
				next = append(next, p[q])
				q++
			}
			if len(terms[h])%2 == 1 {
				next = append(next, terms[h][len(terms[h])-1])
			}
			terms[h] = next
		}
	}
	rho, err := s.random(ctx, len(x), "below")
	if err != nil {
		return nil, err
	}
	y := make([]Share, len(x))
	for h := range terms {
		y[h] = terms[h][0]
	}
	z, err := s.Mul(ctx, y, rho)
	if err != nil {
		return nil, err
	}
	s.phase("compare")
	if s.cheat != nil && s.cheat.compare != nil {
		s.cheat.compare(z)
	}
	v, err := s.Reveal(ctx, z)
	if err != nil {
		return nil, err
	}
	out := make([]bool, len(x))
	for h := range v {
		out[h] = v[h].IsZero()
	}
	return out, nil
}

// AtLeast returns shares of the bits [x_h ≥ t_h] for values x_h that lie
// in [t_h − 2^k, t_h + 2^k) (as signed field elements; [0, 2^k) always
// does) and thresholds t_h in [0, 2^k]. The caller must know the bound
// holds (each party's inputs range-checked, CheckInterval, and k
// wide enough for their sum): for x outside it the bit is meaningless.
// It opens only values independent of x (see StatSec) and costs about
// 2k+StatSec multiplications per value, in k rounds.
func (s *Session) AtLeast(ctx context.Context, x []Share, t []uint64, k int) ([]Share, error) {
	if len(t) != len(x) {
		return nil, fmt.Errorf("%w: %d values, %d thresholds", errBadInput, len(x), len(t))
	}
	if k < 1 || k > MaxCompareBits {
		return nil, fmt.Errorf("%w: %d-bit comparison, want 1 to %d", errBadInput, k, MaxCompareBits)
	}
	lim := new(big.Int).Lsh(big.NewInt(1), uint(k))
	for h, th := range t {
		if new(big.Int).SetUint64(th).Cmp(lim) > 0 {
			return nil, fmt.Errorf("%w: threshold %d of value %d is above 2^%d", errBadInput, th, h, k)
		}
	}
	if len(x) == 0 {
		return nil, nil
	}
	n := len(x)
	// d = x − t + 2^k lies in [0, 2^(k+1)); its bit k is [x ≥ t].
	twoK := field.FromBig(lim)
	d := make([]Share, n)
	for h := range x {
		d[h] = s.AddConst(x[h], twoK.Sub(field.FromBig(new(big.Int).SetUint64(t[h]))))
	}
	// Mask: k low bits r' with shared bits, and r'' of StatSec+1 bits
	// above them.
	bits, err := s.RandomBits(ctx, n*(k+StatSec+1))
	if err != nil {
		return nil, err
	}
	low := func(h int) []Share { return bits[h*(k+StatSec+1) : h*(k+StatSec+1)+k] }
	masked := make([]Share, n)
	for h := range x {
		var r Share
		pow := field.One()
		for _, b := range bits[h*(k+StatSec+1) : (h+1)*(k+StatSec+1)] {
			r = r.Add(b.Scale(pow))
			pow = pow.Double()
		}
		masked[h] = d[h].Add(r)
	}
	s.phase("compare")
	if s.cheat != nil && s.cheat.compare != nil {
		s.cheat.compare(masked)
	}
	c, err := s.open(ctx, masked)
	if err != nil {
		return nil, err
	}
	// c' = c mod 2^k, public; d mod 2^k = c' − r' + 2^k·[c' < r'].
	mask := new(big.Int).Sub(lim, big.NewInt(1))
	cLow := make([]*big.Int, n)
	for h := range c {
		cLow[h] = new(big.Int).And(c[h].Big(), mask)
	}
	lt, err := s.lessThanBits(ctx, cLow, low, k)
	if err != nil {
		return nil, err
	}
	inv := twoK.Inverse()
	out := make([]Share, n)
	for h := range x {
		var rLow Share
		pow := field.One()
		for _, b := range low(h) {
			rLow = rLow.Add(b.Scale(pow))
			pow = pow.Double()
		}
		dLow := s.AddConst(lt[h].Scale(twoK).Sub(rLow), field.FromBig(cLow[h]))
		out[h] = d[h].Sub(dLow).Scale(inv)
	}
	return out, nil
}

// lessThanBits returns shares of [a_h < r_h] for public k-bit a_h and r_h
// given by its shared bits (least significant first): the sum over bit
// positions i of (1 − a_i)·r_i times the product, over the higher
// positions, of [a_j = r_j]. The products take k−1 rounds of
// multiplication, all values at once, and the sum one more.
func (s *Session) lessThanBits(ctx context.Context, a []*big.Int, bits func(h int) []Share, k int) ([]Share, error) {
	n := len(a)
	// eq[h][i] = [a_i = r_i] = 1 − a_i − r_i + 2·a_i·r_i, linear in r_i.
	eq := make([][]Share, n)
	for h := range a {
		eq[h] = make([]Share, k)
		for i, r := range bits(h) {
			if a[h].Bit(i) == 1 {
				eq[h][i] = r
			} else {
				eq[h][i] = s.AddConst(r.Scale(field.One().Neg()), field.One())
			}
		}
	}
	// above[h][i] = Π_{j>i} eq[h][j], from the top down.
	above := make([][]Share, n)
	for h := range above {
		above[h] = make([]Share, k)
		above[h][k-1] = s.AddConst(Share{}, field.One())
	}
	for i := k - 2; i >= 0; i-- {
		if i == k-2 {
			for h := range above {
				above[h][i] = eq[h][k-1]
			}
			continue
		}
		xs, ys := make([]Share, n), make([]Share, n)
		for h := range above {
			xs[h], ys[h] = above[h][i+1], eq[h][i+1]
		}
		p, err := s.Mul(ctx, xs, ys)
		if err != nil {
			return nil, err
		}
		for h := range above {
			above[h][i] = p[h]
		}
	}
	// Σ_i (1 − a_i)·r_i·above_i: one multiplication per position where
	// a_i = 0.
	var xs, ys []Share
	var owner []int
	for h := range a {
		for i, r := range bits(h) {
			if a[h].Bit(i) == 0 {
				xs, ys, owner = append(xs, r), append(ys, above[h][i]), append(owner, h)
			}
		}
	}
	p, err := s.Mul(ctx, xs, ys)
	if err != nil {
		return nil, err
	}
	out := make([]Share, n)
	for q, h := range owner {
		out[h] = out[h].Add(p[q])
	}
	return out, nil
}
