package stats

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/mpc/field"
)

const rows = "63,1,1,145,233,1,2,150,0,2.3,3,0,6,0\n" +
	"67,1,4,160,286,0,2,108,1,1.5,2,3,3,2\n" +
	"37,0,3,?,250,0,0,187,0,3.5,3,?,3,0\n"

func table(t *testing.T, in string) *dataset.Table {
	t.Helper()
	tab, err := dataset.Read(strings.NewReader(in), "x", dataset.HeartDisease)
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

func TestFinalizeOfSplitTablesMatchesDirect(t *testing.T) {
	l, err := NewLayout(dataset.HeartDisease, []string{"age", "trestbps", "oldpeak", "sex", "ca"})
	if err != nil {
		t.Fatal(err)
	}
	// Two nodes: rows 1–2 and row 3. The sum of their vectors must give
	// the statistics of all three rows.
	lines := strings.SplitAfter(rows, "\n")
	sum := LocalMap(table(t, lines[0]+lines[1]), l)
	sum.AddInPlace(LocalMap(table(t, lines[2]), l))
	cols, err := Finalize(l, sum)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Column{}
	for _, c := range cols {
		byName[c.Name] = c
	}
	tests := []struct {
		name          string
		count, miss   int64
		mean, varianc float64
		hist          map[string]int64
	}{
		{name: "age", count: 3, mean: 167.0 / 3, varianc: sampleVar(63, 67, 37)},
		{name: "trestbps", count: 2, miss: 1, mean: 152.5, varianc: sampleVar(145, 160)},
		{name: "oldpeak", count: 3, mean: 7.3 / 3, varianc: sampleVar(2.3, 1.5, 3.5)},
		{name: "sex", count: 3, mean: 2.0 / 3, varianc: sampleVar(1, 1, 0), hist: map[string]int64{"0": 1, "1": 2}},
		{name: "ca", count: 2, miss: 1, mean: 1.5, varianc: sampleVar(0, 3), hist: map[string]int64{"0": 1, "1": 0, "2": 0, "3": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := byName[tt.name]
			if c.Count != tt.count || c.Missing != tt.miss {
				t.Fatalf("count %d missing %d, want %d %d", c.Count, c.Missing, tt.count, tt.miss)
			}
			if math.Abs(*c.Mean-tt.mean) > 1e-12 || math.Abs(*c.Variance-tt.varianc) > 1e-12 {
				t.Fatalf("mean %v variance %v, want %v %v", *c.Mean, *c.Variance, tt.mean, tt.varianc)
			}
			for k, v := range tt.hist {
				if c.Histogram[k] != v {
					t.Fatalf("histogram %v, want %v", c.Histogram, tt.hist)
				}
			}
		})
	}
}

func sampleVar(xs ...float64) float64 {
	m := 0.0
	for _, x := range xs {
		m += x
	}
	m /= float64(len(xs))
	v := 0.0
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	return v / float64(len(xs)-1)
}

func TestNewLayoutUnknownColumn(t *testing.T) {
	_, err := NewLayout(dataset.HeartDisease, []string{"age", "cholesterol", "bmi"})
	if !errors.Is(err, ErrUnknownColumn) || !strings.Contains(err.Error(), "cholesterol") || !strings.Contains(err.Error(), "bmi") {
		t.Fatalf("error = %v, want ErrUnknownColumn naming both columns", err)
	}
}

func TestFinalizeRejectsInconsistentAggregates(t *testing.T) {
	l, err := NewLayout(dataset.HeartDisease, []string{"age", "sex"})
	if err != nil {
		t.Fatal(err)
	}
	honest := LocalMap(table(t, rows), l)
	sexOffset := l.Columns[1].Offset
	tests := []struct {
		name   string
		tamper func(v field.Vector)
	}{
		{"negative count", func(v field.Vector) { v[slotCount] = v[slotCount].Sub(field.New(10)) }},
		{"negative missing", func(v field.Vector) { v[slotMissing] = field.FromInt64(-1) }},
		{"histogram does not add up", func(v field.Vector) { v[sexOffset+slotsFixed] = v[sexOffset+slotsFixed].Add(field.One()) }},
		{"negative sum of squares", func(v field.Vector) { v[slotSumSq] = field.FromInt64(-5) }},
		{"variance below zero", func(v field.Vector) { v[slotSumSq] = field.New(1) }},
		{"short", func(v field.Vector) {}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := append(field.Vector(nil), honest...)
			tt.tamper(v)
			if tt.name == "short" {
				v = v[:len(v)-1]
			}
			if _, err := Finalize(l, v); !errors.Is(err, ErrInconsistent) {
				t.Fatalf("Finalize error = %v, want ErrInconsistent", err)
			}
		})
	}
	if _, err := Finalize(l, honest); err != nil {
		t.Fatalf("honest aggregate: %v", err)
	}
}

func TestCountsAreBoundedByRows(t *testing.T) {
	l, err := NewLayout(dataset.HeartDisease, []string{"age", "ca", "sex"})
	if err != nil {
		t.Fatal(err)
	}
	idx := l.Counts()
	// age: count, missing; ca: count, missing, 4 levels; sex: count, missing, 2 levels.
	if len(idx) != 2+6+4 {
		t.Fatalf("%d count slots: %v", len(idx), idx)
	}
	v := LocalMap(table(t, rows), l)
	isCount := map[int]bool{}
	for i, k := range idx {
		if i > 0 && k <= idx[i-1] {
			t.Fatalf("count slots not increasing: %v", idx)
		}
		isCount[k] = true
		if n := v[k].Signed().Int64(); n < 0 || n > 3 {
			t.Fatalf("slot %d holds %d, not a count of 3 rows", k, n)
		}
	}
	// The sums of the age column are not counts.
	if isCount[slotSum] || isCount[slotSumSq] {
		t.Fatal("a sum slot is listed as a count")
	}
}
