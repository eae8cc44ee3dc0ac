package store

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/dataset"
)

// SchemaKey is where the schema of hash h is stored:
// "schemas/<hex of h>.yaml".
func SchemaKey(h [32]byte) string { return "schemas/" + hex.EncodeToString(h[:]) + ".yaml" }

// PutSchema stores s's file (dataset.Schema.YAML) under SchemaKey, so that
// the coordinator can resolve a task's schema that is not built in. Nodes
// and requesters store the schemas they hold; storing one twice writes the
// same object.
func (o Objects) PutSchema(ctx context.Context, s dataset.Schema) error {
	b, err := s.YAML()
	if err != nil {
		return fmt.Errorf("store: schema %s: %w", s.Ref(), err)
	}
	return o.put(ctx, SchemaKey(s.Hash()), b)
}

// SchemaError is the activity error of a schema that did not resolve: bad
// input for a schema no one stored or a reference that does not parse;
// retried for a store that could not be read or a stored file that is not
// the schema named (its nodes store it again).
func SchemaError(err error) error {
	if dataset.RefFault(err) {
		return activities.BadInput(err)
	}
	return err
}

// Schemas resolves schema references from the store (dataset.Catalog): a
// file is taken only if it hashes to the reference, so whoever can write
// to the store cannot change a schema. A schema no one stored fails
// wrapping dataset.ErrUnknownSchema. A schema once resolved is kept in
// memory by its hash, which fixes its content.
func (o Objects) Schemas() dataset.Catalog {
	return dataset.Catalog{Fetch: func(ctx context.Context, h [32]byte) ([]byte, error) {
		if b, ok := resolved.Load(h); ok {
			return b.([]byte), nil
		}
		b, err := o.get(ctx, SchemaKey(h))
		if errors.Is(err, ErrNotFound) {
			return nil, fmt.Errorf("%w: no node or requester stored it (%w)", dataset.ErrUnknownSchema, err)
		}
		if err != nil {
			return nil, err
		}
		if s, perr := dataset.Parse(b, "stored schema"); perr == nil && s.Hash() == h {
			resolved.Store(h, b)
		}
		return b, nil
	}}
}

// resolved holds schema files that parsed to the hash they are stored
// under, by that hash.
var resolved sync.Map
