package infer

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/mascot"
)

// Result is the outcome of one inference.
type Result struct {
	// Logit is z = w_0 + Σ w_i·x_i.
	Logit float64 `json:"logit"`
	// Prob is σ(z) = 1/(1+e^−z), the probability of class 1.
	Prob float64 `json:"prob"`
	// Stats is what the MASCOT session did at the client (zero for
	// Plain): triples generated and used, values opened.
	Stats mascot.Stats `json:"-"`
}

// Plain computes, in the clear, what Client computes privately: the logit
// of row x under m, summed in the same order as the model's own
// evaluation, and Prob = m.Predict(x). It fails with ErrUnsupportedModel
// for an mlp model and with ErrBadInput for an invalid model, a row of
// the wrong length or a non-finite feature.
func Plain(m *model.Model, x []float64) (Result, error) {
	if err := checkModel(m); err != nil {
		return Result{}, fmt.Errorf("plain: %w", err)
	}
	if len(x) != m.Features {
		return Result{}, fmt.Errorf("plain: %w: %d features, the model has %d", ErrBadInput, len(x), m.Features)
	}
	for i, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return Result{}, fmt.Errorf("plain: %w: feature %d is not finite", ErrBadInput, i)
		}
	}
	z := m.Weights[0]
	for k, v := range m.Weights[1:] {
		z += v * x[k]
	}
	return Result{Logit: z, Prob: m.Predict(x)}, nil
}

// DefaultClientTimeout is how long Client waits for a session to finish
// unless WithTimeout says otherwise: a node that stays connected and says
// nothing makes the client fail with ErrTimeout after it, whatever the
// caller's context. One session with 3 nodes and 20 features sends about
// 7 MB and takes well under a second on a local network; the default
// leaves room for the largest model (MaxFeatures) over a slow link.
const DefaultClientTimeout = 2 * time.Minute

// ClientOption changes how Client runs.
type ClientOption func(*clientOptions)

type clientOptions struct {
	timeout time.Duration
}

// WithTimeout bounds the whole session, hello included, by d instead of
// DefaultClientTimeout. A d of zero or less gives Client no deadline of
// its own; ctx's still applies.
func WithTimeout(d time.Duration) ClientOption {
	return func(o *clientOptions) { o.timeout = d }
}

// Client runs party 0 of an inference session over tr: it inputs the
// encoded feature row x (d = len(x) values, each below 2^40 in magnitude)
// and learns the logit of the model the serving nodes (parties 1 to
// tr.Parties()−1) hold in shares, then applies the sigmoid itself. Every
// party passes the same cfg.Session; cfg.Fault must be empty for a real
// client. The session must finish within DefaultClientTimeout, or the
// timeout given by WithTimeout, and before ctx ends.
//
// Client fails, and no party learns anything of x, with ErrBadInput for
// a bad row, ErrMismatch if a node's share has another feature count or
// tr has fewer than 2 parties, ErrRefused if a node refused to start,
// ErrShareCheck if a node's stored share fails its MAC, ErrTimeout if the
// session did not finish in time (the error names the party the client
// was waiting for), and an error wrapping mpc.ErrProtocol
// (mascot.ErrMACCheck and the other mascot sentinels) if a party cheats
// in the session. It never returns a wrong logit because of a cheating
// node.
func Client(ctx context.Context, tr mpc.Transport, cfg mascot.Config, x []float64, opts ...ClientOption) (Result, error) {
	o := clientOptions{timeout: DefaultClientTimeout}
	for _, opt := range opts {
		opt(&o)
	}
	if o.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, o.timeout, errClientTimeout)
		defer cancel()
	}
	res, err := client(ctx, tr, cfg, x)
	if err != nil && errors.Is(context.Cause(ctx), errClientTimeout) {
		return Result{}, fmt.Errorf("infer client: %w: the session did not finish within %v: %w", ErrTimeout, o.timeout, err)
	}
	if err != nil {
		return Result{}, fmt.Errorf("infer client: %w", err)
	}
	return res, nil
}

// errClientTimeout is the cause of the context Client gives the session,
// so that its own deadline can be told from the caller's.
var errClientTimeout = errors.New("client timeout")

func client(ctx context.Context, tr mpc.Transport, cfg mascot.Config, x []float64) (Result, error) {
	enc, bad := clientInput(tr, x)
	if err := hello(ctx, tr, len(x), bad); err != nil {
		return Result{}, err
	}
	z, st, err := evaluate(ctx, tr, cfg, len(x), enc)
	if err != nil {
		return Result{}, err
	}
	l := decodeLogit(z)
	return Result{Logit: l, Prob: sigmoid(l), Stats: st}, nil
}

func clientInput(tr mpc.Transport, x []float64) (field.Vector, error) {
	if tr.Self() != 0 {
		return nil, fmt.Errorf("%w: the client is party %d, want 0", ErrMismatch, tr.Self())
	}
	if n := tr.Parties(); n < 2 || n > mascot.MaxParties {
		return nil, fmt.Errorf("%w: %d parties, want 2 to %d", ErrMismatch, n, mascot.MaxParties)
	}
	if len(x) > MaxFeatures {
		return nil, fmt.Errorf("%w: %d features, at most %d", ErrBadInput, len(x), MaxFeatures)
	}
	return encode(x, "feature")
}

// Node runs serving node s.Node (party index ≥ 1) of an inference session
// over tr: it inputs its stored share s and learns nothing. Every node of
// the split takes part; tr must have s.Nodes+1 parties.
//
// Node fails with the errors of s.Validate, ErrMismatch if tr does not
// fit the share or another party has another feature count, ErrRefused
// if another party refused to start, ErrShareCheck if some node's stored
// share fails its MAC, and an error wrapping mpc.ErrProtocol if a party
// cheats in the session.
func Node(ctx context.Context, tr mpc.Transport, cfg mascot.Config, s Share) error {
	own, bad := nodeInput(tr, s)
	if err := hello(ctx, tr, s.Features, bad); err != nil {
		return fmt.Errorf("infer node %d: %w", tr.Self(), err)
	}
	if _, _, err := evaluate(ctx, tr, cfg, s.Features, own); err != nil {
		return fmt.Errorf("infer node %d: %w", tr.Self(), err)
	}
	return nil
}

func nodeInput(tr mpc.Transport, s Share) (field.Vector, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	if tr.Parties() != s.Nodes+1 || tr.Self() != s.Node {
		return nil, fmt.Errorf("%w: share of node %d of %d used as party %d of %d", ErrMismatch, s.Node, s.Nodes, tr.Self(), tr.Parties())
	}
	own := make(field.Vector, 0, 2*len(s.W)+1)
	own = append(own, s.W...)
	own = append(own, s.M...)
	return append(own, s.Beta), nil
}

// helloMagic starts the first message of every party to every other.
const helloMagic = "twopm-infer/v1"

// hello tells every other party this party's feature count and whether
// it can go on (bad is nil), and checks theirs, before the MASCOT session
// starts: a party with unusable input makes the others fail at once
// instead of waiting for messages that never come. It returns bad itself
// if bad is set.
func hello(ctx context.Context, tr mpc.Transport, d int, bad error) error {
	msg := binary.BigEndian.AppendUint32([]byte(helloMagic), uint32(max(d, 0)))
	if bad != nil {
		msg = append(msg, 1)
	} else {
		msg = append(msg, 0)
	}
	for j := range tr.Parties() {
		if j == tr.Self() {
			continue
		}
		if err := tr.Send(ctx, j, msg); err != nil {
			return errors.Join(bad, fmt.Errorf("send hello to party %d: %w", j, err))
		}
	}
	if bad != nil {
		return bad
	}
	var probs []error
	for j := range tr.Parties() {
		if j == tr.Self() {
			continue
		}
		got, err := tr.Recv(ctx, j)
		if err != nil {
			return fmt.Errorf("hello from party %d: %w", j, err)
		}
		rest, ok := bytes.CutPrefix(got, []byte(helloMagic))
		switch {
		case !ok || len(rest) != 5 || rest[4] > 1:
			probs = append(probs, fmt.Errorf("%w: party %d does not speak %s", ErrMismatch, j, helloMagic))
		case rest[4] == 1:
			probs = append(probs, fmt.Errorf("%w: party %d", ErrRefused, j))
		case binary.BigEndian.Uint32(rest) != uint32(d):
			probs = append(probs, fmt.Errorf("%w: party %d has %d features, this party %d", ErrMismatch, j, binary.BigEndian.Uint32(rest), d))
		}
	}
	return errors.Join(probs...)
}

// evaluate runs the MASCOT part of a session among parties that agreed
// on d; own is this party's input (the client's encoded row, or a node's
// W, M and Beta). It returns the logit at scale 2^32 at party 0.
func evaluate(ctx context.Context, tr mpc.Transport, cfg mascot.Config, d int, own field.Vector) (field.Element, mascot.Stats, error) {
	s, err := mascot.New(ctx, tr, cfg)
	if err != nil {
		return field.Element{}, mascot.Stats{}, err
	}
	fail := func(err error) (field.Element, mascot.Stats, error) { return field.Element{}, s.Stats(), err }
	// d products w_i·x_i, one β·W_ρ and one r·t for the share check.
	if err := s.Triples(ctx, d+2); err != nil {
		return fail(err)
	}
	// Every party adds two random values: their sums are the public
	// challenge ρ of the share check and its secret mask r.
	rnd := cfg.Rand
	if rnd == nil {
		rnd = rand.Reader
	}
	coins, err := field.RandomVector(rnd, 2)
	if err != nil {
		return fail(fmt.Errorf("draw share-check coins: %w", err))
	}
	n := tr.Parties()
	lens := make([]int, n)
	lens[0] = d + 2
	for j := 1; j < n; j++ {
		lens[j] = 2*(d+1) + 1 + 2
	}
	in, err := s.Input(ctx, lens, append(append(field.Vector(nil), own...), coins...))
	if err != nil {
		return fail(err)
	}
	// Sum the nodes' shares (w at 0..d, m at d+1..2d+1, β at 2d+2) and
	// everyone's coins (the last two values of each party's input).
	w := make([]mascot.Share, d+1)
	m := make([]mascot.Share, d+1)
	var beta, rho, r mascot.Share
	for j := range n {
		if j > 0 {
			for i := range d + 1 {
				w[i] = w[i].Add(in[j][i])
				m[i] = m[i].Add(in[j][d+1+i])
			}
			beta = beta.Add(in[j][2*d+2])
		}
		rho, r = rho.Add(in[j][lens[j]-2]), r.Add(in[j][lens[j]-1])
	}
	// Every input is fixed now; the challenge is opened after.
	c, err := s.Reveal(ctx, []mascot.Share{rho})
	if err != nil {
		return fail(err)
	}
	// W_ρ = Σ ρ^i·w_i and M_ρ = Σ ρ^i·m_i: if every stored share is
	// intact, M_ρ = β·W_ρ.
	var wr, mr mascot.Share
	pow := field.One()
	for i := range d + 1 {
		wr, mr = wr.Add(w[i].Scale(pow)), mr.Add(m[i].Scale(pow))
		pow = pow.Mul(c[0])
	}
	// One batch: β·W_ρ, then w_i·x_i for i = 1..d.
	a := []mascot.Share{beta}
	b := []mascot.Share{wr}
	for i := 1; i <= d; i++ {
		a, b = append(a, w[i]), append(b, in[0][i-1])
	}
	prod, err := s.Mul(ctx, a, b)
	if err != nil {
		return fail(err)
	}
	// e = r·(β·W_ρ − M_ρ) is 0 when the shares are intact and uniformly
	// random otherwise.
	masked, err := s.Mul(ctx, []mascot.Share{r}, []mascot.Share{prod[0].Sub(mr)})
	if err != nil {
		return fail(err)
	}
	e, err := s.Reveal(ctx, masked)
	if err != nil {
		return fail(err)
	}
	if !e[0].IsZero() {
		return fail(ErrShareCheck)
	}
	z := w[0].Scale(field.New(1 << FracBits))
	for _, p := range prod[1:] {
		z = z.Add(p)
	}
	out, err := s.RevealTo(ctx, 0, []mascot.Share{z})
	if err != nil {
		return fail(fmt.Errorf("%w: %w", ErrOutputStage, err))
	}
	if tr.Self() != 0 {
		return field.Element{}, s.Stats(), nil
	}
	return out[0], s.Stats(), nil
}

// sigmoid returns 1/(1+e^−z) without overflow for large |z|, as the
// model package computes it.
func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}
