package main

import (
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/twopm/twopm/p2p"
)

func newRelay(g *globals) *cobra.Command {
	var listen, stateDir, allowFile string
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
address and fingerprint, which nodes pin with --relay-fingerprint (a node then
announces relay://HOST:PORT#FINGERPRINT, and its peers pin it too). With
--allow FILE only the listed node certificates may use it; without, any
certificate may, within its limits: 8192 connections, 1024 listening nodes,
1024 waiting links and 64 per node. A node takes at most 64 links through it
at once, and cuts off a relay that announces more. The relay, or anyone on
its path, can refuse service, and one that stops forwarding stalls a link
until the session's own timeout. It runs until interrupted.`,
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
			var allow []string
			if allowFile != "" {
				b, err := os.ReadFile(allowFile)
				if err != nil {
					return fmt.Errorf("relay: --allow: %w", err)
				}
				for i, line := range strings.Split(string(b), "\n") {
					line = strings.TrimSpace(line)
					if line == "" || strings.HasPrefix(line, "#") {
						continue
					}
					if fp, err := hex.DecodeString(line); err != nil || len(fp) != 32 {
						return fmt.Errorf("relay: --allow %s:%d: not a fingerprint (64 hex digits)", allowFile, i+1)
					}
					allow = append(allow, line)
				}
			}
			r, err := p2p.ListenRelay(listen, id, lg)
			if err != nil {
				return err
			}
			defer func() { _ = r.Close() }()
			if allowFile != "" {
				r.Allow(allow)
			}
			fmt.Fprintf(os.Stdout, "relay listening on %s, fingerprint %s\n", r.Addr(), id.Fingerprint)
			<-cmd.Context().Done()
			return nil
		},
	}
	cmd.Flags().StringVar(&listen, "listen", env("TWOPM_RELAY_LISTEN", "127.0.0.1:7400"), withEnv("host:port the relay listens on", "TWOPM_RELAY_LISTEN"))
	cmd.Flags().StringVar(&allowFile, "allow", env("TWOPM_RELAY_ALLOW", ""), withEnv("a file of the node certificate fingerprints (one per line, as the node registry holds them) that may use the relay; empty: any certificate, within the relay's limits", "TWOPM_RELAY_ALLOW"))
	cmd.Flags().StringVar(&stateDir, "state-dir", env("TWOPM_RELAY_STATE_DIR", ".twopm/relay"), withEnv("directory for the relay's key pair", "TWOPM_RELAY_STATE_DIR"))
	return cmd
}
