// Package settle implements the SettleRound activity: on the coordinator,
// it records a task's result hash on the task escrow contract, crediting
// every node that contributed, settles the task so that the rest of the
// deposit goes back to the requester, and reports what was paid.
package settle

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/activities/prove"
	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/chain"
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
		if in.Proofs != nil {
			st, err := a.Escrow.ContributionStatus(ctx, in.TaskID, uint32(in.Round), accounts[i])
			if err != nil {
				return workflows.Settlement{}, err
			}
			ok := st == chain.ContributionCredited
			p.ProofVerified = &ok
			if !ok {
				paid.SetInt64(0)
				p.Reason = "proof rejected on chain"
				if why := in.Proofs[i].Reason; why != "" {
					p.Reason += " (" + why + " off chain)"
				}
			}
		}
		p.PaidWei = paid.String()
		out.Payments = append(out.Payments, p)
	}
	lg.Info().Str("escrow_wei", out.EscrowWei).Str("paid_wei", t.Paid.String()).Str("refund_wei", out.RefundWei).Msg("task settled on chain")
	return out, nil
}

// recordProven records a proven round with each node's proof, which the
// contract verifies before paying. Nodes go in ascending account order.
func (a *Activities) recordProven(ctx context.Context, in workflows.SettleInput, result [32]byte, accounts []common.Address) error {
	if len(in.Proofs) != len(in.Nodes) {
		return activities.BadInput(fmt.Errorf("settle: %d proofs for %d nodes", len(in.Proofs), len(in.Nodes)))
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
	if err := a.Escrow.RecordProvenRound(ctx, a.Signer, in.TaskID, uint32(in.Round), result, inputs, cs); err != nil {
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
