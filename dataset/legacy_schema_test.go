package dataset

import (
	"reflect"
	"testing"

	"github.com/twopm/twopm/fixed"
)

// whole is the range of whole numbers from lo to hi.
func whole(lo, hi int64) *Range {
	return &Range{Min: lo * fixed.Scale, Max: hi * fixed.Scale, Step: fixed.Scale}
}

var legacyHeartDisease = Schema{
	ID: "heart-disease",
	Columns: []Column{
		{Name: "age", Range: whole(0, 120)},
		{Name: "sex", Kind: Categorical, Levels: []string{"0", "1"}},
		{Name: "cp", Kind: Categorical, Levels: []string{"1", "2", "3", "4"}},
		{Name: "trestbps", Range: whole(0, 300), ZeroMissing: true},
		{Name: "chol", Range: whole(0, 1000), ZeroMissing: true},
		{Name: "fbs", Kind: Categorical, Levels: []string{"0", "1"}},
		{Name: "restecg", Kind: Categorical, Levels: []string{"0", "1", "2"}},
		{Name: "thalach", Range: whole(0, 300)},
		{Name: "exang", Kind: Categorical, Levels: []string{"0", "1"}},
		{Name: "oldpeak", Range: &Range{Min: -10 * fixed.Scale, Max: 10 * fixed.Scale, Step: fixed.Scale / 10}},
		{Name: "slope", Kind: Categorical, Levels: []string{"1", "2", "3"}},
		{Name: "ca", Kind: Categorical, Levels: []string{"0", "1", "2", "3"}},
		{Name: "thal", Kind: Categorical, Levels: []string{"3", "6", "7"}},
		{Name: "num", Kind: Categorical, Levels: []string{"0", "1", "2", "3", "4"}},
	},
}
var legacyBreastCancer = Schema{
	ID:      "breast-cancer",
	Columns: legacyBreastCancerColumns(),
}

func legacyBreastCancerColumns() []Column {
	// Per measure: the largest value allowed and the precision the file
	// records, for its mean, standard error and worst value.
	const u = fixed.Scale // 1
	measures := []struct {
		name  string
		max   [3]int64 // whole units
		steps [3]int64 // fixed-point units
	}{
		{"radius", [3]int64{100, 10, 100}, [3]int64{u / 1e3, u / 1e4, u / 1e3}},
		{"texture", [3]int64{100, 10, 100}, [3]int64{u / 1e2, u / 1e4, u / 1e2}},
		{"perimeter", [3]int64{1000, 100, 1000}, [3]int64{u / 1e2, u / 1e4, u / 1e2}},
		{"area", [3]int64{10000, 1000, 10000}, [3]int64{u / 1e1, u / 1e3, u / 1e1}},
		{"smoothness", [3]int64{1, 1, 1}, [3]int64{u / 1e5, 1, u / 1e5}},
		{"compactness", [3]int64{1, 1, 10}, [3]int64{u / 1e5, 1, u / 1e5}},
		{"concavity", [3]int64{1, 1, 10}, [3]int64{1, 1, 1}},
		{"concave_points", [3]int64{1, 1, 1}, [3]int64{1, 1, 1}},
		{"symmetry", [3]int64{1, 1, 1}, [3]int64{u / 1e4, 1, u / 1e4}},
		{"fractal_dimension", [3]int64{1, 1, 1}, [3]int64{u / 1e5, 1, u / 1e5}},
	}
	cols := []Column{
		{Name: "id", Range: whole(0, 1_000_000_000)},
		{Name: "diagnosis", Kind: Categorical, Levels: []string{"B", "M"}},
	}
	for k, suffix := range []string{"_mean", "_se", "_worst"} {
		for _, m := range measures {
			cols = append(cols, Column{Name: m.name + suffix, Range: &Range{Max: m.max[k] * u, Step: m.steps[k]}})
		}
	}
	return cols
}

// TestBuiltinFilesMatchGoDefinitions: the embedded schema files declare
// the same columns, kinds, levels, ranges and ZeroMissing as the Go
// values they replace.
func TestBuiltinFilesMatchGoDefinitions(t *testing.T) {
	for _, tt := range []struct {
		got, want Schema
	}{{HeartDisease, legacyHeartDisease}, {BreastCancer, legacyBreastCancer}} {
		if tt.got.ID != tt.want.ID || tt.got.Name != tt.want.ID {
			t.Errorf("ID %q, Name %q, want %q", tt.got.ID, tt.got.Name, tt.want.ID)
		}
		if len(tt.got.Columns) != len(tt.want.Columns) {
			t.Fatalf("%s: %d columns, want %d", tt.want.ID, len(tt.got.Columns), len(tt.want.Columns))
		}
		for i, w := range tt.want.Columns {
			g := tt.got.Columns[i]
			if g.Name != w.Name || g.Kind != w.Kind || !reflect.DeepEqual(g.Levels, w.Levels) || !reflect.DeepEqual(g.Range, w.Range) || g.ZeroMissing != w.ZeroMissing || g.Missing != nil {
				t.Errorf("%s column %d: got %+v range %+v, want %+v range %+v", tt.want.ID, i+1, g, g.Range, w, w.Range)
			}
		}
	}
}
