package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/twopm/twopm/devnet"
	"github.com/twopm/twopm/requester"
)

// netFlags configure a local network.
type netFlags struct {
	cfg devnet.Config
}

func (n *netFlags) register(f *pflag.FlagSet) {
	c := &n.cfg
	f.StringVar(&c.StateDir, "state-dir", env("TWOPM_STATE_DIR", ".twopm"), withEnv("state of the local network: Temporal database, MinIO data, node keys, logs", "TWOPM_STATE_DIR"))
	f.StringVar(&c.ToolsDir, "tools-dir", env("TWOPM_TOOLS_DIR", ""), withEnv("where the Temporal and MinIO binaries are built (empty: <state-dir>/bin)", "TWOPM_TOOLS_DIR"))
	f.StringVar(&c.DataDir, "data-dir", env("TWOPM_DATA_DIR", "../shared/data"), withEnv("directory with heart-disease/processed.<hospital>.data", "TWOPM_DATA_DIR"))
	f.StringVar(&c.Host, "host", env("TWOPM_HOST", "127.0.0.1"), withEnv("address every service binds to", "TWOPM_HOST"))
	f.IntVar(&c.TemporalPort, "temporal-port", envInt("TWOPM_TEMPORAL_PORT", 7233), withEnv("Temporal gRPC port", "TWOPM_TEMPORAL_PORT"))
	f.IntVar(&c.UIPort, "ui-port", envInt("TWOPM_UI_PORT", 8233), withEnv("Temporal Web UI port", "TWOPM_UI_PORT"))
	f.IntVar(&c.S3Port, "s3-port", envInt("TWOPM_S3_PORT", 9000), withEnv("MinIO S3 API port", "TWOPM_S3_PORT"))
	f.IntVar(&c.S3ConsolePort, "s3-console-port", envInt("TWOPM_S3_CONSOLE_PORT", 9001), withEnv("MinIO console port", "TWOPM_S3_CONSOLE_PORT"))
	f.IntVar(&c.ChainPort, "chain-port", envInt("TWOPM_CHAIN_PORT", 8545), withEnv("JSON-RPC port of the development chain", "TWOPM_CHAIN_PORT"))
	f.IntVar(&c.NodePortBase, "node-port-base", envInt("TWOPM_NODE_PORT_BASE", 7301), withEnv("p2p port of the first node; the others follow", "TWOPM_NODE_PORT_BASE"))
	f.BoolVar(&c.RelayAll, "relay", false, "the hospital nodes open no port and reach each other through a relay (twopm relay) the network starts")
	f.IntVar(&c.RelayPort, "relay-port", envInt("TWOPM_RELAY_PORT", 7300), withEnv("port of that relay", "TWOPM_RELAY_PORT"))
}

// start starts the network, printing progress on stderr.
func (n *netFlags) start(ctx context.Context, g *globals) (*devnet.Network, error) {
	n.cfg.LogLevel = g.logLevel
	n.cfg.Progress = os.Stderr
	start := time.Now()
	net, err := devnet.Start(ctx, n.cfg)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(os.Stderr, "network up in %s\n", time.Since(start).Round(100*time.Millisecond))
	return net, nil
}

// startDemo starts the network, prints where its services are and dials
// its Temporal server; stop closes the client and stops the network.
func (n *netFlags) startDemo(ctx context.Context, g *globals) (net *devnet.Network, c *requester.Client, stop func(), err error) {
	if net, err = n.start(ctx, g); err != nil {
		return nil, nil, nil, err
	}
	printNetwork(os.Stderr, net)
	c, closeC, err := g.clientAt(ctx, net.TemporalAddress)
	if err != nil {
		net.Stop()
		return nil, nil, nil, err
	}
	return net, c, func() { closeC(); net.Stop() }, nil
}

func printNetwork(w io.Writer, net *devnet.Network) {
	fmt.Fprintf(w, `
  Temporal     %s
  Web UI       %s
  S3 (MinIO)   http://%s   bucket twopm   console http://%s:%d
  logs         %s/logs
  chain        %s (id %d)   registry %s   data hub %s   task escrow %s   model market %s
`, net.TemporalAddress, net.UIURL, net.S3Endpoint, net.Config.Host, net.Config.S3ConsolePort, net.Config.StateDir,
		net.ChainRPC, net.Contracts.ChainID, net.Contracts.NodeRegistry, net.Contracts.DataHub, net.Contracts.TaskEscrow, net.Contracts.Market)
	for _, id := range slices.Sorted(maps.Keys(net.Contracts.Verifiers)) {
		fmt.Fprintf(w, "  verifier     %s %s (dev SRS: insecure)\n", id, net.Contracts.Verifiers[id])
	}
	for i, node := range net.Config.Nodes {
		fmt.Fprintf(w, "  node %-12s p2p %s:%d   data %s\n", node.ID, net.Config.Host, net.Config.NodePortBase+i, node.Data)
	}
	fmt.Fprintln(w)
}

func newDev(g *globals) *cobra.Command {
	var nf netFlags
	cmd := &cobra.Command{
		Use:   "dev",
		Short: "Start a local network and keep it running until Ctrl-C",
		Long: `dev starts a complete local 2PM network: the Temporal dev server with its Web UI
(history kept in <state-dir>/temporal.db, so a restart keeps it), a MinIO
server, the coordinator worker and one node worker per hospital, each its own
process reading only its own file. The first start builds the Temporal CLI and
MinIO from the Go module proxy into <state-dir>/bin (a few minutes); later
starts take seconds. Submit tasks with twopm task submit.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			net, err := nf.start(cmd.Context(), g)
			if err != nil {
				return err
			}
			defer net.Stop()
			printNetwork(os.Stderr, net)
			fmt.Fprintln(os.Stderr, "running; press Ctrl-C to stop")
			err = net.Wait(cmd.Context())
			fmt.Fprintln(os.Stderr, "stopping")
			return err
		},
	}
	nf.register(cmd.Flags())
	return cmd
}
