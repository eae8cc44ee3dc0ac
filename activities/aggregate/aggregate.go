// Package aggregate implements the SecureAggregate activity: on a node, it
// runs one party of a secure-aggregation session with the other selected
// nodes, over links authenticated by the certificate fingerprints the
// coordinator handed out, and returns only the sum over all parties.
package aggregate

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"time"

	"github.com/rs/zerolog"
	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/temporal"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/activities/compute"
	"github.com/twopm/twopm/activities/train"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dp"
	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/additive"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/p2p"
	"github.com/twopm/twopm/policy"
	"github.com/twopm/twopm/stats"
	"github.com/twopm/twopm/workflows"
)

// Activities holds what SecureAggregate needs on one node.
type Activities struct {
	NodeID string
	Host   *p2p.Host
	Store  *compute.Store
	// ConnectTimeout bounds how long the session waits for every peer to
	// connect. Zero means one minute.
	ConnectTimeout time.Duration
	// Fault, if set, makes this node cheat in every MASCOT session (see
	// mascot.Config.Fault), to show that the others catch it. Empty in
	// production.
	Fault string
	// Schema is the node's schema, which lays out a statistics vector for
	// disclosure control.
	Schema dataset.Schema
	// Policy is the node's policy (nil: policy.Default): it takes part in
	// no release under weaker disclosure rules than its own.
	Policy *policy.Watcher
	// NoiseKey is the node's secret that its noise for a differentially
	// private release is drawn under (dp.Stream), and Privacy the
	// accountant the release is charged to when it runs (once per
	// release: compute.PrivacyKey). A node without them takes part in no
	// differentially private release.
	NoiseKey []byte
	Privacy  *policy.Accountant
}

// Heartbeat is the heartbeat detail of SecureAggregate.
type Heartbeat struct {
	Phase string `json:"phase"`
}

// SecureAggregate runs the node's party of the session in.Session. It is
// not retried on its own (a session cannot resume with one party): a
// failure ends this attempt of the round, and the workflow retries the
// round with a new session. It fails as AggregationFailed when a peer does
// not connect, fails authentication, breaks the protocol or hangs up.
func (a *Activities) SecureAggregate(ctx context.Context, in workflows.AggregateInput) (workflows.AggregateOutput, error) {
	lg := zerolog.Ctx(ctx).With().Str("task_id", in.TaskID).Int("round", in.Round).Int("attempt", in.Attempt).
		Str("node", a.NodeID).Str("phase", workflows.PhaseAggregate).Logger()
	if in.Self < 0 || in.Self >= len(in.Peers) || in.Peers[in.Self].ID != a.NodeID {
		return workflows.AggregateOutput{}, activities.BadInput(fmt.Errorf("aggregate: node %s is not party %d of session %s", a.NodeID, in.Self, in.Session))
	}
	if err := checkInput(in); err != nil {
		return workflows.AggregateOutput{}, activities.BadInput(fmt.Errorf("aggregate: node %s: %w", a.NodeID, err))
	}
	rl, err := a.checkRelease(in)
	if err != nil {
		return workflows.AggregateOutput{}, activities.BadInput(err)
	}
	if rl.train, err = a.keepsTraining(in); err != nil {
		return workflows.AggregateOutput{}, activities.BadInput(fmt.Errorf("aggregate: node %s: %w", a.NodeID, err))
	}
	x, _, err := a.Store.Load(in.TaskID, in.Round, in.Slot)
	if errors.Is(err, compute.ErrNoContribution) {
		return workflows.AggregateOutput{}, activities.BadInput(err)
	}
	if err != nil {
		return workflows.AggregateOutput{}, err
	}
	if len(x) != in.VectorLen {
		return workflows.AggregateOutput{}, activities.BadInput(fmt.Errorf("aggregate: node %s holds %d values, the session expects %d", a.NodeID, len(x), in.VectorLen))
	}
	if t := rl.train; t != nil {
		p, _ := a.Policy.Current() // the last good policy, if the file broke
		rl.dp, rl.budget = t.DP, p.PrivacyBudget
		if rl.scales, err = train.DPNoiseScales(t.ClipNorm, len(x)-1, t.DP.Epsilon); err != nil {
			return workflows.AggregateOutput{}, activities.BadInput(fmt.Errorf("aggregate: node %s: %w", a.NodeID, err))
		}
		rl.privacyKey = compute.PrivacyKey(compute.RoundRelease(in.TaskID, in.Round), t.Columns, t.DP.Epsilon, x)
		// One release per round, and no more rounds than the task's ε
		// covers: so the task spends at most the ε it asked for.
		if err := a.Store.SaveRelease(in.TaskID, in.Round, rl.privacyKey); err != nil {
			return workflows.AggregateOutput{}, activities.BadInput(fmt.Errorf("aggregate: node %s: round %d was released already, over other data or another model: %w", a.NodeID, in.Round, err))
		}
	}
	if d := rl.dp; d != nil {
		// Charged before any peer is contacted, once per release: the key
		// names the contribution too, so the same data released again
		// costs nothing and adds the same noise, and changed data is a
		// new release with fresh noise.
		if rl.train == nil {
			rl.privacyKey = compute.PrivacyKey(in.TaskID, rl.layout.Names(), d.Epsilon, x)
		}
		if _, err := a.Privacy.Charge(a.Schema.ID, rl.privacyKey, d.Epsilon, d.Delta, rl.budget, time.Now()); err != nil {
			return workflows.AggregateOutput{}, activities.BadInput(fmt.Errorf("aggregate: node %s: %w", a.NodeID, err))
		}
		if rl.noise, err = stats.Noise(dp.NewSampler(dp.Stream(a.NoiseKey, "twopm/dp-noise/v1/"+rl.privacyKey)), rl.scales); err != nil {
			return workflows.AggregateOutput{}, err
		}
	}

	hctx, stop := context.WithCancel(ctx)
	defer stop()
	phase := make(chan string, 4)
	go heartbeat(hctx, phase)
	phase <- "connecting"

	peers := make([]p2p.Peer, len(in.Peers))
	for i, n := range in.Peers {
		peers[i] = p2p.Peer{ID: n.ID, Addr: n.Addr, Fingerprint: n.Fingerprint}
	}
	timeout := a.ConnectTimeout
	if timeout == 0 {
		timeout = time.Minute
	}
	octx, cancel := context.WithTimeout(ctx, timeout)
	start := time.Now()
	sess, err := a.Host.Open(octx, p2p.SessionConfig{ID: in.Session, Self: in.Self, Peers: peers})
	cancel()
	if err != nil {
		lg.Warn().Err(err).Msg("session did not open")
		return workflows.AggregateOutput{}, Aborted("secure aggregation", err)
	}
	lg.Info().Int("parties", len(peers)).Dur("connect", time.Since(start)).Msg("aggregation started")
	var sum field.Vector
	var rel *Released
	switch in.Protocol {
	case workflows.ProtocolAdditive:
		phase <- "sharing"
		sum, err = additive.Aggregate(ctx, sess, x, rand.Reader)
	case workflows.ProtocolMascot:
		sum, rel, err = a.mascot(ctx, sess, in, x, rl, phase)
	}
	if err != nil {
		_ = sess.Close()
		lg.Warn().Err(err).Msg("aggregation aborted")
		return workflows.AggregateOutput{}, Aborted("secure aggregation", err)
	}
	// Close flushes the last messages to the peers; only then is the byte
	// count complete.
	if err := sess.Close(); err != nil {
		return workflows.AggregateOutput{}, Aborted("secure aggregation", err)
	}
	out := workflows.AggregateOutput{Node: a.NodeID, Sum: make([]string, len(sum)), BytesSent: sess.BytesSent()}
	for i, e := range sum {
		out.Sum[i] = e.Signed().String()
	}
	if rel != nil {
		for _, i := range slices.Sorted(maps.Keys(rel.Suppressed)) {
			out.Suppressed = append(out.Suppressed, workflows.Suppression{Index: i, Rule: rel.Suppressed[i]})
			if !in.Release.OpenAll {
				out.Sum[i] = ""
			}
		}
		out.ColumnNodes = rel.Nodes
	}
	lg.Info().Int("values", len(sum)).Int64("bytes_sent", out.BytesSent).Dur("took", time.Since(start)).Msg("aggregation done")
	return out, nil
}

// checkInput checks what the session needs before any peer is contacted.
func checkInput(in workflows.AggregateInput) error {
	switch in.Protocol {
	case workflows.ProtocolAdditive:
		if len(in.Bounds) > 0 {
			return fmt.Errorf("bounds need protocol %s", workflows.ProtocolMascot)
		}
	case workflows.ProtocolMascot:
	default:
		return fmt.Errorf("unknown protocol %q", in.Protocol)
	}
	if in.ClipNorm != 0 && (in.ClipNorm < 0 || in.Protocol != workflows.ProtocolMascot || in.Slot != workflows.SlotTrain || len(in.Bounds) > 0 || in.Release != nil) {
		return fmt.Errorf("a clipped update (clip_norm %v) is summed by protocol %s in slot %s, with no other bound or release", in.ClipNorm, workflows.ProtocolMascot, workflows.SlotTrain)
	}
	if in.DP != nil && in.ClipNorm <= 0 {
		return errors.New("a differentially private training round needs a clip_norm")
	}
	if r := in.Release; r != nil {
		if in.Protocol != workflows.ProtocolMascot {
			return fmt.Errorf("disclosure control needs protocol %s", workflows.ProtocolMascot)
		}
		if in.Slot != workflows.SlotStats {
			return fmt.Errorf("disclosure control applies to statistics, not slot %q", in.Slot)
		}
	}
	for _, b := range in.Bounds {
		if b.Min > b.Max {
			return fmt.Errorf("empty bound [%d, %d]", b.Min, b.Max)
		}
		for _, i := range b.Indexes {
			if i < 0 || i >= in.VectorLen {
				return fmt.Errorf("bound index %d outside a vector of %d values", i, in.VectorLen)
			}
		}
	}
	return nil
}

// mascot runs the MASCOT session: every party inputs its vector, proves
// each bound on its own input, and the sum is revealed after the MAC check,
// under disclosure control when in.Release asks for it (Release).
func (a *Activities) mascot(ctx context.Context, tr mpc.Transport, in workflows.AggregateInput, x field.Vector, rl releaseParams, phase chan<- string) (field.Vector, *Released, error) {
	cfg := mascot.Config{
		Session: in.Session,
		Fault:   a.Fault,
		Progress: func(p string) {
			select {
			case phase <- p:
			default:
			}
		},
	}
	s, err := mascot.New(ctx, tr, cfg)
	if err != nil {
		return nil, nil, err
	}
	inputs, err := s.InputAll(ctx, x)
	if err != nil {
		return nil, nil, err
	}
	for _, b := range in.Bounds {
		for owner := range s.Parties() {
			shares := make([]mascot.Share, len(b.Indexes))
			var vals field.Vector
			for k, i := range b.Indexes {
				shares[k] = inputs[owner][i]
				if owner == s.Self() {
					vals = append(vals, x[i])
				}
			}
			if err := s.CheckInterval(ctx, owner, shares, big.NewInt(b.Min), big.NewInt(b.Max), vals); err != nil {
				return nil, nil, err
			}
		}
	}
	if t := rl.train; t != nil {
		maxAbs, normSq := train.DPClipBounds(t.ClipNorm, len(x)-1)
		return clippedSum(ctx, s, inputs, x, maxAbs, normSq, rl.noise)
	}
	if in.ClipNorm > 0 {
		maxAbs, normSq := train.ClipBounds(in.ClipNorm, len(x)-1)
		return clippedSum(ctx, s, inputs, x, maxAbs, normSq, nil)
	}
	if r := in.Release; r != nil {
		rel, err := Release(ctx, s, inputs, x, rl.layout, rl.rules, r.OpenAll, rl.noise)
		if err != nil {
			return nil, nil, err
		}
		return rel.Sum, &rel, nil
	}
	sum, err := s.Reveal(ctx, mascot.Sum(inputs...))
	return sum, nil, err
}

// releaseParams are what a node needs for disclosure control.
type releaseParams struct {
	layout stats.Layout
	rules  stats.Rules
	scales []*big.Rat    // noise scales, for a DP release
	dp     *workflows.DP // the DP release asked for
	budget policy.Budget // the node's privacy budget
	// privacyKey names the release (compute.PrivacyKey): its charge and
	// its noise stream; noise is this node's draw from it, at scales.
	privacyKey string
	noise      field.Vector
	// train are the terms of a DP training round's update (keepsTraining).
	train *compute.Terms
}

// checkRelease checks in.Release before any peer is contacted: a node
// takes part in no release under weaker rules than its own, nor for a
// table it does not hold.
func (a *Activities) checkRelease(in workflows.AggregateInput) (releaseParams, error) {
	r := in.Release
	var terms *compute.Terms
	if in.Slot == workflows.SlotStats {
		t, err := a.Store.LoadTerms(in.TaskID, in.Round)
		switch {
		case err == nil:
			terms = &t
		case !errors.Is(err, compute.ErrNoContribution):
			return releaseParams{}, err
		}
	}
	if err := keepsTerms(in, terms); err != nil {
		return releaseParams{}, fmt.Errorf("aggregate: node %s: %w", a.NodeID, err)
	}
	if err := a.keepsBounds(in, terms); err != nil {
		return releaseParams{}, fmt.Errorf("aggregate: node %s: %w", a.NodeID, err)
	}
	p, _ := a.Policy.Current() // the last good policy, if the file broke
	if in.Slot == workflows.SlotStats && in.Protocol == workflows.ProtocolAdditive && !p.AllowAdditive {
		return releaseParams{}, fmt.Errorf("aggregate: node %s: the additive protocol would open the statistics disclosure control withholds to every node, and its policy does not allow it (allow_additive)", a.NodeID)
	}
	if r == nil {
		return releaseParams{}, nil
	}
	own, rules := p.Disclosure, stats.Rules(r.Rules)
	if rules.Strictest(own) != rules {
		return releaseParams{}, fmt.Errorf("aggregate: node %s: the task's disclosure rules %+v are weaker than the node's %+v", a.NodeID, r.Rules, own)
	}
	if !a.Schema.Matches(r.Schema) {
		return releaseParams{}, fmt.Errorf("aggregate: node %s holds %s, the task %s", a.NodeID, a.Schema.Ref(), r.Schema)
	}
	l, err := stats.NewLayout(a.Schema, r.Columns)
	if err != nil {
		return releaseParams{}, err
	}
	if terms != nil && !slices.Equal(l.Names(), terms.Columns) {
		return releaseParams{}, fmt.Errorf("aggregate: node %s: the release lays out columns %v, the contribution holds %v", a.NodeID, l.Names(), terms.Columns)
	}
	rp := releaseParams{layout: l, rules: rules, budget: p.PrivacyBudget}
	if d := r.DP; d != nil {
		if len(a.NoiseKey) == 0 || a.Privacy == nil {
			return releaseParams{}, fmt.Errorf("aggregate: node %s has no noise key or privacy accountant: it takes part in no differentially private release", a.NodeID)
		}
		if rp.scales, err = l.NoiseScales(a.Schema, d.Epsilon); err != nil {
			return releaseParams{}, fmt.Errorf("aggregate: node %s: %w", a.NodeID, err)
		}
		rp.dp = d
	}
	return rp, nil
}

// keepsBounds checks that the bounds an aggregation checks are the ones
// its contribution was computed for: every count of a statistics
// contribution in [0, max_rows_per_node], or none. Each outcome of a range
// check is a bit about the node's values, so the coordinator may not pick
// other intervals or positions.
func (a *Activities) keepsBounds(in workflows.AggregateInput, t *compute.Terms) error {
	var want []workflows.Bound
	if t != nil && t.MaxRowsPerNode > 0 {
		l, err := stats.NewLayout(a.Schema, t.Columns)
		if err != nil {
			return err
		}
		want = []workflows.Bound{{Indexes: l.Counts(), Min: 0, Max: t.MaxRowsPerNode}}
	}
	if len(in.Bounds) != len(want) {
		return fmt.Errorf("%d bounds asked, the contribution was computed for %d", len(in.Bounds), len(want))
	}
	for k, b := range in.Bounds {
		if b.Min != want[k].Min || b.Max != want[k].Max || !slices.Equal(b.Indexes, want[k].Indexes) {
			return fmt.Errorf("bound %d [%d, %d] over %d positions is not the one the contribution was computed for", k, b.Min, b.Max, len(b.Indexes))
		}
	}
	return nil
}

// keepsTerms checks that an aggregation keeps to the terms its statistics
// contribution was computed for (nil: none saved, a contribution of
// another slot or from before terms were saved). A contribution of a
// differentially private task is released only with its noise: by
// MASCOT, under disclosure control with the same ε and δ, opening only
// what passes, and with no bound (whose outcome would be exact). Any
// other contribution under MASCOT is released under disclosure control:
// the node's policy always has rules.
func keepsTerms(in workflows.AggregateInput, t *compute.Terms) error {
	r := in.Release
	if t == nil {
		if r != nil && r.DP != nil {
			return errors.New("a differentially private release of a contribution computed for none")
		}
		return nil
	}
	if d := t.DP; d != nil {
		switch {
		case in.Protocol != workflows.ProtocolMascot || r == nil || r.DP == nil:
			return errors.New("the task was admitted as differentially private: its contribution is released with noise or not at all")
		case !r.DP.Same(d):
			return fmt.Errorf("the release asks for ε = %g, δ = %g; the task for ε = %g, δ = %g", r.DP.Epsilon, r.DP.Delta, d.Epsilon, d.Delta)
		case d.Delta != 0:
			return fmt.Errorf("δ = %g: the discrete Laplace mechanism spends none", d.Delta)
		case r.OpenAll || len(in.Bounds) > 0:
			return errors.New("a differentially private release that opens every value or checks a bound")
		}
		return nil
	}
	if r != nil && r.DP != nil {
		return errors.New("a differentially private release of a contribution computed for none")
	}
	if in.Protocol == workflows.ProtocolMascot && r == nil {
		return errors.New("a statistics aggregation without disclosure control: the node's policy has rules")
	}
	return nil
}

// Aborted turns a failed session of what (such as "secure aggregation")
// into the error type the workflow switches on. The message says which
// check failed, never a value.
func Aborted(what string, err error) error {
	switch {
	case errors.Is(err, mascot.ErrRange):
		return temporal.NewApplicationError(what+" aborted: bound violated: "+err.Error(), workflows.ErrTypeBoundViolated)
	case errors.Is(err, mascot.ErrMACCheck), errors.Is(err, mascot.ErrCommitment), errors.Is(err, mascot.ErrSacrifice),
		errors.Is(err, mascot.ErrConsistency), errors.Is(err, mascot.ErrOT):
		return temporal.NewApplicationError(what+" aborted: integrity check failed, a party cheated or a message was altered: "+err.Error(), workflows.ErrTypeMACCheck)
	}
	return temporal.NewApplicationError(what+" aborted: "+err.Error(), workflows.ErrTypeAggregation)
}

// heartbeat records the current phase every few seconds until ctx ends.
func heartbeat(ctx context.Context, phase <-chan string) {
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	cur := ""
	for {
		select {
		case <-ctx.Done():
			return
		case p := <-phase:
			cur = p
		case <-t.C:
		}
		activity.RecordHeartbeat(ctx, Heartbeat{Phase: cur})
	}
}

// clippedSum proves, for every party, that its clipped update (the first
// entries of its vector: each at most maxAbs in magnitude, the squared
// norm at most normSq) and its row count (the last, at most
// workflows.MaxRowsBound) keep their bounds, and only then opens Σ n·Δ
// over the parties, and Σ n: the products are Beaver multiplications, so
// a party's weight cannot be chosen after the check. With noise (a DP
// round: this party's, at train.DPNoiseScales), every party inputs its
// noise after the checks, and the sum is opened with all of it added.
func clippedSum(ctx context.Context, s *mascot.Session, inputs [][]mascot.Share, x field.Vector, maxAbs, normSq *big.Int, noise field.Vector) (field.Vector, *Released, error) {
	p := len(x) - 1
	if p < 1 || noise != nil && len(noise) != len(x) {
		return nil, nil, fmt.Errorf("%w: a clipped update of %d values, noise of %d", mascot.ErrRange, len(x), len(noise))
	}
	for owner := range s.Parties() {
		var upd, rows field.Vector
		if owner == s.Self() {
			upd, rows = x[:p], x[p:]
		}
		if err := s.CheckNorm(ctx, owner, inputs[owner][:p], maxAbs, normSq, upd); err != nil {
			return nil, nil, err
		}
		if err := s.CheckInterval(ctx, owner, inputs[owner][p:], new(big.Int), big.NewInt(workflows.MaxRowsBound), rows); err != nil {
			return nil, nil, err
		}
	}
	var as, bs []mascot.Share
	for owner := range s.Parties() {
		for h := range p {
			as, bs = append(as, inputs[owner][h]), append(bs, inputs[owner][p])
		}
	}
	prod, err := s.Mul(ctx, as, bs)
	if err != nil {
		return nil, nil, err
	}
	sum := make([]mascot.Share, p+1)
	for owner := range s.Parties() {
		for h := range p {
			sum[h] = sum[h].Add(prod[owner*p+h])
		}
		sum[p] = sum[p].Add(inputs[owner][p])
	}
	if noise != nil {
		lens := make([]int, s.Parties())
		for i := range lens {
			lens[i] = len(noise)
		}
		ns, err := s.Input(ctx, lens, noise)
		if err != nil {
			return nil, nil, err
		}
		sum = mascot.Sum(append([][]mascot.Share{sum}, ns...)...)
	}
	v, err := s.Reveal(ctx, sum)
	return v, nil, err
}

// keepsTraining checks that a training aggregation keeps to the terms the
// node admitted the task on, and returns the terms of a DP round's update
// (nil otherwise): a task admitted as DP releases its updates only with
// noise at the ε and clip_norm they were computed for, by MASCOT, and no
// exact validation score; a task admitted without DP gets no noise.
func (a *Activities) keepsTraining(in workflows.AggregateInput) (*compute.Terms, error) {
	if in.Slot != workflows.SlotTrain && in.Slot != workflows.SlotEval {
		if in.DP != nil {
			return nil, fmt.Errorf("noise for a training update asked in slot %q", in.Slot)
		}
		return nil, nil
	}
	rec, err := a.Store.LoadAdmission(in.TaskID)
	if errors.Is(err, compute.ErrNoContribution) {
		return nil, fmt.Errorf("task %s was never admitted", in.TaskID)
	}
	if err != nil {
		return nil, err
	}
	if rec.DP == nil {
		if in.DP != nil {
			return nil, errors.New("a differentially private release of an update computed for none")
		}
		return nil, nil
	}
	if in.Slot == workflows.SlotEval {
		return nil, errors.New("the task was admitted as differentially private: it releases no exact validation scores")
	}
	if in.Round < 1 || in.Round > rec.Releases {
		return nil, fmt.Errorf("round %d: the task was admitted as differentially private for rounds 1 to %d", in.Round, rec.Releases)
	}
	t, err := a.Store.LoadTerms(in.TaskID, in.Round)
	if err != nil {
		return nil, fmt.Errorf("the DP terms of round %d: %w", in.Round, err)
	}
	switch {
	case in.Protocol != workflows.ProtocolMascot || in.DP == nil:
		return nil, errors.New("the task was admitted as differentially private: its updates are released with noise or not at all")
	case t.DP == nil || !t.DP.Same(rec.DP) || !in.DP.Same(t.DP):
		return nil, fmt.Errorf("the release asks for %+v, the update was computed for %+v", in.DP, t.DP)
	case in.ClipNorm != t.ClipNorm:
		return nil, fmt.Errorf("the release asks for clip_norm %v, the update was computed for %v", in.ClipNorm, t.ClipNorm)
	case len(in.Bounds) > 0 || in.Release != nil:
		return nil, errors.New("a differentially private update checked against other bounds")
	}
	if len(a.NoiseKey) == 0 || a.Privacy == nil {
		return nil, errors.New("the node has no noise key or privacy accountant: it takes part in no differentially private release")
	}
	return &t, nil
}
