package field

import "math/bits"

// Horner evaluates Σ_l 2^l·v_l by Horner's rule, highest l first: each
// Step sets a to 2a + v. It keeps a in three words and reduces only every
// hornerFold steps and in Element, where Double and Add reduce at every
// step; COPE and the triples' multiplication run 128 steps per value. The
// zero value is 0. Its running time depends only on the number of steps.
type Horner struct {
	w0, w1, w2 uint64
	steps      int
}

// hornerFold is how many steps run between reductions: a value below
// 2^129 stays below 2^(130+hornerFold) < 2^192 however the steps add.
const hornerFold = 32

// Step sets a = 2a + v.
func (h *Horner) Step(v Element) {
	h.double()
	h.add(v)
	h.tick()
}

// StepWords sets a = 2a + v + w for the 128-bit integers
// v = vlo + vhi·2^64 and w = wlo + whi·2^64, which need not be below p:
// Horner reduces only modulo p, so a caller can add raw pseudorandom words
// without reducing each one first.
func (h *Horner) StepWords(vlo, vhi, wlo, whi uint64) {
	h.double()
	h.add(Element{lo: vlo, hi: vhi})
	h.add(Element{lo: wlo, hi: whi})
	h.tick()
}

func (h *Horner) double() {
	h.w2 = h.w2<<1 | h.w1>>63
	h.w1 = h.w1<<1 | h.w0>>63
	h.w0 <<= 1
}

func (h *Horner) add(v Element) {
	var carry uint64
	h.w0, carry = bits.Add64(h.w0, v.lo, 0)
	h.w1, carry = bits.Add64(h.w1, v.hi, carry)
	h.w2 += carry
}

func (h *Horner) tick() {
	if h.steps++; h.steps == hornerFold {
		h.fold()
		h.steps = 0
	}
}

// fold replaces a with a congruent value below 2^129, using
// w2·2^128 ≡ w2·c (mod p).
func (h *Horner) fold() {
	hi, lo := bits.Mul64(h.w2, c)
	var carry uint64
	h.w0, carry = bits.Add64(h.w0, lo, 0)
	h.w1, carry = bits.Add64(h.w1, hi, carry)
	h.w2 = carry
}

// Element returns a mod p.
func (h Horner) Element() Element {
	// After the first fold a < 2^129; after the second a < 2^128 + c·2,
	// so w2 may still be 1 only if the low words are below 2c; the third
	// clears it.
	h.fold()
	h.fold()
	h.fold()
	return reduce(h.w0, h.w1, 0)
}
