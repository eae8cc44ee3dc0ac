package workers

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/twopm/twopm/activities/compute"
	"github.com/twopm/twopm/dataset"
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

// TestCheckDataSaysChangedData checks that rows other than those registered
// on chain are a data error, and that the same rows are not.
func TestCheckDataSaysChangedData(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "rows.data")
	file := "63,1,1,145,233,1,2,150,0,2.3,3,0,6,0\n67,1,4,160,286,0,2,108,1,1.5,2,3,3,2\n"
	if err := os.WriteFile(path, []byte(file), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	tab, err := source.File(path).Read(ctx, dataset.HeartDisease)
	if err != nil {
		t.Fatal(err)
	}
	reg := fingerprint(tab)
	checkData := func(registered [32]byte) (int, string) {
		tab, err := loadData(ctx, source.File(path), dataset.HeartDisease, compute.View{})
		return dataState(tab, err, registered)
	}
	if rows, msg := checkData(reg); rows != 2 || msg != "" {
		t.Fatalf("same rows: %d, %q", rows, msg)
	}
	// The same rows in another order are another table.
	swapped := "67,1,4,160,286,0,2,108,1,1.5,2,3,3,2\n63,1,1,145,233,1,2,150,0,2.3,3,0,6,0\n"
	if err := os.WriteFile(path, []byte(swapped), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, msg := checkData(reg); !strings.Contains(msg, "changed since the node registered") {
		t.Errorf("reordered rows: %q", msg)
	}
	if _, msg := checkData([32]byte{}); msg != "" {
		t.Errorf("without a chain: %q", msg)
	}
}
