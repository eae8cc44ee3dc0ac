package setup

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
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
	first := &Cache{Open: open, Blobs: blobs}
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
	next := &Cache{Open: open, Blobs: blobs}
	k2, err := next.Keys(ctx, StatsNarrowTest)
	if err != nil {
		t.Fatal(err)
	}
	s1, _ := k1.Solidity(srs)
	s2, _ := k2.Solidity(srs)
	if string(s1) != string(s2) {
		t.Fatal("loaded verifying key differs from the stored one")
	}
	for key, v := range blobs.m {
		if key != manifest {
			v[len(v)/2] ^= 1
			break
		}
	}
	if _, err := (&Cache{Open: open, Blobs: blobs}).Keys(ctx, StatsNarrowTest); err == nil || !strings.Contains(err.Error(), "does not match its hash") {
		t.Fatalf("tampered key: err = %v", err)
	}
}
