package dataset

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

// ErrRef is wrapped by the errors of a schema reference that does not
// parse.
var ErrRef = errors.New("dataset: bad schema reference")

// ErrStoredSchema is wrapped by Resolve when the file the store holds
// under a reference's hash is not that schema: someone else wrote it (the
// store is writable by every member). It may be repaired, by a node
// storing the file again, so a task retries rather than fails for it.
var ErrStoredSchema = errors.New("dataset: the stored schema file is not the one named")

// ParseRef splits a schema reference into its name and, for "NAME@HASH"
// (HASH the 64 lowercase hex digits of Schema.Hash), its hash; a bare
// "NAME" has none (ok false) and names a built-in schema.
func ParseRef(ref string) (name string, hash [32]byte, ok bool, err error) {
	name, h, found := strings.Cut(ref, "@")
	if name == "" {
		return "", hash, false, fmt.Errorf("%w %q: no name", ErrRef, ref)
	}
	if !found {
		return name, hash, false, nil
	}
	b, err := hex.DecodeString(h)
	if err != nil || len(b) != 32 || h != strings.ToLower(h) {
		return "", hash, false, fmt.Errorf("%w %q: want NAME@ and the 64 lowercase hex digits of its hash", ErrRef, ref)
	}
	return name, [32]byte(b), true, nil
}

// RefFault reports whether an error of Resolve is the reference's own
// fault: no schema by that name or hash, or a reference that does not
// parse. Any other (a store that failed, a stored file that is not the one
// named) may pass on a new attempt.
func RefFault(err error) bool {
	return errors.Is(err, ErrUnknownSchema) || errors.Is(err, ErrRef)
}

// refHash returns the hash a reference names: its own, or for a bare name
// that of the built-in schema of that name.
func refHash(ref string) (string, [32]byte, bool) {
	name, h, ok, err := ParseRef(ref)
	if err != nil {
		return "", h, false
	}
	if ok {
		return name, h, true
	}
	b, ok := builtins[name]
	if !ok {
		return "", h, false
	}
	return name, b.Hash(), true
}

// Matches reports whether ref names s: s's name, and s's hash, given in
// ref or, for a bare name, that of the built-in schema of the name.
func (s Schema) Matches(ref string) bool {
	name, h, ok := refHash(ref)
	return ok && name == s.name() && h == s.Hash()
}

// SameSchema reports whether two references name the same schema (a bare
// name stands for the built-in schema of that name).
func SameSchema(a, b string) bool {
	na, ha, oka := refHash(a)
	nb, hb, okb := refHash(b)
	return oka && okb && na == nb && ha == hb
}

// Catalog resolves schema references: the built-in schemas, and any other
// by its hash through Fetch, which returns a schema file's bytes (from a
// store anyone may write to: Resolve checks that the file hashes to the
// reference, so a planted file is refused).
type Catalog struct {
	// Fetch returns the schema file of a hash; nil resolves built-in
	// schemas only.
	Fetch func(ctx context.Context, hash [32]byte) ([]byte, error)
}

// Resolve returns the schema ref names. A bare name must be a built-in
// schema's; NAME@HASH is the built-in schema when it matches, else the
// file Fetch returns, which must parse, be named NAME and hash to HASH.
// Errors wrap ErrUnknownSchema for a schema not found, ErrRef for a
// reference that does not parse, ErrStoredSchema for a stored file that is
// not what it names, and Fetch's own (a store that is down) otherwise.
func (c Catalog) Resolve(ctx context.Context, ref string) (Schema, error) {
	name, h, ok, err := ParseRef(ref)
	if err != nil {
		return Schema{}, err
	}
	if b, found := builtins[name]; found && (!ok || b.Hash() == h) {
		return b.Clone(), nil
	}
	if !ok {
		return Schema{}, fmt.Errorf("%w %q: a schema that is not built in (%s) is named NAME@HASH, as schema show prints it", ErrUnknownSchema, ref, strings.Join(Builtin(), ", "))
	}
	if c.Fetch == nil {
		return Schema{}, fmt.Errorf("%w %q: not a built-in schema, and no schema store to read it from", ErrUnknownSchema, ref)
	}
	b, err := c.Fetch(ctx, h)
	if err != nil {
		return Schema{}, fmt.Errorf("dataset: read schema %s: %w", ref, err)
	}
	if err := ctx.Err(); err != nil {
		return Schema{}, err
	}
	s, err := Parse(b, fmt.Sprintf("schema %x", h[:6]))
	if err != nil {
		return Schema{}, fmt.Errorf("%w: %s: %w", ErrStoredSchema, ref, err)
	}
	if s.Hash() != h || s.Name != name {
		return Schema{}, fmt.Errorf("%w: %s: the stored file is %s", ErrStoredSchema, ref, s.Ref())
	}
	return s, nil
}

// CatalogOf is a Catalog of the built-in schemas and the given ones, such
// as a node's own.
func CatalogOf(schemas ...Schema) Catalog {
	return Catalog{Fetch: func(_ context.Context, h [32]byte) ([]byte, error) {
		for _, s := range schemas {
			if s.Hash() == h {
				return s.YAML()
			}
		}
		return nil, fmt.Errorf("%w: schema %x is not among those held here", ErrUnknownSchema, h[:6])
	}}
}
