// Package pedersen is a Pedersen vector commitment on Baby Jubjub, the
// twisted Edwards curve whose base field is the BN254 scalar field, so a
// PLONK circuit over BN254 opens it with native arithmetic.
//
// A commitment to scalars s_0 … s_{n−1} under a mask ρ is
//
//	C = s_0·G_0 + … + s_{n−1}·G_{n−1} + ρ·H
//
// for generators derived by hashing to the curve (see NewGenerators), so
// nobody knows a discrete-log relation between them. C hides the scalars
// when ρ is uniform, binds them under the discrete-log assumption on the
// curve's prime-order subgroup (about 2^251 elements, about 125 bits of
// security), and is additively homomorphic: the sum of commitments is the
// commitment to the sums under the sum of masks. Scalars are reduced
// modulo the subgroup order l, so a caller that needs sums of integers
// keeps them below l.
//
// The in-circuit side (Generators.Circuit) multiplies the fixed generators
// by bit decompositions, adding precomputed constant multiples 2^k·G: about
// six PLONK constraints per scalar bit.
package pedersen

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark/frontend"
	tedwards "github.com/consensys/gnark/std/algebra/native/twistededwards"
)

// Point is a point of Baby Jubjub in affine coordinates.
type Point = twistededwards.PointAffine

// ErrScalar is returned for a scalar or mask that is negative, wider than
// its declared bits or not below the subgroup order.
var ErrScalar = errors.New("pedersen: scalar out of range")

// Order returns l, the order of the prime subgroup the generators span.
func Order() *big.Int {
	p := twistededwards.GetEdwardsCurve()
	return new(big.Int).Set(&p.Order)
}

// Identity returns the neutral point (0, 1).
func Identity() Point {
	var p Point
	p.Y.SetOne()
	return p
}

// Generators are the bases of commitments to n scalars.
type Generators struct {
	G []Point
	H Point
}

// domain separates these generators from any other hash to the curve.
const domain = "twopm/pedersen/v1"

// NewGenerators returns n scalar generators and the mask generator, each
// the first point, with a counter appended to "twopm/pedersen/v1/<i>"
// (H uses i = "h"), whose y coordinate is SHA-256 of that string, times
// the cofactor 8. The same n always gives the same points, and a longer
// list extends a shorter one.
func NewGenerators(n int) Generators {
	g := Generators{G: make([]Point, n)}
	for i := range g.G {
		g.G[i] = hashToCurve(fmt.Sprintf("%s/%d", domain, i))
	}
	g.H = hashToCurve(domain + "/h")
	return g
}

// hashToCurve returns 8·P for the first point P with y = SHA-256(tag ‖
// counter) mod r on the curve, taking the x with the smaller encoding.
func hashToCurve(tag string) Point {
	params := twistededwards.GetEdwardsCurve()
	one := fr.One()
	for ctr := uint32(0); ; ctr++ {
		var buf [4]byte
		binary.BigEndian.PutUint32(buf[:], ctr)
		digest := sha256.Sum256(append([]byte(tag), buf[:]...))
		var p Point
		p.Y.SetBytes(digest[:])
		// x² = (1 − y²) / (a − d·y²)
		var y2, num, den, x2 fr.Element
		y2.Square(&p.Y)
		num.Sub(&one, &y2)
		den.Mul(&params.D, &y2)
		den.Sub(&params.A, &den)
		if den.IsZero() {
			continue
		}
		x2.Div(&num, &den)
		if x2.Legendre() != 1 {
			continue
		}
		p.X.Sqrt(&x2)
		if p.X.LexicographicallyLargest() {
			p.X.Neg(&p.X)
		}
		p.ScalarMultiplication(&p, big.NewInt(8))
		if p.IsZero() || (p.X.IsZero() && p.Y.IsOne()) {
			continue
		}
		return p
	}
}

// Commit returns Σ s_i·G_i + rho·H. It returns an error wrapping ErrScalar
// for a scalar or mask that is negative or not below Order, and when there
// are more scalars than generators.
func (g Generators) Commit(scalars []*big.Int, rho *big.Int) (Point, error) {
	if len(scalars) > len(g.G) {
		return Point{}, fmt.Errorf("%w: %d scalars, %d generators", ErrScalar, len(scalars), len(g.G))
	}
	l := Order()
	acc := Identity()
	var t Point
	for i, s := range append(scalars, rho) {
		if s.Sign() < 0 || s.Cmp(l) >= 0 {
			return Point{}, fmt.Errorf("%w: scalar %d", ErrScalar, i)
		}
		base := g.H
		if i < len(scalars) {
			base = g.G[i]
		}
		t.ScalarMultiplication(&base, s)
		acc.Add(&acc, &t)
	}
	return acc, nil
}

// Sum returns the sum of points.
func Sum(points ...Point) Point {
	acc := Identity()
	for i := range points {
		acc.Add(&acc, &points[i])
	}
	return acc
}

// Circuit computes Σ s_i·G_i + ρ·H in a circuit from the scalars' bits,
// least significant first: bits[i] are those of s_i (at most 251), rho
// those of the mask; a nil bit is a known 0 and costs nothing.
// Booleanity of the bits is the caller's: bits from api.ToBinary are
// boolean.
func (g Generators) Circuit(api frontend.API, bits [][]frontend.Variable, rho []frontend.Variable) (tedwards.Point, error) {
	if len(bits) > len(g.G) {
		return tedwards.Point{}, fmt.Errorf("%w: %d scalars, %d generators", ErrScalar, len(bits), len(g.G))
	}
	params := twistededwards.GetEdwardsCurve()
	d := params.D.BigInt(new(big.Int))
	a := params.A.BigInt(new(big.Int))
	acc := tedwards.Point{X: 0, Y: 1}
	add := func(base Point, bs []frontend.Variable) error {
		if len(bs) > 251 {
			return fmt.Errorf("%w: %d bits", ErrScalar, len(bs))
		}
		c := base
		for _, b := range bs {
			if b != nil {
				acc = addBit(api, acc, b, &c, a, d)
			}
			c.Double(&c)
		}
		return nil
	}
	for i, bs := range bits {
		if err := add(g.G[i], bs); err != nil {
			return tedwards.Point{}, err
		}
	}
	if err := add(g.H, rho); err != nil {
		return tedwards.Point{}, err
	}
	return acc, nil
}

// addBit returns p + b·c for a boolean b and a constant point c, with the
// twisted Edwards addition law (complete on this curve) applied to p and
// q = b·c = (b·cx, 1 + b·(cy − 1)), whose coordinates are linear in b:
// three products (b·x1, b·y1, x1·y2·x2·y1) and two divisions.
func addBit(api frontend.API, p tedwards.Point, b frontend.Variable, c *Point, a, d *big.Int) tedwards.Point {
	cx, cy := c.X.BigInt(new(big.Int)), c.Y.BigInt(new(big.Int))
	cy1 := new(big.Int).Sub(cy, big.NewInt(1))
	bx, by := api.Mul(b, p.X), api.Mul(b, p.Y)
	// v0 = x1·y2 = x1 + (cy − 1)·b·x1, v1 = x2·y1 = cx·b·y1.
	v0 := api.Add(p.X, api.Mul(bx, cy1))
	v1 := api.Mul(by, cx)
	v2 := api.Mul(api.Mul(v0, v1), d)
	// u = (y1 − a·x1)·(x2 + y2), with x2 + y2 = 1 + b·(cx + cy − 1).
	k := new(big.Int).Add(cx, cy1)
	ax := api.Mul(p.X, a)
	u := api.Add(api.Sub(p.Y, ax), api.Mul(api.Sub(by, api.Mul(bx, a)), k))
	x := api.DivUnchecked(api.Add(v0, v1), api.Add(1, v2))
	y := api.DivUnchecked(api.Sub(api.Add(u, api.Mul(v0, a)), v1), api.Sub(1, v2))
	return tedwards.Point{X: x, Y: y}
}
