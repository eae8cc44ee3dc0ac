package ot

import (
	"math/rand/v2"
	"testing"
)

// gfMulSlow multiplies bit by bit: shift-and-add with reduction after each
// doubling.
func gfMulSlow(a, b Block) Block {
	var z Block
	v := a
	for i := 0; i < 128; i++ {
		if b.Bit(i) == 1 {
			z = z.Xor(v)
		}
		carry := v.Hi >> 63
		v = Block{v.Lo << 1, v.Hi<<1 | v.Lo>>63}
		if carry == 1 {
			v.Lo ^= 0x87
		}
	}
	return z
}

// clmul64Slow is the carry-less product of x and y, bit by bit.
func clmul64Slow(x, y uint64) (hi, lo uint64) {
	for i := 0; i < 64; i++ {
		if y>>uint(i)&1 == 1 {
			lo ^= x << uint(i)
			if i > 0 {
				hi ^= x >> uint(64-i)
			}
		}
	}
	return hi, lo
}

func newTestRand(t testing.TB) *rand.Rand {
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	return rand.New(rand.NewPCG(seed, 0x6f74))
}

func randBlock(r *rand.Rand) Block { return Block{r.Uint64(), r.Uint64()} }

func TestSpreadMasks(t *testing.T) {
	masks := [5]uint64{sp0, sp1, sp2, sp3, sp4}
	for k, m := range masks {
		var want uint64
		for i := k; i < 64; i += 5 {
			want |= 1 << uint(i)
		}
		if m != want {
			t.Errorf("sp%d = %#x, want %#x", k, m, want)
		}
	}
}

func TestClmul64(t *testing.T) {
	r := newTestRand(t)
	cases := [][2]uint64{{0, 0}, {1, 1}, {^uint64(0), ^uint64(0)}, {1 << 63, 1 << 63}, {^uint64(0), 1}}
	for i := 0; i < 2000; i++ {
		cases = append(cases, [2]uint64{r.Uint64(), r.Uint64()})
	}
	for _, c := range cases {
		h, l := clmul64(c[0], c[1])
		wh, wl := clmul64Slow(c[0], c[1])
		if h != wh || l != wl {
			t.Fatalf("clmul64(%#x, %#x) = %#x %#x, want %#x %#x", c[0], c[1], h, l, wh, wl)
		}
	}
}

func TestGFMul(t *testing.T) {
	r := newTestRand(t)
	ones := Block{^uint64(0), ^uint64(0)}
	cases := [][2]Block{{{}, {}}, {{1, 0}, ones}, {ones, ones}, {{0, 1 << 63}, {0, 1 << 63}}, {{2, 0}, {0, 1 << 63}}}
	for i := 0; i < 2000; i++ {
		cases = append(cases, [2]Block{randBlock(r), randBlock(r)})
	}
	for _, c := range cases {
		want := gfMulSlow(c[0], c[1])
		if got := gfMul(c[0], c[1]); got != want {
			t.Fatalf("gfMul(%v, %v) = %v, want %v", c[0], c[1], got, want)
		}
		if got := gfMulGeneric(c[0], c[1]); got != want {
			t.Fatalf("gfMulGeneric(%v, %v) = %v, want %v", c[0], c[1], got, want)
		}
	}
	// x · x^127 = x^128 = x^7 + x^2 + x + 1.
	if got := gfMul(Block{2, 0}, Block{0, 1 << 63}); got != (Block{0x87, 0}) {
		t.Errorf("x·x^127 = %v, want 0x87", got)
	}
}

func TestGFLaws(t *testing.T) {
	r := newTestRand(t)
	one := Block{1, 0}
	for i := 0; i < 500; i++ {
		a, b, c := randBlock(r), randBlock(r), randBlock(r)
		if gfMul(gfMul(a, b), c) != gfMul(a, gfMul(b, c)) {
			t.Fatal("multiplication is not associative")
		}
		if gfMul(a, b.Xor(c)) != gfMul(a, b).Xor(gfMul(a, c)) {
			t.Fatal("multiplication does not distribute over addition")
		}
		if gfMul(a, b) != gfMul(b, a) {
			t.Fatal("multiplication is not commutative")
		}
		if gfMul(a, one) != a {
			t.Fatal("1 is not the identity")
		}
	}
}

func TestGFInnerProduct(t *testing.T) {
	r := newTestRand(t)
	for _, n := range []int{0, 1, 2, 3, 7, 128, 1000} {
		a, b := make([]Block, n), make([]Block, n)
		var want Block
		for j := range a {
			a[j], b[j] = randBlock(r), randBlock(r)
			want = want.Xor(gfMulSlow(a[j], b[j]))
		}
		if got := gfInnerProductGeneric(a, b); got != want {
			t.Errorf("n=%d: generic inner product %v, want %v", n, got, want)
		}
		if got := gfInnerProduct(a, b); got != want {
			t.Errorf("n=%d: inner product %v, want %v", n, got, want)
		}
	}
}

func BenchmarkGFMul(b *testing.B) {
	r := newTestRand(b)
	x, y := randBlock(r), randBlock(r)
	b.Run("dispatch", func(b *testing.B) {
		for b.Loop() {
			x = gfMul(x, y)
		}
	})
	b.Run("generic", func(b *testing.B) {
		for b.Loop() {
			x = gfMulGeneric(x, y)
		}
	})
	sinkBlock = x
}

func BenchmarkGFInnerProduct(b *testing.B) {
	r := newTestRand(b)
	const n = 4096
	x, y := make([]Block, n), make([]Block, n)
	for j := range x {
		x[j], y[j] = randBlock(r), randBlock(r)
	}
	b.Run("dispatch", func(b *testing.B) {
		b.SetBytes(n * blockBytes)
		for b.Loop() {
			sinkBlock = gfInnerProduct(x, y)
		}
	})
	b.Run("generic", func(b *testing.B) {
		b.SetBytes(n * blockBytes)
		for b.Loop() {
			sinkBlock = gfInnerProductGeneric(x, y)
		}
	})
}

var sinkBlock Block
