package hlr

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/twopm/twopm/circuits/contribution"
	"github.com/twopm/twopm/circuits/fixedpoint"
	"github.com/twopm/twopm/circuits/pedersen"
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
	// Holdout packs the holdout flags, 248 per element (Params.Holdout).
	Holdout []frontend.Variable
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
	slots := s.Slots()
	c := &Circuit{
		Code: make([][]frontend.Variable, slots), Holdout: make([]frontend.Variable, holdoutWords(slots)),
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
	elems = append(elems, c.Holdout...)
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

// holdout returns, per row slot i, 1 if the row is kept in the gradient
// and 0 if the Params' flags hold it out; it constrains each packed word
// to its slots' bits, so the flags are exactly those hashed.
func (c *Circuit) holdout(api frontend.API) func(i int) frontend.Variable {
	var bits []frontend.Variable
	for w, word := range c.Holdout {
		n := min(holdoutWordBits, len(c.Code)-w*holdoutWordBits)
		bits = append(bits, api.ToBinary(word, n)...)
	}
	return func(i int) frontend.Variable {
		return api.Sub(1, bits[i])
	}
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
