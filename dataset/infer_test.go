package dataset

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// sampleCSV is a hospital extract with a header: a free-text patient code
// (high cardinality), whole-number age, a two-decimal lab value with NA
// and NULL, a word category, a small whole-number code, and a numeric
// column with a few stray texts.
func sampleCSV(rows int) string {
	rng := rand.New(rand.NewPCG(7, 19))
	var b strings.Builder
	b.WriteString("patient,age,ldl,smoker,stage,weight\n")
	for i := range rows {
		ldl := fmt.Sprintf("%.2f", 1.13+rng.Float64()*5)
		switch i % 17 {
		case 3:
			ldl = "NA"
		case 5:
			ldl = "NULL"
		}
		weight := fmt.Sprintf("%d", 50+rng.IntN(60))
		if i == 11 {
			weight = "heavy"
		}
		fmt.Fprintf(&b, "PX-%06d,%d,%s,%s,%d,%s\n", 100000+i*37, 23+rng.IntN(64), ldl, []string{"never", "former", "current"}[rng.IntN(3)], 1+rng.IntN(4), weight)
	}
	return b.String()
}

func TestInfer(t *testing.T) {
	in := sampleCSV(300)
	d, err := Infer(strings.NewReader(in), "/data/My Cohort 2024.csv", InferOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := d.Schema
	if s.Name != "My-Cohort-2024" || d.Rows != 300 || len(s.Columns) != 5 {
		t.Fatalf("draft %s with %d rows, %d columns %v; notes %v", s.Name, d.Rows, len(s.Columns), s.Names(), d.Notes)
	}
	age, ldl, smoker, stage, weight := s.Columns[0], s.Columns[1], s.Columns[2], s.Columns[3], s.Columns[4]
	if age.Kind != Numeric || age.Range.Step != 1_000_000 || age.Range.Min != 20_000_000 || age.Range.Max != 90_000_000 {
		t.Errorf("age %+v range %+v, want numeric [20, 90] whole", age, age.Range)
	}
	if ldl.Kind != Numeric || ldl.Range.Step != 10_000 || ldl.Range.Min != 1_000_000 || ldl.Range.Max != 7_000_000 || strings.Join(ldl.Missing, "|") != "|NA|?|NULL" {
		t.Errorf("ldl %+v range %+v, want numeric [1, 7] step 0.01 with NULL missing", ldl, ldl.Range)
	}
	if smoker.Kind != Categorical || strings.Join(smoker.Levels, ",") != "current,former,never" {
		t.Errorf("smoker %+v", smoker)
	}
	if stage.Kind != Categorical || strings.Join(stage.Levels, ",") != "1,2,3,4" {
		t.Errorf("stage %+v", stage)
	}
	if weight.Kind != Numeric {
		t.Errorf("weight %+v", weight)
	}
	notes := strings.Join(d.Notes, "\n")
	if !strings.Contains(notes, `column "patient" holds text with more than 12 distinct values: left out`) || !strings.Contains(notes, `column "weight": 1 cells are neither numbers nor missing`) {
		t.Errorf("notes:\n%s", notes)
	}
	out, err := d.YAML("/data/My Cohort 2024.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(out), "# DRAFT schema proposed by twopm schema infer from My Cohort 2024.csv (300 rows).\n") {
		t.Fatalf("output does not start as a draft:\n%s", out)
	}
	if _, err := Parse(out, "draft.yaml"); err != nil {
		t.Fatalf("the draft does not parse: %v\n%s", err, out)
	}
	// No patient code, no single age, ldl or weight and no stray text.
	for _, v := range []string{"PX-", "heavy"} {
		if strings.Contains(string(out), v) {
			t.Fatalf("draft repeats %q:\n%s", v, out)
		}
	}
	// The sample's extremes are not printed.
	tab, err := ReadWith(strings.NewReader(strings.Replace(in, "heavy", "70", 1)), "x.csv", s, ReadOptions{})
	if err != nil {
		t.Fatalf("the sample does not read against its draft: %v", err)
	}
	for _, j := range []int{0, 1} {
		lo, hi := int64(1<<62), int64(-1<<62)
		for _, row := range tab.Rows {
			if !row[j].Missing {
				lo, hi = min(lo, row[j].Q), max(hi, row[j].Q)
			}
		}
		if r := s.Columns[j].Range; r.Min == lo || r.Max == hi {
			t.Errorf("column %s: range %+v gives away a sample extreme [%d, %d]", s.Columns[j].Name, r, lo, hi)
		}
	}
}

func TestInferBadSamples(t *testing.T) {
	for _, tt := range []struct{ name, in string }{
		{"empty", ""},
		{"header only", "a,b\n"},
	} {
		if _, err := Infer(strings.NewReader(tt.in), "x.csv", InferOptions{}); !errors.Is(err, ErrEmpty) {
			t.Errorf("%s: error %v, want ErrEmpty", tt.name, err)
		}
	}
	// A headerless file: its first row must not become column names.
	for _, in := range []string{
		"63,M,Smith\n41,F,Jones\n",
		"M,Smith\nF,Jones\nM,Brown\n",
	} {
		_, err := Infer(strings.NewReader(in), "x.csv", InferOptions{})
		if !errors.Is(err, ErrHeader) || strings.Contains(err.Error(), "Smith") || strings.Contains(err.Error(), "63") {
			t.Errorf("%q: error %v, want ErrHeader without a value", in, err)
		}
	}
	// Only free text: nothing to propose.
	var b strings.Builder
	b.WriteString("note\n")
	for i := range 40 {
		fmt.Fprintf(&b, "text %d\n", i)
	}
	_, err := Infer(strings.NewReader(b.String()), "x.csv", InferOptions{})
	if err == nil || strings.Contains(err.Error(), "text 1") {
		t.Fatalf("error %v", err)
	}
}
