package dataset

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/twopm/twopm/fixed"
)

// toy is a small schema for hand-made tables: "id" identifies a row, "y"
// is the label.
var toy = Schema{ID: "toy", Columns: []Column{
	{Name: "id"},
	{Name: "x"},
	{Name: "color", Kind: Categorical, Levels: []string{"red", "green", "blue"}},
	{Name: "grade", Kind: Categorical, Levels: []string{"1", "2"}},
	{Name: "y", Kind: Categorical, Levels: []string{"no", "yes"}},
}}

var toyLabel = Label{Column: "y", Positive: []string{"yes"}}

// synthetic returns a toy table of n rows: row i has id i, is positive
// when i%3 == 0 and has no label when i%11 == 5.
func synthetic(n int) *Table {
	tab := &Table{Schema: toy, File: "synthetic"}
	for i := range n {
		y := Cell{}
		switch {
		case i%11 == 5:
			y = Cell{Missing: true}
		case i%3 == 0:
			y = Cell{Q: fixed.Scale, Level: 1}
		}
		tab.Rows = append(tab.Rows, []Cell{{Q: int64(i)}, {Q: int64(i)}, {}, {Q: fixed.Scale}, y})
	}
	return tab
}

// labels returns, per class, the ids (first column) of t's labelled rows
// in order.
func labels(t *testing.T, tab *Table, l Label) [2][]int64 {
	t.Helper()
	var ids [2][]int64
	for _, row := range tab.Rows {
		y, ok, err := l.Of(tab.Schema, row)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			ids[y] = append(ids[y], row[0].Q)
		}
	}
	return ids
}

// rowIDs returns the first column of every row; the synthetic and real
// tables used here have distinct ids.
func rowIDs(tab *Table) []int64 {
	ids := make([]int64, len(tab.Rows))
	for i, row := range tab.Rows {
		ids[i] = row[0].Q
	}
	return ids
}

// checkCover fails unless the parts hold each labelled row of all exactly
// once, each part in all's order.
func checkCover(t *testing.T, all *Table, l Label, parts ...*Table) {
	t.Helper()
	pos := map[int64]int{}
	for i, id := range rowIDs(all) {
		pos[id] = i
	}
	var got []int64
	for p, part := range parts {
		ids := rowIDs(part)
		if !slices.IsSortedFunc(ids, func(a, b int64) int { return pos[a] - pos[b] }) {
			t.Errorf("part %d is not in the original order", p)
		}
		got = append(got, ids...)
	}
	want := labels(t, all, l)
	wantAll := append(slices.Clone(want[0]), want[1]...)
	slices.Sort(got)
	slices.Sort(wantAll)
	if !slices.Equal(got, wantAll) {
		t.Fatalf("parts hold %d rows, want the %d labelled rows once each", len(got), len(wantAll))
	}
}

func checkSplit(t *testing.T, all *Table, l Label, fraction float64, seed uint64) (rest, test *Table) {
	t.Helper()
	rest, test, err := Split(all, l, fraction, seed)
	if err != nil {
		t.Fatal(err)
	}
	checkCover(t, all, l, rest, test)
	want, got := labels(t, all, l), labels(t, test, l)
	for c := range 2 {
		if k := int(math.Round(fraction * float64(len(want[c])))); len(got[c]) != k {
			t.Errorf("class %d: %d test rows, want %d", c, len(got[c]), k)
		}
	}
	if rest.Schema.ID != all.Schema.ID || test.File != all.File {
		t.Errorf("outputs lost schema or file")
	}
	return rest, test
}

func checkPartition(t *testing.T, all *Table, l Label, parts int, seed uint64) []*Table {
	t.Helper()
	out, err := Partition(all, l, parts, seed)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != parts {
		t.Fatalf("%d parts, want %d", len(out), parts)
	}
	checkCover(t, all, l, out...)
	for c := range 2 {
		var counts []int
		for _, p := range out {
			counts = append(counts, len(labels(t, p, l)[c]))
		}
		if slices.Max(counts)-slices.Min(counts) > 1 {
			t.Errorf("class %d counts per part %v differ by more than 1", c, counts)
		}
	}
	var sizes []int
	for _, p := range out {
		sizes = append(sizes, len(p.Rows))
	}
	if slices.Max(sizes)-slices.Min(sizes) > 1 {
		t.Errorf("part sizes %v differ by more than 1", sizes)
	}
	return out
}

func TestSplitSynthetic(t *testing.T) {
	for _, n := range []int{1, 2, 7, 50, 301} {
		all := synthetic(n)
		for _, fraction := range []float64{0, 0.2, 0.25, 0.5, 0.9} {
			for seed := range uint64(4) {
				checkSplit(t, all, toyLabel, fraction, seed)
			}
		}
	}
}

func TestSplitDeterministic(t *testing.T) {
	all := synthetic(200)
	_, a, _ := Split(all, toyLabel, 0.3, 42)
	_, b, _ := Split(all, toyLabel, 0.3, 42)
	_, c, _ := Split(all, toyLabel, 0.3, 43)
	if !slices.Equal(rowIDs(a), rowIDs(b)) {
		t.Fatal("same seed, different splits")
	}
	if slices.Equal(rowIDs(a), rowIDs(c)) {
		t.Fatal("seeds 42 and 43 give the same split")
	}
	// Pinned so that a change to the documented algorithm is noticed.
	_, small, _ := Split(synthetic(12), toyLabel, 0.5, 7)
	if got, want := rowIDs(small), []int64{2, 4, 6, 7, 9, 10}; !slices.Equal(got, want) {
		t.Fatalf("Split(12 rows, 0.5, seed 7) test ids = %v, want %v", got, want)
	}
}

func TestPartitionSynthetic(t *testing.T) {
	for _, n := range []int{4, 10, 50, 301} {
		all := synthetic(n)
		for _, parts := range []int{1, 2, 3, 4} {
			for seed := range uint64(4) {
				checkPartition(t, all, toyLabel, parts, seed)
			}
		}
	}
}

func TestPartitionDeterministic(t *testing.T) {
	all := synthetic(200)
	a, _ := Partition(all, toyLabel, 3, 42)
	b, _ := Partition(all, toyLabel, 3, 42)
	c, _ := Partition(all, toyLabel, 3, 43)
	same := func(x, y []*Table) bool {
		return slices.EqualFunc(x, y, func(p, q *Table) bool { return slices.Equal(rowIDs(p), rowIDs(q)) })
	}
	if !same(a, b) {
		t.Fatal("same seed, different partitions")
	}
	if same(a, c) {
		t.Fatal("seeds 42 and 43 give the same partition")
	}
}

// TestSplitDocumented follows Split's doc comment independently, with
// math/big for the 128-bit product, and compares on the real file.
func TestSplitDocumented(t *testing.T) {
	all, err := ReadFile(dataPath(t, "breast-cancer", "wdbc.data"), BreastCancer)
	if err != nil {
		t.Fatal(err)
	}
	const seed = 2026
	src := rand.NewPCG(seed, 1)
	two64 := new(big.Int).Lsh(big.NewInt(1), 64)
	uniform := func(m uint64) int {
		bm := new(big.Int).SetUint64(m)
		threshold := new(big.Int).Mod(new(big.Int).Sub(two64, bm), bm)
		for {
			p := new(big.Int).Mul(new(big.Int).SetUint64(src.Uint64()), bm)
			lo := new(big.Int).Mod(p, two64)
			if lo.Cmp(threshold) >= 0 {
				return int(new(big.Int).Rsh(p, 64).Int64())
			}
		}
	}
	inTest := map[int]bool{}
	for _, level := range []int{0, 1} { // B (negative) then M
		var g []int
		for i, row := range all.Rows {
			if row[1].Level == level {
				g = append(g, i)
			}
		}
		for i := len(g) - 1; i > 0; i-- {
			j := uniform(uint64(i + 1))
			g[i], g[j] = g[j], g[i]
		}
		for _, i := range g[:int(math.Round(0.2*float64(len(g))))] {
			inTest[i] = true
		}
	}
	var want []int64
	for i, row := range all.Rows {
		if inTest[i] {
			want = append(want, row[0].Q)
		}
	}
	_, test, err := Split(all, BreastCancerLabel, 0.2, seed)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rowIDs(test), want) {
		t.Fatal("Split does not follow its documentation")
	}
}

// TestRealSplits runs the three-hospital breast-cancer simulation and
// splits the pooled heart-disease files.
func TestRealSplits(t *testing.T) {
	bc, err := ReadFile(dataPath(t, "breast-cancer", "wdbc.data"), BreastCancer)
	if err != nil {
		t.Fatal(err)
	}
	for _, seed := range []uint64{1, 2} {
		rest, test := checkSplit(t, bc, BreastCancerLabel, 0.2, seed)
		if got := labels(t, test, BreastCancerLabel); len(got[1]) != 42 || len(got[0]) != 71 {
			t.Fatalf("test has %d M and %d B, want 42 and 71", len(got[1]), len(got[0]))
		}
		hospitals := checkPartition(t, rest, BreastCancerLabel, 3, seed)
		for _, h := range hospitals {
			if n := len(h.Rows); n != 152 {
				t.Errorf("hospital with %d rows, want 152", n)
			}
		}
	}

	hd := &Table{Schema: HeartDisease, File: "heart-disease"}
	for _, name := range []string{"cleveland", "hungarian", "switzerland", "va"} {
		tab, err := ReadFile(dataPath(t, "heart-disease", "processed."+name+".data"), HeartDisease)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range tab.Rows {
			// Give each row a distinct id in column 1 for checkCover.
			r := slices.Clone(row)
			r[0] = Cell{Q: int64(len(hd.Rows))}
			hd.Rows = append(hd.Rows, r)
		}
	}
	checkSplit(t, hd, HeartDiseaseLabel, 0.2, 9)
	checkPartition(t, hd, HeartDiseaseLabel, 4, 9)
}

func TestSplitBadInput(t *testing.T) {
	all := synthetic(20)
	short := &Table{Schema: toy, Rows: [][]Cell{{{}, {}}}}
	badLevel := synthetic(3)
	badLevel.Rows[1][4].Level = 7
	tests := []struct {
		name     string
		tab      *Table
		label    Label
		fraction float64
		parts    int
		wantErr  error
	}{
		{name: "nil table", label: toyLabel, fraction: 0.2, parts: 2, wantErr: ErrArgument},
		{name: "unknown column", tab: all, label: Label{Column: "z", Positive: []string{"yes"}}, fraction: 0.2, parts: 2, wantErr: ErrUnknownColumn},
		{name: "numeric label", tab: all, label: Label{Column: "x", Positive: []string{"1"}}, fraction: 0.2, parts: 2, wantErr: ErrNotCategorical},
		{name: "unknown level", tab: all, label: Label{Column: "y", Positive: []string{"maybe"}}, fraction: 0.2, parts: 2, wantErr: ErrLabel},
		{name: "no positive level", tab: all, label: Label{Column: "y"}, fraction: 0.2, parts: 2, wantErr: ErrLabel},
		{name: "short row", tab: short, label: toyLabel, fraction: 0.2, parts: 1, wantErr: ErrSchemaMismatch},
		{name: "level out of range", tab: badLevel, label: toyLabel, fraction: 0.2, parts: 1, wantErr: ErrSchemaMismatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, _, err := Split(tt.tab, tt.label, tt.fraction, 1); !errors.Is(err, tt.wantErr) {
				t.Errorf("Split error = %v, want %v", err, tt.wantErr)
			}
			if _, err := Partition(tt.tab, tt.label, tt.parts, 1); !errors.Is(err, tt.wantErr) {
				t.Errorf("Partition error = %v, want %v", err, tt.wantErr)
			}
		})
	}
	for _, f := range []float64{-0.1, 1, 1.5, math.NaN(), math.Inf(1)} {
		if _, _, err := Split(all, toyLabel, f, 1); !errors.Is(err, ErrArgument) {
			t.Errorf("Split(fraction %v) error = %v, want ErrArgument", f, err)
		}
	}
	// synthetic(20) has 18 labelled rows.
	for _, parts := range []int{-1, 0, 19, math.MaxInt} {
		if _, err := Partition(all, toyLabel, parts, 1); !errors.Is(err, ErrArgument) {
			t.Errorf("Partition(%d parts) error = %v, want ErrArgument", parts, err)
		}
	}
	if _, err := Partition(all, toyLabel, 18, 1); err != nil {
		t.Errorf("Partition(18 parts) error = %v", err)
	}
}

// HoldoutRows is reproducible from its key, changes with it, holds out
// about one row in every, and rejects bad arguments.
func TestHoldoutRows(t *testing.T) {
	a, err := HoldoutRows([32]byte{1}, 3000, 5)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := HoldoutRows([32]byte{1}, 3000, 5)
	other, _ := HoldoutRows([32]byte{2}, 3000, 5)
	held, same := 0, 0
	for i := range a {
		if a[i] != again[i] {
			t.Fatalf("row %d: two draws under one key differ", i)
		}
		if a[i] {
			held++
		}
		if a[i] && other[i] {
			same++
		}
	}
	if held < 500 || held > 700 {
		t.Errorf("%d of 3000 rows held out, want about 600", held)
	}
	if same > held/2 {
		t.Errorf("another key holds %d of the same %d rows out", same, held)
	}
	if short, _ := HoldoutRows([32]byte{1}, 10, 5); !slices.Equal(short, a[:10]) {
		t.Error("the first rows' flags depend on the row count")
	}
	for _, tt := range [][2]int{{10, 1}, {10, MaxHoldoutEvery + 1}, {-1, 5}} {
		if _, err := HoldoutRows([32]byte{}, tt[0], tt[1]); !errors.Is(err, ErrArgument) {
			t.Errorf("HoldoutRows(%d rows, every %d): err = %v, want ErrArgument", tt[0], tt[1], err)
		}
	}
}
