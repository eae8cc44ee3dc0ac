package workers

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/consensys/gnark/backend/plonk"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/contracts/revert"
)

// KeyCache returns the key cache of an SRS setting, keys kept in objects:
// "dev" for the dev SRS, which it announces loudly, or a ceremony SRS file.
// Empty returns nil: no proofs.
//
// The bucket is writable by every node, so a key found there is used only
// if it is the pinned one. With escrow (a worker with a chain), each
// circuit's verifying key is pinned to the hash the escrow's verifier
// registry holds for it (RegistryPins), whatever the SRS; without, to the
// binary's pins (setup.BinaryPins), which cover the dev SRS only.
func KeyCache(srs string, objects store.Objects, escrow *chain.Escrow, lg zerolog.Logger) *setup.Cache {
	if srs == "" {
		return nil
	}
	open := func() (*setup.SRS, error) {
		if srs == setup.DevName {
			lg.Warn().Msg("INSECURE: proving with the dev SRS, whose secret is public: proofs prove nothing outside a dev network")
		}
		s, err := setup.Open(srs)
		if err == nil && !s.Dev {
			lg.Info().Str("srs", srs).Hex("sha256", s.Hash[:]).Msg("ceremony SRS loaded")
		}
		return s, err
	}
	pins := setup.BinaryPins
	if escrow != nil {
		pins = &RegistryPins{Escrow: escrow}
	}
	return &setup.Cache{Open: open, Blobs: keyBlobs{objects}, Pins: pins}
}

// RegistryPins pins each circuit's verifying key to the hash the network's
// owner registered it with in the verifier registry of Escrow
// (chain.Circuits.VKHash): the hash the escrow's verifier was registered
// with, which no node can change. A registry entry is written once (a new
// key is a new circuit version), so a pin read is kept for the life of
// the process. Where the binary pins the circuit too (the dev SRS), the
// two must agree: a registry entry that is not the binary's dev key under
// the dev SRS is a misconfiguration, and no key is pinned. A registry that
// cannot be read fails with a plain error, not ErrKeyNotPinned, and
// nothing is kept, so a retry reads it again; an unregistered circuit
// fails with ErrKeyNotPinned. Safe for concurrent use.
type RegistryPins struct {
	Escrow *chain.Escrow

	mu       sync.Mutex
	circuits *chain.Circuits // the escrow's registry, immutable in the escrow
	pins     map[string][32]byte
}

// PinnedVerifyingKey returns circuit's registered verifying key hash.
func (p *RegistryPins) PinnedVerifyingKey(ctx context.Context, circuit string, srs [32]byte) ([32]byte, error) {
	pin, err := p.registered(ctx, circuit)
	if err != nil {
		return pin, err
	}
	if bin, err := setup.BinaryPins.PinnedVerifyingKey(ctx, circuit, srs); err == nil && bin != pin {
		return [32]byte{}, fmt.Errorf("%w: circuit %s: the verifier registry pins verifying key %x, but this binary pins %x under the same SRS (sha256:%x): "+
			"the registry's entry is not the binary's key, a misconfigured network (register the verifier and key hash of this SRS's setup)",
			setup.ErrKeyNotPinned, circuit, pin, bin, srs)
	}
	return pin, nil
}

// CheckKey checks that vk, the key pinned for circuit, is the key the
// registry hands the verifier contract for it (chain.Circuits.VK): a
// registry entry whose key and hash disagree is refused with
// setup.ErrKeyNotPinned, since the chain would pay for proofs the
// coordinator rejects and reject those it accepts. A registry that cannot
// be read fails with a plain error.
func (p *RegistryPins) CheckKey(ctx context.Context, circuit string, vk plonk.VerifyingKey) error {
	want, err := setup.SolidityVK(vk)
	if err != nil {
		return fmt.Errorf("%w: circuit %s: %w", setup.ErrKeyNotPinned, circuit, err)
	}
	p.mu.Lock()
	circuits := p.circuits // set by the PinnedVerifyingKey that pinned vk
	p.mu.Unlock()
	if circuits == nil {
		return fmt.Errorf("key pins: circuit %s: no verifier registry read", circuit)
	}
	got, err := circuits.VK(ctx, circuit)
	if err != nil {
		return fmt.Errorf("key pins: read the verifying key of circuit %s from the verifier registry: %w", circuit, err)
	}
	if !bytes.Equal(got, want) {
		return fmt.Errorf("%w: circuit %s: the verifier registry pins this key's hash but verifies with another key on chain: a misregistered circuit (register both from one key, twopm chain deploy --circuit or circuits register)",
			setup.ErrKeyNotPinned, circuit)
	}
	return nil
}

// registered reads circuit's hash from the registry, once.
func (p *RegistryPins) registered(ctx context.Context, circuit string) ([32]byte, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if pin, ok := p.pins[circuit]; ok {
		return pin, nil
	}
	if p.circuits == nil {
		c, err := p.Escrow.Circuits(ctx)
		if err != nil {
			return [32]byte{}, fmt.Errorf("key pins: read the escrow's verifier registry: %w", err)
		}
		p.circuits = c
	}
	pin, err := p.circuits.VKHash(ctx, circuit)
	var rerr *revert.Error
	switch {
	case errors.As(err, &rerr) && rerr.Name == "UnknownCircuit":
		return [32]byte{}, fmt.Errorf("%w: circuit %s is not registered in the chain's verifier registry, which pins the verifying keys of this network", setup.ErrKeyNotPinned, circuit)
	case err != nil:
		return [32]byte{}, fmt.Errorf("key pins: read the verifying key hash of circuit %s from the verifier registry: %w", circuit, err)
	case pin == [32]byte{}:
		// The registry refuses a zero hash; a zero read is no pin.
		return pin, fmt.Errorf("%w: the verifier registry holds no verifying key hash for circuit %s", setup.ErrKeyNotPinned, circuit)
	}
	if p.pins == nil {
		p.pins = map[string][32]byte{}
	}
	p.pins[circuit] = pin
	return pin, nil
}

// keyBlobs keeps keys in S3.
type keyBlobs struct{ o store.Objects }

func (b keyBlobs) Get(ctx context.Context, key string) ([]byte, error) {
	v, err := b.o.Get(ctx, key)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("%w: %w", setup.ErrNotFound, err)
	}
	return v, err
}

func (b keyBlobs) Put(ctx context.Context, key string, v []byte) error { return b.o.Put(ctx, key, v) }

// RegisterCircuit sets circuit version v up with srs and registers its
// verifying key in the verifier registry of escrow, with verifier, from s,
// the registry's owner (chain.Circuits.RegisterKey); a version registered
// with the same key already sends nothing. With cache, the keys are also
// stored for the network's nodes, which otherwise set the version up
// themselves on first use. A circuit whose prover needs more memory than
// this machine has fails wrapping setup.ErrBeyondMachine (setup takes
// about as much), and one too large for srs wrapping setup.ErrSRS, both
// before anything is sent.
func RegisterCircuit(ctx context.Context, escrow *chain.Escrow, s *chain.Signer, verifier common.Address, v setup.Version, srs *setup.SRS, cache *setup.Cache) (*setup.Keys, error) {
	if _, err := setup.CheckMachine(v); err != nil {
		return nil, err
	}
	k, err := setup.NewKeys(v, srs)
	if err != nil {
		return nil, err
	}
	circuits, err := escrow.Circuits(ctx)
	if err != nil {
		return nil, fmt.Errorf("register circuit %s: read the escrow's verifier registry: %w", v.ID, err)
	}
	if err := circuits.RegisterKey(ctx, s, v.ID, verifier, k.VK); err != nil {
		return nil, err
	}
	if cache != nil {
		if err := cache.Put(ctx, k); err != nil {
			return nil, fmt.Errorf("register circuit %s: store its keys: %w", v.ID, err)
		}
	}
	return k, nil
}
