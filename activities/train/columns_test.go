package train

import (
	"slices"
	"strings"
	"testing"

	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/workflows"
)

func TestResolveColumns(t *testing.T) {
	s := dataset.HeartDisease
	all := []string{"age", "sex", "cp", "trestbps", "chol", "fbs", "restecg", "thalach", "exang", "oldpeak", "slope", "ca", "thal"}
	c, err := Resolve(workflows.TrainSpec{}, s)
	if err != nil || c.Label.Column != "num" || !slices.Equal(c.Features, all) {
		t.Fatalf("default: %+v, %v", c, err)
	}
	c, err = Resolve(workflows.TrainSpec{Label: "sex", Features: []string{"chol", "age"}}, s)
	if err != nil || !slices.Equal(c.Label.Positive, []string{"1"}) || !slices.Equal(c.Features, []string{"chol", "age"}) {
		t.Fatalf("label sex: %+v, %v", c, err)
	}
	for _, tc := range []struct {
		spec workflows.TrainSpec
		want string
	}{
		{workflows.TrainSpec{Label: "nope"}, `label "nope" is not a column`},
		{workflows.TrainSpec{Label: "age"}, `label "age" is a numeric column`},
		{workflows.TrainSpec{Label: "cp"}, `label "cp" has 4 levels (1, 2, 3, 4): name the positive ones`},
		{workflows.TrainSpec{Label: "cp", Positive: []string{"9"}}, `has no level "9"`},
		{workflows.TrainSpec{Label: "sex", Positive: []string{"0", "1"}}, `every level (0, 1) is positive`},
		{workflows.TrainSpec{Features: []string{"age", "num"}}, `feature "num" is the label column`},
		{workflows.TrainSpec{Features: []string{"age", "bmi"}}, `feature "bmi" is not a column`},
		{workflows.TrainSpec{Features: []string{"age", "age"}}, `feature "age" is listed twice`},
	} {
		_, err := Resolve(tc.spec, s)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.spec, err, tc.want)
		}
	}
	if _, err := Resolve(workflows.TrainSpec{}, dataset.Schema{ID: "x", Columns: []dataset.Column{{Name: "a"}}}); err == nil ||
		!strings.Contains(err.Error(), "declares no label: name the label column") {
		t.Errorf("no label: %v", err)
	}
}

// TestCovers: a circuit proves a task of its own label and features
// among its own, imputed; another label, positive level set, a feature
// it lacks, missing: omit or another model is refused, saying why.
func TestCovers(t *testing.T) {
	s := dataset.HeartDisease
	named := setup.HLRHeartDisease
	sexAgeChol, err := setup.HLRWith(s, 300, dataset.Label{Column: "sex", Positive: []string{"1"}}, []string{"chol", "age"})
	if err != nil {
		t.Fatal(err)
	}
	hlr := func(spec workflows.TrainSpec) workflows.TrainSpec {
		spec.Model, spec.Schema = workflows.ModelHLR, s.ID
		return spec
	}
	for _, tc := range []struct {
		v    setup.Version
		spec workflows.TrainSpec
		want string // "" when v covers spec
	}{
		{named, hlr(workflows.TrainSpec{}), ""},
		{named, hlr(workflows.TrainSpec{Label: "num", Features: []string{"age", "chol"}}), ""},
		{named, hlr(workflows.TrainSpec{Positive: []string{"2"}}), "this task chooses label num (positive 2)"},
		{named, hlr(workflows.TrainSpec{Label: "sex"}), "this task chooses label sex"},
		{named, hlr(workflows.TrainSpec{Missing: workflows.MissingOmit}), "missing: omit"},
		{named, workflows.TrainSpec{Model: workflows.ModelLR, Schema: s.ID}, "this task trains lr"},
		{sexAgeChol, hlr(workflows.TrainSpec{Label: "sex", Features: []string{"age", "chol"}}), ""},
		{sexAgeChol, hlr(workflows.TrainSpec{Label: "sex", Features: []string{"age"}}), ""},
		{sexAgeChol, hlr(workflows.TrainSpec{Label: "sex", Features: []string{"age", "cp"}}), "over features age,chol; this task chooses label sex (positive 1) and features age,cp"},
		{sexAgeChol, hlr(workflows.TrainSpec{}), "this task chooses label num"},
	} {
		err := Covers(tc.v, tc.spec, s)
		if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%s covers %+v: %v, want %q", tc.v.ID, tc.spec, err, tc.want)
		}
	}
}

// With missing: omit a node fits on, and holds out from, only the rows
// that have the label and every feature; with impute, on every labeled
// row, with an indicator for each feature that misses values.
func TestMissingOmitLeavesIncompleteRowsOut(t *testing.T) {
	tab := heartDisease(t, "hungarian")
	stats, err := dataset.Pooled(tab.Schema, tab.Schema.Names(), tab)
	if err != nil {
		t.Fatal(err)
	}
	feats := []string{"age", "sex", "chol", "slope"}
	want := 0
	for _, r := range tab.Rows {
		ok := !r[tab.Schema.Index("num")].Missing
		for _, f := range feats {
			ok = ok && !r[tab.Schema.Index(f)].Missing
		}
		if ok {
			want++
		}
	}
	for _, missing := range []string{workflows.MissingImpute, workflows.MissingOmit} {
		spec := workflows.TrainSpec{Model: workflows.ModelHLR, Features: feats, Missing: missing}
		enc, err := NewEncoding(spec, tab.Schema, stats)
		if err != nil {
			t.Fatal(err)
		}
		tr, va, err := SplitRows(tab, spec, [32]byte{})
		if err != nil {
			t.Fatal(err)
		}
		names := enc.Names(tab.Schema)
		n := len(tr.Rows) + len(va.Rows)
		switch missing {
		case workflows.MissingOmit:
			if n != want || want == len(tab.Rows) || slices.ContainsFunc(names, func(s string) bool { return strings.HasSuffix(s, "=?") }) {
				t.Errorf("omit: %d rows, want %d of %d; features %v", n, want, len(tab.Rows), names)
			}
		default:
			if n != len(tab.Rows) || !slices.Contains(names, "chol=?") {
				t.Errorf("impute: %d rows of %d; features %v", n, len(tab.Rows), names)
			}
		}
		if _, err := design(enc, tr); err != nil {
			t.Fatal(err)
		}
	}
}
