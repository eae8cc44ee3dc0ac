package devnet

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Hospitals are the four heart-disease sites, the default nodes.
var Hospitals = []string{"cleveland", "hungarian", "switzerland", "va"}

// Node is one node of the local network.
type Node struct {
	ID   string
	Data string // path of its data file
	// Source, in place of Data, is the path of a source file (node run
	// --source): a CSV file with options, or a PostgreSQL query.
	Source string
	// Inject, if set, is a fault the node commits on purpose in every
	// MASCOT session (node run --inject).
	Inject string
	// Schema is the schema of Data: a built-in schema's name or the path
	// of a schema file, which the network registers in its data hub. Empty
	// means "heart-disease".
	Schema string
	// Holdout, SplitSeed and Part are the node's view of Data (node run
	// --holdout, --split-seed, --part); zero values mean the whole file.
	Holdout   float64
	SplitSeed uint64
	Part      string
	// Policy is the path of the node's policy file (node run --policy);
	// empty means the default policy.
	Policy string
	// Relay makes the node open no port and be reached through the
	// network's relay (node run --relay), which the network then starts.
	Relay bool
}

// TrainingNodes returns the nodes of a training demo on the data set
// ("heart-disease" or "breast-cancer") in dataDir, each holding out the
// fraction holdout of its rows as the common test split. Heart disease
// has the four hospitals as they are; breast cancer, one file, is dealt to
// three simulated hospitals (hospital-a, -b, -c) after the holdout.
func TrainingNodes(data, dataDir string, holdout float64, seed uint64) ([]Node, error) {
	switch data {
	case "heart-disease":
		var nodes []Node
		for _, h := range Hospitals {
			nodes = append(nodes, Node{ID: h, Data: filepath.Join(dataDir, "heart-disease", "processed."+h+".data"),
				Schema: data, Holdout: holdout, SplitSeed: seed})
		}
		return nodes, nil
	case "breast-cancer":
		var nodes []Node
		for i, id := range []string{"hospital-a", "hospital-b", "hospital-c"} {
			nodes = append(nodes, Node{ID: id, Data: filepath.Join(dataDir, "breast-cancer", "wdbc.data"),
				Schema: data, Holdout: holdout, SplitSeed: seed, Part: fmt.Sprintf("%d/3", i+1)})
		}
		return nodes, nil
	}
	return nil, fmt.Errorf("devnet: unknown data set %q: want heart-disease or breast-cancer", data)
}

// Config configures a local network. Zero fields take the defaults that
// EnsureDefaults documents.
type Config struct {
	// StateDir holds the Temporal database, MinIO's data, node keys and
	// logs. Empty means ".twopm".
	StateDir string
	// ToolsDir holds the built server binaries. Empty means StateDir/bin.
	ToolsDir string
	// DataDir holds heart-disease/processed.<hospital>.data. Empty means
	// "../shared/data". Used only for Nodes left empty.
	DataDir string
	// Nodes are the node workers to start. Empty means the four Hospitals
	// reading their files in DataDir.
	Nodes []Node
	// Inject maps node IDs to a fault each commits on purpose in every
	// MASCOT session ("bad-share" or "bad-mac"), set on Nodes by
	// EnsureDefaults. Empty means every node is honest.
	Inject map[string]string
	// Host is the address every service binds to. Empty means 127.0.0.1.
	Host string
	// Hosts, if set, puts every process on a host of its own: a Linux
	// network namespace named <Hosts>-<process>, joined to the bridge
	// <Hosts>br by a veth pair, with an address of its own in a /24 derived
	// from Hosts (1 to 6 lowercase letters and digits), so that traffic
	// crosses interfaces and Network.CutOff can take a host off the
	// network. It needs root and iproute2; Host is then unused.
	Hosts string
	// Firewall, with Hosts, makes every node's host drop inbound
	// connections (nftables, as a hospital's firewall): its nodes must be
	// reached through the relay (Node.Relay).
	Firewall bool
	// Ports. Zero means 7233 (Temporal gRPC), 8233 (Web UI), 9000 (S3
	// API), 9001 (MinIO console) and 7301 (first node's p2p listener; the
	// next nodes take the following ports).
	TemporalPort, UIPort, S3Port, S3ConsolePort, NodePortBase int
	// ChainPort is the JSON-RPC port of the development chain. Zero means
	// 8545.
	ChainPort int
	// RelayPort is the port of the relay (twopm relay), which runs when a
	// node asks for it (Node.Relay). Zero means 7300.
	RelayPort int
	// RelayAll makes every node open no port and be reached through the
	// relay (Node.Relay for each).
	RelayAll bool
	// S3AccessKey and S3SecretKey are the MinIO root credentials. Empty
	// means local development credentials.
	S3AccessKey, S3SecretKey string
	// Binary is the twopm executable that runs the workers. Empty means
	// the running executable.
	Binary string
	// Circuits are the circuit versions (circuits/setup) whose keys the
	// network makes at start, before any task proves with them. Empty
	// means the statistics versions; a training version's keys take
	// about a minute to make, so only networks that train with proofs
	// ask for them.
	Circuits []string
	// LogLevel is passed to the workers. Empty means "info".
	LogLevel string
	// Progress receives human-readable progress. Nil means os.Stderr.
	Progress io.Writer
}

// EnsureDefaults fills in every zero field.
func (c *Config) EnsureDefaults() error {
	if c.StateDir == "" {
		c.StateDir = ".twopm"
	}
	var err error
	if c.StateDir, err = filepath.Abs(c.StateDir); err != nil {
		return err
	}
	if c.ToolsDir == "" {
		c.ToolsDir = filepath.Join(c.StateDir, "bin")
	}
	if c.DataDir == "" {
		c.DataDir = filepath.Join("..", "shared", "data")
	}
	if len(c.Nodes) == 0 {
		for _, h := range Hospitals {
			c.Nodes = append(c.Nodes, Node{ID: h, Data: filepath.Join(c.DataDir, "heart-disease", "processed."+h+".data")})
		}
	}
	if c.RelayAll {
		for i := range c.Nodes {
			c.Nodes[i].Relay = true
		}
	}
	for i, n := range c.Nodes {
		if f, ok := c.Inject[n.ID]; ok {
			c.Nodes[i].Inject = f
		}
	}
	if c.Host == "" {
		c.Host = "127.0.0.1"
	}
	def := func(p *int, v int) {
		if *p == 0 {
			*p = v
		}
	}
	def(&c.TemporalPort, 7233)
	def(&c.UIPort, 8233)
	def(&c.S3Port, 9000)
	def(&c.S3ConsolePort, 9001)
	def(&c.NodePortBase, 7301)
	def(&c.ChainPort, 8545)
	def(&c.RelayPort, 7300)
	if c.S3AccessKey == "" {
		c.S3AccessKey = "twopm-dev"
	}
	if c.S3SecretKey == "" {
		c.S3SecretKey = "twopm-dev-secret"
	}
	if c.Binary == "" {
		if c.Binary, err = os.Executable(); err != nil {
			return err
		}
	}
	if c.LogLevel == "" {
		c.LogLevel = "info"
	}
	if c.Progress == nil {
		c.Progress = os.Stderr
	}
	return nil
}

// ErrNoData is wrapped by Validate when a node's data file is missing.
var ErrNoData = errors.New("devnet: data file not found")

// Validate reports every problem at once: missing data files (with where
// the heart-disease files come from), bad or repeated ports, ports in use.
func (c *Config) Validate() error {
	var probs []string
	var missing []string
	if c.Firewall {
		if c.Hosts == "" {
			probs = append(probs, "a firewall needs separate hosts (Hosts)")
		}
		for _, n := range c.Nodes {
			if !n.Relay {
				probs = append(probs, fmt.Sprintf("node %s would be unreachable behind the firewall: it needs the relay (Relay)", n.ID))
			}
		}
	}
	for _, id := range slices.Sorted(maps.Keys(c.Inject)) {
		if !slices.ContainsFunc(c.Nodes, func(n Node) bool { return n.ID == id }) {
			probs = append(probs, fmt.Sprintf("inject names node %q, which is not in the network", id))
		}
		if f := strings.TrimPrefix(c.Inject[id], "infer-"); f != "bad-share" && f != "bad-mac" && (f != "bad-proof" || f != c.Inject[id]) {
			probs = append(probs, fmt.Sprintf("inject %q for node %s is not bad-share, bad-mac, bad-proof, infer-bad-share or infer-bad-mac", c.Inject[id], id))
		}
	}
	for _, n := range c.Nodes {
		file := n.Data
		if n.Source != "" {
			file = n.Source
		}
		if _, err := os.Stat(file); err != nil {
			abs, _ := filepath.Abs(file)
			missing = append(missing, fmt.Sprintf("%s: %s", n.ID, abs))
		}
	}
	ports := map[string]int{"temporal": c.TemporalPort, "ui": c.UIPort, "s3": c.S3Port, "s3-console": c.S3ConsolePort, "chain": c.ChainPort}
	for i, n := range c.Nodes {
		if n.Relay {
			ports["relay"] = c.RelayPort
			continue // it opens no port
		}
		ports["node "+n.ID] = c.NodePortBase + i
	}
	seen := map[int]string{}
	for _, name := range slices.Sorted(maps.Keys(ports)) {
		p := ports[name]
		if p < 1 || p > 65535 {
			probs = append(probs, fmt.Sprintf("%s port %d is out of range", name, p))
			continue
		}
		if other, dup := seen[p]; dup {
			probs = append(probs, fmt.Sprintf("%s and %s both use port %d", other, name, p))
			continue
		}
		seen[p] = name
		if c.Hosts != "" {
			continue // every host has its own ports
		}
		if err := portFree(c.Host, p); err != nil {
			probs = append(probs, fmt.Sprintf("%s port %d on %s is in use (another twopm dev, or another program?): stop it or choose another port", name, p, c.Host))
		}
	}
	var err error
	if len(missing) > 0 {
		err = fmt.Errorf("%w for %s. The four hospitals' files processed.{cleveland,hungarian,switzerland,va}.data "+
			"are the UCI Machine Learning Repository's Heart Disease data set (CC BY 4.0); put them in <dir>/heart-disease/ and pass "+
			"--data-dir <dir> (or TWOPM_DATA_DIR); from a clone with shared/ beside it the default ../shared/data works",
			ErrNoData, strings.Join(missing, ", "))
	}
	if len(probs) > 0 {
		err = errors.Join(err, fmt.Errorf("devnet: %s", strings.Join(probs, "; ")))
	}
	return err
}

func portFree(host string, port int) error {
	l, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		return err
	}
	return l.Close()
}
