// Package hlr proves, with PLONK over BN254, a node's map step of
// horizontal logistic regression: the gradient of the logistic
// log-likelihood at given coefficients, g = Σ_i w_i (y_i − σ(β·x_i)) x_i,
// and the labeled row count n = Σ_i w_i, over the rows of the table it
// committed to on chain.
//
// The circuit of a Shape takes the table's codes (the dataset commitment
// format), the round's Params (coefficients and feature encoding) and a
// mask as private witness. Its public inputs are the table's root and row
// count (as package contribution's), the round's Binding, the hash of the
// Params — the coordinator publishes the Params with the round's model, so
// the verifier rebuilds the hash — and a Pedersen commitment to (g, n).
//
// # Arithmetic
//
// Everything is fixed point with fixedpoint.Frac = 16 fractional bits and
// computed exactly as Shape.Gradient computes it natively:
//   - a numeric feature is x = A·present + B·v′, v′ the cell's offset on
//     its column's grid, A = round((Min − μ)/σ · 2^16) and B = round(Step/σ
//     · 2^16): the standardized value, 0 (the imputed mean) when missing;
//   - a categorical column gives one feature per level but the first, 2^16
//     when the cell has that level, or is missing and that level is the
//     imputed mode;
//   - every feature column gives a missing-value indicator, 2^16 when the
//     cell is missing and the Params switch the indicator on, else 0;
//   - z = β_0 + floor(Σ_j β_j x_j / 2^16), σ̃(z) = fixedpoint.Sigmoid
//     (error at most 3.4·10⁻⁴), w = 1 for a row whose label is present
//     and that the Params do not hold out for validation (Params.HeldOut:
//     one flag per row slot, hashed with the Params in 248-bit words that
//     the circuit decomposes; a proven task draws them by a keyed hash of
//     the row's position, dataset.HoldoutRows, so a node cannot choose
//     them by ordering its file),
//     y = 1 for a positive label, and g_j = floor(Σ_i w_i (y_i·2^16 −
//     σ̃(z_i)) x_ij / 2^16), with x_i0 = 2^16 for the intercept.
//
// The proven gradient therefore differs from a float computation by the
// sigmoid's error times Σ_i |x_ij| plus roundings of 2^-16: close enough to
// drive Newton steps, and exactly what the node must feed the aggregation.
//
// # Bounds
//
// |A|, |B| and every |β_j| are below 2^(ParamBits−1), and every |g_j| below
// 2^(GradBits−1): the proof fails otherwise, so nothing wraps. The row
// count is tied to the rows as in package contribution (TableRoot): slots
// at or past it are empty.
//
// # Not proven
//
// The Hessian, d² products per row, is not proven: a node can scale its
// share and so shrink or stretch the Newton steps. The coordinator
// detects the stall that an inflated Hessian causes (a step below the
// tolerance while the proven gradient is far from zero fails the round,
// see activities/train) but cannot tell a slightly skewed Hessian from an
// honest one; proving it is future work.
package hlr

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/twopm/twopm/circuits/contribution"
	"github.com/twopm/twopm/circuits/fixedpoint"
	"github.com/twopm/twopm/circuits/pedersen"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/fixed"
	"github.com/twopm/twopm/mpc/field"
)

// Bounds on the witness, in bits of a signed value.
const (
	ParamBits = 24
	GradBits  = 40
)

// TagParams is the domain tag of the Params hash.
const TagParams = 4

// headroom bits per committed entry: sums of up to 8 commitments.
const headroom = 3

// Errors; callers check them with errors.Is.
var (
	// ErrShape is an invalid shape.
	ErrShape = errors.New("hlr: invalid shape")
	// ErrParams are Params that do not fit the shape or its bounds.
	ErrParams = errors.New("hlr: bad parameters")
	// ErrTable is a table that does not fit the shape.
	ErrTable = errors.New("hlr: table does not fit the shape")
	// ErrRange is a gradient beyond GradBits.
	ErrRange = errors.New("hlr: gradient out of range")
)

// Shape fixes a circuit: the row slots, the schema, the label and the
// columns left out of the features.
type Shape struct {
	Rows   int
	Schema dataset.Schema
	Label  dataset.Label
	Drop   []string
}

// feature is one feature column.
type feature struct {
	col    int // schema index
	field  int // its first field in the packing
	levels int // number of levels; 0 for numeric
}

// layout is what a shape resolves to.
type layout struct {
	packing  dataset.Packing
	feats    []feature
	numeric  int // numeric feature columns
	label    int // label column
	labField int // first field of the label column
	positive []bool
	width    int // features, intercept included
}

func (s Shape) layout() (layout, error) {
	var l layout
	if s.Rows < 1 || s.Rows > 1<<20 {
		return l, fmt.Errorf("%w: rows %d", ErrShape, s.Rows)
	}
	p, err := s.Schema.Packing()
	if err != nil {
		return l, fmt.Errorf("%w: %w", ErrShape, err)
	}
	l.packing = p
	if l.label, l.positive, err = s.Label.Index(s.Schema); err != nil {
		return l, fmt.Errorf("%w: %w", ErrShape, err)
	}
	first := map[int]int{}
	for f, fl := range p.Fields {
		if _, ok := first[fl.Column]; !ok {
			first[fl.Column] = f
		}
	}
	l.labField = first[l.label]
	l.width = 1
	for i, c := range s.Schema.Columns {
		if i == l.label || slices.Contains(s.Drop, c.Name) {
			continue
		}
		ft := feature{col: i, field: first[i]}
		if c.Kind != dataset.Categorical && p.Fields[ft.field].Bits > maxFieldBits {
			return l, fmt.Errorf("%w: column %s takes %d bits, at most %d: give it a narrower Range", ErrShape, c.Name, p.Fields[ft.field].Bits, maxFieldBits)
		}
		if c.Kind == dataset.Categorical {
			ft.levels = len(c.Levels)
			l.width += ft.levels - 1 + 1
		} else {
			l.numeric++
			l.width += 2
		}
		l.feats = append(l.feats, ft)
	}
	if len(l.feats) == 0 || l.width > maxFeatures {
		return l, fmt.Errorf("%w: %d features, want 1 to %d", ErrShape, l.width, maxFeatures)
	}
	return l, nil
}

// Width returns the number of gradient entries: the intercept, then per
// feature column its value (numeric) or one per level but the first
// (categorical), then its missing-value indicator.
func (s Shape) Width() (int, error) {
	l, err := s.layout()
	return l.width, err
}

// Names returns the names of the gradient entries after the intercept,
// as dataset.Encoding.Names names design-matrix columns: "age" for a
// numeric feature, "cp=2" for a level of a categorical one, and "age=?"
// for a missing-value indicator, which every feature column has here.
func (s Shape) Names() ([]string, error) {
	l, err := s.layout()
	if err != nil {
		return nil, err
	}
	var names []string
	for _, ft := range l.feats {
		c := s.Schema.Columns[ft.col]
		if ft.levels == 0 {
			names = append(names, c.Name)
		}
		for _, lv := range c.Levels[min(1, len(c.Levels)):] {
			names = append(names, c.Name+"="+lv)
		}
		names = append(names, c.Name+"=?")
	}
	return names, nil
}

// Features returns the feature columns of s, in schema order.
func (s Shape) Features() ([]string, error) {
	l, err := s.layout()
	if err != nil {
		return nil, err
	}
	out := make([]string, len(l.feats))
	for i, ft := range l.feats {
		out[i] = s.Schema.Columns[ft.col].Name
	}
	return out, nil
}

// Params are a round's coefficients and feature encoding, in fixed point.
type Params struct {
	// Beta has Width entries: the intercept, then one per feature.
	Beta []int64
	// A and B encode each numeric feature column, in feature order.
	A, B []int64
	// Modes is, per categorical feature column, the level a missing cell
	// is imputed with.
	Modes []int
	// Indicators switches each feature column's missing indicator on.
	Indicators []bool
	// Holdout holds rows out of the gradient, for validation: row i of
	// the table (from 0) is held out when Holdout[i]. It has one entry
	// per row slot of the shape (Shape.Slots), all false when no row is
	// held out; NewParams makes it so. A proven task fills it with
	// dataset.HoldoutRows under a key the nodes cannot choose.
	Holdout []bool
}

// HeldOut reports whether p holds row i out of the gradient.
func (p Params) HeldOut(i int) bool {
	return i >= 0 && i < len(p.Holdout) && p.Holdout[i]
}

// Slots returns the number of row slots of s's circuit: Rows rounded up
// to whole commitment blocks, the length of Params.Holdout.
func (s Shape) Slots() int {
	return (s.Rows + dataset.CommitBlockRows - 1) / dataset.CommitBlockRows * dataset.CommitBlockRows
}

// holdoutWordBits is how many holdout flags one field element of the
// Params hash carries.
const holdoutWordBits = 248

// holdoutWords returns the number of field elements of n holdout flags.
func holdoutWords(n int) int { return (n + holdoutWordBits - 1) / holdoutWordBits }

// NewParams returns the Params of coefficients beta (in the layout of
// Width) and the encoding statistics stats (one per feature column, as a
// statistics task computes them).
func (s Shape) NewParams(beta []float64, stats map[string]dataset.ColumnStats) (Params, error) {
	l, err := s.layout()
	if err != nil {
		return Params{}, err
	}
	if len(beta) != l.width {
		return Params{}, fmt.Errorf("%w: %d coefficients, want %d", ErrParams, len(beta), l.width)
	}
	p := Params{Holdout: make([]bool, s.Slots())}
	for _, b := range beta {
		p.Beta = append(p.Beta, int64(math.Round(b*fixedpoint.One)))
	}
	for _, ft := range l.feats {
		c := s.Schema.Columns[ft.col]
		st, ok := stats[c.Name]
		if !ok {
			return Params{}, fmt.Errorf("%w: no statistics for column %q", ErrParams, c.Name)
		}
		p.Indicators = append(p.Indicators, st.Missing > 0)
		if ft.levels > 0 {
			m := slices.Index(c.Levels, st.Mode)
			if m < 0 {
				m = 0
			}
			p.Modes = append(p.Modes, m)
			continue
		}
		fl := l.packing.Fields[ft.field]
		sd := st.Std
		if sd == 0 {
			sd = 1
		}
		p.A = append(p.A, int64(math.Round((float64(fl.Min)/fixed.Scale-st.Mean)/sd*fixedpoint.One)))
		p.B = append(p.B, int64(math.Round(float64(fl.Step)/fixed.Scale/sd*fixedpoint.One)))
	}
	return p, p.check(l, s.Slots())
}

// check validates p against l and a circuit of the given row slots.
func (p Params) check(l layout, slots int) error {
	var errs []error
	if len(p.Beta) != l.width || len(p.A) != l.numeric || len(p.B) != l.numeric ||
		len(p.Modes) != len(l.feats)-l.numeric || len(p.Indicators) != len(l.feats) {
		errs = append(errs, errors.New("wrong number of entries"))
	}
	lim := int64(1) << (ParamBits - 1)
	for _, v := range slices.Concat(p.Beta, p.A, p.B) {
		if v <= -lim || v >= lim {
			errs = append(errs, fmt.Errorf("value %d beyond ±2^%d", v, ParamBits-1))
			break
		}
	}
	if len(p.Holdout) != slots {
		errs = append(errs, fmt.Errorf("holdout flags for %d rows, want %d", len(p.Holdout), slots))
	}
	k := 0
	for _, ft := range l.feats {
		if ft.levels == 0 {
			continue
		}
		if k < len(p.Modes) && (p.Modes[k] < 0 || p.Modes[k] >= ft.levels) {
			errs = append(errs, fmt.Errorf("mode %d of a column with %d levels", p.Modes[k], ft.levels))
		}
		k++
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("%w: %w", ErrParams, err)
	}
	return nil
}

// elements returns p as the field elements its hash covers: Beta, A, B,
// then per categorical column its mode index, then the indicators, then
// the holdout flags, bit i%248 of element i/248 for row i.
func (p Params) elements() []fr.Element {
	var out []fr.Element
	add := func(v int64) {
		var e fr.Element
		e.SetInt64(v)
		out = append(out, e)
	}
	for _, v := range slices.Concat(p.Beta, p.A, p.B) {
		add(v)
	}
	for _, m := range p.Modes {
		add(int64(m))
	}
	for _, b := range p.Indicators {
		add(map[bool]int64{false: 0, true: 1}[b])
	}
	words := make([]*big.Int, holdoutWords(len(p.Holdout)))
	for w := range words {
		words[w] = new(big.Int)
	}
	for i, h := range p.Holdout {
		if h {
			words[i/holdoutWordBits].SetBit(words[i/holdoutWordBits], i%holdoutWordBits, 1)
		}
	}
	for _, w := range words {
		var e fr.Element
		e.SetBigInt(w)
		out = append(out, e)
	}
	return out
}

// Hash returns the Params' public hash: dataset.Sponge with TagParams
// over their elements.
func (p Params) Hash() fr.Element {
	return dataset.Sponge(TagParams, p.elements()...)
}

// Gradient returns the gradient entries (fixed point, Width of them) and
// the labeled row count that the circuit proves for table t and Params p.
// It returns an error wrapping ErrRange for a gradient entry beyond
// GradBits, ErrParams and ErrTable for inputs that do not fit.
func (s Shape) Gradient(t *dataset.Table, p Params) ([]int64, int64, error) {
	l, err := s.layout()
	if err != nil {
		return nil, 0, err
	}
	if len(t.Rows) > s.Rows || t.Schema.ID != s.Schema.ID {
		return nil, 0, fmt.Errorf("%w: %d rows of %s", ErrTable, len(t.Rows), t.Schema.ID)
	}
	if err := p.check(l, s.Slots()); err != nil {
		return nil, 0, err
	}
	if _, err := t.CommitmentRoot(); err != nil {
		return nil, 0, fmt.Errorf("%w: %w", ErrTable, err)
	}
	sums := make([]*big.Int, l.width)
	for j := range sums {
		sums[j] = new(big.Int)
	}
	var n int64
	for i, row := range t.Rows {
		if p.HeldOut(i) {
			continue
		}
		codes := make([]int64, len(l.packing.Fields))
		for f, fl := range l.packing.Fields {
			codes[f] = int64(fl.Code(row[fl.Column]))
		}
		x, w, y := l.features(codes, p)
		if w == 0 {
			continue
		}
		n++
		zs := new(big.Int)
		for j, xj := range x {
			zs.Add(zs, new(big.Int).Mul(big.NewInt(p.Beta[j+1]), big.NewInt(xj)))
		}
		z := new(big.Int).Rsh(zs, fixedpoint.Frac).Int64() + p.Beta[0] // Rsh floors
		sig, err := fixedpoint.NativeSigmoid(z, zBits)
		if err != nil {
			return nil, 0, fmt.Errorf("%w: %w", ErrRange, err)
		}
		e := y*fixedpoint.One - sig
		sums[0].Add(sums[0], big.NewInt(e*fixedpoint.One))
		for j, xj := range x {
			sums[j+1].Add(sums[j+1], new(big.Int).Mul(big.NewInt(e), big.NewInt(xj)))
		}
	}
	g := make([]int64, l.width)
	lim := new(big.Int).Lsh(big.NewInt(1), GradBits-1)
	for j, sj := range sums {
		q := new(big.Int).Rsh(sj, fixedpoint.Frac)
		if q.Cmp(lim) >= 0 || q.Cmp(new(big.Int).Neg(lim)) < 0 {
			return nil, 0, fmt.Errorf("%w: entry %d", ErrRange, j)
		}
		g[j] = q.Int64()
	}
	return g, n, nil
}

// Bounds: a numeric feature's field has at most maxFieldBits, so |x| <
// 2^(ParamBits−1)·(1 + 2^21) < 2^45, |β_j x_j| < 2^68, and with at most
// maxFeatures features |z| < 2^58 < 2^(zBits−1).
const (
	maxFieldBits = 21
	maxFeatures  = 64
	zBits        = 61
)

// features returns row codes' features (without the intercept), its
// weight w (1 if its label is present) and its label y.
func (l layout) features(codes []int64, p Params) (x []int64, w, y int64) {
	for k, pos := range l.positive {
		b := codes[l.labField+k]
		w += b
		if pos {
			y += b
		}
	}
	num, cat := 0, 0
	for i, ft := range l.feats {
		var missing int64
		if ft.levels == 0 {
			code := codes[ft.field]
			present := int64(0)
			if code != 0 {
				present = 1
			}
			missing = 1 - present
			x = append(x, p.A[num]*present+p.B[num]*(code-present))
			num++
		} else {
			var any int64
			for k := range ft.levels {
				any += codes[ft.field+k]
			}
			missing = 1 - any
			for k := 1; k < ft.levels; k++ {
				v := codes[ft.field+k]
				if p.Modes[cat] == k {
					v += missing
				}
				x = append(x, v*fixedpoint.One)
			}
			cat++
		}
		ind := int64(0)
		if p.Indicators[i] {
			ind = missing * fixedpoint.One
		}
		x = append(x, ind)
	}
	return x, w, y
}

// entries returns the committed integers of (g, n): each g_j offset by
// 2^(GradBits−1) to be non-negative, then n.
func entries(g []int64, n int64) []*big.Int {
	out := make([]*big.Int, 0, len(g)+1)
	for _, v := range g {
		out = append(out, new(big.Int).Add(big.NewInt(v), new(big.Int).Lsh(big.NewInt(1), GradBits-1)))
	}
	return append(out, big.NewInt(n))
}

// packing of the committed entries into scalars: each entry takes its
// width plus headroom bits; scalars hold at most 248 bits.
func packEntries(rows, count int) (offsets [][2]int, scalars int) {
	scalar, off := 0, 0
	for i := range count {
		w := GradBits
		if i == count-1 {
			w = bitLen(rows)
		}
		if off+w+headroom > 248 {
			scalar, off = scalar+1, 0
		}
		offsets = append(offsets, [2]int{scalar, off})
		off += w + headroom
	}
	return offsets, scalar + 1
}

func bitLen(n int) int { return new(big.Int).SetInt64(int64(n)).BitLen() }

// Commit returns the Pedersen commitment to (g, n) under mask, as the
// circuit computes it.
func (s Shape) Commit(g []int64, n int64, mask *big.Int) (pedersen.Point, error) {
	return s.commit(entries(g, n), mask)
}

// commit commits to entries ent (offset as entries gives them) under mask.
func (s Shape) commit(ent []*big.Int, mask *big.Int) (pedersen.Point, error) {
	offs, k := packEntries(s.Rows, len(ent))
	sc := make([]*big.Int, k)
	for i := range sc {
		sc[i] = new(big.Int)
	}
	for i, e := range ent {
		sc[offs[i][0]].Add(sc[offs[i][0]], new(big.Int).Lsh(e, uint(offs[i][1])))
	}
	return pedersen.NewGenerators(k).Commit(sc, mask)
}

// Input returns what a node feeds into the aggregation for gradient g and
// labeled row count n (from Gradient) under mask: the Width entries of g,
// n, then the mask as contribution.MaskParts gives it. The aggregate of
// the nodes' inputs is what CheckAggregate checks.
func Input(g []int64, n int64, mask *big.Int) (field.Vector, error) {
	if mask == nil || mask.Sign() < 0 || mask.BitLen() > contribution.MaskBits {
		return nil, fmt.Errorf("%w: mask not in [0, 2^%d)", ErrTable, contribution.MaskBits)
	}
	v := make(field.Vector, 0, len(g)+3)
	for _, x := range g {
		v = append(v, field.FromInt64(x))
	}
	lo, hi := contribution.MaskParts(mask)
	return append(v, field.FromInt64(n), lo, hi), nil
}

// CheckAggregate checks the aggregate of the nodes' Inputs, as the MPC
// reveals it, against the commitments in their verified proofs: the sum
// of the commitments must open to the summed gradient and row count under
// the summed mask. A node that fed the aggregation anything other than the
// gradient it proved makes the check fail. It returns an error wrapping
// contribution.ErrBinding when the check fails or the aggregate is
// malformed, and ErrShape for an invalid shape.
func (s Shape) CheckAggregate(commitments []pedersen.Point, aggregate field.Vector) error {
	l, err := s.layout()
	if err != nil {
		return err
	}
	k := len(commitments)
	if k == 0 || k > contribution.MaxParties {
		return fmt.Errorf("%w: %d commitments, want 1 to %d", contribution.ErrBinding, k, contribution.MaxParties)
	}
	if len(aggregate) != l.width+3 {
		return fmt.Errorf("%w: aggregate of %d elements, want %d", contribution.ErrBinding, len(aggregate), l.width+3)
	}
	// Each node's entry j is g_j + 2^(GradBits−1) in [0, 2^GradBits), its
	// n in [0, 2^bitLen(Rows)): the sums must fit the headroom.
	off := new(big.Int).Lsh(big.NewInt(int64(k)), GradBits-1)
	ent := make([]*big.Int, l.width+1)
	for j := range ent {
		v, bits := aggregate[j].Signed(), bitLen(s.Rows)
		if j < l.width {
			v, bits = v.Add(v, off), GradBits
		}
		if v.Sign() < 0 || v.BitLen() > bits+headroom {
			return fmt.Errorf("%w: aggregate entry %d out of range", contribution.ErrBinding, j)
		}
		ent[j] = v
	}
	mask, err := contribution.MaskSum(aggregate[l.width+1], aggregate[l.width+2])
	if err != nil {
		return err
	}
	want, err := s.commit(ent, mask)
	if err != nil {
		return fmt.Errorf("%w: %w", contribution.ErrBinding, err)
	}
	if got := pedersen.Sum(commitments...); !got.Equal(&want) {
		return fmt.Errorf("%w: the aggregate does not open the sum of the proven commitments", contribution.ErrBinding)
	}
	return nil
}
