package workers

import (
	"context"
	"errors"
	"fmt"

	"github.com/rs/zerolog"

	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/circuits/setup"
)

// KeyCache returns the key cache of an SRS setting, keys kept in objects:
// "dev" for the dev SRS, which it announces loudly, or a ceremony SRS file.
// Empty returns nil: no proofs.
func KeyCache(srs string, objects store.Objects, lg zerolog.Logger) *setup.Cache {
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
	// Verifying keys are pinned by the binary: the bucket is writable by
	// every node, so a key found there is used only if it is the pinned one.
	return &setup.Cache{Open: open, Blobs: keyBlobs{objects}, Pins: setup.BinaryPins}
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
