package dataset

import (
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
)

const toyData = `1,1.0,red,1,no
2,3.0,green,2,yes
3,?,blue,1.0,yes
4,5.0,?,2,no
5,2.0,red,?,?
`

func toyTable(t *testing.T) *Table {
	t.Helper()
	tab, err := Read(strings.NewReader(toyData), "toy.data", toy)
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-12*math.Max(1, math.Abs(b)) }

func TestPooled(t *testing.T) {
	got, err := Pooled(toy, []string{"x", "color", "grade", "y"}, toyTable(t))
	if err != nil {
		t.Fatal(err)
	}
	// x: 1, 3, 5, 2. color: red(0), green(1), blue(2), red(0).
	// grade: 1, 2, 1, 2 (tie: first level). y: no(0), yes(1), yes(1), no(0).
	want := map[string]ColumnStats{
		"x":     {Mean: 2.75, Std: math.Sqrt(8.75 / 3)},
		"color": {Mean: 0.75, Std: math.Sqrt(2.75 / 3), Mode: "red"},
		"grade": {Mean: 1.5, Std: math.Sqrt(1.0 / 3), Mode: "1"},
		"y":     {Mean: 0.5, Std: math.Sqrt(1.0 / 3), Mode: "no"},
	}
	for name, w := range want {
		g := got[name]
		if !near(g.Mean, w.Mean) || !near(g.Std, w.Std) || g.Mode != w.Mode {
			t.Errorf("%s: got %+v, want %+v", name, g, w)
		}
	}

	// Two tables pool like one; a column without values has zero stats.
	tab := toyTable(t)
	a, b := &Table{Schema: toy, File: "a", Rows: tab.Rows[:2]}, &Table{Schema: toy, File: "b", Rows: tab.Rows[2:]}
	split, err := Pooled(toy, []string{"x", "color", "grade", "y"}, a, b)
	if err != nil {
		t.Fatal(err)
	}
	for name := range want {
		if split[name] != got[name] {
			t.Errorf("%s: two tables give %+v, one gives %+v", name, split[name], got[name])
		}
	}
	one, err := Pooled(toy, []string{"x", "color"}, &Table{Schema: toy, Rows: tab.Rows[:1]})
	if err != nil {
		t.Fatal(err)
	}
	if one["x"] != (ColumnStats{Mean: 1}) || one["color"] != (ColumnStats{Mode: "red"}) {
		t.Errorf("one row: %+v", one)
	}
	none, err := Pooled(toy, []string{"x", "grade"})
	if err != nil {
		t.Fatal(err)
	}
	if none["x"] != (ColumnStats{}) || none["grade"] != (ColumnStats{Mode: "1"}) {
		t.Errorf("no rows: %+v", none)
	}
}

func TestPooledBadInput(t *testing.T) {
	tab := toyTable(t)
	tests := []struct {
		name    string
		cols    []string
		tables  []*Table
		wantErr error
	}{
		{name: "unknown column", cols: []string{"x", "bmi"}, tables: []*Table{tab}, wantErr: ErrUnknownColumn},
		{name: "nil table", cols: []string{"x"}, tables: []*Table{tab, nil}, wantErr: ErrArgument},
		{name: "other schema", cols: []string{"x"}, tables: []*Table{{Schema: HeartDisease}}, wantErr: ErrSchemaMismatch},
		{name: "short row", cols: []string{"x"}, tables: []*Table{{Schema: toy, Rows: [][]Cell{{{}}}}}, wantErr: ErrSchemaMismatch},
		{name: "level out of range", cols: []string{"color"}, tables: []*Table{{Schema: toy, Rows: [][]Cell{{{}, {}, {Level: 3}, {}, {}}}}}, wantErr: ErrSchemaMismatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Pooled(toy, tt.cols, tt.tables...); !errors.Is(err, tt.wantErr) {
				t.Fatalf("Pooled error = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

func toyStats() map[string]ColumnStats {
	return map[string]ColumnStats{
		"x":     {Mean: 2, Std: 2},
		"color": {Mode: "green"},
		"grade": {Mode: "2"},
		"id":    {Mean: 3, Std: 1}, // ignored: dropped
	}
}

func TestEncode(t *testing.T) {
	e, err := NewEncoding(toy, toyLabel, []string{"id"}, toyStats())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(e.Features, []string{"x", "color", "grade"}) {
		t.Fatalf("features %v", e.Features)
	}
	if _, ok := e.Stats["id"]; ok {
		t.Fatal("stats kept for a dropped column")
	}
	if got, want := e.Names(toy), []string{"x", "color=green", "color=blue", "grade=2"}; !slices.Equal(got, want) {
		t.Fatalf("Names = %v, want %v", got, want)
	}
	x, y, rows, err := e.Encode(toyTable(t))
	if err != nil {
		t.Fatal(err)
	}
	wantX := []float64{
		-0.5, 0, 0, 0, // x 1, red, grade 1
		0.5, 1, 0, 1, // x 3, green, grade 2
		0, 0, 1, 0, // x missing → mean, blue, grade "1.0"
		1.5, 1, 0, 1, // x 5, color missing → green, grade 2
		// row 5: label missing, skipped
	}
	if rows != 4 || !slices.Equal(x, wantX) || !slices.Equal(y, []float64{0, 1, 1, 0}) {
		t.Fatalf("Encode = %v, %v, %d; want %v, [0 1 1 0], 4", x, y, rows, wantX)
	}

	// Std 0 is treated as 1.
	stats := toyStats()
	stats["x"] = ColumnStats{Mean: 1}
	e.Stats = stats
	x, _, _, err = e.Encode(toyTable(t))
	if err != nil {
		t.Fatal(err)
	}
	if got := []float64{x[0], x[4], x[8], x[12]}; !slices.Equal(got, []float64{0, 2, 0, 4}) {
		t.Fatalf("x with Std 0 = %v, want [0 2 0 4]", got)
	}
}

func TestEncodingJSON(t *testing.T) {
	e, err := NewEncoding(toy, toyLabel, []string{"id"}, toyStats())
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	var back Encoding
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if err := back.Validate(toy); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back.Names(toy), e.Names(toy)) {
		t.Fatal("names changed through JSON")
	}
}

func TestNewEncodingWithoutStats(t *testing.T) {
	e, err := NewEncoding(HeartDisease, HeartDiseaseLabel, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Features) != 13 || e.Stats != nil {
		t.Fatalf("encoding %+v", e)
	}
	if _, _, _, err := e.Encode(&Table{Schema: HeartDisease}); !errors.Is(err, ErrStats) {
		t.Fatalf("Encode without stats error = %v, want ErrStats", err)
	}
	names := e.Names(HeartDisease)
	if len(names) != 20 || names[0] != "age" || names[1] != "sex=1" || names[2] != "cp=2" {
		t.Fatalf("names %v", names)
	}
}

func TestEncodingBadInput(t *testing.T) {
	if _, err := NewEncoding(toy, toyLabel, []string{"bmi"}, toyStats()); !errors.Is(err, ErrUnknownColumn) {
		t.Errorf("unknown drop: %v", err)
	}
	if _, err := NewEncoding(toy, Label{Column: "x", Positive: []string{"1"}}, nil, nil); !errors.Is(err, ErrNotCategorical) {
		t.Errorf("numeric label: %v", err)
	}
	if _, err := NewEncoding(toy, toyLabel, []string{"id"}, map[string]ColumnStats{"x": {}}); !errors.Is(err, ErrStats) {
		t.Errorf("missing stats: %v", err)
	}
	if _, _, _, err := (Encoding{}).Encode(nil); !errors.Is(err, ErrArgument) {
		t.Errorf("nil table: %v", err)
	}

	// Validate lists every problem.
	e := Encoding{
		Label:    Label{Column: "y", Positive: []string{"maybe"}},
		Features: []string{"x", "bmi", "color", "grade", "y", "x", "id"},
		Stats: map[string]ColumnStats{
			"x":     {Mean: math.NaN(), Std: -1},
			"color": {Mode: "purple"},
			"y":     {Mode: "no"},
			"id":    {Mean: 1, Std: math.Inf(1)},
		},
	}
	err := e.Validate(toy)
	for _, want := range []error{ErrLabel, ErrUnknownColumn, ErrStats, ErrArgument} {
		if !errors.Is(err, want) {
			t.Errorf("Validate error lacks %v", want)
		}
	}
	for _, want := range []string{`mean of "x"`, `std of "x"`, `"bmi"`, `mode of "color"`, `statistics for feature "grade"`, `label column "y" is a feature`, `"x" listed twice`, `std of "id"`, `level "maybe"`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Validate error %v does not mention %s", err, want)
		}
	}
	if err := (Encoding{Label: toyLabel}).Validate(toy); !errors.Is(err, ErrArgument) {
		t.Errorf("no features: %v", err)
	}

	// Bad rows are errors, not panics.
	good, _ := NewEncoding(toy, toyLabel, []string{"id"}, toyStats())
	badLevel := toyTable(t)
	badLevel.Rows[0][2].Level = 9
	short := &Table{Schema: toy, Rows: [][]Cell{{{}}}}
	for name, tab := range map[string]*Table{"level": badLevel, "short": short} {
		if _, _, _, err := good.Encode(tab); !errors.Is(err, ErrSchemaMismatch) {
			t.Errorf("%s: Encode error = %v, want ErrSchemaMismatch", name, err)
		}
	}
}

// TestEncodeRealFile encodes breast cancer with pooled statistics: every
// feature then has mean 0 and sample std 1.
func TestEncodeRealFile(t *testing.T) {
	tab, err := ReadFile(dataPath(t, "breast-cancer", "wdbc.data"), BreastCancer)
	if err != nil {
		t.Fatal(err)
	}
	e, err := NewEncoding(BreastCancer, BreastCancerLabel, []string{"id"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if e.Stats, err = Pooled(BreastCancer, e.Features, tab); err != nil {
		t.Fatal(err)
	}
	x, y, rows, err := e.Encode(tab)
	if err != nil {
		t.Fatal(err)
	}
	width := len(e.Names(BreastCancer))
	if width != 30 || rows != 569 || len(x) != rows*width || len(y) != rows {
		t.Fatalf("%d rows × %d columns, %d values, %d labels", rows, width, len(x), len(y))
	}
	for j := range width {
		var s, ss float64
		for i := range rows {
			v := x[i*width+j]
			s += v
			ss += v * v
		}
		if mean, std := s/float64(rows), math.Sqrt((ss-s*s/float64(rows))/float64(rows-1)); math.Abs(mean) > 1e-9 || math.Abs(std-1) > 1e-9 {
			t.Errorf("column %d: mean %g, std %g", j, mean, std)
		}
	}
}
