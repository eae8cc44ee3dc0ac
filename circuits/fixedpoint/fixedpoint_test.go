package fixedpoint

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
)

var bn254 = ecc.BN254.ScalarField()

const zBits = 40 // |z| < 2^39 in the tests

func TestSigmoidErrorBound(t *testing.T) {
	worst := 0.0
	for z := int64(-12 * One); z <= 12*One; z += 7 {
		got, err := NativeSigmoid(z, zBits)
		if err != nil {
			t.Fatal(err)
		}
		x := float64(z) / One
		e := math.Abs(float64(got)/One - 1/(1+math.Exp(-x)))
		worst = max(worst, e)
		if e > SigmoidErrorBound {
			t.Fatalf("z = %g: error %g above the bound %g", x, e, SigmoidErrorBound)
		}
	}
	t.Logf("largest error %.3g (bound %g)", worst, SigmoidErrorBound)
	if _, err := NativeSigmoid(1<<(zBits-1), zBits); err == nil {
		t.Fatal("NativeSigmoid took z = 2^39 for 40 bits")
	}
}

type sigmoidCircuit struct {
	Z    []frontend.Variable
	Want []frontend.Variable `gnark:",public"`
}

func (c *sigmoidCircuit) Define(api frontend.API) error {
	f := New(api)
	for i := range c.Z {
		api.AssertIsEqual(f.Sigmoid(c.Z[i], zBits), c.Want[i])
	}
	return nil
}

// The circuit computes NativeSigmoid exactly, at the edges of every piece
// and at random points; a wrong output and an out-of-range input fail.
func TestSigmoidCircuitMatchesNative(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	zs := []int64{-8*One - 1, -8 * One, -8*One + 1, -1, 0, 1, One/8 - 1, One / 8, 8*One - 1, 8 * One, 8*One + 1,
		-(1 << (zBits - 1)) + 1, 1<<(zBits-1) - 1}
	for range 12 {
		zs = append(zs, rng.Int64N(24*One)-12*One)
	}
	c := &sigmoidCircuit{Z: make([]frontend.Variable, len(zs)), Want: make([]frontend.Variable, len(zs))}
	w := &sigmoidCircuit{Z: make([]frontend.Variable, len(zs)), Want: make([]frontend.Variable, len(zs))}
	for i, z := range zs {
		want, err := NativeSigmoid(z, zBits)
		if err != nil {
			t.Fatal(err)
		}
		w.Z[i], w.Want[i] = z, want
	}
	if err := test.IsSolved(c, w, bn254); err != nil {
		t.Fatalf("honest: %v", err)
	}
	bad := *w
	bad.Want = append([]frontend.Variable(nil), w.Want...)
	bad.Want[4] = w.Want[4].(int64) + 1
	if err := test.IsSolved(c, &bad, bn254); err == nil {
		t.Fatal("sigmoid(0) + 1 was accepted")
	}
	out := *w
	out.Z = append([]frontend.Variable(nil), w.Z...)
	out.Z[0] = int64(1) << (zBits - 1)
	if err := test.IsSolved(c, &out, bn254); err == nil {
		t.Fatal("z = 2^39 was accepted for 40 bits")
	}
	test.NewAssert(t).ProverFailed(c, &bad, test.WithCurves(ecc.BN254), test.WithBackends(backend.PLONK), test.NoFuzzing())
}

type splitCircuit struct {
	A, Q, R frontend.Variable
	k, bits int
}

func (c *splitCircuit) Define(api frontend.API) error {
	New(api).AssertSplit(c.A, c.Q, c.R, c.k, c.bits)
	return nil
}

// Split's constraints admit only the floor division's quotient and
// remainder.
func TestSplitRejectsForgedWitness(t *testing.T) {
	const k, bits = 8, 20
	c := &splitCircuit{k: k, bits: bits}
	a := int64(-1000)
	u := a + 1<<(bits-1)
	q, r := u>>k, u&(1<<k-1)
	p := new(big.Int).Sub(bn254, big.NewInt(1)) // −1 in the field
	for _, tt := range []struct {
		name    string
		a, q, r any
		wantErr bool
	}{
		{name: "floor division", a: a, q: q, r: r},
		{name: "remainder 2^k, quotient − 1", a: a, q: q - 1, r: r + 1<<k, wantErr: true},
		{name: "remainder −1, quotient + 1 carried", a: a - 1, q: q, r: p, wantErr: true},
		{name: "a = 2^19 has no split", a: int64(1) << (bits - 1), q: int64(1) << (bits - k), r: 0, wantErr: true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := test.IsSolved(c, &splitCircuit{A: tt.a, Q: tt.q, R: tt.r}, bn254)
			if (err != nil) != tt.wantErr {
				t.Fatalf("IsSolved: %v, want error %v", err, tt.wantErr)
			}
		})
	}
}

type mulCircuit struct {
	A, B frontend.Variable
	Want frontend.Variable `gnark:",public"`
}

func (c *mulCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(New(api).Mul(c.A, c.B, 64), c.Want)
	return nil
}

func TestMulMatchesNative(t *testing.T) {
	for _, ab := range [][2]int64{{3 * One / 2, -5 * One / 4}, {-7, 3}, {One, One}, {-One - 1, One + 3}} {
		want := NativeMul(ab[0], ab[1])
		if err := test.IsSolved(&mulCircuit{}, &mulCircuit{A: ab[0], B: ab[1], Want: want}, bn254); err != nil {
			t.Fatalf("%v: %v", ab, err)
		}
		if err := test.IsSolved(&mulCircuit{}, &mulCircuit{A: ab[0], B: ab[1], Want: want + 1}, bn254); err == nil {
			t.Fatalf("%v: a wrong product was accepted", ab)
		}
	}
	if got := NativeMul(-7, 3); got != -1 {
		t.Fatalf("NativeMul(-7, 3) = %d, want floor(-21/65536) = -1", got)
	}
}
