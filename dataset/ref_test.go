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
	if _, err := cat.Resolve(ctx, "cohort@"+strings.TrimPrefix(planted.Ref(), "heart-disease@")); !errors.Is(err, ErrStoredSchema) {
		t.Errorf("planted file: %v", err)
	}
	if _, err := (Catalog{}).Resolve(ctx, own.Ref()); !errors.Is(err, ErrUnknownSchema) {
		t.Errorf("no store: %v", err)
	}
}

// TestSchemaLabel reads a label a schema file declares, writes it back with
// the same hash, sees a change of it in the hash, and refuses a label the
// table cannot have.
func TestSchemaLabel(t *testing.T) {
	const file = "name: s\nversion: '1'\nlabel: {column: y, positive: [yes]}\ncolumns:\n  - {name: x, kind: numeric}\n  - {name: y, kind: categorical, levels: [no, yes, maybe]}\n"
	s, err := Parse([]byte(file), "s.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if s.Label == nil || s.Label.Column != "y" || len(s.Label.Positive) != 1 {
		t.Fatalf("label %+v", s.Label)
	}
	b, err := s.YAML()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(b, "back.yaml")
	if err != nil || back.Hash() != s.Hash() {
		t.Fatalf("written back: %v, hash changed %v\n%s", err, back.Hash() != s.Hash(), b)
	}
	for what, edit := range map[string][2]string{
		"positive level": {"positive: [yes]", "positive: [maybe]"},
		"no label":       {"label: {column: y, positive: [yes]}\n", ""},
		"more positives": {"positive: [yes]", "positive: [yes, maybe]"},
	} {
		other, err := Parse([]byte(strings.Replace(file, edit[0], edit[1], 1)), "o.yaml")
		if err != nil || other.Hash() == s.Hash() {
			t.Errorf("%s: %v, same hash %v", what, err, err == nil && other.Hash() == s.Hash())
		}
	}
	for what, edit := range map[string][2]string{
		"unknown column":    {"column: y,", "column: z,"},
		"numeric column":    {"column: y,", "column: x,"},
		"unknown level":     {"positive: [yes]", "positive: [perhaps]"},
		"no positive":       {"{column: y, positive: [yes]}", "{column: y}"},
		"unknown label key": {"positive: [yes]", "positive: [yes], weight: 2"},
	} {
		_, err := Parse([]byte(strings.Replace(file, edit[0], edit[1], 1)), "bad.yaml")
		if !errors.Is(err, ErrSchema) || !strings.Contains(err.Error(), "bad.yaml:3: label") {
			t.Errorf("%s: %v, want a problem at bad.yaml:3 label", what, err)
		}
	}
	if HeartDisease.Label == nil || HeartDiseaseLabel.Column != "num" || BreastCancerLabel.Column != "diagnosis" {
		t.Error("the built-in schemas' files declare no label")
	}
}

// TestYAMLQuotesMergeKey writes a level "<<" so that it reads back.
func TestYAMLQuotesMergeKey(t *testing.T) {
	s, err := Parse([]byte("name: s\nversion: '1'\ncolumns:\n  - {name: c, kind: categorical, levels: [\"<<\", b]}\n"), "s.yaml")
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.YAML()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(b, "back.yaml")
	if err != nil || back.Hash() != s.Hash() {
		t.Fatalf("read back: %v\n%s", err, b)
	}
}
