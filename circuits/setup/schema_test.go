package setup

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/twopm/twopm/dataset"
)

// TestDerivedVersions: a schema's circuits are named by kind, schema
// reference and size class, and the ID alone, with the schema's file,
// gives the same circuit back; an ID that names no circuit, a schema no
// one holds and a table too large are refused, the first two as the ID's
// own fault.
func TestDerivedVersions(t *testing.T) {
	ctx := context.Background()
	for rows, want := range map[int]int{1: 64, 64: 64, 65: 128, 303: 512, 16384: 16384} {
		if got, err := SizeClass(rows); err != nil || got != want {
			t.Errorf("SizeClass(%d) = %d, %v; want %d", rows, got, err, want)
		}
	}
	for _, rows := range []int{0, -1, 16385} {
		if _, err := SizeClass(rows); err == nil {
			t.Errorf("SizeClass(%d) succeeded", rows)
		}
	}
	if _, err := SizeClass(20000); !errors.Is(err, ErrTooLarge) {
		t.Errorf("SizeClass(20000): %v, want ErrTooLarge", err)
	}

	v, err := StatsFor(NarrowSchema, 3)
	if err != nil {
		t.Fatal(err)
	}
	if want := "stats-v1/" + NarrowSchema.Ref() + "/64"; v.ID != want || v.Rows() != 64 || v.Training() {
		t.Fatalf("StatsFor = %s, %d rows; want %s", v.ID, v.Rows(), want)
	}
	d, ok := ParseID(v.ID)
	if !ok || d.Kind != KindStats || d.Schema != NarrowSchema.Ref() || d.Rows != 64 || d.Label != nil || d.Features != nil || !KnownID(v.ID) {
		t.Fatalf("ParseID(%s) = %+v %v", v.ID, d, ok)
	}
	got, err := Resolve(ctx, v.ID, dataset.CatalogOf(NarrowSchema))
	if err != nil || got.ID != v.ID || got.Shape.Rows != 64 || got.Shape.Schema.Hash() != NarrowSchema.Hash() {
		t.Fatalf("Resolve(%s) = %+v, %v", v.ID, got, err)
	}
	if !got.CoversStats(NarrowSchema.Ref(), nil) || got.CoversStats(NarrowSchema.Ref(), []string{"x"}) || got.CoversTraining("hlr", NarrowSchema.Ref(), dataset.Label{Column: "x"}, nil) {
		t.Error("the derived statistics circuit covers the wrong tasks")
	}
	if _, err := Resolve(ctx, v.ID, dataset.CatalogOf()); err == nil || !BadID(err) {
		t.Errorf("Resolve without the schema: %v, want the ID's fault", err)
	}
	if _, err := HLRFor(NarrowSchema, 3); err == nil || !strings.Contains(err.Error(), "declares no label") {
		t.Errorf("HLRFor a schema without a label: %v", err)
	}
	hd, err := dataset.Lookup("heart-disease")
	if err != nil {
		t.Fatal(err)
	}
	h, err := HLRFor(hd, 303)
	if err != nil || !h.CoversTraining("hlr", hd.Ref(), *hd.Label, hd.Features("")) || h.CoversStats(hd.Ref(), nil) {
		t.Fatalf("HLRFor(heart-disease) = %+v, %v", h, err)
	}
	if got, err := Resolve(ctx, h.ID, dataset.CatalogOf()); err != nil || got.HLR == nil || got.HLR.Rows != 512 {
		t.Fatalf("Resolve(%s) with built-in schemas only = %+v, %v", h.ID, got, err)
	}
	for _, id := range []string{
		"stats-v1/narrow/64",                        // no hash
		"stats-v1/" + NarrowSchema.Ref() + "/100",   // not a size class
		"stats-v2/" + NarrowSchema.Ref() + "/64",    // no such kind
		"hlr-v1/" + NarrowSchema.Ref() + "/64",      // no label
		"stats-v1/" + NarrowSchema.Ref() + "/064",   // not canonical
		"stats-v1/" + NarrowSchema.Ref() + "/64/x0", // statistics take no features
		"stats-heart-disease-v9",
	} {
		if _, err := Resolve(ctx, id, dataset.CatalogOf(NarrowSchema)); !errors.Is(err, ErrUnknownVersion) || !BadID(err) {
			t.Errorf("Resolve(%q): %v, want ErrUnknownVersion", id, err)
		}
	}
	if named, err := Resolve(ctx, StatsHeartDisease.ID, dataset.Catalog{}); err != nil || named.ID != StatsHeartDisease.ID {
		t.Errorf("Resolve of a named version: %+v, %v", named, err)
	}
}

// TestDerivedHLRLabelsAndFeatures: an hlr circuit of a task's own label
// and features is named by the y and x segments, each left out when it
// says the schema's default; its ID resolves to the same circuit, other
// spellings of it and columns or levels the schema lacks are refused, and
// it covers the tasks whose features are among its own.
func TestDerivedHLRLabelsAndFeatures(t *testing.T) {
	ctx := context.Background()
	hd := dataset.HeartDisease
	cat := dataset.CatalogOf()
	base := "hlr-v1/" + hd.Ref() + "/512"
	sex := dataset.Label{Column: "sex", Positive: []string{"1"}}
	for _, tc := range []struct {
		label    dataset.Label
		features []string
		id       string
	}{
		{*hd.Label, nil, base},
		{*hd.Label, hd.Features(""), base},
		{dataset.Label{Column: "num", Positive: []string{"4", "2", "3", "1"}}, nil, base},
		{dataset.Label{Column: "num", Positive: []string{"1"}}, nil, base + "/y13.1"},
		{sex, nil, base + "/y1.1"},
		{sex, []string{"chol", "age"}, base + "/y1.1/x0.4"},
		{*hd.Label, []string{"thal", "age"}, base + "/x0.12"},
	} {
		v, err := HLRWith(hd, 303, tc.label, tc.features)
		if err != nil || v.ID != tc.id {
			t.Errorf("HLRWith(%+v, %v) = %s, %v; want %s", tc.label, tc.features, v.ID, err, tc.id)
			continue
		}
		got, err := Resolve(ctx, v.ID, cat)
		if err != nil || got.ID != v.ID || got.HLR.Label.Column != tc.label.Column {
			t.Errorf("Resolve(%s) = %+v, %v", v.ID, got, err)
			continue
		}
		want, _ := v.HLR.Names()
		names, _ := got.HLR.Names()
		if !slices.Equal(names, want) {
			t.Errorf("Resolve(%s) has features %v, want %v", v.ID, names, want)
		}
	}
	v, err := HLRWith(hd, 303, sex, []string{"chol", "age"})
	if err != nil {
		t.Fatal(err)
	}
	if !v.CoversTraining("hlr", hd.Ref(), sex, []string{"age"}) || v.CoversTraining("hlr", hd.Ref(), sex, []string{"age", "cp"}) ||
		v.CoversTraining("hlr", hd.Ref(), dataset.Label{Column: "sex", Positive: []string{"0"}}, []string{"age"}) || v.CoversTraining("hlr", hd.Ref(), *hd.Label, []string{"age"}) {
		t.Error("the circuit of sex against chol and age covers the wrong tasks")
	}
	for _, id := range []string{
		base + "/y13.1.2.3.4",                        // the schema's own label, spelled out
		base + "/x" + "0.1.2.3.4.5.6.7.8.9.10.11.12", // the default features, spelled out
		base + "/y1",        // no positive level
		base + "/y1.1.1",    // a level twice
		base + "/y99.1",     // no such column
		base + "/y1.7",      // no such level
		base + "/y0.1",      // a numeric label
		base + "/x4.0",      // not ascending
		base + "/x13",       // the label as a feature
		base + "/x99",       // no such column
		base + "/x0.4/y1.1", // segments out of order
		base + "/x",
	} {
		if _, err := Resolve(ctx, id, cat); !errors.Is(err, ErrUnknownVersion) || !BadID(err) {
			t.Errorf("Resolve(%q): %v, want ErrUnknownVersion", id, err)
		}
	}
	if _, err := HLRWith(hd, 303, sex, []string{"sex"}); err == nil {
		t.Error("HLRWith with the label among the features succeeded")
	}
}
