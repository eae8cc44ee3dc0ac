package hlr

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/rangecheck"

	"github.com/twopm/twopm/circuits/contribution"
	"github.com/twopm/twopm/circuits/fixedpoint"
	"github.com/twopm/twopm/circuits/pedersen"
	"github.com/twopm/twopm/dataset"
)

// Circuit proves that the table committed to by Root yields, at the Params
// hashed to ParamsHash, the gradient and labeled row count whose Pedersen
// commitment is Commitment. Build it with Shape.Circuit.
type Circuit struct {
	Root       frontend.Variable    `gnark:",public"`
	Rows       frontend.Variable    `gnark:",public"`
	Binding    frontend.Variable    `gnark:",public"`
	ParamsHash frontend.Variable    `gnark:",public"`
	Commitment [2]frontend.Variable `gnark:",public"`

	// Code[i][f] is field f of row slot i; all zero past the table.
	Code [][]frontend.Variable
	// Beta, A, B, Modes and Indicators are the Params.
	Beta, A, B, Modes, Indicators []frontend.Variable
	HoldoutEvery, HoldoutOffset   frontend.Variable
	// Mask is the commitment's mask, below 2^contribution.MaskBits.
	Mask frontend.Variable

	l    layout
	rows int // the shape's Rows
	zero []fr.Element
}

// Circuit returns the circuit of s with its slices allocated.
func (s Shape) Circuit() (*Circuit, error) {
	l, err := s.layout()
	if err != nil {
		return nil, err
	}
	slots := (s.Rows + dataset.CommitBlockRows - 1) / dataset.CommitBlockRows * dataset.CommitBlockRows
	c := &Circuit{
		Code: make([][]frontend.Variable, slots),
		Beta: make([]frontend.Variable, l.width), A: make([]frontend.Variable, l.numeric), B: make([]frontend.Variable, l.numeric),
		Modes: make([]frontend.Variable, len(l.feats)-l.numeric), Indicators: make([]frontend.Variable, len(l.feats)),
		l: l, rows: s.Rows, zero: l.packing.ZeroLeaves(),
	}
	for i := range c.Code {
		c.Code[i] = make([]frontend.Variable, len(l.packing.Fields))
	}
	return c, nil
}

// Define declares the constraints.
func (c *Circuit) Define(api frontend.API) error {
	l := c.l
	if len(c.Beta) != l.width {
		return fmt.Errorf("%w: circuit not built by Shape.Circuit", ErrShape)
	}
	root, err := contribution.TableRoot(api, l.packing, c.zero, c.Code, c.Rows)
	if err != nil {
		return err
	}
	api.AssertIsEqual(root, c.Root)

	// The Params: hashed, and within their bounds.
	var elems []frontend.Variable
	elems = append(append(append(append(append(elems, c.Beta...), c.A...), c.B...), c.Modes...), c.Indicators...)
	elems = append(elems, c.HoldoutEvery, c.HoldoutOffset)
	h, err := contribution.Sponge(api, TagParams, elems...)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h, c.ParamsHash)
	fp := fixedpoint.New(api)
	for _, v := range append(append(append([]frontend.Variable{}, c.Beta...), c.A...), c.B...) {
		fp.Split(v, 1, ParamBits) // |v| < 2^(ParamBits−1)
	}
	for _, b := range c.Indicators {
		api.AssertIsBoolean(b)
	}
	// Mode k of a categorical column as one-hot selectors over its levels.
	modeSel := make([][]frontend.Variable, len(c.Modes))
	cat := 0
	for _, ft := range l.feats {
		if ft.levels == 0 {
			continue
		}
		sel := make([]frontend.Variable, ft.levels)
		var one frontend.Variable = 0
		for k := range sel {
			sel[k] = api.IsZero(api.Sub(c.Modes[cat], k))
			one = api.Add(one, sel[k])
		}
		api.AssertIsEqual(one, 1) // the mode is a level
		modeSel[cat] = sel
		cat++
	}

	sums := make([]frontend.Variable, l.width)
	for j := range sums {
		sums[j] = 0
	}
	var n frontend.Variable = 0
	keep := c.holdout(api)
	for i, codes := range c.Code {
		x, w, y := c.features(api, codes, modeSel)
		k := keep(i)
		w, y = api.Mul(w, k), api.Mul(y, k)
		var zs frontend.Variable = 0
		for j, xj := range x {
			zs = api.MulAcc(zs, c.Beta[j+1], xj)
		}
		z, _ := fp.Split(zs, fixedpoint.Frac, zBits+fixedpoint.Frac)
		z = api.Add(z, c.Beta[0])
		sig := fp.Sigmoid(z, zBits)
		// e = w·(y − σ̃); y ≤ w, both 0 for an unlabeled or padding row.
		e := api.Sub(api.Mul(y, fixedpoint.One), api.Mul(w, sig))
		sums[0] = api.Add(sums[0], api.Mul(e, fixedpoint.One))
		for j, xj := range x {
			sums[j+1] = api.MulAcc(sums[j+1], e, xj)
		}
		n = api.Add(n, w)
	}

	// g_j = floor(sum_j / 2^16), |g_j| < 2^(GradBits−1); committed offset
	// by 2^(GradBits−1), with n, as Shape.Commit does.
	offs, k := packEntries(c.rows, l.width+1)
	scalars := make([][]frontend.Variable, k)
	place := func(i int, v frontend.Variable, width int) {
		bits := api.ToBinary(v, width)
		s := scalars[offs[i][0]]
		for len(s) < offs[i][1] {
			s = append(s, nil)
		}
		scalars[offs[i][0]] = append(s, bits...)
	}
	for j, sj := range sums {
		g, _ := fp.Split(sj, fixedpoint.Frac, GradBits+fixedpoint.Frac)
		place(j, api.Add(g, new(big.Int).Lsh(big.NewInt(1), GradBits-1)), GradBits)
	}
	place(l.width, n, bitLen(c.rows))
	point, err := pedersen.NewGenerators(k).Circuit(api, scalars, api.ToBinary(c.Mask, contribution.MaskBits))
	if err != nil {
		return err
	}
	api.AssertIsEqual(point.X, c.Commitment[0])
	api.AssertIsEqual(point.Y, c.Commitment[1])
	return nil
}

// holdout constrains the holdout Params and returns, per row slot i, 1
// if the row is kept in the gradient and 0 if it is held out.
func (c *Circuit) holdout(api frontend.API) func(i int) frontend.Variable {
	rc := rangecheck.New(api)
	// every is HoldoutEvery, or 2 when it is 0 (none), so that the
	// remainders below stay defined; it must lie in [2, 2+2^8).
	none := api.IsZero(c.HoldoutEvery)
	every := api.Add(c.HoldoutEvery, api.Mul(none, 2))
	rc.Check(api.Sub(every, 2), 8)
	rc.Check(c.HoldoutOffset, 8)
	rc.Check(api.Sub(api.Sub(every, 1), c.HoldoutOffset), 8) // offset < every
	qBits := bitLen(len(c.Code))
	return func(i int) frontend.Variable {
		out, err := api.Compiler().NewHint(divHint, 2, i, every)
		if err != nil {
			panic(err) // only for a hint that is not registered: a bug
		}
		q, r := out[0], out[1]
		api.AssertIsEqual(api.Add(api.Mul(q, every), r), i)
		rc.Check(q, qBits)
		rc.Check(r, 8)
		rc.Check(api.Sub(api.Sub(every, 1), r), 8) // r < every
		held := api.Mul(api.Sub(1, none), api.IsZero(api.Sub(r, c.HoldoutOffset)))
		return api.Sub(1, held)
	}
}

func init() {
	solver.RegisterHint(divHint)
}

// divHint returns q, r with a = q·b + r, 0 ≤ r < b, for a ≥ 0 and b > 0;
// for b = 0 it returns 0, a, and the range checks fail.
func divHint(_ *big.Int, in, out []*big.Int) error {
	if in[1].Sign() == 0 {
		out[0].SetInt64(0)
		out[1].Set(in[0])
		return nil
	}
	out[0].QuoRem(in[0], in[1], out[1])
	return nil
}

// features is layout.features in a circuit.
func (c *Circuit) features(api frontend.API, codes []frontend.Variable, modeSel [][]frontend.Variable) (x []frontend.Variable, w, y frontend.Variable) {
	l := c.l
	w, y = 0, 0
	for k, pos := range l.positive {
		w = api.Add(w, codes[l.labField+k])
		if pos {
			y = api.Add(y, codes[l.labField+k])
		}
	}
	api.AssertIsBoolean(w) // at most one level

	num, cat := 0, 0
	for i, ft := range l.feats {
		var missing frontend.Variable
		if ft.levels == 0 {
			code := codes[ft.field]
			missing = api.IsZero(code)
			present := api.Sub(1, missing)
			x = append(x, api.Add(api.Mul(c.A[num], present), api.Mul(c.B[num], api.Sub(code, present))))
			num++
		} else {
			var any frontend.Variable = 0
			for k := range ft.levels {
				any = api.Add(any, codes[ft.field+k])
			}
			api.AssertIsBoolean(any) // at most one level
			missing = api.Sub(1, any)
			for k := 1; k < ft.levels; k++ {
				v := api.Add(codes[ft.field+k], api.Mul(missing, modeSel[cat][k]))
				x = append(x, api.Mul(v, fixedpoint.One))
			}
			cat++
		}
		x = append(x, api.Mul(api.Mul(missing, c.Indicators[i]), fixedpoint.One))
	}
	return x, w, y
}
