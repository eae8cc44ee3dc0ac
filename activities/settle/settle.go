// Package settle implements the coordinator's chain activities:
// CheckEscrow, before a paid task's first round, checks the task's escrow
// on chain against its spec, and before every later round or attempt that
// it is still open with no cancellation requested; SnapshotDatasets, right
// after a proven task first selects its nodes, fixes each node's data set
// for the task on chain, so that its proofs are accepted only over that
// registration; SettleRound records a task's result hash on the task
// escrow contract, crediting every active node that contributed, settles
// the task so that the rest of the deposit goes back to the requester,
// and reports what was paid.
package settle

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"go.temporal.io/sdk/temporal"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/activities/prove"
	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/contracts/bindings/taskescrow"
	"github.com/twopm/twopm/contracts/revert"
	"github.com/twopm/twopm/workflows"
)

// Activities holds the coordinator's chain connection and account. A nil
// Escrow means the coordinator has no chain configured.
type Activities struct {
	Chain    *chain.Client
	Escrow   *chain.Escrow
	Contract common.Address
	Signer   *chain.Signer
	// Objects is where a proven task's proofs are read from.
	Objects store.Objects
}

// CheckEscrow checks a paid task's escrow on chain against its spec
// before the first round, so that a task never runs unpaid or proven to a
// verifier the network did not register: the task must exist, be open
// with no cancellation pending, name this coordinator, the spec's circuit
// (zero for none) and the verifier the verifier registry holds for it,
// pay PaymentWei per contribution over Rounds rounds, and hold at least
// EscrowWei, or PaymentWei × Nodes × Rounds. A mismatch fails as bad
// input naming it; a cancellation requested or done fails as
// workflows.ErrTypeTaskCancelled, not retried; an unreachable chain is
// retried. With in.OpenOnly, before each later round or attempt, it checks
// only that the task exists, is open and has no cancellation requested:
// a round started after requestCancel could end after the cancellation
// delay, when the requester may close the task before the round is
// recorded. It only reads.
func (a *Activities) CheckEscrow(ctx context.Context, in workflows.EscrowCheckInput) error {
	if a == nil || a.Escrow == nil {
		return activities.BadInput(errors.New("settle: the task is paid but the coordinator has no chain configured (--chain-rpc, --task-escrow, a key)"))
	}
	if in.OpenOnly {
		t, err := a.task(ctx, in.TaskID)
		if err != nil {
			return err
		}
		if err := notCancelled(in.TaskID, t); err != nil {
			return err
		}
		if t.Status != chain.TaskOpen {
			return activities.BadInput(fmt.Errorf("settle: the escrow of task %s is closed (status %d): no round may start", in.TaskID, t.Status))
		}
		return nil
	}
	pay, ok := new(big.Int).SetString(in.PaymentWei, 10)
	if !ok || pay.Sign() <= 0 {
		return activities.BadInput(fmt.Errorf("settle: payment %q is not a positive number of wei", in.PaymentWei))
	}
	need := new(big.Int).Mul(pay, big.NewInt(int64(max(in.Nodes, 1)*in.Rounds)))
	if in.EscrowWei != "" {
		if need, ok = new(big.Int).SetString(in.EscrowWei, 10); !ok {
			return activities.BadInput(fmt.Errorf("settle: escrow %q is not a number of wei", in.EscrowWei))
		}
	}
	t, err := a.task(ctx, in.TaskID)
	if err != nil {
		return err
	}
	if err := notCancelled(in.TaskID, t); err != nil {
		return err
	}
	var bad []string
	if t.Status != chain.TaskOpen {
		bad = append(bad, fmt.Sprintf("status %d, not open", t.Status))
	}
	if t.Coordinator != a.Signer.Address() {
		bad = append(bad, fmt.Sprintf("coordinator %s, not this one (%s)", t.Coordinator.Hex(), a.Signer.Address().Hex()))
	}
	if t.PaymentPerContribution.Cmp(pay) != 0 {
		bad = append(bad, fmt.Sprintf("pays %s wei per contribution, the spec %s", t.PaymentPerContribution, pay))
	}
	if int(t.Rounds) != in.Rounds {
		bad = append(bad, fmt.Sprintf("%d rounds, the spec %d", t.Rounds, in.Rounds))
	}
	if t.Deposit.Cmp(need) < 0 {
		bad = append(bad, fmt.Sprintf("deposit %s wei, the spec needs %s", t.Deposit, need))
	}
	if t.CircuitId != chain.CircuitID(in.Circuit) {
		bad = append(bad, fmt.Sprintf("circuit %x, not the spec's %q", t.CircuitId, in.Circuit))
	} else if in.Circuit != "" {
		reg, err := a.Escrow.Circuits(ctx)
		if err != nil {
			return fmt.Errorf("settle: read the verifier registry: %w", err)
		}
		v, err := reg.Verifier(ctx, in.Circuit)
		var rerr *revert.Error
		switch {
		case errors.As(err, &rerr):
			bad = append(bad, fmt.Sprintf("circuit %s is not usable: %s", in.Circuit, rerr))
		case err != nil:
			return fmt.Errorf("settle: read the verifier of %s: %w", in.Circuit, err)
		case v != t.Verifier:
			bad = append(bad, fmt.Sprintf("verifier %s, the registry's for %s is %s", t.Verifier.Hex(), in.Circuit, v.Hex()))
		}
	}
	if len(bad) > 0 {
		return activities.BadInput(fmt.Errorf("settle: the escrow of task %s does not match its spec: %s", in.TaskID, strings.Join(bad, "; ")))
	}
	zerolog.Ctx(ctx).Info().Str("task_id", in.TaskID).Str("deposit_wei", t.Deposit.String()).Str("circuit", in.Circuit).Msg("escrow matches the spec")
	return nil
}

// task reads task id's escrow; a task with none fails as bad input (it
// would run unpaid).
func (a *Activities) task(ctx context.Context, id string) (taskescrow.TaskEscrowTask, error) {
	t, err := a.Escrow.Task(ctx, id)
	var rerr *revert.Error
	if errors.As(err, &rerr) && rerr.Name == "UnknownTask" {
		return t, activities.BadInput(fmt.Errorf("settle: task %s has no escrow on chain: it would run unpaid", id))
	}
	if err != nil {
		return t, fmt.Errorf("settle: read the escrow of task %s: %w", id, err)
	}
	return t, nil
}

// notCancelled fails as workflows.ErrTypeTaskCancelled, not retried, when
// task id's requester asked to cancel it or cancelled it: the coordinator
// then starts no round.
func notCancelled(id string, t taskescrow.TaskEscrowTask) error {
	var msg string
	switch {
	case t.Status == chain.TaskCancelled:
		msg = fmt.Sprintf("task %s was cancelled on chain by its requester", id)
	case t.CancelRequestedAt != 0:
		msg = fmt.Sprintf("its requester asked on chain to cancel task %s (at %s)", id,
			time.Unix(int64(t.CancelRequestedAt), 0).UTC().Format(time.RFC3339))
	default:
		return nil
	}
	return temporal.NewNonRetryableApplicationError(
		fmt.Sprintf("settle: %s: no new round starts; the %d of %d rounds recorded stay paid", msg, t.RoundsRecorded, t.Rounds),
		workflows.ErrTypeTaskCancelled, nil)
}

// SettleRound records the round's result and the participating nodes'
// accounts, then settles the task. Both steps read the contract first, so
// a retry after a crash records and pays exactly once. A transaction the
// contract rejects (too little escrow, a result already recorded with
// another hash) fails as bad input with the contract's error; an
// unreachable chain is retried.
func (a *Activities) SettleRound(ctx context.Context, in workflows.SettleInput) (workflows.Settlement, error) {
	lg := zerolog.Ctx(ctx).With().Str("task_id", in.TaskID).Int("round", in.Round).Str("phase", workflows.PhaseSettle).Logger()
	if a == nil || a.Escrow == nil {
		return workflows.Settlement{}, activities.BadInput(errors.New("settle: the coordinator has no chain configured (--chain-rpc, --task-escrow, a key)"))
	}
	if len(in.Nodes) != len(in.Accounts) || in.Contributions != nil && len(in.Contributions) != len(in.Nodes) {
		return workflows.Settlement{}, activities.BadInput(fmt.Errorf("settle: %d nodes, %d accounts", len(in.Nodes), len(in.Accounts)))
	}
	var result [32]byte
	b, err := hex.DecodeString(in.Result)
	if in.Round > 0 && (err != nil || len(b) != 32) {
		return workflows.Settlement{}, activities.BadInput(fmt.Errorf("settle: result %q is not a hex SHA-256", in.Result))
	}
	copy(result[:], b)
	accounts := make([]common.Address, len(in.Accounts))
	for i, s := range in.Accounts {
		if !common.IsHexAddress(s) {
			return workflows.Settlement{}, activities.BadInput(fmt.Errorf("settle: node %s has no chain account", in.Nodes[i]))
		}
		accounts[i] = common.HexToAddress(s)
	}
	sorted := slices.Clone(accounts)
	slices.SortFunc(sorted, func(x, y common.Address) int { return x.Cmp(y) })
	switch {
	case in.Round > 0 && in.Proofs != nil:
		if err := a.recordProven(ctx, in, result, accounts); err != nil {
			return workflows.Settlement{}, err
		}
	case in.Round > 0:
		if err := a.Escrow.RecordRound(ctx, a.Signer, in.TaskID, uint32(in.Round), result, slices.Compact(sorted)); err != nil {
			return workflows.Settlement{}, classify("record the round", err)
		}
	}
	if in.Settle {
		if err := a.Escrow.Settle(ctx, a.Signer, in.TaskID); err != nil {
			return workflows.Settlement{}, classify("settle", err)
		}
	}
	t, err := a.Escrow.Task(ctx, in.TaskID)
	if err != nil {
		return workflows.Settlement{}, err
	}
	out := workflows.Settlement{ChainID: a.Chain.ChainID().Int64(), TaskContract: a.Contract.Hex(), EscrowWei: t.Deposit.String(),
		RefundWei: new(big.Int).Sub(t.Deposit, t.Paid).String()}
	for i, n := range in.Nodes {
		paid := new(big.Int).Set(t.PaymentPerContribution)
		if in.Contributions != nil {
			paid.Mul(paid, big.NewInt(int64(in.Contributions[i])))
		}
		p := workflows.Payment{Node: n, Address: accounts[i].Hex()}
		if in.Round > 0 {
			st, err := a.Escrow.ContributionStatus(ctx, in.TaskID, uint32(in.Round), accounts[i])
			if err != nil {
				return workflows.Settlement{}, err
			}
			ok := st == chain.ContributionCredited
			if in.Proofs != nil {
				p.ProofVerified = &ok
			}
			switch {
			case ok:
			case in.Proofs != nil:
				paid.SetInt64(0)
				p.Reason = "rejected on chain (proof invalid, data set not the one fixed for the task at selection, or the node was not active)"
				if why := in.Proofs[i].Reason; why != "" {
					p.Reason += " (" + why + " off chain)"
				}
			default:
				paid.SetInt64(0)
				p.Reason = "rejected on chain: not an active node when the round was recorded"
			}
		}
		p.PaidWei = paid.String()
		out.Payments = append(out.Payments, p)
	}
	lg.Info().Str("escrow_wei", out.EscrowWei).Str("paid_wei", t.Paid.String()).Str("refund_wei", out.RefundWei).Msg("task settled on chain")
	return out, nil
}

// recordProven records a proven round with each node's proof, which the
// contract verifies before paying, bound to in.Attempt, the attempt the
// workflow checked the proofs for (a node's own ProveOutput.Attempt is
// not trusted). Nodes go in ascending account order.
func (a *Activities) recordProven(ctx context.Context, in workflows.SettleInput, result [32]byte, accounts []common.Address) error {
	if len(in.Proofs) != len(in.Nodes) || len(in.Proofs) == 0 {
		return activities.BadInput(fmt.Errorf("settle: %d proofs for %d nodes", len(in.Proofs), len(in.Nodes)))
	}
	// The attempt is the workflow's: the one the proofs were checked for
	// off chain. What a node reported in its ProveOutput is never used.
	if in.Attempt < 1 {
		return activities.BadInput(fmt.Errorf("settle: round %d of task %s is proven but its attempt is %d", in.Round, in.TaskID, in.Attempt))
	}
	cs := make([]chain.Contribution, len(in.Proofs))
	for i, p := range in.Proofs {
		id, xy, err := prove.Public(p)
		if err != nil {
			return err
		}
		cs[i] = chain.Contribution{Node: accounts[i], DatasetId: id, Commitment: xy}
		if cs[i].Proof, err = prove.SolidityProof(ctx, a.Objects, p.Proof); err != nil {
			return fmt.Errorf("settle: proof of node %s: %w", p.Node, err)
		}
	}
	slices.SortFunc(cs, func(x, y chain.Contribution) int { return x.Node.Cmp(y.Node) })
	inputs := make([]*big.Int, len(in.RoundInputs))
	for i, s := range in.RoundInputs {
		x, ok := new(big.Int).SetString(s, 10)
		if !ok || x.Sign() < 0 {
			return activities.BadInput(fmt.Errorf("settle: round input %q is not a non-negative integer", s))
		}
		inputs[i] = x
	}
	if err := a.Escrow.RecordProvenRound(ctx, a.Signer, in.TaskID, uint32(in.Round), uint32(in.Attempt), result, inputs, cs); err != nil {
		return classify("record the proven round", err)
	}
	return nil
}

// classify makes a contract's rejection non-retryable bad input.
func classify(what string, err error) error {
	if errors.Is(err, chain.ErrReverted) || errors.Is(err, chain.ErrConflict) {
		return activities.BadInput(fmt.Errorf("settle: %s: %w", what, err))
	}
	return fmt.Errorf("settle: %s: %w", what, err)
}
