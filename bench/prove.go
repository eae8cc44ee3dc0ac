package bench

import (
	"context"
	"crypto/rand"
	"fmt"
	"math/big"
	mrand "math/rand/v2"
	"path/filepath"
	"syscall"
	"time"

	"github.com/consensys/gnark/backend/plonk"
	plonkbn254 "github.com/consensys/gnark/backend/plonk/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/twopm/twopm/circuits/contribution"
	"github.com/twopm/twopm/circuits/hlr"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/contracts/bindings/plonkverifier"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/synth"
	"github.com/twopm/twopm/devchain"
	"github.com/twopm/twopm/stats"
)

// Circuits bench prove knows.
const (
	CircuitStats = "stats"
	CircuitLR    = "lr"
)

// ProveConfig says what BenchProve measures.
type ProveConfig struct {
	// Circuit is "stats" (the statistics of every heart-disease column)
	// or "lr". Empty means "stats".
	Circuit string
	// Rows is the table size: the rows of Data, repeated as needed. Zero
	// means 303, the Cleveland file.
	Rows int
	// Schema is the table's schema; nil means heart-disease.
	Schema *dataset.Schema
	// Data is a data file of Schema (with or without a header). Empty
	// means ../shared/data/heart-disease/processed.cleveland.data for
	// heart-disease and, for any other schema, seeded synthetic rows
	// (dataset/synth, 5% missing, the label drawn from the other
	// columns).
	Data string
	// Progress, if set, receives a line per step.
	Progress func(string)
}

// ProveResult is what BenchProve measured.
type ProveResult struct {
	Circuit     string `json:"circuit"`
	Rows        int    `json:"rows"`
	Constraints int    `json:"constraints"`
	// SetupSeconds is the dev-SRS setup of the circuit's keys (once per
	// circuit version in a network).
	SetupSeconds float64 `json:"setup_seconds"`
	// ProveSeconds and VerifySeconds are one proof and its verification
	// in Go.
	ProveSeconds  float64 `json:"prove_seconds"`
	VerifySeconds float64 `json:"verify_seconds"`
	// VerifyGas is the gas of a call to the network's verifier contract
	// (PlonkVerifier, the key an argument) on the simulated chain.
	VerifyGas *uint64 `json:"verify_gas"`
	// PlainSeconds is computing the same statistics without a proof
	// (stats.LocalMap), measured in the same run, and RatioVsPlain
	// ProveSeconds over it.
	PlainSeconds float64 `json:"plain_seconds"`
	RatioVsPlain float64 `json:"ratio_vs_plain"`
	// Schema is the table's schema, NAME@HASH.
	Schema string `json:"schema"`
	// PeakRSSBytes is the process's peak resident memory once the proof
	// is made (getrusage): the setup's, the proof's or any earlier
	// step's, whichever was largest.
	PeakRSSBytes int64 `json:"peak_rss_bytes"`
	// EstimatedBytes is the prover memory setup.EstimateFor expects of
	// the circuit, which nodes and circuits register check against the
	// machine: an upper estimate, to compare with PeakRSSBytes.
	EstimatedBytes uint64 `json:"estimated_bytes"`
}

// BenchProve proves a table's statistics contribution with a circuit of
// exactly its size, under the dev SRS, and measures it.
func BenchProve(ctx context.Context, cfg ProveConfig) (ProveResult, error) {
	if cfg.Circuit == "" {
		cfg.Circuit = CircuitStats
	}
	if cfg.Rows == 0 {
		cfg.Rows = 303
	}
	schema := dataset.HeartDisease
	if cfg.Schema != nil {
		schema = *cfg.Schema
	}
	if cfg.Data == "" && schema.Hash() == dataset.HeartDisease.Hash() {
		cfg.Data = filepath.Join("..", "shared", "data", "heart-disease", "processed.cleveland.data")
	}
	progress := cfg.Progress
	if progress == nil {
		progress = func(string) {}
	}
	switch {
	case cfg.Circuit != CircuitStats && cfg.Circuit != CircuitLR:
		return ProveResult{}, fmt.Errorf("bench: unknown circuit %q: want stats or lr", cfg.Circuit)
	case cfg.Rows < 1 || cfg.Rows > 1<<16:
		return ProveResult{}, fmt.Errorf("bench: rows %d not in [1, 65536]", cfg.Rows)
	}
	tab, err := benchTable(cfg.Data, schema, cfg.Rows)
	if err != nil {
		return ProveResult{}, err
	}
	res, err := benchCircuit(ctx, cfg, tab, progress)
	res.Schema = schema.Ref()
	res.PeakRSSBytes = peakRSS()
	res.EstimatedBytes = setup.EstimateFor(res.Constraints).Bytes
	return res, err
}

// benchCircuit measures cfg's circuit on tab.
func benchCircuit(ctx context.Context, cfg ProveConfig, tab *dataset.Table, progress func(string)) (ProveResult, error) {
	if cfg.Circuit == CircuitLR {
		return benchHLR(ctx, cfg, tab, progress)
	}
	v := setup.Version{ID: fmt.Sprintf("bench-stats-%d", cfg.Rows),
		Shape: contribution.Shape{Rows: cfg.Rows, Schema: tab.Schema}}
	res := ProveResult{Circuit: cfg.Circuit, Rows: cfg.Rows}

	start := time.Now()
	srs, err := setup.DevSRSFor(v)
	if err != nil {
		return res, err
	}
	keys, err := setup.NewKeys(v, srs)
	if err != nil {
		return res, err
	}
	res.SetupSeconds = time.Since(start).Seconds()
	res.Constraints = keys.CCS.GetNbConstraints()
	progress(fmt.Sprintf("%d rows: %d constraints, keys in %.1f s", cfg.Rows, res.Constraints, res.SetupSeconds))

	l, err := v.Shape.Layout()
	if err != nil {
		return res, err
	}
	start = time.Now()
	_ = stats.LocalMap(tab, l)
	res.PlainSeconds = time.Since(start).Seconds()

	mask, err := contribution.NewMask(rand.Reader)
	if err != nil {
		return res, err
	}
	binding := contribution.NewBinding(contribution.Binding{ChainID: 1337, TaskKey: [32]byte{0xbe, 0x1c}, Round: 1, Attempt: 1})
	start = time.Now()
	full, public, claim, err := contribution.Witness(tab, binding, mask, v.Shape)
	if err != nil {
		return res, err
	}
	proof, err := timeProof(keys, full, public, start, &res, progress)
	if err != nil {
		return res, err
	}

	root := new(big.Int).SetBytes(claim.Root[:])
	inputs := []*big.Int{root, big.NewInt(int64(claim.Rows)), claim.Binding.BigInt(new(big.Int)),
		claim.Commitment.X.BigInt(new(big.Int)), claim.Commitment.Y.BigInt(new(big.Int))}
	return res, measureGas(ctx, keys, proof, inputs, &res, progress)
}

// timeProof proves full with keys and verifies the proof against public,
// recording in res the proving time since start (which counts making the
// witness) and the verifying time.
func timeProof(keys *setup.Keys, full, public witness.Witness, start time.Time, res *ProveResult, progress func(string)) (plonk.Proof, error) {
	proof, err := contribution.Prove(keys.CCS, keys.PK, full, setup.ProverOptions()...)
	if err != nil {
		return nil, err
	}
	res.ProveSeconds = time.Since(start).Seconds()
	if res.PlainSeconds > 0 {
		res.RatioVsPlain = res.ProveSeconds / res.PlainSeconds
	}
	progress(fmt.Sprintf("proved in %.2f s", res.ProveSeconds))
	start = time.Now()
	if err := contribution.Verify(proof, keys.VK, public, setup.VerifierOptions()...); err != nil {
		return nil, err
	}
	res.VerifySeconds = time.Since(start).Seconds()
	return proof, nil
}

// measureGas fills res.VerifyGas with the gas of the network's verifier
// contract checking proof with keys' verifying key.
func measureGas(ctx context.Context, keys *setup.Keys, proof plonk.Proof, inputs []*big.Int, res *ProveResult, progress func(string)) error {
	vk, err := setup.SolidityVK(keys.VK)
	if err != nil {
		return err
	}
	gas, err := verifyGas(ctx, vk, proof.(*plonkbn254.Proof).MarshalSolidity(), inputs)
	if err != nil {
		return err
	}
	res.VerifyGas = &gas
	progress(fmt.Sprintf("verified in %.1f ms, %d gas on chain", res.VerifySeconds*1000, gas))
	return nil
}

// benchHLR measures the HLR gradient circuit on tab at seeded
// coefficients and the table's own encoding statistics; the plain
// baseline is the same fixed-point gradient computed natively.
func benchHLR(ctx context.Context, cfg ProveConfig, tab *dataset.Table, progress func(string)) (ProveResult, error) {
	res := ProveResult{Circuit: cfg.Circuit, Rows: cfg.Rows}
	if tab.Schema.Label == nil {
		return res, fmt.Errorf("bench: schema %s declares no label for the lr circuit", tab.Schema.Ref())
	}
	s := hlr.Shape{Rows: cfg.Rows, Schema: tab.Schema, Label: *tab.Schema.Label}
	stats, err := dataset.Pooled(s.Schema, s.Schema.Names(), tab)
	if err != nil {
		return res, err
	}
	width, err := s.Width()
	if err != nil {
		return res, err
	}
	rng := mrand.New(mrand.NewPCG(1, 2))
	beta := make([]float64, width)
	for i := range beta {
		beta[i] = rng.NormFloat64() * 0.2
	}
	p, err := s.NewParams(beta, stats)
	if err != nil {
		return res, err
	}
	start := time.Now()
	ccs, err := hlr.Compile(s)
	if err != nil {
		return res, err
	}
	n, _ := plonk.SRSSize(ccs)
	srs, err := setup.DevSRSSized(n)
	if err != nil {
		return res, err
	}
	keys, err := setup.SetupCCS(ccs, srs)
	if err != nil {
		return res, err
	}
	res.SetupSeconds = time.Since(start).Seconds()
	res.Constraints = ccs.GetNbConstraints()
	progress(fmt.Sprintf("%d rows: %d constraints, keys in %.1f s", cfg.Rows, res.Constraints, res.SetupSeconds))

	start = time.Now()
	if _, _, err := s.Gradient(tab, p); err != nil {
		return res, err
	}
	res.PlainSeconds = time.Since(start).Seconds()
	mask, err := contribution.NewMask(rand.Reader)
	if err != nil {
		return res, err
	}
	start = time.Now()
	full, public, _, _, claim, err := hlr.Witness(tab, p, contribution.NewBinding(contribution.Binding{ChainID: 1337, TaskKey: [32]byte{0xbe, 0x1c}, Round: 1, Attempt: 1}), mask, s)
	if err != nil {
		return res, err
	}
	proof, err := timeProof(keys, full, public, start, &res, progress)
	if err != nil {
		return res, err
	}
	inputs := []*big.Int{new(big.Int).SetBytes(claim.Root[:]), big.NewInt(int64(claim.Rows)), claim.Binding.BigInt(new(big.Int)),
		claim.ParamsHash.BigInt(new(big.Int)), claim.Commitment.X.BigInt(new(big.Int)), claim.Commitment.Y.BigInt(new(big.Int))}
	return res, measureGas(ctx, keys, proof, inputs, &res, progress)
}

// benchTable returns a table of schema s with exactly n rows: the rows of
// the file at path, repeated as needed, or for an empty path seeded
// synthetic rows.
func benchTable(path string, s dataset.Schema, n int) (*dataset.Table, error) {
	if path == "" {
		o := synth.Options{Rows: n, Seed: 1, Missing: 0.05}
		if s.Label != nil {
			o.Label = s.Label.Column
		}
		g, err := synth.New(s, o)
		if err != nil {
			return nil, fmt.Errorf("bench: %w", err)
		}
		tab := &dataset.Table{Schema: s, File: "synthetic"}
		for range n {
			tab.Rows = append(tab.Rows, g.Row())
		}
		return tab, nil
	}
	tab, err := dataset.ReadFile(path, s)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	if len(tab.Rows) == 0 {
		return nil, fmt.Errorf("bench: %s has no rows", path)
	}
	rows := make([][]dataset.Cell, n)
	for i := range rows {
		rows[i] = tab.Rows[i%len(tab.Rows)]
	}
	tab.Rows = rows
	return tab, nil
}

// peakRSS returns the process's peak resident memory in bytes, or 0 where
// getrusage does not say.
func peakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024 // kilobytes on Linux
}

// verifyGas deploys the verifier contract on a simulated chain and returns
// the gas of a call that verifies proof with key vk and the public inputs.
func verifyGas(ctx context.Context, vk, proof []byte, inputs []*big.Int) (uint64, error) {
	key := devchain.Key(0)
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}}, devchain.Osaka)
	defer func() { _ = sim.Close() }()
	client := sim.Client()
	opts := bind.NewKeyedTransactor(key, big.NewInt(devchain.ChainID))
	opts.Context = ctx
	b := plonkverifier.NewPlonkVerifier()
	addr, _, err := bind.DeployContract(opts, common.FromHex(plonkverifier.PlonkVerifierMetaData.Bin), client, nil)
	if err != nil {
		return 0, fmt.Errorf("bench: deploy verifier: %w", err)
	}
	sim.Commit()
	data := b.PackVerify(vk, proof, inputs)
	out, err := client.CallContract(ctx, ethereum.CallMsg{From: from, To: &addr, Data: data}, nil)
	if err != nil {
		return 0, fmt.Errorf("bench: call verifier: %w", err)
	}
	if ok, err := b.UnpackVerify(out); err != nil || !ok {
		return 0, fmt.Errorf("bench: the verifier rejects an honest proof (%v)", err)
	}
	gas, err := client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &addr, Data: data})
	if err != nil {
		return 0, fmt.Errorf("bench: estimate gas: %w", err)
	}
	return gas, nil
}
