package compute

import (
	"errors"
	"os"
	"testing"

	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/workflows"
)

func TestStoreRoundTrip(t *testing.T) {
	s := &Store{Dir: t.TempDir()}
	v := field.Vector{field.FromInt64(303), field.FromInt64(-5)}
	c1, err := s.Save("task-x", 1, "", v)
	if err != nil {
		t.Fatal(err)
	}
	got, c2, err := s.Load("task-x", 1, "")
	if err != nil {
		t.Fatal(err)
	}
	if !got.Equal(v) || c1 != c2 {
		t.Fatalf("loaded %v %s, want %v %s", got, c2, v, c1)
	}
	p, err := s.path("task-x", 1, "")
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(p)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("contribution file mode %v, %v; want 0600", st.Mode(), err)
	}
	// A fresh salt: the same contribution saved again commits differently,
	// so a commitment does not let anyone test guesses of a small value.
	c3, err := s.Save("task-x", 1, "", v)
	if err != nil || c3 == c1 {
		t.Fatalf("commitments %s and %s: want different salts", c1, c3)
	}
	if _, _, err := s.Load("task-x", 2, ""); !errors.Is(err, ErrNoContribution) {
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

// A task ID that is not a valid ID (such as one with a NUL or a slash,
// which could make two records share a file) and an unknown slot are
// refused; terms and admissions once saved are not changed.
func TestStoreRefusesAmbiguousNames(t *testing.T) {
	s := &Store{Dir: t.TempDir()}
	v := field.Vector{field.New(1)}
	if _, err := s.Save("sched-nightly-2026-12-07T22:00:00Z", 1, "", v); err != nil {
		t.Errorf("a schedule run's task ID: %v", err)
	}
	for _, id := range []string{"A\x005\x00x", "task/../x", ""} {
		if _, err := s.Save(id, 1, "", v); err == nil {
			t.Errorf("task ID %q accepted", id)
		}
	}
	if _, err := s.Save("t", 1, "x\x001", v); err == nil {
		t.Error("an unknown slot accepted")
	}
	if err := s.SaveTerms("t", 1, Terms{Columns: []string{"age"}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveTerms("t", 1, Terms{Columns: []string{"age"}}); err != nil {
		t.Fatalf("the same terms again: %v", err)
	}
	if err := s.SaveTerms("t", 1, Terms{Columns: []string{"age"}, DP: &workflows.DP{Epsilon: 1}}); err == nil {
		t.Fatal("other terms overwrote the saved ones")
	}
	if err := s.SaveAdmission("t", Admission{Type: "statistics", Columns: []string{"age"}, DP: &workflows.DP{Epsilon: 1}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveAdmission("t", Admission{Type: "statistics", Columns: []string{"age"}}); err == nil {
		t.Fatal("an admission without DP replaced one with")
	}
	if a, err := s.LoadAdmission("t"); err != nil || a.DP == nil {
		t.Fatalf("admission %+v, %v", a, err)
	}
	if _, err := s.LoadAdmission("u"); !errors.Is(err, ErrNoContribution) {
		t.Fatalf("a task never admitted: %v", err)
	}
}

// A DP training round is released once: again under the same key (a
// retry over the same data) is fine, under another key refused.
func TestSaveReleaseOnce(t *testing.T) {
	s := &Store{Dir: t.TempDir()}
	if err := s.SaveRelease("t", 1, "t/round-1/aa"); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveRelease("t", 1, "t/round-1/aa"); err != nil {
		t.Fatalf("the same release again: %v", err)
	}
	if err := s.SaveRelease("t", 1, "t/round-1/bb"); err == nil {
		t.Fatal("a second release of round 1 accepted")
	}
	if err := s.SaveRelease("t", 2, "t/round-2/bb"); err != nil {
		t.Fatalf("round 2: %v", err)
	}
}
