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
				h2.Step2(v, w)
				want2 = want2.Double().Add(v).Add(w)
			}
			if got := h.Element(); !got.Equal(want) {
				t.Fatalf("%s, %d steps: Step gives %v, want %v", tc.name, steps, got, want)
			}
			if got := h2.Element(); !got.Equal(want2) {
				t.Fatalf("%s, %d steps: Step2 gives %v, want %v", tc.name, steps, got, want2)
			}
		}
	}
}

func BenchmarkHorner(b *testing.B) {
	v, w := FromWords(^uint64(0), 1<<62), FromWords(12345, 1<<61)
	b.Run("horner", func(b *testing.B) {
		for b.Loop() {
			var h Horner
			for range 128 {
				h.Step2(v, w)
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
