package workers

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/twopm/twopm/dataset/source"
)

// TestRunNodeSourceConfig checks that a node reads exactly one source and
// that a bad source file stops it at start, naming the file.
func TestRunNodeSourceConfig(t *testing.T) {
	base := NodeConfig{ID: "n", Listen: "127.0.0.1:0", StateDir: t.TempDir()}
	for _, c := range []struct {
		name     string
		data, sf string
		want     string
	}{
		{"neither", "", "", "a data file or a source file is required"},
		{"both", "a.csv", "s.yaml", "both set"},
		{"missing source file", "", filepath.Join(t.TempDir(), "s.yaml"), "s.yaml"},
	} {
		cfg := base
		cfg.DataPath, cfg.SourceFile = c.data, c.sf
		err := RunNode(context.Background(), cfg)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
		if c.name == "missing source file" && !errors.Is(err, source.ErrConfig) {
			t.Errorf("%s: %v is not ErrConfig", c.name, err)
		}
	}
}
