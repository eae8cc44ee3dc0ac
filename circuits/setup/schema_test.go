package setup

import (
	"context"
	"errors"
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
	kind, ref, rows, ok := ParseID(v.ID)
	if !ok || kind != KindStats || ref != NarrowSchema.Ref() || rows != 64 || !KnownID(v.ID) {
		t.Fatalf("ParseID(%s) = %s %s %d %v", v.ID, kind, ref, rows, ok)
	}
	got, err := Resolve(ctx, v.ID, dataset.CatalogOf(NarrowSchema))
	if err != nil || got.ID != v.ID || got.Shape.Rows != 64 || got.Shape.Schema.Hash() != NarrowSchema.Hash() {
		t.Fatalf("Resolve(%s) = %+v, %v", v.ID, got, err)
	}
	if !got.CoversStats(NarrowSchema.Ref(), nil) || got.CoversStats(NarrowSchema.Ref(), []string{"x"}) || got.CoversTraining("hlr", NarrowSchema.Ref()) {
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
	if err != nil || !h.CoversTraining("hlr", hd.Ref()) || h.CoversStats(hd.Ref(), nil) {
		t.Fatalf("HLRFor(heart-disease) = %+v, %v", h, err)
	}
	if got, err := Resolve(ctx, h.ID, dataset.CatalogOf()); err != nil || got.HLR == nil || got.HLR.Rows != 512 {
		t.Fatalf("Resolve(%s) with built-in schemas only = %+v, %v", h.ID, got, err)
	}
	for _, id := range []string{
		"stats-v1/narrow/64",                      // no hash
		"stats-v1/" + NarrowSchema.Ref() + "/100", // not a size class
		"stats-v2/" + NarrowSchema.Ref() + "/64",  // no such kind
		"hlr-v1/" + NarrowSchema.Ref() + "/64",    // no label
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
