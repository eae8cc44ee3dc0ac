package devnet

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestValidateReportsEveryProblem(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	busyPort := busy.Addr().(*net.TCPAddr).Port
	data := filepath.Join(t.TempDir(), "a.data")
	if err := os.WriteFile(data, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := Config{
		StateDir:     t.TempDir(),
		Nodes:        []Node{{ID: "a", Data: data}, {ID: "b", Data: filepath.Join(t.TempDir(), "missing.data")}},
		TemporalPort: busyPort, UIPort: 40001, S3Port: 40001, S3ConsolePort: 40003, NodePortBase: 40010,
		Inject: map[string]string{"a": "bad-share", "zz": "bad-mac", "b": "lie"},
	}
	if err := cfg.EnsureDefaults(); err != nil {
		t.Fatal(err)
	}
	err = cfg.Validate()
	if !errors.Is(err, ErrNoData) {
		t.Fatalf("error = %v, want ErrNoData", err)
	}
	for _, want := range []string{"missing.data", "UCI Machine Learning Repository", "--data-dir",
		"temporal port " + strconv.Itoa(busyPort) + " on 127.0.0.1 is in use", "s3 and ui both use port 40001",
		`inject names node "zz"`, `inject "lie" for node b`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if cfg.Nodes[0].Inject != "bad-share" || cfg.Nodes[1].Inject != "lie" {
		t.Errorf("inject not applied to nodes: %+v", cfg.Nodes)
	}
	if strings.Contains(err.Error(), "node a") {
		t.Errorf("error %q complains about a node whose file exists", err)
	}
}

func TestEnsureDefaults(t *testing.T) {
	var cfg Config
	if err := cfg.EnsureDefaults(); err != nil {
		t.Fatal(err)
	}
	if len(cfg.Nodes) != 4 || cfg.TemporalPort != 7233 || cfg.UIPort != 8233 || cfg.S3Port != 9000 ||
		!strings.HasSuffix(cfg.Nodes[3].Data, filepath.Join("heart-disease", "processed.va.data")) ||
		cfg.ToolsDir != filepath.Join(cfg.StateDir, "bin") {
		t.Fatalf("defaults %+v", cfg)
	}
}

// RelayAll puts every node behind the relay, which then takes a port of
// its own and the nodes none; a firewall needs separate hosts and every
// node behind the relay.
func TestRelayConfig(t *testing.T) {
	data := filepath.Join(t.TempDir(), "a.data")
	if err := os.WriteFile(data, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := Config{StateDir: t.TempDir(), Nodes: []Node{{ID: "a", Data: data}, {ID: "b", Data: data}}, RelayAll: true,
		TemporalPort: 40101, UIPort: 40102, S3Port: 40103, S3ConsolePort: 40104, ChainPort: 40105, NodePortBase: 40106, RelayPort: 40106}
	if err := cfg.EnsureDefaults(); err != nil {
		t.Fatal(err)
	}
	if !cfg.Nodes[0].Relay || !cfg.Nodes[1].Relay {
		t.Fatalf("nodes %+v", cfg.Nodes)
	}
	// The relay may take the first node's port: no node listens.
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	cfg.Firewall = true
	cfg.Nodes = append(cfg.Nodes, Node{ID: "c", Data: data})
	err := cfg.Validate()
	for _, want := range []string{"firewall needs separate hosts", "node c would be unreachable"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v lacks %q", err, want)
		}
	}
}
