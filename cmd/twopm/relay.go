package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/twopm/twopm/p2p"
)

func newRelay(g *globals) *cobra.Command {
	var listen, stateDir string
	cmd := &cobra.Command{
		Use:   "relay",
		Short: "Run a relay that nodes dial out to, so that no hospital opens an inbound port",
		Long: `relay runs beside the coordinator, at an address every node can reach. A node
started with --relay HOST:PORT opens no port: it keeps a TLS connection to the
relay open, redialing whenever it drops (a relay restart), and announces
relay://HOST:PORT as its address. A peer that links to such a node connects
to the relay and names the node by its certificate's fingerprint, which the
node proved to the relay; the relay tells the node, which opens a second
connection for the link, and splices the two. The nodes' own mutually
authenticated TLS runs end to end inside: the relay sees ciphertext only, and
one that alters, drops, reorders or replays bytes breaks the link, so the
session aborts as it does for a cheating peer. The relay learns who links to
whom, when, and how much they send. Direct and relayed nodes mix in one
network: a node that listens is dialed directly.

The relay's key pair is made on first start in --state-dir/tls; it prints its
address and fingerprint, which nodes may pin with --relay-fingerprint. It runs
until interrupted.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lg, err := g.logger()
			if err != nil {
				return err
			}
			id, err := p2p.LoadOrCreateIdentity(filepath.Join(stateDir, "tls"), "relay")
			if err != nil {
				return err
			}
			r, err := p2p.ListenRelay(listen, id, lg)
			if err != nil {
				return err
			}
			defer r.Close()
			fmt.Fprintf(os.Stdout, "relay listening on %s, fingerprint %s\n", r.Addr(), id.Fingerprint)
			<-cmd.Context().Done()
			return nil
		},
	}
	cmd.Flags().StringVar(&listen, "listen", env("TWOPM_RELAY_LISTEN", "127.0.0.1:7400"), withEnv("host:port the relay listens on", "TWOPM_RELAY_LISTEN"))
	cmd.Flags().StringVar(&stateDir, "state-dir", env("TWOPM_RELAY_STATE_DIR", ".twopm/relay"), withEnv("directory for the relay's key pair", "TWOPM_RELAY_STATE_DIR"))
	return cmd
}
