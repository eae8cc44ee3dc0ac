// Package devnet starts a complete local 2PM network: a Temporal dev server
// with its Web UI (persisted in SQLite), a MinIO server, a coordinator
// worker and one node worker per hospital, each its own OS process. The
// server binaries are built once from the Go module proxy into a tools
// directory; later starts take seconds.
package devnet

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Tool is a server binary built with go install.
type Tool struct {
	Name    string // binary name
	Package string // Go package path
	Version string // module version
	Minutes int    // rough build time on a 2-core machine, for the progress line
}

// The tools of a local network, at pinned versions.
var (
	TemporalCLI = Tool{Name: "temporal", Package: "github.com/temporalio/cli/cmd/temporal", Version: "v1.5.1", Minutes: 4}
	MinIOServer = Tool{Name: "minio", Package: "github.com/minio/minio", Version: "v0.0.0-20260212201848-7aac2a2c5b7c", Minutes: 3}
)

// EnsureTool returns the path of t's binary in dir, building it first with
// go install if it is missing or of another version. Progress goes to out.
func EnsureTool(ctx context.Context, dir string, t Tool, out io.Writer) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, t.Name)
	stamp := bin + ".version"
	if v, err := os.ReadFile(stamp); err == nil && strings.TrimSpace(string(v)) == t.Version {
		if _, err := os.Stat(bin); err == nil {
			return bin, nil
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("devnet: tools dir: %w", err)
	}
	gobin, err := goCommand()
	if err != nil {
		return "", err
	}
	fmt.Fprintf(out, "building %s %s into %s (first start only, about %d minutes)\n", t.Name, t.Version, dir, t.Minutes)
	var log bytes.Buffer
	cmd := exec.CommandContext(ctx, gobin, "install", t.Package+"@"+t.Version)
	cmd.Env = append(os.Environ(), "GOBIN="+dir)
	cmd.Stdout, cmd.Stderr = &log, &log
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return "", fmt.Errorf("devnet: go install %s: %w", t.Name, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	tick := time.NewTicker(20 * time.Second)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			if err != nil {
				return "", fmt.Errorf("devnet: go install %s@%s: %w\n%s", t.Package, t.Version, err, tail(log.String(), 2000))
			}
			if err := os.WriteFile(stamp, []byte(t.Version+"\n"), 0o644); err != nil {
				return "", fmt.Errorf("devnet: %w", err)
			}
			fmt.Fprintf(out, "built %s in %s\n", t.Name, time.Since(start).Round(time.Second))
			return bin, nil
		case <-tick.C:
			fmt.Fprintf(out, "  still building %s (%s)\n", t.Name, time.Since(start).Round(time.Second))
		}
	}
}

func goCommand() (string, error) {
	if p, err := exec.LookPath("go"); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("devnet: the go command is needed to build the Temporal and MinIO servers: put it on PATH")
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}
