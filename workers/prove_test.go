package workers

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/kzg"
	"github.com/rs/zerolog"

	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/chain/chaintest"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/devchain"
)

// memBlobs is an in-memory key store.
type memBlobs struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (b *memBlobs) Get(_ context.Context, key string) ([]byte, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	v, ok := b.m[key]
	if !ok {
		return nil, fmt.Errorf("%w: %s", setup.ErrNotFound, key)
	}
	return v, nil
}

func (b *memBlobs) Put(_ context.Context, key string, v []byte) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.m == nil {
		b.m = map[string][]byte{}
	}
	b.m[key] = v
	return nil
}

// ceremonySRS writes an SRS with a random secret, big enough for v, to a
// file, as a ceremony would, and returns its path and the SRS.
func ceremonySRS(t *testing.T, v setup.Version) (string, *setup.SRS) {
	t.Helper()
	n, err := v.SRSSize()
	if err != nil {
		t.Fatal(err)
	}
	tau, err := rand.Int(rand.Reader, fr.Modulus())
	if err != nil {
		t.Fatal(err)
	}
	k, err := kzg.NewSRS(uint64(n), tau)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "ceremony.srs")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := k.WriteTo(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	srs, err := setup.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, srs
}

// registerNarrow registers the narrow test circuit (which Deploy does not
// register: it registers the full-size versions) in d's verifier registry
// with verifying key hash pin and the key vk in the verifier's encoding
// (nil: the dev SRS's narrow key), from the network's owner.
func registerNarrow(ctx context.Context, t *testing.T, c *chain.Client, d chain.Deployment, pin [32]byte, vk []byte) {
	t.Helper()
	owner := chain.NewSigner(devchain.Key(0))
	if vk == nil {
		var ok bool
		if vk, ok = setup.DevSolidityVK(setup.StatsNarrowTest.ID); !ok {
			t.Fatal("no dev key of the narrow circuit")
		}
	}
	if err := chain.NewCircuits(c, d.VerifierRegistry).Register(ctx, owner, setup.StatsNarrowTest.ID, d.Verifier, vk, pin); err != nil {
		t.Fatal(err)
	}
}

// TestKeyCachePinsTheRegistrysKeys: with a chain, the key cache pins each
// circuit's verifying key to the hash the escrow's verifier registry holds
// for it, whatever the SRS, and refuses any other key, here keys planted
// in the key store that the binary would pin under the dev SRS. Under the
// dev SRS a registry entry that is not the binary's dev key is refused; an
// unregistered circuit has no pin; a registry that cannot be read is a
// failure to retry, not a missing pin. Without a chain the binary pins.
func TestKeyCachePinsTheRegistrysKeys(t *testing.T) {
	ctx, c, d := chaintest.Deployed(t)
	escrow := chain.NewEscrow(c, d.TaskEscrow)
	v := setup.StatsNarrowTest
	registered := sha256.Sum256([]byte("the verifying key the network's owner registered"))
	registerNarrow(ctx, t, c, d, registered, nil)
	path, srs := ceremonySRS(t, v)
	lg := zerolog.Nop()

	// A ceremony SRS, which the binary pins nothing for, is pinned by the
	// registry.
	kc := KeyCache(path, store.Objects{}, escrow, lg)
	if got, err := kc.Pins.PinnedVerifyingKey(ctx, v.ID, srs.Hash); err != nil || got != registered {
		t.Errorf("ceremony SRS: pin %x, %v; want the registered %x", got, err, registered)
	}

	// Keys planted in the key store under the ceremony SRS's directory are
	// refused: they are the dev SRS's, which the binary pins, but not the
	// registered ones.
	dev, err := setup.DevSRSFor(v)
	if err != nil {
		t.Fatal(err)
	}
	stored := &memBlobs{}
	if _, err := (&setup.Cache{Open: func() (*setup.SRS, error) { return dev, nil }, Blobs: stored, Pins: setup.BinaryPins}).Keys(ctx, v); err != nil {
		t.Fatal(err)
	}
	planted := &memBlobs{m: map[string][]byte{}}
	from, to := fmt.Sprintf("circuits/%s/%x/", v.ID, dev.Hash), fmt.Sprintf("circuits/%s/%x/", v.ID, srs.Hash)
	for key, b := range stored.m {
		planted.m[to+strings.TrimPrefix(key, from)] = b
	}
	kc.Blobs = planted
	_, err = kc.Keys(ctx, v)
	if !errors.Is(err, setup.ErrKeyNotPinned) || !strings.Contains(err.Error(), "refusing the stored keys") {
		t.Errorf("planted keys: err = %v, want ErrKeyNotPinned refusing the stored keys", err)
	}
	t.Log(err)

	// Under the dev SRS, the registry and the binary must agree.
	pins := KeyCache(setup.DevName, store.Objects{}, escrow, lg).Pins
	devPin, _ := setup.DevPin(v.ID)
	_, err = pins.PinnedVerifyingKey(ctx, v.ID, dev.Hash)
	if !errors.Is(err, setup.ErrKeyNotPinned) || !strings.Contains(err.Error(), hex.EncodeToString(registered[:])) || !strings.Contains(err.Error(), hex.EncodeToString(devPin[:])) {
		t.Errorf("dev SRS, registry entry not the binary's: err = %v, want ErrKeyNotPinned naming %x and %x", err, registered, devPin)
	}
	t.Log(err)
	full := setup.StatsHeartDisease.ID
	want, _ := setup.DevPin(full)
	if got, err := pins.PinnedVerifyingKey(ctx, full, dev.Hash); err != nil || got != want {
		t.Errorf("dev SRS, %s registered with its dev key: pin %x, %v; want %x", full, got, err, want)
	}
	// A pin, once read, is kept: the registry never changes an entry.
	gone, cancel := context.WithCancel(ctx)
	cancel()
	if got, err := pins.PinnedVerifyingKey(gone, full, dev.Hash); err != nil || got != want {
		t.Errorf("cached pin of %s: %x, %v; want %x", full, got, err, want)
	}

	// A registry that cannot be read is no verdict on the key.
	_, err = pins.PinnedVerifyingKey(gone, setup.HLRHeartDisease.ID, dev.Hash)
	if err == nil || errors.Is(err, setup.ErrKeyNotPinned) {
		t.Errorf("registry read failed: err = %v, want a retryable error, not ErrKeyNotPinned", err)
	}
	want, _ = setup.DevPin(setup.HLRHeartDisease.ID)
	if got, err := pins.PinnedVerifyingKey(ctx, setup.HLRHeartDisease.ID, dev.Hash); err != nil || got != want {
		t.Errorf("%s once the registry reads: pin %x, %v; want %x", setup.HLRHeartDisease.ID, got, err, want)
	}

	// An unregistered circuit has no pin, even one the binary pins.
	_, err = pins.PinnedVerifyingKey(ctx, setup.HLRHeartDiseaseTest.ID, dev.Hash)
	if !errors.Is(err, setup.ErrKeyNotPinned) || !strings.Contains(err.Error(), "not registered") {
		t.Errorf("unregistered circuit: err = %v, want ErrKeyNotPinned saying it is not registered", err)
	}
	t.Log(err)

	// Without a chain the binary pins: a ceremony SRS has none.
	if _, err := KeyCache(path, store.Objects{}, nil, lg).Pins.PinnedVerifyingKey(ctx, v.ID, srs.Hash); !errors.Is(err, setup.ErrKeyNotPinned) {
		t.Errorf("no chain, ceremony SRS: err = %v, want ErrKeyNotPinned", err)
	}
}

// TestKeyCacheProvesWithCeremonyKeys: a network on a ceremony SRS whose
// owner registered the key of that SRS's setup gets that key from the key
// cache, set up once and then loaded from the key store, and refuses the
// keys of another SRS.
func TestKeyCacheProvesWithCeremonyKeys(t *testing.T) {
	if raceEnabled {
		t.Skip("sets up ceremony keys, minutes under the race detector: run go test ./workers without -race")
	}
	ctx, c, d := chaintest.Deployed(t)
	escrow := chain.NewEscrow(c, d.TaskEscrow)
	v := setup.StatsNarrowTest
	path, srs := ceremonySRS(t, v)
	keys, err := setup.NewKeys(v, srs)
	if err != nil {
		t.Fatal(err)
	}
	pin, err := setup.VerifyingKeyHash(keys.VK)
	if err != nil {
		t.Fatal(err)
	}
	sol, err := setup.SolidityVK(keys.VK)
	if err != nil {
		t.Fatal(err)
	}
	registerNarrow(ctx, t, c, d, pin, sol)
	lg := zerolog.Nop()

	blobs := &memBlobs{}
	for i, what := range []string{"set up", "loaded from the key store"} {
		kc := KeyCache(path, store.Objects{}, escrow, lg)
		kc.Blobs = blobs
		k, err := kc.Keys(ctx, v)
		if err != nil {
			t.Fatalf("ceremony keys %s: %v", what, err)
		}
		if h, _ := setup.VerifyingKeyHash(k.VK); h != pin {
			t.Errorf("ceremony keys %s: verifying key %x, registered %x", what, h, pin)
		}
		if i == 0 && len(blobs.m) == 0 {
			t.Error("the registered keys were not stored")
		}
	}

	// The dev SRS's keys of the circuit are not the registered ones.
	kc := KeyCache(setup.DevName, store.Objects{}, escrow, lg)
	kc.Blobs = &memBlobs{}
	if _, err := kc.Keys(ctx, v); !errors.Is(err, setup.ErrKeyNotPinned) {
		t.Errorf("dev SRS, ceremony key registered: err = %v, want ErrKeyNotPinned", err)
	}
}

// TestKeyCacheChecksTheRegisteredKey: the verifier registry holds two
// encodings of a circuit's key, the hash workers pin and the key the chain
// verifies with. An entry whose two disagree (here the narrow circuit's
// dev key hash with another circuit's key) would have the coordinator
// accept proofs the chain rejects, and the chain accept proofs made for
// the other key: the key cache refuses the circuit.
func TestKeyCacheChecksTheRegisteredKey(t *testing.T) {
	if raceEnabled {
		t.Skip("sets up keys, minutes under the race detector: go tool task test:unit runs it without -race")
	}
	ctx, c, d := chaintest.Deployed(t)
	escrow := chain.NewEscrow(c, d.TaskEscrow)
	v := setup.StatsNarrowTest
	pin, _ := setup.DevPin(v.ID)
	other, _ := setup.DevSolidityVK(setup.HLRHeartDiseaseTest.ID)
	registerNarrow(ctx, t, c, d, pin, other)
	kc := KeyCache(setup.DevName, store.Objects{}, escrow, zerolog.Nop())
	kc.Blobs = &memBlobs{}
	_, err := kc.Keys(ctx, v)
	if !errors.Is(err, setup.ErrKeyNotPinned) || !strings.Contains(err.Error(), "verifies with") {
		t.Fatalf("registry entry with another circuit's key: err = %v, want ErrKeyNotPinned", err)
	}
	t.Log(err)
}

// TestRegisterCircuit: a circuit derived from a schema is set up once,
// registered from the registry's owner and stored; a worker's key cache
// then loads those keys (pinned by the registry, the key checked against
// the one the chain verifies with) without setting the circuit up again,
// and a second registration sends nothing. Another account cannot
// register.
func TestRegisterCircuit(t *testing.T) {
	if raceEnabled {
		t.Skip("sets up keys, minutes under the race detector: go tool task test:unit runs it without -race")
	}
	ctx, c, d := chaintest.Deployed(t)
	escrow := chain.NewEscrow(c, d.TaskEscrow)
	v, err := setup.StatsFor(setup.NarrowSchema, 3)
	if err != nil {
		t.Fatal(err)
	}
	srs, err := setup.DevSRSFor(v)
	if err != nil {
		t.Fatal(err)
	}
	blobs := &memBlobs{}
	stored := KeyCache(setup.DevName, store.Objects{}, nil, zerolog.Nop())
	stored.Blobs = blobs
	owner := chain.NewSigner(devchain.Key(0))
	if _, err := RegisterCircuit(ctx, escrow, chain.NewSigner(devchain.Key(1)), d.Verifier, v, srs, nil); !strings.Contains(fmt.Sprint(err), "OwnableUnauthorizedAccount") {
		t.Fatalf("registered by another account: %v", err)
	}
	k, err := RegisterCircuit(ctx, escrow, owner, d.Verifier, v, srs, stored)
	if err != nil {
		t.Fatal(err)
	}
	if len(blobs.m) != 3 {
		t.Fatalf("stored %d objects, want the two keys and their manifest", len(blobs.m))
	}
	kc := KeyCache(setup.DevName, store.Objects{}, escrow, zerolog.Nop())
	kc.Blobs = blobs
	got, err := kc.Keys(ctx, v)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := setup.VerifyingKeyHash(k.VK)
	if h, _ := setup.VerifyingKeyHash(got.VK); h != want {
		t.Fatalf("loaded key %x, registered %x", h, want)
	}
	if _, err := RegisterCircuit(ctx, escrow, owner, d.Verifier, v, srs, nil); err != nil {
		t.Fatalf("registering again: %v", err)
	}
}
