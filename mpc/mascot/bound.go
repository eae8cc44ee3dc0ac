package mascot

import (
	"context"
	"fmt"
	"math/big"

	"github.com/twopm/twopm/mpc/field"
)

// MaxBoundBits is the widest interval CheckInterval accepts: max − min
// must be below 2^MaxBoundBits, far enough below p/2 that no sum of bits
// wraps around the field.
const MaxBoundBits = 120

// CheckInterval proves to every party that each value x[h], whose owner
// knows it, lies in [min, max] as a signed integer, revealing nothing else.
// The owner passes the values as vals (others pass nil). The owner inputs
// the bits of x − min and of max − x (b bits each, 2^b > max − min); Beaver
// multiplications check that every bit is 0 or 1, and the bits must
// recompose to the two differences. It fails with ErrRange if a value is
// out of the interval, whether the owner is honest or not, and with
// ErrMACCheck if someone tampers with the proof.
//
// An honest owner first checks its own values and, if one is out of the
// interval, says so (a broadcast every party makes, which carries the
// owner's verdict) instead of inputting its bits: the recomposition
// difference of an out-of-range value would open the value's high part,
// so an interval chosen by someone else (the coordinator) could read an
// honest party's input. What the others learn is then only that some
// value is out of the interval.
func (s *Session) CheckInterval(ctx context.Context, owner int, x []Share, min, max *big.Int, vals field.Vector) error {
	if owner < 0 || owner >= s.n {
		return fmt.Errorf("%w: owner party %d of %d", errBadInput, owner, s.n)
	}
	width := new(big.Int).Sub(max, min)
	if width.Sign() < 0 || width.BitLen() > MaxBoundBits {
		return fmt.Errorf("%w: interval [%v, %v] is empty or wider than 2^%d", errBadInput, min, max, MaxBoundBits)
	}
	if owner == s.self && len(vals) != len(x) {
		return fmt.Errorf("%w: owner has %d values for %d shares", errBadInput, len(vals), len(x))
	}
	bits := max1(width.BitLen())
	lo, hi := field.FromBig(min), field.FromBig(max)
	verdict := []byte{0}
	if owner == s.self {
		for _, v := range vals {
			if w := v.Signed(); w.Cmp(min) < 0 || w.Cmp(max) > 0 {
				verdict[0] = 1
			}
		}
	}
	all, err := s.broadcast(ctx, verdict, 1) // in the view: every party must get the same verdict
	if err != nil {
		return err
	}
	if all[owner][0] != 0 {
		return fmt.Errorf("%w: party %d says a value of its own is outside [%v, %v]", ErrRange, owner, min, max)
	}
	lens := make([]int, s.n)
	lens[owner] = 2 * len(x) * bits
	var in field.Vector
	if owner == s.self {
		in = make(field.Vector, 0, lens[owner])
		for _, v := range vals {
			in = appendBits(in, v.Sub(lo), bits)
		}
		for _, v := range vals {
			in = appendBits(in, hi.Sub(v), bits)
		}
	}
	s.phase("range-check")
	ins, err := s.Input(ctx, lens, in)
	if err != nil {
		return err
	}
	bs := ins[owner]
	sq, err := s.Mul(ctx, bs, bs)
	if err != nil {
		return err
	}
	// Every b² − b and every recomposition difference must open to 0.
	zero := make([]Share, 0, len(bs)+2*len(x))
	for i := range bs {
		zero = append(zero, sq[i].Sub(bs[i]))
	}
	for side := range 2 {
		for h := range x {
			var d Share
			pow := field.One()
			for _, b := range bs[(side*len(x)+h)*bits : (side*len(x)+h+1)*bits] {
				d = d.Add(b.Scale(pow))
				pow = pow.Double()
			}
			if side == 0 { // x − min
				d = s.AddConst(d.Sub(x[h]), lo)
			} else { // max − x
				d = s.AddConst(d.Add(x[h]), hi.Neg())
			}
			zero = append(zero, d)
		}
	}
	v, err := s.Reveal(ctx, zero)
	if err != nil {
		return err
	}
	for i, e := range v {
		if !e.IsZero() {
			if i < len(bs) {
				return fmt.Errorf("%w: party %d's range proof has a non-bit", ErrRange, owner)
			}
			return fmt.Errorf("%w: party %d's value %d is outside [%v, %v]", ErrRange, owner, (i-len(bs))%len(x), min, max)
		}
	}
	return nil
}

// CheckNorm proves that the owner's vector x has every entry in
// [−maxAbs, maxAbs] and a squared L2 norm Σ x_h² of at most bound; this is
// how a node shows its model update is not a poisoned, oversized one
// before it enters a sum. The entry bound keeps the squares from wrapping
// around the field. It fails with ErrRange when the bound is broken.
func (s *Session) CheckNorm(ctx context.Context, owner int, x []Share, maxAbs, bound *big.Int, vals field.Vector) error {
	if maxAbs.Sign() < 0 || bound.Sign() < 0 {
		return fmt.Errorf("%w: negative bound", errBadInput)
	}
	// The squares must not wrap: len(x)·maxAbs² stays below 2^MaxBoundBits.
	worst := new(big.Int).Mul(maxAbs, maxAbs)
	worst.Mul(worst, big.NewInt(int64(len(x))))
	if worst.BitLen() > MaxBoundBits {
		return fmt.Errorf("%w: %d entries of magnitude %v may overflow the field", errBadInput, len(x), maxAbs)
	}
	if err := s.CheckInterval(ctx, owner, x, new(big.Int).Neg(maxAbs), maxAbs, vals); err != nil {
		return err
	}
	sq, err := s.Mul(ctx, x, x)
	if err != nil {
		return err
	}
	var norm Share
	for _, q := range sq {
		norm = norm.Add(q)
	}
	var nv field.Vector
	if owner == s.self {
		var n field.Element
		for _, v := range vals {
			n = n.Add(v.Square())
		}
		nv = field.Vector{n}
	}
	return s.CheckInterval(ctx, owner, []Share{norm}, new(big.Int), bound, nv)
}

func max1(b int) int {
	if b < 1 {
		return 1
	}
	return b
}

// appendBits appends the low bits bits of v, least significant first.
func appendBits(dst field.Vector, v field.Element, bits int) field.Vector {
	lo, hi := v.Words()
	for i := range bits {
		var b uint64
		if i < 64 {
			b = lo >> i & 1
		} else {
			b = hi >> (i - 64) & 1
		}
		dst = append(dst, field.New(b))
	}
	return dst
}
