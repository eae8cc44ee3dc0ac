package stats

import (
	"maps"
	"slices"
	"testing"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/mpc/field"
)

// sumOf builds an aggregate of layout l from per-column counts.
func sumOf(l Layout, counts map[string]int64, cells map[string][]int64) field.Vector {
	v := make(field.Vector, l.Len())
	for c, col := range l.Columns {
		v[l.CountAt(c)] = field.FromInt64(counts[col.Name])
		for k, n := range cells[col.Name] {
			v[l.CellAt(c, k)] = field.FromInt64(n)
		}
	}
	return v
}

// TestJudgeAndSuppress: a column below MinRows or MinNodes withholds all
// its statistics; a small cell is withheld, and a lone withheld cell takes
// the first other cell with it; nothing else is withheld.
func TestJudgeAndSuppress(t *testing.T) {
	l, err := NewLayout(dataset.HeartDisease, []string{"age", "sex", "cp", "fbs", "chol"})
	if err != nil {
		t.Fatal(err)
	}
	sum := sumOf(l,
		map[string]int64{"age": 40, "sex": 40, "cp": 40, "fbs": 4, "chol": 30},
		map[string][]int64{"sex": {37, 3}, "cp": {2, 3, 10, 25}, "fbs": {2, 2}})
	out, err := l.Judge(DefaultRules(), sum, []int64{3, 3, 3, 3, 1})
	if err != nil {
		t.Fatal(err)
	}
	got := l.Suppressed(out)
	want := map[int]string{
		// sex: level 1 has 3 rows, and level 0 would give it away.
		l.CellAt(1, 1): RuleMinCell, l.CellAt(1, 0): RuleSecondary,
		// cp: two small cells, so no secondary suppression.
		l.CellAt(2, 0): RuleMinCell, l.CellAt(2, 1): RuleMinCell,
	}
	// fbs: 4 rows; chol: one node.
	for _, c := range []struct {
		col  int
		rule string
	}{{3, RuleMinRows}, {4, RuleMinNodes}} {
		for _, p := range l.ColumnEntries(c.col) {
			want[p] = c.rule
		}
		for k := range l.Columns[c.col].Levels {
			want[l.CellAt(c.col, k)] = c.rule
		}
	}
	if !maps.Equal(got, want) {
		t.Fatalf("suppressed %v\nwant %v", got, want)
	}

	cols, err := FinalizeReleased(l, sum, got)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Column{}
	for _, c := range cols {
		byName[c.Name] = c
	}
	if c := byName["age"]; c.Count != 40 || len(c.Suppressed) != 0 {
		t.Errorf("age %+v", c)
	}
	if c := byName["sex"]; c.Count != 40 || len(c.Histogram) != 0 || c.Suppressed["1"] != RuleMinCell || c.Suppressed["0"] != RuleSecondary {
		t.Errorf("sex %+v", c)
	}
	if c := byName["cp"]; c.Histogram["3"] != 10 || c.Histogram["4"] != 25 || len(c.Histogram) != 2 || c.Suppressed["1"] != RuleMinCell {
		t.Errorf("cp %+v", c)
	}
	if c := byName["chol"]; c.Count != 0 || c.Mean != nil || c.Suppressed["mean"] != RuleMinNodes || c.Suppressed["count"] != RuleMinNodes {
		t.Errorf("chol %+v", c)
	}
	if c := byName["fbs"]; c.Suppressed["count"] != RuleMinRows || c.Suppressed["1"] != RuleMinRows || c.Histogram != nil {
		t.Errorf("fbs %+v", c)
	}
	// Nothing withheld: the same statistics as Finalize.
	all, err := l.Judge(Rules{MinCell: 1, MinRows: 1, MinNodes: 1}, sumOf(l, map[string]int64{"age": 1, "sex": 2, "cp": 1, "fbs": 1, "chol": 1},
		map[string][]int64{"sex": {1, 1}, "cp": {0, 0, 0, 1}, "fbs": {1, 0}}), []int64{1, 1, 1, 1, 1})
	if err != nil {
		t.Fatal(err)
	}
	if s := l.Suppressed(all); !slices.Equal(slices.Sorted(maps.Keys(s)), []int{l.CellAt(2, 0), l.CellAt(2, 1), l.CellAt(2, 2), l.CellAt(3, 0), l.CellAt(3, 1)}) {
		t.Errorf("with thresholds of 1, the zero cells (and fbs=0, which would give its zero away): %v", s)
	}
}

func TestRules(t *testing.T) {
	if err := DefaultRules().Validate(); err != nil {
		t.Fatal(err)
	}
	if err := (Rules{MinCell: 0, MinRows: 5, MinNodes: 2}).Validate(); err == nil {
		t.Error("a threshold of 0 validated")
	}
	if got := (Rules{MinCell: 11, MinRows: 3, MinNodes: 2}).Strictest(DefaultRules()); got != (Rules{MinCell: 11, MinRows: 5, MinNodes: 2}) {
		t.Errorf("Strictest = %+v", got)
	}
}
