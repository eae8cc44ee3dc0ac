package bench

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	mrand "math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/infer"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/p2p"
)

// InferConfig configures Infer.
type InferConfig struct {
	// Nodes is the number of serving nodes holding the model's shares, 1
	// to infer.MaxNodes. Zero means 3.
	Nodes int
	// Features is the model's feature count d, 0 to infer.MaxFeatures.
	// Zero means the width of the heart-disease encoding (HeartDiseaseWidth,
	// 20).
	Features int
	// Repeat is how many inferences each way runs, each on its own row;
	// the medians are reported. Zero means 5.
	Repeat int
	// Model, if set, is the model to serve (a trained lr or hlr model, as
	// twopm model get writes it); Features is then its width. Nil means a
	// model fit to synthetic data.
	Model *model.Model
	// Progress, if set, gets one line per run.
	Progress func(line string)
}

// InferResult is the outcome of Infer.
type InferResult struct {
	Nodes    int `json:"nodes"`
	Features int `json:"features"`
	Repeat   int `json:"repeat"`
	// PrivateSeconds is the median time of one private inference (infer
	// package, MASCOT among the client and the nodes), from opening the
	// session's TLS links to the client's result, at the slowest party.
	PrivateSeconds float64 `json:"private_seconds"`
	// PlainSeconds is the median time of the same inference in the clear:
	// the client opens a session to one node, sends its row, and the node
	// evaluates the model and sends back the probability.
	PlainSeconds float64 `json:"plain_seconds"`
	// RatioVsPlain is PrivateSeconds over PlainSeconds.
	RatioVsPlain float64 `json:"ratio_vs_plain"`
	// PrivateBytesSent is what all parties sent in one private inference
	// (message bytes with framing, without TLS overhead).
	PrivateBytesSent int64 `json:"private_bytes_sent"`
	// Triples is the number of multiplication triples one private
	// inference generated.
	Triples int `json:"triples"`
}

// HeartDiseaseWidth returns the number of design-matrix columns of the
// heart-disease schema under its usual label: every numeric column and one
// indicator per non-reference level of every categorical one.
func HeartDiseaseWidth() (int, error) {
	enc, err := dataset.NewEncoding(dataset.HeartDisease, dataset.HeartDiseaseLabel, nil, nil)
	if err != nil {
		return 0, err
	}
	return len(enc.Names(dataset.HeartDisease)), nil
}

func (c *InferConfig) ensureDefaults() error {
	if c.Nodes == 0 {
		c.Nodes = 3
	}
	if c.Model != nil {
		if err := c.Model.Validate(); err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		if c.Features != 0 && c.Features != c.Model.Features {
			return fmt.Errorf("bench: features %d, the model has %d", c.Features, c.Model.Features)
		}
		c.Features = c.Model.Features
	}
	if c.Features == 0 {
		w, err := HeartDiseaseWidth()
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		c.Features = w
	}
	if c.Repeat == 0 {
		c.Repeat = 5
	}
	var probs []error
	if c.Nodes < 1 || c.Nodes > infer.MaxNodes {
		probs = append(probs, fmt.Errorf("nodes %d is not in [1, %d]", c.Nodes, infer.MaxNodes))
	}
	if c.Features < 0 || c.Features > infer.MaxFeatures {
		probs = append(probs, fmt.Errorf("features %d is not in [0, %d]", c.Features, infer.MaxFeatures))
	}
	if c.Repeat < 1 {
		probs = append(probs, fmt.Errorf("repeat %d is below 1", c.Repeat))
	}
	if len(probs) > 0 {
		return fmt.Errorf("bench: %w", errors.Join(probs...))
	}
	return nil
}

// Infer measures private inference of a logistic model with cfg.Features
// features, split among cfg.Nodes serving nodes, and, in the same run and
// over the same loopback TLS hosts, the plain inference it replaces. The
// model is fit by Newton's method to seeded synthetic data (standardized
// features), and every run predicts a fresh row of the same data. Both
// timings include opening the session's TLS links. Every private
// probability is checked against the plain one within infer.ErrorBound,
// and every plain one against the model's own Predict.
func Infer(ctx context.Context, cfg InferConfig) (InferResult, error) {
	if err := cfg.ensureDefaults(); err != nil {
		return InferResult{}, err
	}
	m, rows, err := syntheticLR(cfg.Features, cfg.Repeat)
	if err != nil {
		return InferResult{}, fmt.Errorf("bench: infer model: %w", err)
	}
	if cfg.Model != nil {
		// The rows are standardized, as the model's encoding makes them;
		// the timings do not depend on their values.
		m = cfg.Model
	}
	shares, err := infer.Split(m, cfg.Nodes, nil)
	if err != nil {
		return InferResult{}, fmt.Errorf("bench: %w", err)
	}
	hosts, peers, closeHosts, err := loopbackHosts(cfg.Nodes + 1)
	if err != nil {
		return InferResult{}, fmt.Errorf("bench: %w", err)
	}
	defer closeHosts()
	res := InferResult{Nodes: cfg.Nodes, Features: cfg.Features, Repeat: cfg.Repeat}
	var private, plain []float64
	for run, x := range rows {
		want, err := infer.Plain(m, x)
		if err != nil {
			return InferResult{}, fmt.Errorf("bench: %w", err)
		}
		var got infer.Result
		session := fmt.Sprintf("bench-infer-private-%d", run)
		d, bytes, err := timedSession(ctx, hosts, peers, session, func(ctx context.Context, tr mpc.Transport) error {
			mc := mascot.Config{Session: session}
			if tr.Self() == 0 {
				var err error
				got, err = infer.Client(ctx, tr, mc, x)
				return err
			}
			return infer.Node(ctx, tr, mc, shares[tr.Self()-1])
		})
		if err != nil {
			return InferResult{}, fmt.Errorf("bench: private run %d: %w", run+1, err)
		}
		bound := infer.ErrorBound(m, x)
		if math.Abs(got.Logit-want.Logit) > bound || math.Abs(got.Prob-want.Prob) > bound/4+1e-12 {
			return InferResult{}, fmt.Errorf("bench: private run %d: probability %v, plain %v: beyond the bound %.3g", run+1, got.Prob, want.Prob, bound/4)
		}
		private, res.PrivateBytesSent, res.Triples = append(private, d.Seconds()), bytes, got.Stats.Triples

		var prob float64
		session = fmt.Sprintf("bench-infer-plain-%d", run)
		dp, _, err := timedSession(ctx, hosts[:2], peers[:2], session, func(ctx context.Context, tr mpc.Transport) error {
			if tr.Self() == 0 {
				var err error
				prob, err = askPlain(ctx, tr, x)
				return err
			}
			return servePlain(ctx, tr, m)
		})
		if err != nil {
			return InferResult{}, fmt.Errorf("bench: plain run %d: %w", run+1, err)
		}
		if prob != want.Prob {
			return InferResult{}, fmt.Errorf("bench: plain run %d: probability %v, the model says %v", run+1, prob, want.Prob)
		}
		plain = append(plain, dp.Seconds())
		if cfg.Progress != nil {
			cfg.Progress(fmt.Sprintf("run %d/%d: private %.4f s, %d bytes; plain %.4f s; |Δp| %.2g",
				run+1, cfg.Repeat, d.Seconds(), bytes, dp.Seconds(), math.Abs(got.Prob-want.Prob)))
		}
	}
	res.PrivateSeconds, res.PlainSeconds = median(private), median(plain)
	res.RatioVsPlain = res.PrivateSeconds / res.PlainSeconds
	return res, nil
}

// syntheticLR fits logistic regression by Newton's method to 2,000 seeded
// rows of d standard-normal features whose labels follow a logistic model
// with standard-normal coefficients, and returns it with n further rows of
// the same distribution to predict.
func syntheticLR(d, n int) (*model.Model, [][]float64, error) {
	rng := mrand.New(mrand.NewPCG(2, uint64(d)))
	truth := make([]float64, d+1)
	for i := range truth {
		truth[i] = rng.NormFloat64()
	}
	row := func() ([]float64, float64) {
		x := make([]float64, d)
		z := truth[0]
		for i := range x {
			x[i] = rng.NormFloat64()
			z += truth[i+1] * x[i]
		}
		return x, z
	}
	const rows = 2000
	data := model.Data{Rows: rows, Cols: d, X: make([]float64, 0, rows*d), Y: make([]float64, rows)}
	for r := range rows {
		x, z := row()
		data.X = append(data.X, x...)
		if rng.Float64() < 1/(1+math.Exp(-z)) {
			data.Y[r] = 1
		}
	}
	beta, _, err := model.FitNewton(data, 1e-2, 0, 0)
	if err != nil {
		return nil, nil, err
	}
	xs := make([][]float64, n)
	for i := range xs {
		xs[i], _ = row()
	}
	return &model.Model{Kind: model.HLR, Features: d, Weights: beta}, xs, nil
}

// askPlain sends row x to party 1 as little-endian float64s and returns
// the probability it answers.
func askPlain(ctx context.Context, tr mpc.Transport, x []float64) (float64, error) {
	msg := make([]byte, 0, 8*len(x))
	for _, v := range x {
		msg = binary.LittleEndian.AppendUint64(msg, math.Float64bits(v))
	}
	if err := tr.Send(ctx, 1, msg); err != nil {
		return 0, err
	}
	ans, err := tr.Recv(ctx, 1)
	if err != nil {
		return 0, err
	}
	if len(ans) != 8 {
		return 0, fmt.Errorf("answer of %d bytes, want 8", len(ans))
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(ans)), nil
}

// servePlain answers one askPlain with m's prediction.
func servePlain(ctx context.Context, tr mpc.Transport, m *model.Model) error {
	msg, err := tr.Recv(ctx, 0)
	if err != nil {
		return err
	}
	if len(msg) != 8*m.Features {
		return fmt.Errorf("row of %d bytes, want %d", len(msg), 8*m.Features)
	}
	x := make([]float64, m.Features)
	for i := range x {
		x[i] = math.Float64frombits(binary.LittleEndian.Uint64(msg[8*i:]))
	}
	p := m.Predict(x)
	return tr.Send(ctx, 0, binary.LittleEndian.AppendUint64(nil, math.Float64bits(p)))
}

// loopbackHosts starts n TLS hosts on 127.0.0.1 with fresh identities and
// returns them, their peer entries and a function that closes them and
// removes the identities.
func loopbackHosts(n int) ([]*p2p.Host, []p2p.Peer, func(), error) {
	dir, err := os.MkdirTemp("", "twopm-bench-")
	if err != nil {
		return nil, nil, nil, err
	}
	var hosts []*p2p.Host
	cleanup := func() {
		for _, h := range hosts {
			_ = h.Close()
		}
		_ = os.RemoveAll(dir)
	}
	peers := make([]p2p.Peer, n)
	for i := range n {
		id := fmt.Sprintf("bench-%d", i)
		ident, err := p2p.LoadOrCreateIdentity(filepath.Join(dir, id), id)
		if err != nil {
			cleanup()
			return nil, nil, nil, err
		}
		h, err := p2p.Listen("127.0.0.1:0", ident, zerolog.Nop())
		if err != nil {
			cleanup()
			return nil, nil, nil, err
		}
		hosts = append(hosts, h)
		peers[i] = p2p.Peer{ID: id, Addr: h.Addr(), Fingerprint: ident.Fingerprint}
	}
	return hosts, peers, cleanup, nil
}

// timedSession opens session id among hosts (party i on hosts[i]) and runs
// f for every party. It returns the slowest party's time from the start
// of its Open to the end of its f, and the bytes all parties sent. A
// party that fails cancels the others.
func timedSession(ctx context.Context, hosts []*p2p.Host, peers []p2p.Peer, id string, f func(ctx context.Context, tr mpc.Transport) error) (time.Duration, int64, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	n := len(hosts)
	took := make([]time.Duration, n)
	sent := make([]int64, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			s, err := hosts[i].Open(ctx, p2p.SessionConfig{ID: id, Self: i, Peers: peers})
			if err == nil {
				err = f(ctx, s)
				took[i] = time.Since(start)
				if cerr := s.Close(); err == nil {
					err = cerr
				}
				sent[i] = s.BytesSent()
			}
			if err != nil {
				errs[i] = fmt.Errorf("party %d: %w", i, err)
				cancel()
			}
		}()
	}
	wg.Wait()
	var bytes int64
	for _, b := range sent {
		bytes += b
	}
	return slices.Max(took), bytes, errors.Join(errs...)
}
