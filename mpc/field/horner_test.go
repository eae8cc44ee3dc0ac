package field

import (
	"math/rand/v2"
	"testing"
)

// TestHorner checks Horner against Double and Add, reduced at every step,
// for random values and for p − 1 throughout, which carries the most.
func TestHorner(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	random := func() Element { return FromWords(rng.Uint64(), rng.Uint64()) }
	top := Element{}.Sub(One()) // p − 1
	for _, tc := range []struct {
		name string
		next func() Element
	}{{"random", random}, {"p-1", func() Element { return top }}, {"zero", func() Element { return Element{} }}} {
		for _, steps := range []int{0, 1, 31, 32, 33, 128, 300} {
			var h, h2 Horner
			var want, want2 Element
			for range steps {
				v, w := tc.next(), tc.next()
				h.Step(v)
				want = want.Double().Add(v)
				h2.StepWords(v.lo, v.hi, w.lo, w.hi)
				want2 = want2.Double().Add(v).Add(w)
			}
			if got := h.Element(); !got.Equal(want) {
				t.Fatalf("%s, %d steps: Step gives %v, want %v", tc.name, steps, got, want)
			}
			if got := h2.Element(); !got.Equal(want2) {
				t.Fatalf("%s, %d steps: StepWords gives %v, want %v", tc.name, steps, got, want2)
			}
		}
	}
}

// TestHornerStepWords checks StepWords on raw 128-bit words, including
// the largest, 2^128 − 1, which is not below p: the result must be the
// sum of the words reduced modulo p.
func TestHornerStepWords(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, tc := range []struct {
		name string
		next func() (uint64, uint64)
	}{
		{"random", func() (uint64, uint64) { return rng.Uint64(), rng.Uint64() }},
		{"2^128-1", func() (uint64, uint64) { return ^uint64(0), ^uint64(0) }},
		{"p..2^128", func() (uint64, uint64) { return ^uint64(0) - rng.Uint64N(c), ^uint64(0) }},
	} {
		for _, steps := range []int{1, 32, 33, 128, 300} {
			var h Horner
			var want Element
			for range steps {
				vlo, vhi := tc.next()
				wlo, whi := tc.next()
				h.StepWords(vlo, vhi, wlo, whi)
				want = want.Double().Add(FromWords(vlo, vhi)).Add(FromWords(wlo, whi))
			}
			if got := h.Element(); !got.Equal(want) {
				t.Fatalf("%s, %d steps: StepWords gives %v, want %v", tc.name, steps, got, want)
			}
		}
	}
}

// TestIsCanonical checks the boundary p: p − 1 is an element, p and
// 2^128 − 1 are not.
func TestIsCanonical(t *testing.T) {
	for _, tc := range []struct {
		lo, hi uint64
		want   bool
	}{
		{0, 0, true},
		{^uint64(0) - c, ^uint64(0), true},      // p − 1
		{^uint64(0) - c + 1, ^uint64(0), false}, // p
		{^uint64(0), ^uint64(0), false},
		{^uint64(0), ^uint64(0) - 1, true},
	} {
		if got := IsCanonical(tc.lo, tc.hi); got != tc.want {
			t.Errorf("IsCanonical(%#x, %#x) = %v, want %v", tc.lo, tc.hi, got, tc.want)
		}
	}
}

func BenchmarkHorner(b *testing.B) {
	v, w := FromWords(^uint64(0), 1<<62), FromWords(12345, 1<<61)
	b.Run("horner", func(b *testing.B) {
		for b.Loop() {
			var h Horner
			for range 128 {
				h.StepWords(v.lo, v.hi, w.lo, w.hi)
			}
			_ = h.Element()
		}
	})
	b.Run("reduced", func(b *testing.B) {
		for b.Loop() {
			var a Element
			for range 128 {
				a = a.Double().Add(v.Add(w))
			}
			_ = a
		}
	})
}
