package chain

import (
	"bytes"
	"crypto/sha256"
	"testing"

	"github.com/twopm/twopm/circuits/setup"
)

// TestDevVKHash: the committed hash of a circuit's verifying key is the
// SHA-256 of the key the dev SRS gives it (checked on the small test
// circuit; the contracts task regenerates them all), and every version
// has one.
func TestDevVKHash(t *testing.T) {
	v := setup.StatsNarrowTest
	srs, err := setup.DevSRSFor(v)
	if err != nil {
		t.Fatal(err)
	}
	k, err := setup.NewKeys(v, srs)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := k.VK.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if got, ok := DevVKHash(v.ID); !ok || got != sha256.Sum256(b.Bytes()) {
		t.Fatalf("DevVKHash(%s) = %x, %v; want %x: run go tool task contracts", v.ID, got, ok, sha256.Sum256(b.Bytes()))
	}
	for _, v := range setup.Versions {
		if _, ok := DevVKHash(v.ID); !ok {
			t.Errorf("no dev verifying key hash for %s", v.ID)
		}
	}
	if _, ok := DevVKHash("no-such-circuit"); ok {
		t.Error("a hash for an unknown circuit")
	}
}
