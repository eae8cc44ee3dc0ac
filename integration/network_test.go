//go:build integration

package integration

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/devchain"
	"github.com/twopm/twopm/devnet"
	"github.com/twopm/twopm/requester"
	"github.com/twopm/twopm/workers"
	"github.com/twopm/twopm/workflows"
)

// repoRoot is the module root, found from this package's directory.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		t.Fatalf("module root not found at %s", dir)
	}
	return dir
}

// dataDir is ../shared/data beside the repository, or $TWOPM_DATA_DIR.
func dataDir(t *testing.T) string {
	if d := os.Getenv("TWOPM_DATA_DIR"); d != "" {
		return d
	}
	return filepath.Join(repoRoot(t), "..", "shared", "data")
}

// toolsDir is where the server binaries are built once and reused:
// $TWOPM_TOOLS_DIR, or .twopm/bin in the repository (as twopm dev uses).
func toolsDir(t *testing.T) string {
	if d := os.Getenv("TWOPM_TOOLS_DIR"); d != "" {
		return d
	}
	return filepath.Join(repoRoot(t), ".twopm", "bin")
}

// buildTwopm builds the twopm command into dir.
func buildTwopm(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "twopm")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/twopm")
	cmd.Dir = repoRoot(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build twopm: %v\n%s", err, out)
	}
	return bin
}

// checkPortOffset fails the test if a network's ports shifted by off (the
// defaults run from 7233 to 9001) reach Linux's ephemeral range, from
// 32768: the kernel hands those out to outgoing connections, and one left
// from an earlier test makes the network refuse to start.
func checkPortOffset(t *testing.T, off int) {
	t.Helper()
	if off < 0 || 9001+off >= 32768 {
		t.Fatalf("port offset %d puts ports in the ephemeral range", off)
	}
}

// startNetwork starts a network on ports offset from the defaults, so a
// running twopm dev is not disturbed.
func startNetwork(t *testing.T, bin string, nodes []devnet.Node, portOffset int) *devnet.Network {
	t.Helper()
	return startNetworkConfig(t, devnet.Config{Binary: bin, Nodes: nodes}, portOffset)
}

// startNetworkConfig is startNetwork for a network of cfg (its binary,
// nodes, circuits and faults); it sets the state, tools and data
// directories and the ports.
func startNetworkConfig(t *testing.T, cfg devnet.Config, portOffset int) *devnet.Network {
	t.Helper()
	checkPortOffset(t, portOffset)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	cfg.StateDir, cfg.ToolsDir, cfg.DataDir = t.TempDir(), toolsDir(t), dataDir(t)
	cfg.TemporalPort, cfg.UIPort, cfg.S3Port = 7233+portOffset, 8233+portOffset, 9000+portOffset
	cfg.S3ConsolePort, cfg.NodePortBase, cfg.ChainPort = 9001+portOffset, 7301+portOffset, 8545+portOffset
	cfg.Progress = testWriter{t}
	net, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(net.Stop)
	return net
}

func dialNetwork(t *testing.T, net *devnet.Network) *requester.Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := workers.Dial(ctx, workers.TemporalConfig{Address: net.TemporalAddress}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return &requester.Client{T: c}
}

// devPayer is a copy of c that escrows from the dev network's requester
// account, with its coordinator as the tasks' coordinator; the connection
// to the chain closes with the test.
// trainAndWait submits a training task of spec with c and returns its
// result once it is done.
func trainAndWait(t *testing.T, ctx context.Context, c *requester.Client, spec workflows.TrainSpec) workflows.TrainResult {
	t.Helper()
	id, err := c.SubmitTraining(ctx, "", spec)
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.TrainingResult(ctx, id, true)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func devPayer(t *testing.T, ctx context.Context, net *devnet.Network, c *requester.Client) *requester.Client {
	t.Helper()
	cl, err := chain.Dial(ctx, chain.Config{RPC: net.ChainRPC, ChainID: devchain.ChainID})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	pc := *c
	pc.Payer = &requester.Payer{Escrow: chain.NewEscrow(cl, net.Contracts.TaskEscrow),
		Signer: chain.NewSigner(devchain.Key(devnet.RequesterKey)), Coordinator: devchain.Address(devnet.CoordinatorKey)}
	return &pc
}

// nodeIDs returns the IDs of nodes, in order.
func nodeIDs(nodes []devnet.Node) []string {
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID
	}
	return ids
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p))
	return len(p), nil
}
