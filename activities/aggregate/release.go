package aggregate

import (
	"context"
	"fmt"
	"slices"

	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/stats"
)

// holdingHook, set by tests only, changes this party's holding bits and
// inverses (b, u per column) before they are input.
var holdingHook func(self int, bu field.Vector)

// Released is what a disclosure-controlled aggregation opened.
type Released struct {
	// Sum is the aggregate, zero at every withheld position.
	Sum field.Vector
	// Suppressed maps each withheld position to the rule that withheld
	// it (stats.Layout.Suppressed).
	Suppressed map[int]string
	// Nodes is, per column of the layout, how many parties hold a present
	// value of it.
	Nodes []int64
}

// Release opens the aggregate of a statistics round under disclosure
// control. inputs are the parties' authenticated inputs (inputs[P] is
// party P's vector, laid out by l, with anything after l's entries, such
// as a proof's commitment mask, opened as it is) and x this party's own
// vector. In order:
//
//  1. Every party inputs, per column, whether it holds a present value
//     (b = 1 when its count is not 0) and shows it: with u the count's
//     inverse (0 for a count of 0), count·u − b and count·(1 − b) are
//     opened and must be 0, so b is 0 exactly when the count is.
//  2. Per column, whether count < MinRows and whether nodes < MinNodes
//     are opened, and nothing else of them (mascot.Session.Below): a
//     column that fails is withheld whole.
//  3. For the columns that pass, whether each histogram cell is below
//     MinCell is opened; the cells of columns that failed are never
//     compared.
//  4. The positions the outcomes allow (stats.Layout.Suppressed, with
//     secondary suppression) are opened; the others never are, to anyone.
//
// Each opening is preceded by the MAC check of everything opened before
// it (mascot.Session.Reveal). The per-column node counts are opened after
// the column tests. Counts need no range check: the comparisons hold for
// any value, and a party that inputs counts other than its table's can
// change the outcome only as it could by lying about its table, which a
// proven round catches at the commitment check. With openAll (a proven round, whose commitment check
// needs the whole aggregate) step 4 opens every position and Suppressed
// says what the result must withhold: the parties see the withheld
// values, the result does not.
//
// With noise (differential privacy; nil without), each party inputs its
// own noise vector (stats.Noise, at the scales of Layout.NoiseScales)
// before anything of the data is opened, and everything after step 1
// works on the noisy aggregate: the row and cell tests compare noisy
// values, which noise can make negative (mascot.Session.AtLeast, which
// opens nothing of them but the bit), and step 4 opens noisy values, so what
// is opened is ε-differentially private against any coalition that lacks
// one honest party, whose full noise it cannot remove. Only the holder
// counts (step 2's min_nodes test and the node counts) stay exact.
func Release(ctx context.Context, s *mascot.Session, inputs [][]mascot.Share, x field.Vector, l stats.Layout, r stats.Rules, openAll bool, noise field.Vector) (Released, error) {
	n := s.Parties()
	if err := r.Validate(); err != nil {
		return Released{}, err
	}
	if len(inputs) != n {
		return Released{}, fmt.Errorf("release: %d parties, %d inputs", n, len(inputs))
	}
	for p, in := range inputs {
		if len(in) < l.Len() {
			return Released{}, fmt.Errorf("release: party %d inputs %d values, the layout has %d", p, len(in), l.Len())
		}
	}
	if noise != nil && (openAll || len(noise) != l.Len()) {
		return Released{}, fmt.Errorf("release: noise of %d values for %d (open all: %v)", len(noise), l.Len(), openAll)
	}
	cols := len(l.Columns)
	var nodes []mascot.Share
	if noise == nil {
		var err error
		if nodes, err = holders(ctx, s, inputs, x, l); err != nil {
			return Released{}, err
		}
	}
	sum := mascot.Sum(inputs...)
	atLeast := func(ctx context.Context, x []mascot.Share, t uint64) ([]bool, error) {
		th := make([]uint64, len(x))
		for h := range th {
			th[h] = t
		}
		b, err := s.Below(ctx, x, th)
		for h := range b {
			b[h] = !b[h]
		}
		return b, err
	}
	if noise != nil {
		lens := make([]int, n)
		for p := range lens {
			lens[p] = l.Len()
		}
		ns, err := s.Input(ctx, lens, noise)
		if err != nil {
			return Released{}, err
		}
		sum = mascot.Sum(append([][]mascot.Share{sum[:l.Len()]}, ns...)...)
		atLeast = func(ctx context.Context, x []mascot.Share, t uint64) ([]bool, error) {
			return noisyAtLeast(ctx, s, x, t)
		}
	}

	// 2. Column tests, and the holder counts. With noise, min_nodes is
	// judged on the parties, which are public: whether a node holds a
	// column could turn on one record.
	few := make([]bool, cols)
	if noise == nil {
		var err error
		if few, err = s.Below(ctx, nodes, repeat(uint64(r.MinNodes), cols)); err != nil {
			return Released{}, err
		}
	} else {
		for c := range few {
			few[c] = int64(n) < r.MinNodes
		}
	}
	countAt := make([]mascot.Share, cols)
	for c := range cols {
		countAt[c] = sum[l.CountAt(c)]
	}
	enough, err := atLeast(ctx, countAt, uint64(r.MinRows))
	if err != nil {
		return Released{}, err
	}
	var nodeCounts []int64
	if noise == nil {
		openedNodes, err := s.Reveal(ctx, nodes)
		if err != nil {
			return Released{}, err
		}
		for c := range cols {
			nodeCounts = append(nodeCounts, openedNodes[c].Signed().Int64())
		}
	}
	out := make([]stats.Outcome, cols)
	for c := range cols {
		switch {
		case few[c]:
			out[c].Rule = stats.RuleMinNodes
		case !enough[c]:
			out[c].Rule = stats.RuleMinRows
		}
	}
	// 3. Cell tests of the columns that passed.
	var cells []mascot.Share
	var at [][2]int
	for c, col := range l.Columns {
		if out[c].Rule != "" {
			continue
		}
		out[c].Cells = make([]bool, len(col.Levels))
		for lv := range col.Levels {
			cells = append(cells, sum[l.CellAt(c, lv)])
			at = append(at, [2]int{c, lv})
		}
	}
	if len(cells) > 0 {
		big, err := atLeast(ctx, cells, uint64(r.MinCell))
		if err != nil {
			return Released{}, err
		}
		for h, cl := range at {
			out[cl[0]].Cells[cl[1]] = big[h]
		}
	}
	// 4. What the outcomes allow.
	sup := l.Suppressed(out)
	var open []int
	for p := range l.Len() {
		if _, withheld := sup[p]; openAll || !withheld {
			open = append(open, p)
		}
	}
	if noise == nil {
		// past the layout (a proof's commitment mask): opened as it is
		for p := l.Len(); p < len(sum); p++ {
			open = append(open, p)
		}
	}
	shares := make([]mascot.Share, len(open))
	for h, p := range open {
		shares[h] = sum[p]
	}
	v, err := s.Reveal(ctx, shares)
	if err != nil {
		return Released{}, err
	}
	res := Released{Sum: make(field.Vector, len(sum)), Suppressed: sup, Nodes: nodeCounts}
	for h, p := range open {
		res.Sum[p] = v[h]
	}
	return res, nil
}

func repeat(v uint64, n int) []uint64 {
	out := make([]uint64, n)
	for h := range out {
		out[h] = v
	}
	return out
}

// noiseBits is the width of the comparison of noisy values: a noisy count
// lies in (−2^(noiseBits−1), 2^(noiseBits−1)) whatever the noise a
// MinEpsilon release adds (stats.NoiseScales), inside the range
// [t − 2^k, t + 2^k) that mascot.Session.AtLeast compares correctly.
const noiseBits = 48

// noisyAtLeast opens, for noisy counts x_h (possibly negative), whether
// x_h ≥ t, and nothing else of them.
func noisyAtLeast(ctx context.Context, s *mascot.Session, x []mascot.Share, t uint64) ([]bool, error) {
	bits, err := s.AtLeast(ctx, x, repeat(t, len(x)), noiseBits)
	if err != nil {
		return nil, err
	}
	v, err := s.Reveal(ctx, bits)
	if err != nil {
		return nil, err
	}
	out := make([]bool, len(v))
	for h, e := range v {
		if !e.IsZero() && !e.Equal(field.One()) {
			return nil, fmt.Errorf("release: %w: a comparison opened %s, not a bit", mascot.ErrRange, e.Signed())
		}
		out[h] = e.Equal(field.One())
	}
	return out, nil
}

// holders runs step 1 of Release: every party inputs, per column of l,
// whether it holds a present value, shown against its count; it returns
// shares of the number of holders per column.
func holders(ctx context.Context, s *mascot.Session, inputs [][]mascot.Share, x field.Vector, l stats.Layout) ([]mascot.Share, error) {
	n, cols := s.Parties(), len(l.Columns)
	// 1. Who holds each column: b = [count ≠ 0], shown with the count's
	// inverse u (0 for a count of 0) by b = count·u and count·(1 − b) = 0,
	// both opened (zero for an honest party, so they reveal nothing).
	var mine field.Vector
	for c := range cols {
		count := x[l.CountAt(c)]
		b, u := field.Element{}, field.Element{}
		if !count.IsZero() {
			b, u = field.One(), count.Inverse()
		}
		mine = append(mine, b, u)
	}
	if holdingHook != nil {
		holdingHook(s.Self(), mine)
	}
	lens := make([]int, n)
	for p := range lens {
		lens[p] = 2 * cols
	}
	hu, err := s.Input(ctx, lens, mine)
	if err != nil {
		return nil, err
	}
	held := make([][]mascot.Share, n)
	var counts, us, nots []mascot.Share
	for p := range n {
		for c := range cols {
			b, u := hu[p][2*c], hu[p][2*c+1]
			held[p] = append(held[p], b)
			counts = append(counts, inputs[p][l.CountAt(c)])
			us = append(us, u)
			nots = append(nots, s.AddConst(b.Scale(field.One().Neg()), field.One()))
		}
	}
	prod, err := s.Mul(ctx, append(slices.Clone(counts), counts...), append(us, nots...))
	if err != nil {
		return nil, err
	}
	zero := make([]mascot.Share, n*cols*2)
	for q := range n * cols {
		zero[q] = prod[q].Sub(held[q/cols][q%cols]) // count·u − b
		zero[n*cols+q] = prod[n*cols+q]             // count·(1 − b)
	}
	z, err := s.Reveal(ctx, zero)
	if err != nil {
		return nil, err
	}
	for q, e := range z {
		if !e.IsZero() {
			p, c := (q%(n*cols))/cols, q%cols
			return nil, fmt.Errorf("release: %w: party %d's claim to hold column %s or not does not match its count", mascot.ErrRange, p, l.Columns[c].Name)
		}
	}
	return mascot.Sum(held...), nil
}
