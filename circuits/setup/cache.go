package setup

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/plonk"
)

// ErrNotFound is what a Blobs returns, wrapped, for a key it does not
// hold.
var ErrNotFound = errors.New("setup: no such key")

// Blobs stores the keys: S3 in a network.
type Blobs interface {
	// Get returns the object under key, or an error wrapping ErrNotFound.
	Get(ctx context.Context, key string) ([]byte, error)
	// Put stores b under key.
	Put(ctx context.Context, key string, b []byte) error
}

// manifest lists a version's keys under one SRS by their SHA-256.
type manifest struct {
	Version         string `json:"version"`
	SRS             string `json:"srs"`
	DevSRS          bool   `json:"dev_srs"`
	ProvingSHA256   string `json:"proving_key_sha256"`
	VerifyingSHA256 string `json:"verifying_key_sha256"`
}

// Cache hands out each version's keys, made once per version and SRS: it
// looks in memory, then in Blobs (circuits/<version>/<srs>/keys.json, which
// names the keys stored under their SHA-256), and only then sets the
// version up and stores the keys for the next process.
//
// Whoever can write to Blobs can write keys there, so the store only
// saves setup time: every verifying key the Cache hands out, loaded or
// made, is the one Pins pins for its version and SRS (and so is the one
// inside the proving key), or Keys fails with ErrKeyNotPinned. It is safe
// for concurrent use.
type Cache struct {
	// Open returns the SRS; the Cache calls it once, on first use.
	Open  func() (*SRS, error)
	Blobs Blobs
	// Pins say which verifying key each version must have; required.
	Pins KeyPins

	mu   sync.Mutex
	srs  *SRS
	keys map[string]*Keys
}

// Keys returns v's keys. It fails with ErrKeyNotPinned if v has no pin or
// its stored or freshly made verifying key is not the pinned one, and
// fails if the stored keys do not match their hashes, or when setting up
// fails.
func (c *Cache) Keys(ctx context.Context, v Version) (*Keys, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if k, ok := c.keys[v.ID]; ok {
		return k, nil
	}
	if c.Pins == nil {
		return nil, fmt.Errorf("%w: the key cache has no pins to check %s's verifying key against", ErrKeyNotPinned, v.ID)
	}
	if c.keys == nil {
		c.keys = map[string]*Keys{}
	}
	if err := c.openSRS(); err != nil {
		return nil, err
	}
	pin, err := c.Pins.PinnedVerifyingKey(ctx, v.ID, c.srs.Hash)
	if err != nil {
		return nil, err
	}
	dir := keyDir(v.ID, c.srs.Hash)
	k, err := c.load(ctx, v, dir, pin)
	if errors.Is(err, ErrNotFound) {
		if k, err = NewKeys(v, c.srs); err == nil {
			if err = checkPinned(k, pin); err != nil {
				err = fmt.Errorf("%w (set up by this process: its circuit or SRS is not the pinned one)", err)
			} else {
				err = c.store(ctx, k, dir)
			}
		}
	}
	if err != nil {
		return nil, err
	}
	if kc, ok := c.Pins.(KeyChecker); ok {
		if err := kc.CheckKey(ctx, v.ID, k.VK); err != nil {
			return nil, err
		}
	}
	c.keys[v.ID] = k
	return k, nil
}

// SRSName names the cache's SRS for people: "dev (insecure: its secret is
// public)", or "sha256:<hex>" of a ceremony SRS; "" before first use.
func (c *Cache) SRSName() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.srs == nil:
		return ""
	case c.srs.Dev:
		return "dev (insecure: its secret is public)"
	}
	return fmt.Sprintf("sha256:%x", c.srs.Hash)
}

// load reads v's stored keys, whose verifying key must hash to pin.
func (c *Cache) load(ctx context.Context, v Version, dir string, pin [32]byte) (*Keys, error) {
	b, err := c.Blobs.Get(ctx, dir+"keys.json")
	if err != nil {
		return nil, err
	}
	var m manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("setup: %skeys.json: %w", dir, err)
	}
	if m.VerifyingSHA256 != hex.EncodeToString(pin[:]) {
		return nil, fmt.Errorf("%w: the key store lists verifying key %s for circuit %s, pinned %x: refusing the stored keys (%skeys.json was written by someone else)",
			ErrKeyNotPinned, m.VerifyingSHA256, v.ID, pin, dir)
	}
	ccs, err := v.Compile()
	if err != nil {
		return nil, err
	}
	k := &Keys{Version: v, CCS: ccs, PK: plonk.NewProvingKey(ecc.BN254), VK: plonk.NewVerifyingKey(ecc.BN254)}
	for _, part := range []struct {
		sha string
		dst interface {
			UnsafeReadFrom(r io.Reader) (int64, error)
		}
	}{{m.ProvingSHA256, k.PK}, {m.VerifyingSHA256, k.VK}} {
		b, err := c.Blobs.Get(ctx, dir+part.sha)
		if err != nil {
			return nil, err
		}
		if sum := sha256.Sum256(b); hex.EncodeToString(sum[:]) != part.sha {
			return nil, fmt.Errorf("setup: %s%s does not match its hash", dir, part.sha)
		}
		if _, err := part.dst.UnsafeReadFrom(bytes.NewReader(b)); err != nil {
			return nil, fmt.Errorf("setup: read %s%s: %w", dir, part.sha, err)
		}
	}
	if err := checkPinned(k, pin); err != nil {
		return nil, err
	}
	return k, nil
}

func (c *Cache) store(ctx context.Context, k *Keys, dir string) error {
	m := manifest{Version: k.Version.ID, SRS: hex.EncodeToString(c.srs.Hash[:]), DevSRS: c.srs.Dev}
	for _, part := range []struct {
		src interface {
			WriteTo(w io.Writer) (int64, error)
		}
		sha *string
	}{{k.PK, &m.ProvingSHA256}, {k.VK, &m.VerifyingSHA256}} {
		var b bytes.Buffer
		if _, err := part.src.WriteTo(&b); err != nil {
			return fmt.Errorf("setup: encode keys of %s: %w", k.Version.ID, err)
		}
		sum := sha256.Sum256(b.Bytes())
		*part.sha = hex.EncodeToString(sum[:])
		if err := c.Blobs.Put(ctx, dir+*part.sha, b.Bytes()); err != nil {
			return err
		}
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return c.Blobs.Put(ctx, dir+"keys.json", b)
}

// Put stores keys k, made with the cache's SRS, for the next process to
// load (and check against its pins, as every load is) instead of setting
// the version up again.
func (c *Cache) Put(ctx context.Context, k *Keys) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.openSRS(); err != nil {
		return err
	}
	return c.store(ctx, k, keyDir(k.Version.ID, c.srs.Hash))
}

// openSRS opens the cache's SRS on first use; c.mu is held.
func (c *Cache) openSRS() error {
	if c.srs != nil {
		return nil
	}
	srs, err := c.Open()
	if err != nil {
		return err
	}
	c.srs = srs
	return nil
}

// keyDir is where the keys of version id under the SRS of hash srs are
// stored: circuits/<id>/<srs hex>/.
func keyDir(id string, srs [32]byte) string { return fmt.Sprintf("circuits/%s/%x/", id, srs) }
