package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/twopm/twopm/requester"
	"github.com/twopm/twopm/workers"
)

// globals are the flags every command shares.
type globals struct {
	temporal  string
	namespace string
	logLevel  string
	logFormat string
}

// env returns the environment variable's value, or def.
func env(name, def string) string {
	if v, ok := os.LookupEnv(name); ok && v != "" {
		return v
	}
	return def
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

// withEnv documents a flag's environment variable in its usage.
func withEnv(usage, name string) string { return usage + " [$" + name + "]" }

func (g *globals) register(root *cobra.Command) {
	f := root.PersistentFlags()
	f.StringVar(&g.temporal, "temporal-address", env("TWOPM_TEMPORAL_ADDRESS", "127.0.0.1:7233"), withEnv("Temporal frontend host:port", "TWOPM_TEMPORAL_ADDRESS"))
	f.StringVar(&g.namespace, "namespace", env("TWOPM_NAMESPACE", "default"), withEnv("Temporal namespace", "TWOPM_NAMESPACE"))
	f.StringVar(&g.logLevel, "log-level", env("TWOPM_LOG_LEVEL", "info"), withEnv("log level: debug, info, warn, error", "TWOPM_LOG_LEVEL"))
	f.StringVar(&g.logFormat, "log-format", env("TWOPM_LOG_FORMAT", "console"), withEnv("log format on stderr: console or json", "TWOPM_LOG_FORMAT"))
}

// logger returns the zerolog logger on stderr that the flags ask for.
func (g *globals) logger() (zerolog.Logger, error) {
	lvl, err := zerolog.ParseLevel(g.logLevel)
	if err != nil || g.logLevel == "" {
		return zerolog.Logger{}, fmt.Errorf("--log-level %q: want debug, info, warn or error", g.logLevel)
	}
	var w io.Writer = os.Stderr
	switch g.logFormat {
	case "json":
	case "console":
		w = zerolog.ConsoleWriter{Out: os.Stderr, TimeFormat: time.TimeOnly}
	default:
		return zerolog.Logger{}, fmt.Errorf("--log-format %q: want console or json", g.logFormat)
	}
	return zerolog.New(w).Level(lvl).With().Timestamp().Logger(), nil
}

func (g *globals) temporalConfig() workers.TemporalConfig {
	return workers.TemporalConfig{Address: g.temporal, Namespace: g.namespace}
}

// client dials Temporal for the requester commands, giving up after 10 s.
func (g *globals) client(ctx context.Context) (*requester.Client, func(), error) {
	return g.clientAt(ctx, g.temporal)
}

// withClient returns a cobra RunE that dials the network, calls f with the
// client and closes it.
func (g *globals) withClient(f func(cmd *cobra.Command, args []string, c *requester.Client) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		c, closeC, err := g.client(cmd.Context())
		if err != nil {
			return err
		}
		defer closeC()
		return f(cmd, args, c)
	}
}

// clientAt is client for a given Temporal address.
func (g *globals) clientAt(ctx context.Context, addr string) (*requester.Client, func(), error) {
	lg, err := g.logger()
	if err != nil {
		return nil, nil, err
	}
	dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	c, err := workers.Dial(dctx, workers.TemporalConfig{Address: addr, Namespace: g.namespace}, lg.Level(zerolog.WarnLevel))
	if err != nil {
		return nil, nil, fmt.Errorf("%w (is the network up? start it with: twopm dev)", err)
	}
	return &requester.Client{T: c}, c.Close, nil
}

// s3Flags are the artifact-store flags of the commands that need them.
type s3Flags struct {
	endpoint, accessKey, secretKey, bucket, region string
}

func (s *s3Flags) register(f *pflag.FlagSet) {
	f.StringVar(&s.endpoint, "s3-endpoint", env("TWOPM_S3_ENDPOINT", "127.0.0.1:9000"), withEnv("S3-compatible endpoint, host:port or http(s)://host:port", "TWOPM_S3_ENDPOINT"))
	f.StringVar(&s.accessKey, "s3-access-key", env("TWOPM_S3_ACCESS_KEY", "twopm-dev"), withEnv("S3 access key", "TWOPM_S3_ACCESS_KEY"))
	f.StringVar(&s.secretKey, "s3-secret-key", env("TWOPM_S3_SECRET_KEY", "twopm-dev-secret"), withEnv("S3 secret key (prefer the variable: flags show in ps)", "TWOPM_S3_SECRET_KEY"))
	f.StringVar(&s.bucket, "s3-bucket", env("TWOPM_S3_BUCKET", "twopm"), withEnv("bucket for artifacts, created if missing", "TWOPM_S3_BUCKET"))
	f.StringVar(&s.region, "s3-region", env("TWOPM_S3_REGION", ""), withEnv("bucket region (empty: the server's default)", "TWOPM_S3_REGION"))
}

func (s *s3Flags) config() workers.S3Config {
	return workers.S3Config{Endpoint: s.endpoint, AccessKey: s.accessKey, SecretKey: s.secretKey, Bucket: s.bucket, Region: s.region}
}

// chainFlags configure a worker's chain account.
type chainFlags struct {
	cfg workers.ChainConfig
}

func (c *chainFlags) register(f *pflag.FlagSet) {
	c.registerEscrow(f)
	f.StringVar(&c.cfg.Registry, "node-registry", env("TWOPM_NODE_REGISTRY", ""), withEnv("address of the node registry contract: nodes register there, selection checks it (empty: no check)", "TWOPM_NODE_REGISTRY"))
	f.StringVar(&c.cfg.DataHub, "data-hub", env("TWOPM_DATA_HUB", ""), withEnv("address of the data hub contract, where nodes register their data set's commitment", "TWOPM_DATA_HUB"))
	f.StringVar(&c.cfg.Market, "model-market", env("TWOPM_MODEL_MARKET", ""), withEnv("address of the model market contract, where published models are paid per inference (empty: serve no inference)", "TWOPM_MODEL_MARKET"))
}

// registerEscrow registers the flags of the chain, the account and the
// task escrow only.
func (c *chainFlags) registerEscrow(f *pflag.FlagSet) {
	c.registerAccount(f)
	f.StringVar(&c.cfg.Escrow, "task-escrow", env("TWOPM_TASK_ESCROW", ""), withEnv("address of the task escrow contract", "TWOPM_TASK_ESCROW"))
}

// registerAccount registers the flags of the chain and the account only.
func (c *chainFlags) registerAccount(f *pflag.FlagSet) {
	f.StringVar(&c.cfg.RPC, "chain-rpc", env("TWOPM_CHAIN_RPC", ""), withEnv("JSON-RPC URL of the network's chain (empty: no chain)", "TWOPM_CHAIN_RPC"))
	f.Int64Var(&c.cfg.ChainID, "chain-id", int64(envInt("TWOPM_CHAIN_ID", 1337)), withEnv("chain ID the RPC must serve (1337: the development chain; Scroll Sepolia 534351, Scroll 534352)", "TWOPM_CHAIN_ID"))
	f.StringVar(&c.cfg.Keystore, "chain-keystore", env("TWOPM_CHAIN_KEYSTORE", ""), withEnv("directory of the account's encrypted key (created if empty); the passphrase comes from $TWOPM_CHAIN_PASSPHRASE", "TWOPM_CHAIN_KEYSTORE"))
	f.IntVar(&c.cfg.DevKey, "chain-dev-key", -1, "use development account N of the development chain instead of a keystore (public keys: local use only)")
	f.Uint64Var(&c.cfg.Confirmations, "chain-confirmations", uint64(max(envInt("TWOPM_CHAIN_CONFIRMATIONS", 1), 1)), withEnv("blocks that must follow a transaction's block before it counts as done (Scroll Sepolia: 2, Scroll: 3, as chain.Presets gives them)", "TWOPM_CHAIN_CONFIRMATIONS"))
}

func (c *chainFlags) config() workers.ChainConfig {
	cfg := c.cfg
	cfg.Passphrase = os.Getenv("TWOPM_CHAIN_PASSPHRASE")
	return cfg
}
