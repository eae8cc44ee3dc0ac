// Package fixedpoint is signed fixed-point arithmetic in PLONK circuits over
// BN254, with range checks so that no value wraps silently, and the same
// arithmetic natively, bit for bit, for witnesses and for the parties that
// must feed the MPC exactly what they prove.
//
// A real number x is the integer round(x · 2^Frac) (package constant Frac =
// 16, a precision of 1.5·10⁻⁵); a negative integer is the field element
// r − |x|. Split proves a floor division by a power of two, the one
// operation that needs a witness; Sigmoid builds the logistic function from
// it and a lookup table.
//
// # Soundness
//
// Split(a, k, bits) proves a + 2^(bits−1) = q′·2^k + r with r ∈ [0, 2^k)
// and q′ ∈ [0, 2^(bits−k)), both range checked: for |a| < 2^(bits−1) and
// bits ≤ 250 exactly one such pair exists, the floor division's, and for
// any other a none does, so a value out of its declared range makes the
// proof impossible instead of wrapping.
//
// # The logistic approximation
//
// Sigmoid clamps z to [−8, 8) and interpolates σ linearly between the 129
// points −8, −8 + 1/8, …, 8, whose values are stored rounded to Frac bits.
// Its error is at most 3.4·10⁻⁴ for every z: linear interpolation on steps
// of h = 1/8 errs by at most h²/8 · max|σ″| ≈ 1.9·10⁻⁴, rounding the table
// and the interpolation product adds less than 2.3·10⁻⁵, and outside
// [−8, 8) the clamped value differs from σ by less than σ(−8) ≈ 3.4·10⁻⁴.
// TestSigmoidErrorBound scans the whole range.
package fixedpoint

import (
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/lookup/logderivlookup"
	"github.com/consensys/gnark/std/rangecheck"
)

// Frac is the number of fractional bits.
const Frac = 16

// One is 1 in fixed point.
const One = 1 << Frac

// Sigmoid's table: 129 points from −8 in steps of 1/8.
const (
	sigmoidMin   = -8 * One
	sigmoidSteps = 128
	stepBits     = Frac - 3 // a step of 1/8 is 2^(Frac−3)
	// SigmoidErrorBound is the largest |Sigmoid(z)/One − σ(z/One)|.
	SigmoidErrorBound = 3.4e-4
)

// ErrRange is returned by the native functions for a value outside the
// range they were asked to handle.
var ErrRange = errors.New("fixedpoint: value out of range")

func init() {
	solver.RegisterHint(splitHint)
}

// splitHint returns q′, r with a + 2^(bits−1) = q′·2^k + r, a read as a
// signed field element.
func splitHint(mod *big.Int, in, out []*big.Int) error {
	a, k, bits := signed(mod, in[0]), in[1].Uint64(), in[2].Uint64()
	u := new(big.Int).Add(a, new(big.Int).Lsh(big.NewInt(1), uint(bits-1)))
	if u.Sign() < 0 {
		u.SetInt64(0) // out of range: no valid split; the range checks fail
	}
	out[0].Rsh(u, uint(k))
	out[1].Sub(u, new(big.Int).Lsh(out[0], uint(k)))
	return nil
}

// signed reads x as a signed integer in (−mod/2, mod/2).
func signed(mod, x *big.Int) *big.Int {
	v := new(big.Int).Mod(x, mod)
	if v.Cmp(new(big.Int).Rsh(mod, 1)) > 0 {
		v.Sub(v, mod)
	}
	return v
}

// API is fixed-point arithmetic in one circuit.
type API struct {
	api frontend.API
	rc  frontend.Rangechecker
	sig logderivlookup.Table // built on first use
}

// New returns the fixed-point API of a circuit.
func New(api frontend.API) *API {
	return &API{api: api, rc: rangecheck.New(api)}
}

// Split returns floor(a / 2^k) and a mod 2^k for |a| < 2^(bits−1); for
// any other a the proof fails. 1 ≤ k < bits ≤ 250.
func (f *API) Split(a frontend.Variable, k, bits int) (q, r frontend.Variable) {
	out, err := f.api.Compiler().NewHint(splitHint, 2, a, k, bits)
	if err != nil {
		panic(err) // only for a hint that is not registered: a bug
	}
	f.AssertSplit(a, out[0], out[1], k, bits)
	return f.api.Sub(out[0], new(big.Int).Lsh(big.NewInt(1), uint(bits-1-k))), out[1]
}

// AssertSplit asserts a + 2^(bits−1) = qs·2^k + r with r ∈ [0, 2^k) and
// qs ∈ [0, 2^(bits−k)): the constraints of Split, for a witness made
// elsewhere.
func (f *API) AssertSplit(a, qs, r frontend.Variable, k, bits int) {
	f.rc.Check(r, k)
	f.rc.Check(qs, bits-k)
	f.api.AssertIsEqual(f.api.Add(a, new(big.Int).Lsh(big.NewInt(1), uint(bits-1))),
		f.api.Add(f.api.Mul(qs, new(big.Int).Lsh(big.NewInt(1), uint(k))), r))
}

// Mul returns the fixed-point product floor(a·b / 2^Frac) of two values
// whose product is below 2^(bits−1) in magnitude.
func (f *API) Mul(a, b frontend.Variable, bits int) frontend.Variable {
	q, _ := f.Split(f.api.Mul(a, b), Frac, bits)
	return q
}

// Sigmoid returns the logistic function of z, |z| < 2^(bits−1), in fixed
// point, as the package doc describes; NativeSigmoid computes the same.
func (f *API) Sigmoid(z frontend.Variable, bits int) frontend.Variable {
	api := f.api
	if f.sig == nil {
		f.sig = logderivlookup.New(api)
		for _, v := range sigmoidTable() {
			f.sig.Insert(v)
		}
	}
	// u = z + 8 in [0, 16) is in range; hi = floor(u / 16) is 0 there,
	// negative below and positive above.
	hi, lo := f.Split(api.Sub(z, sigmoidMin), Frac+4, bits+1)
	seg, frac := f.Split(lo, stepBits, Frac+4+1) // lo ∈ [0, 2^(Frac+4)): seg ∈ [0, 128)
	v := f.sig.Lookup(seg, api.Add(seg, 1))
	interp := api.Add(v[0], f.mulShift(api.Sub(v[1], v[0]), frac))
	// Below the range the value at −8, above it the value at 8.
	hiBits := bits + 1 - (Frac + 4)
	sign, _ := f.Split(hi, hiBits-1, hiBits+1) // 0 for hi ≥ 0, −1 for hi < 0
	below := api.Neg(sign)
	zero := api.IsZero(hi)
	tbl := sigmoidTable()
	clamped := api.Select(below, tbl[0], tbl[sigmoidSteps])
	return api.Select(zero, interp, clamped)
}

// mulShift returns floor(d·frac / 2^stepBits) for |d| < 2^Frac and frac <
// 2^stepBits.
func (f *API) mulShift(d, frac frontend.Variable) frontend.Variable {
	q, _ := f.Split(f.api.Mul(d, frac), stepBits, Frac+stepBits+2)
	return q
}

// sigmoidTable returns round(σ(−8 + k/8) · 2^Frac) for k = 0 … 128.
func sigmoidTable() []int64 {
	t := make([]int64, sigmoidSteps+1)
	for k := range t {
		x := -8 + float64(k)/8
		t[k] = int64(math.Round(One / (1 + math.Exp(-x))))
	}
	return t
}

// floorDiv returns floor(a / 2^k).
func floorDiv(a int64, k uint) int64 { return a >> k }

// NativeSigmoid is Sigmoid outside a circuit, bit for bit. It returns an
// error wrapping ErrRange for |z| ≥ 2^(bits−1).
func NativeSigmoid(z int64, bits int) (int64, error) {
	if bits < Frac+6 || bits > 62 || z >= 1<<(bits-1) || z < -(1<<(bits-1)) {
		return 0, fmt.Errorf("%w: z = %d for %d bits", ErrRange, z, bits)
	}
	t := sigmoidTable()
	u := z - sigmoidMin
	hi := floorDiv(u, Frac+4)
	switch {
	case hi < 0:
		return t[0], nil
	case hi > 0:
		return t[sigmoidSteps], nil
	}
	seg := u >> stepBits
	frac := u & (1<<stepBits - 1)
	return t[seg] + floorDiv((t[seg+1]-t[seg])*frac, stepBits), nil
}

// NativeMul is Mul outside a circuit: floor(a·b / 2^Frac), for |a·b| <
// 2^63.
func NativeMul(a, b int64) int64 { return floorDiv(a*b, Frac) }
