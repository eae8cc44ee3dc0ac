package dataset

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestRefs(t *testing.T) {
	hd := HeartDisease
	for _, c := range []struct {
		ref  string
		want bool
	}{
		{"heart-disease", true},
		{hd.Ref(), true},
		{"heart-disease@" + strings.Repeat("0", 64), false},
		{"breast-cancer", false},
		{BreastCancer.Ref(), false},
		{"heart-disease@xyz", false},
		{"", false},
	} {
		if got := hd.Matches(c.ref); got != c.want {
			t.Errorf("Matches(%q) = %v, want %v", c.ref, got, c.want)
		}
	}
	if !SameSchema("heart-disease", hd.Ref()) || SameSchema("heart-disease", BreastCancer.Ref()) || SameSchema("cohort", "cohort") {
		t.Error("SameSchema is wrong")
	}
	if s, err := Lookup(hd.Ref()); err != nil || s.Name != "heart-disease" {
		t.Errorf("Lookup of the built-in ref: %v", err)
	}
	if _, err := Lookup("heart-disease@" + strings.Repeat("ab", 32)); !errors.Is(err, ErrUnknownSchema) {
		t.Errorf("Lookup of another heart-disease: %v", err)
	}
}

// TestCatalog resolves a schema that is not built in from a store, and
// refuses a stored file that is not the one named.
func TestCatalog(t *testing.T) {
	ctx := context.Background()
	own, err := Parse([]byte("name: cohort\nversion: \"1\"\ncolumns:\n  - {name: age, kind: numeric, range: {min: 0, max: 120}, decimals: 0}\n"), "cohort.yaml")
	if err != nil {
		t.Fatal(err)
	}
	file, err := own.YAML()
	if err != nil {
		t.Fatal(err)
	}
	store := map[[32]byte][]byte{own.Hash(): file}
	cat := Catalog{Fetch: func(_ context.Context, h [32]byte) ([]byte, error) {
		if b, ok := store[h]; ok {
			return b, nil
		}
		return nil, errors.New("not stored")
	}}
	got, err := cat.Resolve(ctx, own.Ref())
	if err != nil || got.Hash() != own.Hash() || !got.Matches(own.Ref()) {
		t.Fatalf("resolve %s: %v", own.Ref(), err)
	}
	if s, err := cat.Resolve(ctx, "heart-disease"); err != nil || s.Hash() != HeartDisease.Hash() {
		t.Errorf("built-in by name: %v", err)
	}
	if _, err := cat.Resolve(ctx, "cohort"); !errors.Is(err, ErrUnknownSchema) {
		t.Errorf("a bare name that is not built in: %v", err)
	}
	// A planted file under the hash of another schema is refused.
	planted := HeartDisease
	store[planted.Hash()] = file
	if _, err := cat.Resolve(ctx, "cohort@"+strings.TrimPrefix(planted.Ref(), "heart-disease@")); !errors.Is(err, ErrRef) {
		t.Errorf("planted file: %v", err)
	}
	if _, err := (Catalog{}).Resolve(ctx, own.Ref()); !errors.Is(err, ErrUnknownSchema) {
		t.Errorf("no store: %v", err)
	}
}
