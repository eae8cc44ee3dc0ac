package field

import (
	"testing"
)

// The big.Int benchmarks are the baseline: compare with
// go test -bench . ./mpc/field and read Mul against BigMul.

func BenchmarkMul(b *testing.B) {
	x, _ := Random(seeded(b))
	y := x.Add(One())
	for b.Loop() {
		x = x.Mul(y)
	}
	_ = x
}

func BenchmarkAdd(b *testing.B) {
	x, _ := Random(seeded(b))
	y := x.Add(One())
	for b.Loop() {
		x = x.Add(y)
	}
	_ = x
}

func BenchmarkBigMul(b *testing.B) {
	x, _ := Random(seeded(b))
	xb, yb := x.Big(), x.Add(One()).Big()
	for b.Loop() {
		xb.Mul(xb, yb)
		xb.Mod(xb, modulus)
	}
}

func BenchmarkBigAdd(b *testing.B) {
	x, _ := Random(seeded(b))
	xb, yb := x.Big(), x.Add(One()).Big()
	for b.Loop() {
		xb.Add(xb, yb)
		xb.Mod(xb, modulus)
	}
}
