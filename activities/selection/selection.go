// Package selection implements the SelectNodes activity: it checks a task's
// spec against the known schemas and picks the live nodes that hold the
// task's schema, from the registry the nodes keep up to date. No two
// selected nodes share a chain account: the escrow pays an account once per
// round, so a second node ID on the same account would be reported paid
// without being paid (and makes a proven round revert); the later one by ID
// is left out. With the chain check (Activities.Verify, from package
// workers), a node is accepted only under the ID its account is registered
// with, so a node announcing someone else's account is rejected and never
// pushes the account's owner out.
//
// A paid task never takes more nodes than its deposit pays for: at most
// EscrowWei / (PaymentWei × rounds) nodes, the first by ID, so that every
// round's payments fit in what is left in escrow and the chain records
// each round. The others are logged and returned as left out, with why.
package selection

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/temporal"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/stats"
	"github.com/twopm/twopm/workflows"
)

// ErrTooFewNodes is returned (as a TooFewNodes application error) when
// fewer live, eligible nodes exist than the task needs.
var ErrTooFewNodes = errors.New("selection: too few eligible nodes")

// Registry lists the nodes that have announced themselves.
type Registry interface {
	Nodes(ctx context.Context) ([]workflows.NodeEntry, error)
}

// Activities holds what SelectNodes needs.
type Activities struct {
	Registry Registry
	// Window is how recent a node's last heartbeat must be. Zero means
	// workflows.LivenessWindow.
	Window time.Duration
	// Now returns the current time. Nil means time.Now.
	Now func() time.Time
	// Schemas resolves a task's schema; the zero Catalog knows the
	// built-in schemas only.
	Schemas dataset.Catalog
	// Verify, if set, checks each announced node against the network's
	// chain (registered, staked, pinning the certificate it announces); a
	// node it rejects is not selected. Nil means no chain.
	Verify func(ctx context.Context, n workflows.NodeInfo) error
}

// SelectNodes returns the nodes of a round in party order (sorted by ID).
// A spec that names an unknown schema or column fails as bad input; fewer
// eligible nodes than the spec needs fail as TooFewNodes, with a message
// that lists who is alive. Of nodes that announce the same chain account,
// only the first by ID is selected; the others are logged as left out,
// and named in the error when too few nodes remain. A paid task takes at
// most the number of nodes its deposit pays for over in.PaidRounds rounds
// (the first by ID; the others are logged and listed as left out), and
// fails as bad input if that is fewer than MinNodes.
func (a *Activities) SelectNodes(ctx context.Context, in workflows.SelectInput) (workflows.SelectOutput, error) {
	lg := zerolog.Ctx(ctx).With().Str("task_id", in.TaskID).Int("round", in.Round).Str("phase", workflows.PhaseSelect).Logger()
	spec := in.Spec.WithDefaults()
	if err := CheckSpec(ctx, spec, a.Schemas); errors.Is(err, ErrSchemaStore) {
		return workflows.SelectOutput{}, err
	} else if err != nil {
		return workflows.SelectOutput{}, activities.BadInput(err)
	}
	maxNodes, err := PaidNodes(spec, in.PaidRounds)
	if err != nil {
		return workflows.SelectOutput{}, activities.BadInput(err)
	}
	entries, err := a.Registry.Nodes(ctx)
	if err != nil {
		return workflows.SelectOutput{}, fmt.Errorf("read node registry: %w", err)
	}
	var rejected []string
	if a.Verify != nil {
		ok := entries[:0:0]
		for _, e := range entries {
			if err := a.Verify(ctx, e.NodeInfo); err != nil {
				rejected = append(rejected, fmt.Sprintf("%s (%v)", e.ID, err))
				continue
			}
			ok = append(ok, e)
		}
		entries = ok
	}
	nodes, shared, err := a.choose(spec, in.Exclude, entries)
	if err != nil && len(rejected) > 0 {
		err = fmt.Errorf("%w; rejected by the chain: %s", err, strings.Join(rejected, ", "))
	}
	if err != nil {
		lg.Warn().Err(err).Int("registered", len(entries)).Msg("selection failed")
		return workflows.SelectOutput{}, temporal.NewNonRetryableApplicationError(err.Error(), workflows.ErrTypeTooFewNodes, nil)
	}
	if len(shared) > 0 {
		lg.Warn().Strs("left_out", shared).Msg("nodes left out: each chain account is paid once per round")
	}
	var unpaid []string
	if maxNodes >= 0 && len(nodes) > maxNodes {
		why := fmt.Sprintf("the deposit of %s wei pays %s wei × %d round(s) to at most %d nodes", spec.EscrowWei, spec.PaymentWei, max(in.PaidRounds, 1), maxNodes)
		for _, n := range nodes[maxNodes:] {
			unpaid = append(unpaid, fmt.Sprintf("%s (%s)", n.ID, why))
		}
		nodes = nodes[:maxNodes]
		lg.Warn().Strs("left_out", unpaid).Msg("nodes left out: " + why)
	}
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID
	}
	lg.Info().Strs("nodes", ids).Msg("nodes selected")
	activity.RecordHeartbeat(ctx, len(nodes))
	return workflows.SelectOutput{Nodes: nodes, LeftOut: append(shared, unpaid...)}, nil
}

// PaidNodes returns how many nodes a paid task's deposit pays for over
// rounds rounds (zero means 1): EscrowWei / (PaymentWei × rounds), or -1
// for no bound (an unpaid task, a payment of zero, or a spec without
// escrow_wei, whose deposit covers exactly the nodes it lists). It fails
// if the bound is below MinNodes. spec has its defaults applied.
func PaidNodes(spec workflows.StatsSpec, rounds int) (int, error) {
	if spec.PaymentWei == "" || spec.EscrowWei == "" {
		return -1, nil
	}
	pay, ok := new(big.Int).SetString(spec.PaymentWei, 10)
	if !ok || pay.Sign() < 0 {
		return 0, fmt.Errorf("spec: payment_wei %q is not a decimal number of wei", spec.PaymentWei)
	}
	escrow, ok := new(big.Int).SetString(spec.EscrowWei, 10)
	if !ok || escrow.Sign() < 0 {
		return 0, fmt.Errorf("spec: escrow_wei %q is not a decimal number of wei", spec.EscrowWei)
	}
	if pay.Sign() == 0 {
		return -1, nil
	}
	rounds = max(rounds, 1)
	n := new(big.Int).Quo(escrow, new(big.Int).Mul(pay, big.NewInt(int64(rounds))))
	if !n.IsInt64() || n.Int64() > math.MaxInt32 {
		return -1, nil // more than any registry holds
	}
	if int(n.Int64()) < spec.MinNodes {
		return 0, fmt.Errorf("spec: the deposit of %s wei pays %s wei × %d round(s) to %d nodes, fewer than min_nodes %d",
			spec.EscrowWei, spec.PaymentWei, rounds, n.Int64(), spec.MinNodes)
	}
	return int(n.Int64()), nil
}

// ErrSchemaStore is wrapped by CheckSpec when the schema store could not
// be read: a task is retried, not failed, for it.
var ErrSchemaStore = errors.New("selection: schema store unavailable")

// CheckSpec checks a spec with defaults applied against the schemas
// schemas resolves (the built-in ones, and those in the schema store): the
// schema must be known and every column in it. A schema store that cannot
// be read fails wrapping ErrSchemaStore.
func CheckSpec(ctx context.Context, spec workflows.StatsSpec, schemas dataset.Catalog) error {
	if err := spec.Validate(); err != nil {
		return err
	}
	schema, err := schemas.Resolve(ctx, spec.Schema)
	if err != nil && !dataset.RefFault(err) {
		return fmt.Errorf("%w: %w", ErrSchemaStore, err)
	}
	if err != nil {
		return fmt.Errorf("spec: %w", err)
	}
	if _, err := stats.NewLayout(schema, spec.Columns); err != nil {
		return fmt.Errorf("spec: %w", err)
	}
	return nil
}

// choose picks the nodes of a round and says which it left out for sharing
// a chain account with a node picked.
func (a *Activities) choose(spec workflows.StatsSpec, exclude []string, entries []workflows.NodeEntry) ([]workflows.NodeInfo, []string, error) {
	now, window := time.Now, a.Window
	if a.Now != nil {
		now = a.Now
	}
	if window == 0 {
		window = workflows.LivenessWindow
	}
	excluded := append(slices.Clone(spec.Exclude), exclude...)
	live := map[string]workflows.NodeEntry{}
	var liveIDs []string
	for _, e := range entries {
		if now().Sub(e.LastSeen) <= window {
			live[e.ID] = e
			liveIDs = append(liveIDs, e.ID)
		}
	}
	slices.Sort(liveIDs)
	var out []workflows.NodeInfo
	if len(spec.Nodes) > 0 {
		var missing []string
		for _, id := range spec.Nodes {
			if slices.Contains(excluded, id) {
				continue // an operator took it out: the rest may still be enough
			}
			e, ok := live[id]
			switch {
			case !ok:
				missing = append(missing, id+" (not alive)")
			case !dataset.SameSchema(e.Schema, spec.Schema):
				missing = append(missing, fmt.Sprintf("%s (holds %s)", id, e.Schema))
			case e.DataError != "":
				// It says its source does not read, or no longer matches
				// its registered commitment: it would fail the round.
				missing = append(missing, fmt.Sprintf("%s (its data: %s)", id, e.DataError))
			case e.LinkError != "":
				missing = append(missing, fmt.Sprintf("%s (unreachable: %s)", id, e.LinkError))
			default:
				out = append(out, e.NodeInfo)
			}
		}
		if len(missing) > 0 {
			return nil, nil, fmt.Errorf("%w: the task asks for %s, but %s; alive: [%s]", ErrTooFewNodes,
				strings.Join(spec.Nodes, ", "), strings.Join(missing, ", "), strings.Join(liveIDs, ", "))
		}
	} else {
		for _, id := range liveIDs {
			e := live[id]
			if dataset.SameSchema(e.Schema, spec.Schema) && e.DataError == "" && e.LinkError == "" && !slices.Contains(excluded, id) {
				out = append(out, e.NodeInfo)
			}
		}
	}
	slices.SortFunc(out, func(a, b workflows.NodeInfo) int { return strings.Compare(a.ID, b.ID) })
	out, shared := oneNodePerAccount(out)
	if len(out) < spec.MinNodes {
		var why string
		if len(shared) > 0 {
			why = "; left out: " + strings.Join(shared, ", ")
		}
		return nil, shared, fmt.Errorf("%w: %d live nodes hold %s with readable data, are not excluded and have an account of their own, the task needs %d%s; alive: [%s]",
			ErrTooFewNodes, len(out), spec.Schema, spec.MinNodes, why, strings.Join(liveIDs, ", "))
	}
	return out, shared, nil
}

// oneNodePerAccount keeps, of nodes (sorted by ID) that announce the same
// chain account, the first; it returns the nodes kept and, for each one
// left out, why. Accounts compare as addresses (case does not matter); a
// node without an account shares nothing.
func oneNodePerAccount(nodes []workflows.NodeInfo) ([]workflows.NodeInfo, []string) {
	owner := map[string]string{}
	var kept []workflows.NodeInfo
	var out []string
	for _, n := range nodes {
		acct := strings.TrimSpace(n.Account)
		if acct == "" {
			kept = append(kept, n)
			continue
		}
		key := strings.ToLower(acct)
		if common.IsHexAddress(acct) {
			key = common.HexToAddress(acct).Hex()
		}
		if first, ok := owner[key]; ok {
			out = append(out, fmt.Sprintf("%s (shares chain account %s with %s)", n.ID, acct, first))
			continue
		}
		owner[key] = n.ID
		kept = append(kept, n)
	}
	return kept, out
}
