package stats

import (
	"fmt"
	"math/big"

	"github.com/twopm/twopm/mpc/field"
)

// Disclosure control: which statistics of an aggregate may be opened.
// Every column is judged on its count of present values (at least MinRows)
// and on the number of nodes that hold a present value of it (at least
// MinNodes): a column that fails withholds its count, missing count, mean
// and variance (the entries count, missing, sum and sum of squares) and
// every histogram cell. A column that passes withholds each histogram cell
// below MinCell, zero included. When that leaves exactly one cell of a
// column withheld, the count would give it away (the cells add up to it),
// so the first other cell, in level order, is withheld too (secondary
// suppression). The secure aggregation evaluates the tests on shares and
// opens only the outcomes and what they release; Judge evaluates them on
// a revealed aggregate.

// Rules are the thresholds of disclosure control.
type Rules struct {
	MinCell  int64 `json:"min_cell_count" yaml:"min_cell_count"`
	MinRows  int64 `json:"min_rows" yaml:"min_rows"`
	MinNodes int64 `json:"min_nodes" yaml:"min_nodes"`
}

// DefaultRules are the thresholds a node applies unless its policy says
// otherwise: OHDSI's minimum cell count of 5, at least 5 rows behind any
// statistic, and at least 2 nodes.
func DefaultRules() Rules { return Rules{MinCell: 5, MinRows: 5, MinNodes: 2} }

// Strictest returns the rules that satisfy both r and o.
func (r Rules) Strictest(o Rules) Rules {
	return Rules{MinCell: max(r.MinCell, o.MinCell), MinRows: max(r.MinRows, o.MinRows), MinNodes: max(r.MinNodes, o.MinNodes)}
}

// MaxThreshold is the largest threshold a rule may set: the secure
// comparison's cost grows with it (mascot.MaxBelowThreshold).
const MaxThreshold = 1024

// Validate checks that every threshold is from 1 to MaxThreshold.
func (r Rules) Validate() error {
	for _, v := range []struct {
		name string
		v    int64
	}{{"min_cell_count", r.MinCell}, {"min_rows", r.MinRows}, {"min_nodes", r.MinNodes}} {
		if v.v < 1 || v.v > MaxThreshold {
			return fmt.Errorf("stats: disclosure rule %s = %d: want 1 to %d", v.name, v.v, MaxThreshold)
		}
	}
	return nil
}

// Names of the rules that withhold a statistic, as results report them.
const (
	RuleMinRows   = "min_rows"
	RuleMinNodes  = "min_nodes"
	RuleMinCell   = "min_cell_count"
	RuleSecondary = "secondary"
)

// Outcome is what the tests said of one column: Rule is "" when its count
// and its nodes pass, else the rule that failed; Cells says, for a column
// that passes, whether each histogram cell reaches MinCell.
type Outcome struct {
	Rule  string
	Cells []bool
}

// Positions of a column's entries, for the secure aggregation.

// CountAt returns the position of column c's count of present values.
func (l Layout) CountAt(c int) int { return l.Columns[c].Offset + slotCount }

// ColumnEntries returns the positions column c withholds when it fails:
// its count, sum, sum of squares and missing count.
func (l Layout) ColumnEntries(c int) []int {
	o := l.Columns[c].Offset
	return []int{o + slotCount, o + slotSum, o + slotSumSq, o + slotMissing}
}

// CellAt returns the position of level k's cell of column c.
func (l Layout) CellAt(c, k int) int { return l.Columns[c].Offset + slotsFixed + k }

// Suppressed returns the positions of the vector that may not be opened,
// each with the rule that withholds it, for the outcomes of l's columns.
func (l Layout) Suppressed(out []Outcome) map[int]string {
	sup := map[int]string{}
	for c, col := range l.Columns {
		if c >= len(out) {
			break
		}
		o := out[c]
		if o.Rule != "" {
			for _, p := range l.ColumnEntries(c) {
				sup[p] = o.Rule
			}
			for k := range col.Levels {
				sup[l.CellAt(c, k)] = o.Rule
			}
			continue
		}
		withheld, firstOpen := 0, -1
		for k := range col.Levels {
			if k < len(o.Cells) && o.Cells[k] {
				if firstOpen < 0 {
					firstOpen = k
				}
				continue
			}
			sup[l.CellAt(c, k)] = RuleMinCell
			withheld++
		}
		if withheld == 1 && firstOpen >= 0 {
			sup[l.CellAt(c, firstOpen)] = RuleSecondary
		}
	}
	return sup
}

// ColumnRule returns the rule a column with count present values held by
// nodes nodes fails, or "" when it passes.
func (r Rules) ColumnRule(count, nodes int64) string {
	switch {
	case nodes < r.MinNodes:
		return RuleMinNodes
	case count < r.MinRows:
		return RuleMinRows
	}
	return ""
}

// Judge evaluates the tests on a revealed aggregate sum, with nodes[c]
// the number of nodes holding a present value of column c.
func (l Layout) Judge(r Rules, sum field.Vector, nodes []int64) ([]Outcome, error) {
	if len(sum) != l.len || len(nodes) != len(l.Columns) {
		return nil, fmt.Errorf("%w: %d elements and %d node counts for %d and %d", ErrInconsistent, len(sum), len(nodes), l.len, len(l.Columns))
	}
	out := make([]Outcome, len(l.Columns))
	for c, col := range l.Columns {
		n, err := count(sum[l.CountAt(c)].Signed(), col.Name, "count")
		if err != nil {
			return nil, err
		}
		if out[c].Rule = r.ColumnRule(n, nodes[c]); out[c].Rule != "" {
			continue
		}
		out[c].Cells = make([]bool, len(col.Levels))
		for k := range col.Levels {
			out[c].Cells[k] = sum[l.CellAt(c, k)].Signed().Cmp(big.NewInt(r.MinCell)) >= 0
		}
	}
	return out, nil
}
