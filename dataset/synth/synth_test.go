package synth

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/fixed"
	"github.com/twopm/twopm/model"
)

// clinic is a small schema of the kinds a hospital's extract has.
var clinic = dataset.Schema{ID: "clinic", Columns: []dataset.Column{
	{Name: "age", Range: &dataset.Range{Min: 0, Max: 100 * fixed.Scale, Step: fixed.Scale}},
	{Name: "crp", Range: &dataset.Range{Min: 0, Max: 10 * fixed.Scale, Step: fixed.Scale / 10}, ZeroMissing: true},
	{Name: "ward", Kind: dataset.Categorical, Levels: []string{"icu", "med", "surg"}},
	{Name: "died", Kind: dataset.Categorical, Levels: []string{"0", "1"}},
}}

func generate(t *testing.T, s dataset.Schema, o Options, header bool, missing string) []byte {
	t.Helper()
	g, err := New(s, o)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := g.WriteCSV(&b, header, missing); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestSeeded checks that a seed fixes the rows and another seed changes
// them.
func TestSeeded(t *testing.T) {
	o := Options{Rows: 200, Seed: 7, Missing: 0.1, Label: "died"}
	a, b := generate(t, clinic, o, true, "NA"), generate(t, clinic, o, true, "NA")
	o.Seed = 8
	c := generate(t, clinic, o, true, "NA")
	if !bytes.Equal(a, b) || bytes.Equal(a, c) {
		t.Error("the same seed gave other rows, or another seed the same")
	}
	if !strings.HasPrefix(string(a), "age,crp,ward,died\n") {
		t.Errorf("header: %q", strings.SplitN(string(a), "\n", 2)[0])
	}
}

// TestReadsBack writes heart-disease rows as the built-in files are
// written and reads them with the schema: every value is on its range
// and grid, about the asked share is missing, and the columns correlate.
func TestReadsBack(t *testing.T) {
	const rows = 3000
	out := generate(t, dataset.HeartDisease, Options{Rows: rows, Seed: 1, Missing: 0.05, Label: "num"}, false, "?")
	path := filepath.Join(t.TempDir(), "hd.data")
	if err := os.WriteFile(path, out, 0o600); err != nil {
		t.Fatal(err)
	}
	tab, err := dataset.ReadFile(path, dataset.HeartDisease)
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Rows) != rows {
		t.Fatalf("%d rows, want %d", len(tab.Rows), rows)
	}
	label := dataset.HeartDisease.Index("num")
	var missing, cells int
	for _, r := range tab.Rows {
		for i, c := range r {
			if i == label {
				if c.Missing {
					t.Fatal("a label is missing")
				}
				continue
			}
			cells++
			if c.Missing {
				missing++
			}
		}
	}
	// ZeroMissing columns add no missing cells: a drawn 0 is moved up.
	if share := float64(missing) / float64(cells); math.Abs(share-0.05) > 0.01 {
		t.Errorf("%.3f of the cells missing, want about 0.05", share)
	}
	// Some pair of numeric columns is correlated through the factors.
	num := []int{}
	for i, c := range dataset.HeartDisease.Columns {
		if c.Kind == dataset.Numeric {
			num = append(num, i)
		}
	}
	best := 0.0
	for a := range num {
		for b := a + 1; b < len(num); b++ {
			best = math.Max(best, math.Abs(corr(tab, num[a], num[b])))
		}
	}
	if best < 0.2 {
		t.Errorf("no pair of numeric columns correlates: largest |r| %.3f", best)
	}
}

func corr(t *dataset.Table, a, b int) float64 {
	var n, sa, sb, saa, sbb, sab float64
	for _, r := range t.Rows {
		if r[a].Missing || r[b].Missing {
			continue
		}
		x, y := float64(r[a].Q), float64(r[b].Q)
		n, sa, sb, saa, sbb, sab = n+1, sa+x, sb+y, saa+x*x, sbb+y*y, sab+x*y
	}
	return (n*sab - sa*sb) / math.Sqrt((n*saa-sa*sa)*(n*sbb-sb*sb))
}

// TestLabelModel fits a logistic regression on the generated rows, with
// the features as Coefficients documents them, and finds the generating
// coefficients.
func TestLabelModel(t *testing.T) {
	const rows = 40000
	g, err := New(clinic, Options{Rows: rows, Seed: 3, Label: "died"})
	if err != nil {
		t.Fatal(err)
	}
	d := model.Data{Rows: rows, Cols: 4}
	for range rows {
		r := g.Row()
		age, crp := float64(r[0].Q)/fixed.Scale, float64(r[1].Q)/fixed.Scale
		d.X = append(d.X, (age-50)/12.5, (crp-5)/1.25, b2f(r[2].Level == 1), b2f(r[2].Level == 2))
		d.Y = append(d.Y, float64(r[3].Level))
	}
	beta, _, err := model.FitNewton(d, 0, 1e-10, 50)
	if err != nil {
		t.Fatal(err)
	}
	want := g.Coefficients()[0]
	for j := range want {
		if math.Abs(beta[j]-want[j]) > 0.1 {
			t.Errorf("coefficient %d: fitted %.3f, generated %.3f", j, beta[j], want[j])
		}
	}
}

func TestBadOptions(t *testing.T) {
	for _, o := range []Options{
		{Rows: 0},
		{Rows: 10, Missing: 1},
		{Rows: 10, Label: "age"},
		{Rows: 10, Label: "nope"},
		{Rows: 10, Factors: 99},
	} {
		if _, err := New(clinic, o); !errors.Is(err, ErrOptions) {
			t.Errorf("%+v: %v", o, err)
		}
	}
}
