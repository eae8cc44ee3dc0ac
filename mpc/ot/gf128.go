package ot

import "math/bits"

// Arithmetic in GF(2^128) = GF(2)[x]/(x^128 + x^7 + x^2 + x + 1), the
// polynomial of GCM, in the plain (not bit-reflected) order: bit i of a
// Block is the coefficient of x^i. Everything here runs in time independent
// of the values.

// Masks of the bit positions congruent to k mod 5 in a 64-bit word.
const (
	sp0 = 0x1084210842108421
	sp1 = 0x2108421084210842
	sp2 = 0x4210842108421084
	sp3 = 0x8421084210842108
	sp4 = 0x0842108421084210
)

// clmul64 returns the 128-bit carry-less product of x and y as (hi, lo).
//
// It uses integer multiplication with holes: x and y are split into five
// parts whose set bits are five positions apart. In an integer product of
// two parts, the coefficient at each position counts at most 13 pairs of
// bits, which fits in the 5-bit gap, so no carry reaches the next position
// of the same residue class and its lowest bit is the carry-less result.
func clmul64(x, y uint64) (hi, lo uint64) {
	x0, x1, x2, x3, x4 := x&sp0, x&sp1, x&sp2, x&sp3, x&sp4
	y0, y1, y2, y3, y4 := y&sp0, y&sp1, y&sp2, y&sp3, y&sp4

	// Class c collects the products x_k·y_l with k+l ≡ c (mod 5).
	h0a, l0a := bits.Mul64(x0, y0)
	h0b, l0b := bits.Mul64(x1, y4)
	h0c, l0c := bits.Mul64(x2, y3)
	h0d, l0d := bits.Mul64(x3, y2)
	h0e, l0e := bits.Mul64(x4, y1)
	h0, l0 := h0a^h0b^h0c^h0d^h0e, l0a^l0b^l0c^l0d^l0e

	h1a, l1a := bits.Mul64(x0, y1)
	h1b, l1b := bits.Mul64(x1, y0)
	h1c, l1c := bits.Mul64(x2, y4)
	h1d, l1d := bits.Mul64(x3, y3)
	h1e, l1e := bits.Mul64(x4, y2)
	h1, l1 := h1a^h1b^h1c^h1d^h1e, l1a^l1b^l1c^l1d^l1e

	h2a, l2a := bits.Mul64(x0, y2)
	h2b, l2b := bits.Mul64(x1, y1)
	h2c, l2c := bits.Mul64(x2, y0)
	h2d, l2d := bits.Mul64(x3, y4)
	h2e, l2e := bits.Mul64(x4, y3)
	h2, l2 := h2a^h2b^h2c^h2d^h2e, l2a^l2b^l2c^l2d^l2e

	h3a, l3a := bits.Mul64(x0, y3)
	h3b, l3b := bits.Mul64(x1, y2)
	h3c, l3c := bits.Mul64(x2, y1)
	h3d, l3d := bits.Mul64(x3, y0)
	h3e, l3e := bits.Mul64(x4, y4)
	h3, l3 := h3a^h3b^h3c^h3d^h3e, l3a^l3b^l3c^l3d^l3e

	h4a, l4a := bits.Mul64(x0, y4)
	h4b, l4b := bits.Mul64(x1, y3)
	h4c, l4c := bits.Mul64(x2, y2)
	h4d, l4d := bits.Mul64(x3, y1)
	h4e, l4e := bits.Mul64(x4, y0)
	h4, l4 := h4a^h4b^h4c^h4d^h4e, l4a^l4b^l4c^l4d^l4e

	// Position 64+q of class c has q ≡ c+1 (mod 5), since 64 ≡ 4.
	lo = l0&sp0 | l1&sp1 | l2&sp2 | l3&sp3 | l4&sp4
	hi = h0&sp1 | h1&sp2 | h2&sp3 | h3&sp4 | h4&sp0
	return hi, lo
}

// wide is an unreduced 256-bit polynomial, least significant word first.
type wide [4]uint64

// clmul128 returns the unreduced product a·b, by Karatsuba over 64-bit halves.
func clmul128(a, b Block) wide {
	h0, l0 := clmul64(a.Lo, b.Lo)
	h2, l2 := clmul64(a.Hi, b.Hi)
	h1, l1 := clmul64(a.Lo^a.Hi, b.Lo^b.Hi)
	h1 ^= h0 ^ h2
	l1 ^= l0 ^ l2
	return wide{l0, h0 ^ l1, l2 ^ h1, h2}
}

// reduce returns d mod x^128 + x^7 + x^2 + x + 1.
func (d wide) reduce() Block {
	// x^128 ≡ x^7 + x^2 + x + 1: fold the high 128 bits (d2, d3) down.
	h0, h1 := d[2], d[3]
	// Bits that the shifts by 1, 2 and 7 push past x^127.
	o := h1>>63 ^ h1>>62 ^ h1>>57
	lo := h0 ^ h0<<1 ^ h0<<2 ^ h0<<7
	hi := h1 ^ (h1<<1 | h0>>63) ^ (h1<<2 | h0>>62) ^ (h1<<7 | h0>>57)
	// o·x^128 ≡ o·(x^7 + x^2 + x + 1), at most 14 bits.
	lo ^= o ^ o<<1 ^ o<<2 ^ o<<7
	return Block{d[0] ^ lo, d[1] ^ hi}
}

// gfMulGeneric returns a·b in GF(2^128).
func gfMulGeneric(a, b Block) Block { return clmul128(a, b).reduce() }

// gfInnerProductGeneric returns Σ a[j]·b[j] in GF(2^128) for
// len(a) == len(b). It sums the three Karatsuba products separately over
// all j and reduces once.
func gfInnerProductGeneric(a, b []Block) Block {
	b = b[:len(a)]
	var h0, l0, h1, l1, h2, l2 uint64
	for j := range a {
		x, y := a[j], b[j]
		ph, pl := clmul64(x.Lo, y.Lo)
		h0 ^= ph
		l0 ^= pl
		ph, pl = clmul64(x.Hi, y.Hi)
		h2 ^= ph
		l2 ^= pl
		ph, pl = clmul64(x.Lo^x.Hi, y.Lo^y.Hi)
		h1 ^= ph
		l1 ^= pl
	}
	h1 ^= h0 ^ h2
	l1 ^= l0 ^ l2
	return wide{l0, h0 ^ l1, l2 ^ h1, h2}.reduce()
}
