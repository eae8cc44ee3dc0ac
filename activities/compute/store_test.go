package compute

import (
	"errors"
	"os"
	"testing"

	"github.com/twopm/twopm/mpc/field"
)

func TestStoreRoundTrip(t *testing.T) {
	s := &Store{Dir: t.TempDir()}
	v := field.Vector{field.FromInt64(303), field.FromInt64(-5)}
	c1, err := s.Save("task/../x", 1, "", v)
	if err != nil {
		t.Fatal(err)
	}
	got, c2, err := s.Load("task/../x", 1, "")
	if err != nil {
		t.Fatal(err)
	}
	if !got.Equal(v) || c1 != c2 {
		t.Fatalf("loaded %v %s, want %v %s", got, c2, v, c1)
	}
	st, err := os.Stat(s.path("task/../x", 1, ""))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("contribution file mode %v, %v; want 0600", st.Mode(), err)
	}
	// A fresh salt: the same contribution saved again commits differently,
	// so a commitment does not let anyone test guesses of a small value.
	c3, err := s.Save("task/../x", 1, "", v)
	if err != nil || c3 == c1 {
		t.Fatalf("commitments %s and %s: want different salts", c1, c3)
	}
	if _, _, err := s.Load("task/../x", 2, ""); !errors.Is(err, ErrNoContribution) {
		t.Fatalf("Load of a missing round: %v, want ErrNoContribution", err)
	}
}

func TestStoreSlotsAreSeparate(t *testing.T) {
	s := &Store{Dir: t.TempDir()}
	if _, err := s.Save("t", 1, "train", field.Vector{field.New(1)}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save("t", 1, "eval", field.Vector{field.New(2)}); err != nil {
		t.Fatal(err)
	}
	tr, _, err := s.Load("t", 1, "train")
	if err != nil || !tr.Equal(field.Vector{field.New(1)}) {
		t.Fatalf("train slot %v %v", tr, err)
	}
	if _, _, err := s.Load("t", 1, ""); !errors.Is(err, ErrNoContribution) {
		t.Fatalf("stats slot: %v", err)
	}
}

func TestViewSetPart(t *testing.T) {
	var v View
	if err := v.SetPart("2/3"); err != nil || v.Part != 2 || v.Parts != 3 {
		t.Fatalf("2/3: %+v, %v", v, err)
	}
	for _, bad := range []string{"0/3", "4/3", "3", "a/b", "1/0"} {
		if err := (&View{}).SetPart(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
