package pedersen

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/scs"
	"github.com/consensys/gnark/test"
)

func TestGenerators(t *testing.T) {
	g := NewGenerators(3)
	pts := append(append([]Point(nil), g.G...), g.H)
	l := Order()
	for i, p := range pts {
		if !p.IsOnCurve() {
			t.Fatalf("generator %d is not on the curve", i)
		}
		var q Point
		q.ScalarMultiplication(&p, l)
		if id := Identity(); !q.Equal(&id) {
			t.Fatalf("generator %d is not in the prime-order subgroup", i)
		}
		for j := range i {
			if pts[j].Equal(&p) {
				t.Fatalf("generators %d and %d are equal", j, i)
			}
		}
	}
	longer := NewGenerators(5)
	for i := range g.G {
		if !longer.G[i].Equal(&g.G[i]) {
			t.Fatalf("generator %d differs between lists of 3 and 5", i)
		}
	}
}

func TestHomomorphic(t *testing.T) {
	g := NewGenerators(2)
	a, err := g.Commit([]*big.Int{big.NewInt(3), big.NewInt(5)}, big.NewInt(11))
	if err != nil {
		t.Fatal(err)
	}
	b, err := g.Commit([]*big.Int{big.NewInt(4), big.NewInt(6)}, big.NewInt(13))
	if err != nil {
		t.Fatal(err)
	}
	sum, err := g.Commit([]*big.Int{big.NewInt(7), big.NewInt(11)}, big.NewInt(24))
	if err != nil {
		t.Fatal(err)
	}
	if got := Sum(a, b); !got.Equal(&sum) {
		t.Fatal("the sum of two commitments is not the commitment to the sums")
	}
	// A different opening of the sum does not match.
	other, _ := g.Commit([]*big.Int{big.NewInt(8), big.NewInt(10)}, big.NewInt(24))
	if got := Sum(a, b); got.Equal(&other) {
		t.Fatal("the sum opens to other scalars")
	}
	if _, err := g.Commit([]*big.Int{big.NewInt(-1)}, big.NewInt(0)); !errors.Is(err, ErrScalar) {
		t.Fatalf("negative scalar: err = %v, want ErrScalar", err)
	}
	if _, err := g.Commit(nil, Order()); !errors.Is(err, ErrScalar) {
		t.Fatalf("mask = l: err = %v, want ErrScalar", err)
	}
}

type commitCircuit struct {
	S    [2]frontend.Variable
	Rho  frontend.Variable
	X, Y frontend.Variable `gnark:",public"`
	g    Generators
}

func (c *commitCircuit) Define(api frontend.API) error {
	bits := [][]frontend.Variable{api.ToBinary(c.S[0], 64), api.ToBinary(c.S[1], 64)}
	p, err := c.g.Circuit(api, bits, api.ToBinary(c.Rho, 250))
	if err != nil {
		return err
	}
	api.AssertIsEqual(p.X, c.X)
	api.AssertIsEqual(p.Y, c.Y)
	return nil
}

func TestCircuitMatchesCommit(t *testing.T) {
	g := NewGenerators(2)
	rng := rand.New(rand.NewPCG(1, 2))
	rho := new(big.Int).SetUint64(rng.Uint64())
	rho.Lsh(rho, 186).Or(rho, new(big.Int).SetUint64(rng.Uint64()))
	s0, s1 := new(big.Int).SetUint64(rng.Uint64()), big.NewInt(0)
	want, err := g.Commit([]*big.Int{s0, s1}, rho)
	if err != nil {
		t.Fatal(err)
	}
	circuit := &commitCircuit{g: g}
	good := &commitCircuit{S: [2]frontend.Variable{s0, s1}, Rho: rho, X: want.X, Y: want.Y}
	if err := test.IsSolved(circuit, good, ecc.BN254.ScalarField()); err != nil {
		t.Fatalf("honest opening: %v", err)
	}
	bad := &commitCircuit{S: [2]frontend.Variable{new(big.Int).Add(s0, big.NewInt(1)), s1}, Rho: rho, X: want.X, Y: want.Y}
	if err := test.IsSolved(circuit, bad, ecc.BN254.ScalarField()); err == nil {
		t.Fatal("a scalar + 1 opened the same commitment")
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), scs.NewBuilder, circuit)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d PLONK constraints for 2×64 + 250 bits", ccs.GetNbConstraints())
}
