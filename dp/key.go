package dp

import (
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// KeySize is the size of a node's noise key.
const KeySize = 32

// LoadKey returns the noise key kept in dir, making it on first use: the
// secret a node's noise streams are drawn under (Stream). It never leaves
// the node; losing it only means that a round run again after the loss
// adds fresh noise.
func LoadKey(dir string) ([]byte, error) {
	path := filepath.Join(dir, "dp-noise.key")
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		if len(b) != KeySize {
			return nil, fmt.Errorf("dp: noise key %s holds %d bytes, want %d", path, len(b), KeySize)
		}
		return b, nil
	case !errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("dp: noise key: %w", err)
	}
	b = make([]byte, KeySize)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("dp: noise key: %w", err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return nil, fmt.Errorf("dp: noise key: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return nil, fmt.Errorf("dp: noise key: %w", err)
	}
	return b, nil
}
