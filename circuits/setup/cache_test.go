package setup

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	kzgbn254 "github.com/consensys/gnark-crypto/ecc/bn254/kzg"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/scs"
)

// memBlobs is an in-memory Blobs.
type memBlobs struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (b *memBlobs) Get(_ context.Context, key string) ([]byte, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	v, ok := b.m[key]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, key)
	}
	return append([]byte(nil), v...), nil
}

func (b *memBlobs) Put(_ context.Context, key string, v []byte) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.m == nil {
		b.m = map[string][]byte{}
	}
	b.m[key] = append([]byte(nil), v...)
	return nil
}

// The first process sets the keys up and stores them by hash; the next
// loads the same keys; a stored key that no longer matches its hash is
// refused.
func TestCache(t *testing.T) {
	ctx := context.Background()
	srs, err := DevSRSFor(StatsNarrowTest)
	if err != nil {
		t.Fatal(err)
	}
	blobs := &memBlobs{}
	open := func() (*SRS, error) { return srs, nil }
	first := &Cache{Open: open, Blobs: blobs, Pins: BinaryPins}
	k1, err := first.Keys(ctx, StatsNarrowTest)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := first.Keys(ctx, StatsNarrowTest); again != k1 {
		t.Fatal("a second call set the keys up again")
	}
	var manifest string
	for key := range blobs.m {
		if strings.HasSuffix(key, "/keys.json") {
			manifest = key
		}
	}
	if len(blobs.m) != 3 || !strings.HasPrefix(manifest, "circuits/stats-narrow-test/") {
		t.Fatalf("stored %d objects, manifest %q; want proving key, verifying key and keys.json", len(blobs.m), manifest)
	}
	next := &Cache{Open: open, Blobs: blobs, Pins: BinaryPins}
	k2, err := next.Keys(ctx, StatsNarrowTest)
	if err != nil {
		t.Fatal(err)
	}
	s1, _ := VerifyingKeyHash(k1.VK)
	s2, _ := VerifyingKeyHash(k2.VK)
	if s1 != s2 {
		t.Fatal("loaded verifying key differs from the stored one")
	}
	for key, v := range blobs.m {
		if key != manifest {
			v[len(v)/2] ^= 1
			break
		}
	}
	if _, err := (&Cache{Open: open, Blobs: blobs, Pins: BinaryPins}).Keys(ctx, StatsNarrowTest); err == nil || !strings.Contains(err.Error(), "does not match its hash") {
		t.Fatalf("tampered key: err = %v", err)
	}
}

// acceptAll is a circuit any witness satisfies: the kind of verifying key
// an attacker who can write to the key store would plant.
type acceptAll struct {
	X frontend.Variable `gnark:",public"`
}

func (c *acceptAll) Define(api frontend.API) error {
	for range 8 {
		api.AssertIsEqual(api.Mul(api.Add(c.X, 1), 0), 0)
	}
	return nil
}

// plantKeys stores, under v's key directory for srs, the keys of the
// accept-all circuit with a manifest that lists them by their hashes.
func plantKeys(t *testing.T, blobs *memBlobs, v Version, srs *SRS) {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), scs.NewBuilder, &acceptAll{})
	if err != nil {
		t.Fatal(err)
	}
	k, err := SetupCCS(ccs, srs)
	if err != nil {
		t.Fatal(err)
	}
	k.Version = v
	c := &Cache{srs: srs, Blobs: blobs}
	if err := c.store(context.Background(), k, fmt.Sprintf("circuits/%s/%x/", v.ID, srs.Hash)); err != nil {
		t.Fatal(err)
	}
}

// Keys planted in the store by whoever can write there are refused: the
// cache only hands out the verifying key pinned for the circuit; without
// pins it hands out nothing, and keys it sets up itself must match the
// pin too.
func TestCacheRefusesPlantedKey(t *testing.T) {
	ctx := context.Background()
	srs, err := DevSRSFor(StatsNarrowTest)
	if err != nil {
		t.Fatal(err)
	}
	open := func() (*SRS, error) { return srs, nil }
	blobs := &memBlobs{}
	plantKeys(t, blobs, StatsNarrowTest, srs)
	c := &Cache{Open: open, Blobs: blobs, Pins: BinaryPins}
	k, err := c.Keys(ctx, StatsNarrowTest)
	if !errors.Is(err, ErrKeyNotPinned) {
		t.Fatalf("planted keys: got %v, err = %v; want ErrKeyNotPinned", k, err)
	}
	if !strings.Contains(err.Error(), "refusing the stored keys") {
		t.Errorf("planted keys: error %q does not say the stored keys are refused", err)
	}
	t.Log(err)

	// A planted verifying key listed under the pinned hash's name does
	// not hash to it.
	pin, err := BinaryPins.PinnedVerifyingKey(ctx, StatsNarrowTest.ID, srs.Hash)
	if err != nil {
		t.Fatal(err)
	}
	dir := fmt.Sprintf("circuits/%s/%x/", StatsNarrowTest.ID, srs.Hash)
	var m manifest
	if err := json.Unmarshal(blobs.m[dir+"keys.json"], &m); err != nil {
		t.Fatal(err)
	}
	blobs.m[dir+hex.EncodeToString(pin[:])] = blobs.m[dir+m.VerifyingSHA256]
	m.VerifyingSHA256 = hex.EncodeToString(pin[:])
	b, _ := json.Marshal(m)
	blobs.m[dir+"keys.json"] = b
	if _, err := (&Cache{Open: open, Blobs: blobs, Pins: BinaryPins}).Keys(ctx, StatsNarrowTest); err == nil {
		t.Fatal("a planted verifying key stored under the pinned name was handed out")
	}

	if _, err := (&Cache{Open: open, Blobs: &memBlobs{}}).Keys(ctx, StatsNarrowTest); !errors.Is(err, ErrKeyNotPinned) {
		t.Fatalf("no pins: err = %v, want ErrKeyNotPinned", err)
	}
	other := PinFunc(func(context.Context, string, [32]byte) ([32]byte, error) { return [32]byte{1}, nil })
	fresh := &memBlobs{}
	if _, err := (&Cache{Open: open, Blobs: fresh, Pins: other}).Keys(ctx, StatsNarrowTest); !errors.Is(err, ErrKeyNotPinned) {
		t.Fatalf("keys set up that are not the pinned ones: err = %v, want ErrKeyNotPinned", err)
	}
	if len(fresh.m) != 0 {
		t.Errorf("keys that are not the pinned ones were stored: %d objects", len(fresh.m))
	}
	if _, err := BinaryPins.PinnedVerifyingKey(ctx, StatsNarrowTest.ID, [32]byte{7}); !errors.Is(err, ErrKeyNotPinned) {
		t.Errorf("a ceremony SRS's pin from the binary: err = %v, want ErrKeyNotPinned", err)
	}
}

// The pins compiled into the binary are the verifying keys of the dev
// SRS: regenerate them with go tool task contracts when this fails. It
// sets up the test versions only: the full-size ones take minutes, and
// CI's go tool task contracts:check regenerates every pin with the
// verifiers and fails on any difference.
func TestDevPins(t *testing.T) {
	ctx := context.Background()
	if len(devVerifyingKeys) != len(Versions) {
		t.Errorf("%d pins for %d versions", len(devVerifyingKeys), len(Versions))
	}
	for _, v := range Versions {
		if !v.Test {
			continue
		}
		t.Run(v.ID, func(t *testing.T) {
			srs, err := DevSRSFor(v)
			if err != nil {
				t.Fatal(err)
			}
			k, err := NewKeys(v, srs)
			if err != nil {
				t.Fatal(err)
			}
			pin, err := BinaryPins.PinnedVerifyingKey(ctx, v.ID, srs.Hash)
			if err != nil {
				t.Fatal(err)
			}
			if err := checkPinned(k, pin); err != nil {
				t.Fatalf("stale pins (go tool task contracts regenerates them): %v", err)
			}
			vk, err := SolidityVK(k.VK)
			if err != nil {
				t.Fatal(err)
			}
			if got, ok := DevSolidityVK(v.ID); !ok || !bytes.Equal(got, vk) {
				t.Fatalf("stale verifier encoding of the pinned key (go tool task contracts regenerates it)")
			}
			// The verifier contract exported from this key is the committed one.
			if !exportsCommittedVerifier(t, k) {
				t.Fatalf("the verifier exported from %s's key differs from the committed %s.sol", v.ID, VerifierContract)
			}
		})
	}
}

// TestSolidityVKRefusesOtherKeys: the verifier contract takes keys with
// exactly one commitment; a key without one (the accept-all circuit) is
// refused before it could be registered, and so is its contract.
func TestSolidityVKRefusesOtherKeys(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), scs.NewBuilder, &acceptAll{})
	if err != nil {
		t.Fatal(err)
	}
	srs, err := devSRS(64)
	if err != nil {
		t.Fatal(err)
	}
	k, err := SetupCCS(ccs, srs)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := SolidityVK(k.VK); !errors.Is(err, ErrUnsupportedKey) {
		t.Fatalf("SolidityVK of a key without a commitment: %v", err)
	}
	if _, err := UniversalSolidity(k); !errors.Is(err, ErrUnsupportedKey) {
		t.Fatalf("UniversalSolidity of a key without a commitment: %v", err)
	}
}

// TestUniversalSolidityUnderAnotherSRS: the verifier exported from a key
// made with another SRS (another secret) is the committed one too, so no
// value of the SRS is left compiled in; the keys differ, [τ]₂ among them.
func TestUniversalSolidityUnderAnotherSRS(t *testing.T) {
	n, err := StatsNarrowTest.SRSSize()
	if err != nil {
		t.Fatal(err)
	}
	k, err := kzgbn254.NewSRS(uint64(n), big.NewInt(987654321))
	if err != nil {
		t.Fatal(err)
	}
	srs, err := newSRS(k)
	if err != nil {
		t.Fatal(err)
	}
	keys, err := NewKeys(StatsNarrowTest, srs)
	if err != nil {
		t.Fatal(err)
	}
	if !exportsCommittedVerifier(t, keys) {
		t.Fatal("the verifier exported under another SRS differs from the committed one")
	}
	vk, err := SolidityVK(keys.VK)
	if err != nil {
		t.Fatal(err)
	}
	dev, _ := DevSolidityVK(StatsNarrowTest.ID)
	if bytes.Equal(vk[len(vk)-128:], dev[len(dev)-128:]) {
		t.Fatal("two SRSs give the same [τ]₂ words")
	}
}

// exportsCommittedVerifier reports whether the verifier exported from k's
// key is contracts/src/verifier/PlonkVerifier.sol as committed.
func exportsCommittedVerifier(t *testing.T, k *Keys) bool {
	t.Helper()
	src, err := UniversalSolidity(k)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join("..", "..", "contracts", "src", "verifier", VerifierContract+".sol"))
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Equal(src, committed)
}
