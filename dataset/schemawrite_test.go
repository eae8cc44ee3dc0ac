package dataset

import "testing"

func TestYAMLRoundTrip(t *testing.T) {
	for _, in := range []string{exampleSchema, exampleReformatted} {
		s, err := Parse([]byte(in), "a.yaml")
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.YAML()
		if err != nil {
			t.Fatal(err)
		}
		again, err := Parse(b, "again.yaml")
		if err != nil {
			t.Fatalf("%s\n%v", b, err)
		}
		if again.Hash() != s.Hash() {
			t.Fatalf("written as\n%s\nit hashes differently", b)
		}
	}
	for _, s := range []Schema{HeartDisease, BreastCancer} {
		b, err := s.YAML()
		if err != nil {
			t.Fatal(err)
		}
		again, err := Parse(b, "again.yaml")
		if err != nil || again.Ref() != s.Ref() {
			t.Fatalf("%s: written back it reads as %v, %v", s.ID, again.Ref(), err)
		}
	}
	narrow := Schema{ID: "narrow", Version: "1", Columns: []Column{{Name: "x", Range: &Range{Min: -3, Max: 9, Step: 3}}}}
	b, err := narrow.YAML()
	if err != nil {
		t.Fatal(err)
	}
	again, err := Parse(b, "again.yaml")
	if err != nil || again.Hash() != narrow.Hash() {
		t.Fatalf("written as\n%s\nit reads back as %v", b, err)
	}
	t.Logf("%s", b)
}
