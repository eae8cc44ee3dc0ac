package workers

import (
	"context"
	"errors"
	"fmt"
	"sync"

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
