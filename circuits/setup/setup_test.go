package setup

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/twopm/twopm/circuits/contribution"
	"github.com/twopm/twopm/dataset"
)

func TestVersions(t *testing.T) {
	for _, v := range Versions {
		got, err := Lookup(v.ID)
		if err != nil || got.ID != v.ID {
			t.Fatalf("Lookup(%q) = %v, %v", v.ID, got.ID, err)
		}
		n, err := v.SRSSize()
		if err != nil {
			t.Fatal(err)
		}
		if n > DevSRSSize {
			t.Errorf("%s needs %d SRS points, the dev SRS has %d", v.ID, n, DevSRSSize)
		}
	}
	if _, err := Lookup("stats-nothing-v9"); !errors.Is(err, ErrUnknownVersion) {
		t.Fatalf("unknown version: err = %v", err)
	}
	if v, ok := ForStats("heart-disease", nil); !ok || v.ID != StatsHeartDisease.ID {
		t.Errorf("ForStats(heart-disease, all) = %v, %v", v.ID, ok)
	}
	if _, ok := ForStats("heart-disease", []string{"age"}); ok {
		t.Error("ForStats(heart-disease, [age]) found a version for a column subset")
	}
	if _, ok := ForStats("breast-cancer", nil); ok {
		t.Error("ForStats(breast-cancer) found a version")
	}
	hd := dataset.HeartDisease
	if v := HLRHeartDisease; !v.Training() || !v.CoversTraining("hlr", "heart-disease", *hd.Label, hd.Features("")) {
		t.Errorf("%s does not cover hlr on heart-disease", v.ID)
	}
	for _, tt := range []struct{ kind, schema string }{{"lr", "heart-disease"}, {"hlr", "breast-cancer"}} {
		if HLRHeartDisease.CoversTraining(tt.kind, tt.schema, *hd.Label, nil) {
			t.Errorf("%s covers %s on %s", HLRHeartDisease.ID, tt.kind, tt.schema)
		}
	}
}

// The narrow version's proofs verify with the Solidity options, and its
// verifier is a generated, renamed contract that says it comes from the
// dev SRS. (That two setups give the same verifier, CI checks through go
// tool task contracts:check.)
func TestDevKeys(t *testing.T) {
	n, err := StatsNarrowTest.SRSSize()
	if err != nil {
		t.Fatal(err)
	}
	// More points than needed must not change the keys' SRS.
	a, err := devSRS(uint64(2 * n))
	if err != nil {
		t.Fatal(err)
	}
	if !a.Dev {
		t.Fatal("the dev SRS is not marked dev")
	}
	if b, err := devSRS(uint64(n)); err != nil || b.Hash != a.Hash {
		t.Fatalf("dev SRSs of two sizes have different hashes (%v)", err)
	}
	k, err := NewKeys(StatsNarrowTest, a)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := dataset.Read(strings.NewReader("1.5,1,-2\n?,0,3\n"), "narrow", NarrowSchema)
	if err != nil {
		t.Fatal(err)
	}
	binding := contribution.NewBinding(contribution.Binding{ChainID: 1337, TaskKey: [32]byte{9}, Round: 1, Attempt: 1})
	full, public, _, err := contribution.Witness(tab, binding, big.NewInt(12345), StatsNarrowTest.Shape)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := contribution.Prove(k.CCS, k.PK, full, ProverOptions()...)
	if err != nil {
		t.Fatal(err)
	}
	if err := contribution.Verify(proof, k.VK, public, VerifierOptions()...); err != nil {
		t.Fatalf("an honest proof does not verify: %v", err)
	}
	small, err := devSRS(100)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewKeys(StatsNarrowTest, small); !errors.Is(err, ErrSRS) {
		t.Fatalf("SRS of 100 points: err = %v, want ErrSRS", err)
	}
}

// The dev SRS's shortcut to the Lagrange form, through its known τ, gives
// the points of the FFT any ceremony SRS goes through.
func TestLagrangeShortcut(t *testing.T) {
	s, err := devSRS(64)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.lagrange(32)
	if err != nil {
		t.Fatal(err)
	}
	ceremony := &SRS{kzg: s.kzg}
	want, err := ceremony.lagrange(32)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if !got[i].Equal(&want[i]) {
			t.Fatalf("point %d differs", i)
		}
	}
}
