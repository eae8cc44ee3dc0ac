package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/rs/zerolog"
	"go.temporal.io/sdk/client"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/devchain"
	"github.com/twopm/twopm/workers"
	"github.com/twopm/twopm/workflows"
)

// Network is a running local network.
type Network struct {
	Config Config
	// TemporalAddress is host:port of the Temporal frontend.
	TemporalAddress string
	// UIURL is the Temporal Web UI.
	UIURL string
	// S3Endpoint is host:port of the MinIO S3 API.
	S3Endpoint string
	// ChainRPC is the JSON-RPC URL of the development chain, and Contracts
	// where the network's contracts are deployed on it.
	ChainRPC  string
	Contracts chain.Deployment

	mu     sync.Mutex
	procs  []*proc
	exited chan *proc
	hosts  *hosts // nil: every process on Config.Host
	// up is set once Start has seen every process healthy: from then on
	// an exit is Wait's to report, not a failed start-up's.
	up atomic.Bool
}

type proc struct {
	name string
	bin  string
	args []string
	env  []string
	cmd  *exec.Cmd
	log  string
	done chan struct{}
	err  error
}

// Start validates cfg, builds the tools if needed and starts every process
// of the network, returning once all nodes have announced themselves to the
// registry. On error, whatever was started is stopped.
func Start(ctx context.Context, cfg Config) (n *Network, err error) {
	if err := cfg.EnsureDefaults(); err != nil {
		return nil, err
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	out := cfg.Progress
	temporalBin, err := EnsureTool(ctx, cfg.ToolsDir, TemporalCLI, out)
	if err != nil {
		return nil, err
	}
	minioBin, err := EnsureTool(ctx, cfg.ToolsDir, MinIOServer, out)
	if err != nil {
		return nil, err
	}
	for _, d := range []string{"logs", "minio", "nodes"} {
		if err := os.MkdirAll(filepath.Join(cfg.StateDir, d), 0o700); err != nil {
			return nil, fmt.Errorf("devnet: state dir: %w", err)
		}
	}
	n = &Network{Config: cfg, exited: make(chan *proc, 16)}
	if cfg.Hosts != "" {
		if n.hosts, err = newHosts(cfg.Hosts); err != nil {
			return nil, err
		}
	}
	defer func() {
		if err != nil {
			n.Stop()
		}
	}()
	temporalHost, err := n.host("temporal")
	if err != nil {
		return n, err
	}
	minioHost, err := n.host("minio")
	if err != nil {
		return n, err
	}
	// The dev server's services reach each other on the address it binds:
	// alone on its host, it binds them all.
	temporalBind := temporalHost
	if n.hosts != nil {
		temporalBind = "0.0.0.0"
	}
	n.TemporalAddress = net.JoinHostPort(temporalHost, strconv.Itoa(cfg.TemporalPort))
	n.UIURL = "http://" + net.JoinHostPort(temporalHost, strconv.Itoa(cfg.UIPort))
	n.S3Endpoint = net.JoinHostPort(minioHost, strconv.Itoa(cfg.S3Port))

	args := []string{"server", "start-dev",
		"--ip", temporalBind, "--port", strconv.Itoa(cfg.TemporalPort), "--ui-port", strconv.Itoa(cfg.UIPort),
		"--db-filename", filepath.Join(cfg.StateDir, "temporal.db"), "--log-level", "warn"}
	for _, sa := range workflows.SearchAttributes {
		args = append(args, "--search-attribute", sa.Name+"="+sa.Type)
	}
	fmt.Fprintf(out, "starting Temporal dev server on %s (Web UI %s)\n", n.TemporalAddress, n.UIURL)
	if err := n.spawn("temporal", temporalBin, args, nil); err != nil {
		return n, err
	}
	fmt.Fprintf(out, "starting MinIO on %s\n", n.S3Endpoint)
	err = n.spawn("minio", minioBin, []string{"server", "--quiet",
		"--address", n.S3Endpoint, "--console-address", net.JoinHostPort(minioHost, strconv.Itoa(cfg.S3ConsolePort)),
		filepath.Join(cfg.StateDir, "minio")},
		[]string{"MINIO_ROOT_USER=" + cfg.S3AccessKey, "MINIO_ROOT_PASSWORD=" + cfg.S3SecretKey, "MINIO_BROWSER=on"})
	if err != nil {
		return n, err
	}
	if err := n.waitTemporal(ctx); err != nil {
		return n, err
	}
	if err := n.waitHTTP(ctx, "minio", "http://"+n.S3Endpoint+"/minio/health/live"); err != nil {
		return n, err
	}
	if err := n.startChain(ctx); err != nil {
		return n, err
	}

	common := []string{"--temporal-address", n.TemporalAddress, "--log-level", cfg.LogLevel, "--log-format", "json"}
	s3env := []string{"TWOPM_S3_ACCESS_KEY=" + cfg.S3AccessKey, "TWOPM_S3_SECRET_KEY=" + cfg.S3SecretKey}
	fmt.Fprintf(out, "starting coordinator and %d nodes\n", len(cfg.Nodes))
	chainArgs := func(devKey int) []string {
		return []string{"--chain-rpc", n.ChainRPC, "--chain-id", strconv.Itoa(devchain.ChainID),
			"--task-escrow", n.Contracts.TaskEscrow.Hex(), "--node-registry", n.Contracts.NodeRegistry.Hex(),
			"--data-hub", n.Contracts.DataHub.Hex(), "--model-market", n.Contracts.Market.Hex(), "--chain-dev-key", strconv.Itoa(devKey)}
	}
	// Proofs on the dev network use the dev SRS: deterministic, so every
	// process derives the same keys, and worthless outside it.
	fmt.Fprintln(out, "zero-knowledge proofs use the DEV SRS, whose secret is public: they prove nothing outside this dev network")
	common = append(common, "--srs", "dev")
	// The circuits' keys are made once, while the workers start, and
	// stored in S3 for all of them.
	keyArgs := []string{"circuits", "keys", "--srs", "dev", "--s3-endpoint", n.S3Endpoint}
	for _, c := range cfg.Circuits {
		keyArgs = append(keyArgs, "--circuit", c)
	}
	keys := n.runKeys(ctx, append(keyArgs, common[:len(common)-2]...), s3env)
	coord := append(append([]string{"worker", "--s3-endpoint", n.S3Endpoint}, common...), chainArgs(CoordinatorKey)...)
	if _, err := n.host("coordinator"); err != nil {
		return n, err
	}
	if err := n.spawn("coordinator", cfg.Binary, coord, s3env); err != nil {
		return n, err
	}
	relay, err := n.startRelay(cfg)
	if err != nil {
		return n, err
	}
	if relay != "" {
		fmt.Fprintf(out, "relay on %s: nodes %s open no port and reach the others through it\n", relay, strings.Join(relayed(cfg.Nodes), ", "))
	}
	for i, node := range cfg.Nodes {
		data, _ := filepath.Abs(node.Data)
		dataArgs := []string{"--data", data}
		if node.Source != "" {
			src, _ := filepath.Abs(node.Source)
			dataArgs = []string{"--source", src}
		}
		h, err := n.host("node-" + node.ID)
		if err != nil {
			return n, err
		}
		if cfg.Firewall {
			if err := n.hosts.dropInbound("node-" + node.ID); err != nil {
				return n, err
			}
		}
		p2pArgs := []string{"--listen", net.JoinHostPort(h, strconv.Itoa(cfg.NodePortBase+i))}
		if node.Relay {
			p2pArgs = []string{"--relay", relay}
		}
		a := append(append([]string{"node", "run", "--id", node.ID, dataArgs[0], dataArgs[1]}, p2pArgs...),
			"--state-dir", filepath.Join(cfg.StateDir, "nodes", node.ID))
		a = append(a, common...)
		a = append(append(a, "--s3-endpoint", n.S3Endpoint), chainArgs(NodeKeyBase+i)...)
		if node.Schema != "" {
			a = append(a, "--schema", node.Schema)
		}
		if node.Holdout > 0 || node.Part != "" {
			a = append(a, "--holdout", strconv.FormatFloat(node.Holdout, 'g', -1, 64), "--split-seed", strconv.FormatUint(node.SplitSeed, 10))
		}
		if node.Part != "" {
			a = append(a, "--part", node.Part)
		}
		if node.Policy != "" {
			pol, _ := filepath.Abs(node.Policy)
			a = append(a, "--policy", pol)
		}
		if node.Inject != "" {
			a = append(a, "--inject", node.Inject)
			fmt.Fprintf(out, "node %s will cheat on purpose: %s\n", node.ID, node.Inject)
		}
		if err := n.spawn("node-"+node.ID, cfg.Binary, a, s3env); err != nil {
			return n, err
		}
	}
	if err := n.WaitNodes(ctx); err != nil {
		return n, err
	}
	n.up.Store(true)
	select {
	case err := <-keys:
		if err != nil {
			return n, err
		}
	case <-ctx.Done():
		return n, ctx.Err()
	}
	return n, nil
}

// runKeys runs a twopm command to its end, its output in logs/keys.log,
// and reports how it ended on the returned channel.
func (n *Network) runKeys(ctx context.Context, args, env []string) <-chan error {
	done := make(chan error, 1)
	logPath := filepath.Join(n.Config.StateDir, "logs", "keys.log")
	f, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		done <- fmt.Errorf("devnet: log file: %w", err)
		return done
	}
	cmd := exec.CommandContext(ctx, n.Config.Binary, args...)
	cmd.Stdout, cmd.Stderr = f, f
	cmd.Env = append(os.Environ(), env...)
	go func() {
		defer func() { _ = f.Close() }()
		if err := cmd.Run(); err != nil {
			done <- fmt.Errorf("devnet: make the circuits' keys (see %s): %w", logPath, err)
			return
		}
		done <- nil
	}()
	return done
}

// spawn starts a process whose output goes to logs/<name>.log.
func (n *Network) spawn(name, bin string, args, env []string) error {
	logPath := filepath.Join(n.Config.StateDir, "logs", name+".log")
	f, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("devnet: log file: %w", err)
	}
	cmd := exec.Command(bin, args...)
	if n.hosts != nil && n.hosts.has(name) {
		cmd = n.hosts.command(name, bin, args)
	}
	cmd.Stdout, cmd.Stderr = f, f
	cmd.Env = append(os.Environ(), env...)
	cmd.SysProcAttr = sysProcAttr()
	if err := cmd.Start(); err != nil {
		_ = f.Close()
		return fmt.Errorf("devnet: start %s: %w", name, err)
	}
	p := &proc{name: name, bin: bin, args: args, env: env, cmd: cmd, log: logPath, done: make(chan struct{})}
	n.mu.Lock()
	n.procs = append(n.procs, p)
	n.mu.Unlock()
	go func() {
		p.err = cmd.Wait()
		_ = f.Close()
		close(p.done)
		select {
		case n.exited <- p:
		default: // nobody waits: Wait reports the first exits only
		}
	}()
	return nil
}

// Logs returns the log file of each process, by name (temporal, minio,
// coordinator, node-<id>).
func (n *Network) Logs() map[string]string {
	n.mu.Lock()
	defer n.mu.Unlock()
	m := make(map[string]string, len(n.procs))
	for _, p := range n.procs {
		m[p.name] = p.log
	}
	return m
}

// Wait blocks until ctx ends or a process of the network exits; in the
// latter case it returns an error naming the process and its log file.
func (n *Network) Wait(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return nil
	case p := <-n.exited:
		return fmt.Errorf("devnet: %s exited (%v); see %s", p.name, p.err, p.log)
	}
}

// host returns the address process name listens on: its own host's with
// Config.Hosts, else Config.Host.
func (n *Network) host(name string) (string, error) {
	if n.hosts == nil {
		return n.Config.Host, nil
	}
	return n.hosts.add(name)
}

// CutOff takes process name's host off the network (Config.Hosts): its
// link goes down, so its connections stall and new ones fail, as when a
// hospital's uplink fails. Reconnect undoes it.
func (n *Network) CutOff(name string) error {
	if n.hosts == nil {
		return errors.New("devnet: CutOff needs separate hosts (Config.Hosts)")
	}
	return n.hosts.setLink(name, false)
}

// Address returns the address of process name's host (Config.Hosts).
func (n *Network) Address(name string) (string, error) {
	if n.hosts == nil || !n.hosts.has(name) {
		return "", fmt.Errorf("devnet: no host %s (Config.Hosts)", name)
	}
	return n.hosts.add(name) // the host exists: add returns its address
}

// Reconnect puts a host that was cut off back on the network.
func (n *Network) Reconnect(name string) error {
	if n.hosts == nil {
		return errors.New("devnet: Reconnect needs separate hosts (Config.Hosts)")
	}
	return n.hosts.setLink(name, true)
}

// LinkBytes returns the bytes process name's host sent and received over
// its interface (Config.Hosts).
func (n *Network) LinkBytes(name string) (sent, received int64, err error) {
	if n.hosts == nil {
		return 0, 0, errors.New("devnet: LinkBytes needs separate hosts (Config.Hosts)")
	}
	return n.hosts.linkBytes(name)
}

// Stop stops every process, workers first, politely then by force, and
// removes the hosts of Config.Hosts.
func (n *Network) Stop() {
	if n.hosts != nil {
		defer n.hosts.remove()
	}
	n.mu.Lock()
	procs := append([]*proc(nil), n.procs...)
	n.mu.Unlock()
	for i := len(procs) - 1; i >= 0; i-- {
		p := procs[i]
		select {
		case <-p.done:
			continue
		default:
		}
		_ = p.cmd.Process.Signal(syscall.SIGTERM)
		_ = p.cmd.Process.Signal(syscall.SIGCONT) // a paused process, so that it sees the SIGTERM
		select {
		case <-p.done:
		case <-time.After(10 * time.Second):
			_ = p.cmd.Process.Kill()
			<-p.done
		}
	}
}

// StopProcess stops one process by name (as Logs names them), for tests
// that take a node away.
func (n *Network) StopProcess(name string) error { return n.signal(name, syscall.SIGTERM) }

// KillProcess kills one process by name at once, as a crash would.
func (n *Network) KillProcess(name string) error { return n.signal(name, syscall.SIGKILL) }

func (n *Network) signal(name string, sig syscall.Signal) error {
	p, err := n.last(name)
	if err != nil {
		return err
	}
	if err := p.cmd.Process.Signal(sig); err != nil {
		return err
	}
	if sig == syscall.SIGSTOP || sig == syscall.SIGCONT {
		return nil
	}
	<-p.done
	return nil
}

// last returns the latest process of the given name.
func (n *Network) last(name string) (*proc, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	for i := len(n.procs) - 1; i >= 0; i-- {
		if n.procs[i].name == name {
			return n.procs[i], nil
		}
	}
	return nil, fmt.Errorf("devnet: no process %s", name)
}

// Restart starts a process that was stopped or killed again, with the same
// command line and environment; its log goes on in the same file. The
// chain keeps its state in memory only: a restarted chain is a new one.
func (n *Network) Restart(name string) error {
	p, err := n.last(name)
	if err != nil {
		return err
	}
	select {
	case <-p.done:
	default:
		return fmt.Errorf("devnet: %s is still running", name)
	}
	return n.spawn(name, p.bin, p.args, p.env)
}

// Pause freezes a process (SIGSTOP): it keeps its connections open but
// answers nothing, as a host cut off from the network would, until
// Resume.
func (n *Network) Pause(name string) error { return n.signal(name, syscall.SIGSTOP) }

// Resume lets a paused process go on.
func (n *Network) Resume(name string) error { return n.signal(name, syscall.SIGCONT) }

func (n *Network) died() error {
	if n.up.Load() {
		return nil
	}
	select {
	case p := <-n.exited:
		return fmt.Errorf("devnet: %s exited during start-up (%v); the end of %s:\n%s", p.name, p.err, p.log, logTail(p.log, 15))
	default:
		return nil
	}
}

// poll calls check every interval until it returns nil, a process of the
// network exits, or timeout passes; then it returns the last check error.
func (n *Network) poll(ctx context.Context, timeout, interval time.Duration, check func(context.Context) error) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		if err := n.died(); err != nil {
			return err
		}
		err := check(ctx)
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(interval):
		}
	}
}

func (n *Network) waitTemporal(ctx context.Context) error {
	err := n.poll(ctx, 2*time.Minute, 500*time.Millisecond, func(ctx context.Context) error {
		c, err := client.DialContext(ctx, client.Options{HostPort: n.TemporalAddress, Logger: workers.Logger(zerolog.Nop())})
		if err != nil {
			return err
		}
		defer c.Close()
		_, err = c.CheckHealth(ctx, &client.CheckHealthRequest{})
		return err
	})
	if err != nil {
		return fmt.Errorf("devnet: temporal did not become healthy at %s: %w; see %s", n.TemporalAddress, err, n.Logs()["temporal"])
	}
	return nil
}

func (n *Network) waitHTTP(ctx context.Context, name, url string) error {
	err := n.poll(ctx, time.Minute, 300*time.Millisecond, func(ctx context.Context) error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		_ = resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return errors.New(resp.Status)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("devnet: %s did not become healthy at %s: %w; see %s", name, url, err, n.Logs()[name])
	}
	return nil
}

// WaitNodes waits until every node has announced itself to the registry
// within the liveness window, as after Restart of a node that was down
// long enough to be taken for dead.
func (n *Network) WaitNodes(ctx context.Context) error {
	c, err := client.DialContext(ctx, client.Options{HostPort: n.TemporalAddress, Logger: workers.Logger(zerolog.Nop())})
	if err != nil {
		return fmt.Errorf("devnet: dial temporal: %w", err)
	}
	defer c.Close()
	reg := workers.RegistryClient{Client: c}
	err = n.poll(ctx, 2*time.Minute, 500*time.Millisecond, func(ctx context.Context) error {
		entries, _ := reg.Nodes(ctx)
		seen := map[string]bool{}
		for _, e := range entries {
			if time.Since(e.LastSeen) < workflows.LivenessWindow {
				seen[e.ID] = true
			}
		}
		var waiting []string
		for _, node := range n.Config.Nodes {
			if !seen[node.ID] {
				waiting = append(waiting, node.ID)
			}
		}
		if len(waiting) > 0 {
			return fmt.Errorf("nodes %v did not announce themselves", waiting)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("devnet: %w; see their logs in %s", err, filepath.Join(n.Config.StateDir, "logs"))
	}
	return nil
}

// logTail returns the last n lines of a log file, or a note that it does
// not read.
func logTail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "(" + err.Error() + ")"
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// Development accounts of the local network's roles.
const (
	// DeployerKey deploys the contracts.
	DeployerKey = 0
	// RequesterKey escrows the payments of demo tasks.
	RequesterKey = 1
	// CoordinatorKey records results and settles tasks.
	CoordinatorKey = 2
	// NodeKeyBase is node i's account: NodeKeyBase + i.
	NodeKeyBase = 3
	// UserKey pays for the inference requests of demo infer: the last of
	// the development chain's 16 funded accounts, clear of the nodes'.
	UserKey = 15
)

// startChain starts the development chain (twopm chain), waits for its
// RPC and deploys the network's contracts from development account 0.
func (n *Network) startChain(ctx context.Context) error {
	cfg := n.Config
	h, err := n.host("chain")
	if err != nil {
		return err
	}
	addr := net.JoinHostPort(h, strconv.Itoa(cfg.ChainPort))
	n.ChainRPC = "http://" + addr
	fmt.Fprintf(cfg.Progress, "starting the development chain on %s (chain id %d; its funded accounts' keys are public: local use only)\n", n.ChainRPC, devchain.ChainID)
	if err := n.spawn("chain", cfg.Binary, []string{"chain", "--addr", addr}, nil); err != nil {
		return err
	}
	var c *chain.Client
	err = n.poll(ctx, time.Minute, 200*time.Millisecond, func(ctx context.Context) error {
		var err error
		c, err = chain.Dial(ctx, chain.Config{RPC: n.ChainRPC, ChainID: devchain.ChainID, DialTimeout: time.Second})
		return err
	})
	if err != nil {
		return fmt.Errorf("devnet: chain: %w", err)
	}
	defer c.Close()
	d, err := chain.Deploy(ctx, c, chain.NewSigner(devchain.Key(DeployerKey)), big.NewInt(1e16), 3600)
	if err != nil {
		return fmt.Errorf("devnet: deploy contracts: %w", err)
	}
	n.Contracts = d
	// The consortium registers the schema files its nodes hold, so that
	// they may offer data of them.
	hub := chain.NewHub(c, d.DataHub)
	for _, node := range n.Config.Nodes {
		if node.Schema == "" {
			continue
		}
		if _, err := os.Stat(node.Schema); err != nil {
			continue // a built-in schema's name: Deploy registered it
		}
		s, err := dataset.LoadFile(node.Schema)
		if err != nil {
			return fmt.Errorf("devnet: node %s: %w", node.ID, err)
		}
		abs, _ := filepath.Abs(node.Schema)
		if err := hub.RegisterSchema(ctx, chain.NewSigner(devchain.Key(DeployerKey)), chain.SchemaOf(s, "file://"+abs)); err != nil {
			return fmt.Errorf("devnet: register schema of node %s: %w", node.ID, err)
		}
	}
	return nil
}

// startRelay starts the relay (twopm relay) if a node asks for one, and
// returns its address ("" if none runs).
func (n *Network) startRelay(cfg Config) (string, error) {
	if !slices.ContainsFunc(cfg.Nodes, func(nd Node) bool { return nd.Relay }) {
		return "", nil
	}
	h, err := n.host("relay")
	if err != nil {
		return "", err
	}
	addr := net.JoinHostPort(h, strconv.Itoa(cfg.RelayPort))
	args := []string{"relay", "--listen", addr, "--state-dir", filepath.Join(cfg.StateDir, "relay"), "--log-level", cfg.LogLevel, "--log-format", "json"}
	if err := n.spawn("relay", cfg.Binary, args, nil); err != nil {
		return "", err
	}
	return addr, nil
}

// relayed returns the IDs of the nodes reached through the relay.
func relayed(nodes []Node) []string {
	var ids []string
	for _, nd := range nodes {
		if nd.Relay {
			ids = append(ids, nd.ID)
		}
	}
	return ids
}
