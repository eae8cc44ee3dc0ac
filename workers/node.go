package workers

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/worker"

	"github.com/twopm/twopm/activities/aggregate"
	"github.com/twopm/twopm/activities/compute"
	"github.com/twopm/twopm/activities/infer"
	"github.com/twopm/twopm/activities/prove"
	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/activities/train"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/source"
	"github.com/twopm/twopm/dp"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/p2p"
	"github.com/twopm/twopm/policy"
	"github.com/twopm/twopm/workflows"
)

// NodeConfig configures a hospital's node worker.
type NodeConfig struct {
	// ID names the node; its task queue is workflows.NodeQueue(ID).
	ID string
	// DataPath is the node's private data file (CSV). It is read on this
	// machine only. Exactly one of DataPath and SourceFile is set.
	DataPath string
	// SourceFile is the path of a source file (package dataset/source)
	// that says where the node's rows are: a CSV file or a PostgreSQL
	// query, with where its connection string is kept.
	SourceFile string
	// Schema is the schema of the node's rows: a built-in schema's name,
	// or the path of a schema file. Empty means "heart-disease". The node
	// announces it by its reference (NAME@HASH), so that it is selected
	// for tasks of that very schema, and stores its file in the artifact
	// store for the coordinator to read.
	Schema string
	// Listen is the host:port of the node's peer-to-peer TLS listener.
	Listen string
	// Advertise is the host:port peers dial. Empty means Listen.
	Advertise string
	// Relay, if set, is the host:port of a relay (twopm relay) the node is
	// reached through instead: it opens no port (Listen and Advertise are
	// not used), keeps a connection to the relay, and announces
	// p2p.RelayScheme+Relay. RelayFingerprint, if set, pins the relay's
	// certificate.
	Relay, RelayFingerprint string
	// StateDir keeps the node's TLS key pair and its contributions between
	// map and aggregation.
	StateDir string
	// Policy is the path of the node's policy file (package policy), read
	// again whenever it changes. Empty means policy.Default.
	Policy string
	// Fault, if set, makes the node cheat in every MASCOT session
	// (mascot.FaultBadShare or mascot.FaultBadMAC), in private inference
	// sessions only (the same with infer.FaultPrefix), or corrupt every
	// proof it makes (prove.FaultBadProof), to show that the network
	// catches it. Empty in production.
	Fault string
	// SRS is the KZG SRS the node proves its contributions with: "dev" for
	// the dev network's insecure SRS, or the path of a ceremony SRS file.
	// Empty means the node cannot prove, and proven tasks fail on it.
	SRS string
	// View is the part of the data file the node computes on: a held-out
	// test fraction and, for a node that simulates one of several
	// hospitals from a shared file, its part. The zero View is the whole
	// file.
	View compute.View
	// S3 is the artifact store the node reads global models from.
	S3 S3Config
	// Chain, if set, is where the node is paid: it announces its account
	// and withdraws what tasks credit it, every heartbeat.
	Chain    ChainConfig
	Temporal TemporalConfig
	Logger   zerolog.Logger
}

// RunNode runs a node worker until ctx ends: it listens for peers,
// announces itself to the registry every workflows.HeartbeatInterval, and
// serves LocalMap and SecureAggregate on its own task queue. A data file
// that does not read is reported in the announcement and in every task that
// uses the node; the node keeps serving.
func RunNode(ctx context.Context, cfg NodeConfig) error {
	if cfg.ID == "" || cfg.Listen == "" && cfg.Relay == "" || cfg.StateDir == "" {
		return errors.New("node: id, listen or relay address and state dir are required")
	}
	var src source.Source
	switch {
	case cfg.DataPath != "" && cfg.SourceFile != "":
		return errors.New("node: a data file and a source file are both set; a node reads one source")
	case cfg.DataPath != "":
		src = source.File(cfg.DataPath)
	case cfg.SourceFile != "":
		var err error
		if src, err = source.Load(cfg.SourceFile); err != nil {
			return fmt.Errorf("node %s: %w", cfg.ID, err)
		}
	default:
		return errors.New("node: a data file or a source file is required")
	}
	if cfg.Schema == "" {
		cfg.Schema = workflows.DefaultSchema
	}
	// A fault with infer.FaultPrefix applies to private inference only.
	inferFault, isInfer := strings.CutPrefix(cfg.Fault, infer.FaultPrefix)
	if f := inferFault; f != "" && f != mascot.FaultBadShare && f != mascot.FaultBadMAC && (f != prove.FaultBadProof || isInfer) {
		return fmt.Errorf("node: unknown fault %q: want %s, %s, %s, or %s or %s with the prefix %s", cfg.Fault,
			mascot.FaultBadShare, mascot.FaultBadMAC, prove.FaultBadProof, mascot.FaultBadShare, mascot.FaultBadMAC, infer.FaultPrefix)
	}
	listen := cfg.Listen
	switch {
	case cfg.Relay != "":
		if _, _, err := net.SplitHostPort(cfg.Relay); err != nil {
			return fmt.Errorf("node: relay %q: %w", cfg.Relay, err)
		}
		listen, cfg.Advertise = "", p2p.RelayAddress(cfg.Relay, cfg.RelayFingerprint)
	case cfg.Advertise == "":
		cfg.Advertise = cfg.Listen
	}
	schema, err := LoadSchema(cfg.Schema)
	if err != nil {
		return fmt.Errorf("node %s: %w", cfg.ID, err)
	}
	if err := cfg.View.Validate(); err != nil {
		return fmt.Errorf("node %s: %w", cfg.ID, err)
	}
	// A policy file that does not load stops the node: it would otherwise
	// serve under rules its operator did not write.
	pol, err := policy.Watch(cfg.Policy)
	if err != nil {
		return fmt.Errorf("node %s: %w", cfg.ID, err)
	}
	if p, _ := pol.Current(); p != nil {
		if err := p.CheckSchema(schema); err != nil {
			return fmt.Errorf("node %s: %w", cfg.ID, err)
		}
	}
	lg := cfg.Logger.With().Str("node", cfg.ID).Logger()
	id, err := p2p.LoadOrCreateIdentity(filepath.Join(cfg.StateDir, "tls"), cfg.ID)
	if err != nil {
		return err
	}
	host, err := p2p.Listen(listen, id, lg)
	if err != nil {
		return fmt.Errorf("node %s: %w", cfg.ID, err)
	}
	defer func() { _ = host.Close() }()
	if cfg.Relay != "" {
		if err := host.UseRelay(cfg.Relay, cfg.RelayFingerprint); err != nil {
			return fmt.Errorf("node %s: %w", cfg.ID, err)
		}
		// The first heartbeat says whether peers can reach the node.
		if err := host.WaitRelay(ctx, 10*time.Second); err != nil {
			lg.Warn().Err(err).Msg("the relay does not answer yet: the node keeps trying, and is left out of tasks until it does")
		}
	}
	c, err := Dial(ctx, cfg.Temporal, lg)
	if err != nil {
		return err
	}
	defer c.Close()
	s3, bucket, err := NewS3(ctx, cfg.S3)
	if err != nil {
		return fmt.Errorf("node %s: %w", cfg.ID, err)
	}

	st := &compute.Store{Dir: filepath.Join(cfg.StateDir, "contrib")}
	queue := workflows.NodeQueue(cfg.ID)
	w := worker.New(c, queue, worker.Options{
		BackgroundActivityContext:   lg.WithContext(context.Background()),
		DisableRegistrationAliasing: true,
	})
	objects := store.Objects{S3: s3, Bucket: bucket}
	inf := &infer.Node{NodeID: cfg.ID, Host: host, Dir: filepath.Join(cfg.StateDir, "models"), Objects: objects}
	var cl *chain.Client
	var signer *chain.Signer
	if cfg.Chain.RPC != "" {
		// The chain connection is made before the worker starts, so that
		// inference activities find it.
		if cl, signer, err = cfg.Chain.DialAccount(ctx); err != nil {
			return fmt.Errorf("node %s: %w", cfg.ID, err)
		}
		defer cl.Close()
		if inf.Market, err = cfg.Chain.market(cl); err != nil {
			return fmt.Errorf("node %s: %w", cfg.ID, err)
		}
		inf.Account = signer.Address()
	}
	// With a chain, verifying keys are pinned by the escrow's verifier
	// registry; without, by the binary.
	var pinEscrow *chain.Escrow
	if cl != nil && common.IsHexAddress(cfg.Chain.Escrow) {
		pinEscrow = chain.NewEscrow(cl, common.HexToAddress(cfg.Chain.Escrow))
	}
	proveNode := &prove.Node{NodeID: cfg.ID, Source: src, Schema: schema, View: cfg.View, Store: st,
		Keys: KeyCache(cfg.SRS, objects, pinEscrow, lg), Objects: objects, Fault: cfg.Fault}
	if signer != nil && common.IsHexAddress(cfg.Chain.Escrow) {
		// A proof is bound to the node's account, the chain and the escrow.
		proveNode.Account, proveNode.ChainID, proveNode.Escrow = signer.Address(), uint64(cfg.Chain.ChainID), common.HexToAddress(cfg.Chain.Escrow)
	}
	mpcFault := cfg.Fault
	if mpcFault == prove.FaultBadProof || isInfer {
		mpcFault = ""
	}
	noiseKey, err := dp.LoadKey(cfg.StateDir)
	if err != nil {
		return fmt.Errorf("node %s: %w", cfg.ID, err)
	}
	privacy := policy.NewAccountant(cfg.StateDir)
	RegisterNode(w,
		&compute.Activities{NodeID: cfg.ID, Source: src, Schema: schema, View: cfg.View, Store: st, Policy: pol, Ledger: policy.NewLedger(cfg.StateDir), Privacy: privacy},
		&aggregate.Activities{NodeID: cfg.ID, Host: host, Store: st, Fault: mpcFault, Schema: schema, Policy: pol, NoiseKey: noiseKey, Privacy: privacy},
		&train.Node{NodeID: cfg.ID, Source: src, Schema: schema, View: cfg.View, Store: st, Objects: objects},
		proveNode)
	inf.Fault = mpcFault
	if isInfer {
		inf.Fault = inferFault
	}
	RegisterInference(w, inf)
	if err := w.Start(); err != nil {
		return fmt.Errorf("node %s: start worker: %w", cfg.ID, err)
	}
	defer w.Stop()
	lg.Info().Str("queue", queue).Str("p2p", cfg.Advertise).Str("fingerprint", id.Fingerprint[:16]).Str("schema", schema.Ref()).Msg("node worker started")

	info := workflows.NodeInfo{ID: cfg.ID, Queue: queue, Addr: cfg.Advertise, Fingerprint: id.Fingerprint, Schema: schema.Ref()}
	// Policy reports the policy in force with every heartbeat.
	policyState := func() {
		p, err := pol.Current()
		info.Policy, info.PolicyError = p.Hash(), ""
		b := p.PrivacyBudget
		info.Privacy = &workflows.PrivacySpent{BudgetEpsilon: b.Epsilon, BudgetDelta: b.Delta, Period: b.Period}
		if spent, serr := privacy.Spent(schema.ID, b.Period, time.Now()); serr == nil {
			info.Privacy.Epsilon, info.Privacy.Delta, info.Privacy.Tasks = spent.Epsilon, spent.Delta, spent.Tasks
		} else {
			lg.Warn().Err(serr).Msg("the privacy ledger does not read")
		}
		if err != nil {
			info.PolicyError = err.Error()
			lg.Warn().Err(err).Msg("the changed policy file does not load: the last good policy stays in force")
		}
	}
	policyState()
	var withdraw func()
	// The data read at start serves the registration (which waits for it
	// however long it takes) and the first heartbeat; data that does not
	// read is reported by the heartbeat.
	load := loadData
	if cl != nil {
		load = func(ctx context.Context, src source.Source, s dataset.Schema, v compute.View) (*dataset.Table, error) {
			return v.Load(ctx, src, s)
		}
	}
	data, dataErr := load(ctx, src, schema, cfg.View)
	var registered [32]byte // fingerprint of the rows registered on chain
	// register, when set, registers the release on chain once the data
	// reads: it did not at start (a database down).
	var register func(*dataset.Table) error
	if cl != nil {
		if !common.IsHexAddress(cfg.Chain.Escrow) {
			return fmt.Errorf("node %s: task escrow address %q is not an address", cfg.ID, cfg.Chain.Escrow)
		}
		escrow := chain.NewEscrow(cl, common.HexToAddress(cfg.Chain.Escrow))
		info.Account = signer.Address().Hex()
		if err := registerNode(ctx, cfg.Chain, cl, signer, info, schema, data); err != nil {
			return fmt.Errorf("node %s: %w", cfg.ID, err)
		}
		if data != nil && cfg.Chain.DataHub != "" {
			registered = fingerprint(data)
		}
		if data == nil && cfg.Chain.DataHub != "" {
			register = func(data *dataset.Table) error {
				if err := registerNode(ctx, cfg.Chain, cl, signer, info, schema, data); err != nil {
					return err
				}
				registered = fingerprint(data)
				lg.Info().Msg("data set registered on chain")
				return nil
			}
		}
		lg.Info().Str("account", info.Account).Msg("registered on chain, paid on chain")
		withdraw = func() {
			wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			defer cancel()
			got, err := escrow.Withdraw(wctx, signer)
			switch {
			case err != nil && ctx.Err() == nil:
				lg.Warn().Err(err).Msg("withdrawing payments failed")
			case err == nil && got.Sign() > 0:
				lg.Info().Str("wei", got.String()).Msg("payments withdrawn")
			}
			if inf.Market == nil {
				return
			}
			if owed, err := inf.Market.Credit(wctx, signer.Address()); err != nil || owed.Sign() == 0 {
				return
			}
			got, err = inf.Market.Withdraw(wctx, signer)
			switch {
			case err != nil && ctx.Err() == nil:
				lg.Warn().Err(err).Msg("withdrawing inference revenue failed")
			case err == nil:
				lg.Info().Str("wei", got.String()).Msg("inference revenue withdrawn")
			}
		}
	}
	t := time.NewTicker(workflows.HeartbeatInterval)
	defer t.Stop()
	for beat := 0; ; beat++ {
		// Every dataCheckEvery heartbeats the node reads its data again
		// (a whole read: not at every heartbeat) and stores its schema
		// file again (which repairs one someone else overwrote).
		if beat%dataCheckEvery == 0 {
			if beat > 0 {
				data, dataErr = loadData(ctx, src, schema, cfg.View)
			}
			info.Rows, info.DataError = dataState(data, dataErr, registered)
			if register != nil && info.DataError == "" {
				if err := register(data); err != nil {
					info.DataError = "the data set is not registered on chain yet: " + err.Error()
				} else {
					register = nil
				}
			}
			if info.DataError != "" {
				lg.Warn().Str("error", info.DataError).Str("source", src.String()).Msg("data does not read")
			}
			if err := objects.PutSchema(ctx, schema); err != nil && ctx.Err() == nil {
				lg.Warn().Err(err).Msg("storing the schema file failed")
			}
		}
		if beat > 0 {
			policyState()
		}
		info.LinkError = ""
		if err := host.RelayError(); err != nil {
			info.LinkError = err.Error()
			lg.Warn().Err(err).Msg("peers cannot reach this node: its relay does not answer")
		}
		if err := announce(ctx, c, info); err != nil && ctx.Err() == nil {
			lg.Warn().Err(err).Msg("heartbeat to registry failed")
		}
		if withdraw != nil {
			withdraw()
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// RegisterInference registers a serving node's inference activities on w.
func RegisterInference(w worker.Registry, inf *infer.Node) {
	w.RegisterActivityWithOptions(inf.PlainPredict, activity.RegisterOptions{Name: workflows.PlainPredictName})
	w.RegisterActivityWithOptions(inf.PrivatePredict, activity.RegisterOptions{Name: workflows.PrivatePredictName})
	w.RegisterActivityWithOptions(inf.StoreModelShare, activity.RegisterOptions{Name: workflows.StoreModelShareName})
}

// RegisterNode registers a node's activities on w under their names.
func RegisterNode(w worker.Registry, comp *compute.Activities, agg *aggregate.Activities, tr *train.Node, pr *prove.Node) {
	w.RegisterActivityWithOptions(comp.LocalMap, activity.RegisterOptions{Name: workflows.LocalMapName})
	w.RegisterActivityWithOptions(comp.AdmitTask, activity.RegisterOptions{Name: workflows.AdmitTaskName})
	w.RegisterActivityWithOptions(agg.SecureAggregate, activity.RegisterOptions{Name: workflows.SecureAggregateName})
	w.RegisterActivityWithOptions(tr.LocalTrain, activity.RegisterOptions{Name: workflows.LocalTrainName})
	w.RegisterActivityWithOptions(tr.LocalEvaluate, activity.RegisterOptions{Name: workflows.LocalEvaluateName})
	w.RegisterActivityWithOptions(pr.ProveContribution, activity.RegisterOptions{Name: workflows.ProveContributionName})
}

// dataCheckEvery is how many heartbeats apart a node reads its data again
// to report whether it still reads and is still the registered release.
const dataCheckEvery = 6

// LoadSchema returns the schema arg names: the path of a schema file, or a
// built-in schema's name or reference.
func LoadSchema(arg string) (dataset.Schema, error) {
	if _, err := os.Stat(arg); err == nil {
		return dataset.LoadFile(arg)
	}
	s, err := dataset.Lookup(arg)
	if errors.Is(err, dataset.ErrUnknownSchema) {
		return dataset.Schema{}, fmt.Errorf("schema: no file %s and no built-in schema of that name (built-in: %s)", arg, strings.Join(dataset.Builtin(), ", "))
	}
	return s, err
}

// loadData reads the node's view of its source, giving up after a
// heartbeat interval.
func loadData(ctx context.Context, src source.Source, s dataset.Schema, v compute.View) (*dataset.Table, error) {
	ctx, cancel := context.WithTimeout(ctx, workflows.HeartbeatInterval)
	defer cancel()
	return v.Load(ctx, src, s)
}

// dataState returns the rows of the node's data as read (tab, or err),
// or why it does not read or, when registered is not zero, why the rows
// are not those the node registered on chain (their fingerprint at
// registration). A node with a data error is not selected.
func dataState(tab *dataset.Table, err error, registered [32]byte) (int, string) {
	if err != nil {
		return -1, dataset.Brief(err) // the first problem: twopm schema check lists them all
	}
	if registered != ([32]byte{}) && fingerprint(tab) != registered {
		return len(tab.Rows), "the data changed since the node registered its commitment on chain: restart the node to register the new release"
	}
	return len(tab.Rows), ""
}

// fingerprint is a SHA-256 of a table's cells, cheap enough to compute at
// every heartbeat (the commitment root is not).
func fingerprint(t *dataset.Table) [32]byte {
	h := sha256.New()
	var b [17]byte
	for _, row := range t.Rows {
		for _, c := range row {
			binary.LittleEndian.PutUint64(b[0:], uint64(c.Q))
			binary.LittleEndian.PutUint64(b[8:], uint64(c.Level))
			b[16] = 0
			if c.Missing {
				b[16] = 1
			}
			h.Write(b[:])
		}
		h.Write([]byte{0xff})
	}
	return [32]byte(h.Sum(nil))
}

// announce signals info to the registry, starting the registry if needed.
func announce(ctx context.Context, c client.Client, info workflows.NodeInfo) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	_, err := c.SignalWithStartWorkflow(ctx, workflows.RegistryWorkflowID, workflows.HeartbeatSignal, info,
		client.StartWorkflowOptions{ID: workflows.RegistryWorkflowID, TaskQueue: workflows.CoordinatorQueue},
		workflows.NodeRegistryName, workflows.RegistryState{})
	return err
}

func isNotFound(err error) bool {
	var nf *serviceerror.NotFound
	return errors.As(err, &nf)
}
