package settle

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/workflows"
)

// SnapshotDatasets fixes on chain, for a paid proven task, the data set
// each node it just selected computes on: the node's data set of
// in.Schema (chain.DatasetID of its account), with the root and row count
// the data hub holds now. The workflow calls it right after the first
// selection (the prep round of a training task), before any key derived
// from the task's data is known: from then on the escrow, and
// prove.Coordinator.CheckContributions off chain, accept a node's proof
// only over that registration, so a node cannot change or reorder its
// table, and with it its held-out rows, once it is selected.
//
// A node already snapshotted for the task (an earlier attempt, a retried
// activity whose first transaction went through) keeps its snapshot and
// counts as done, even if its data set changed since: that node's proofs
// are then rejected, which is its own doing (reported in Changed). A node
// whose account registered no data set of the schema is not snapshotted
// (reported in Unregistered); its proofs are rejected too. Neither fails
// the round. A contract rejection (the task closed, a round already
// recorded) fails as bad input; an unreachable chain is retried. It
// reads the contract before sending, so a retry sends nothing new.
func (a *Activities) SnapshotDatasets(ctx context.Context, in workflows.SnapshotInput) (workflows.SnapshotOutput, error) {
	lg := zerolog.Ctx(ctx).With().Str("task_id", in.TaskID).Int("round", in.Round).Str("phase", workflows.PhaseSelect).Logger()
	if a == nil || a.Escrow == nil {
		return workflows.SnapshotOutput{}, activities.BadInput(errors.New("settle: the task is proven but the coordinator has no chain configured (--chain-rpc, --task-escrow, a key)"))
	}
	if len(in.Nodes) != len(in.Accounts) || in.Schema == "" {
		return workflows.SnapshotOutput{}, activities.BadInput(fmt.Errorf("settle: snapshot of %d nodes with %d accounts, schema %q", len(in.Nodes), len(in.Accounts), in.Schema))
	}
	schema, err := a.Objects.Schemas().Resolve(ctx, in.Schema)
	if err != nil {
		return workflows.SnapshotOutput{}, store.SchemaError(fmt.Errorf("settle: snapshot: %w", err))
	}
	if _, err := a.task(ctx, in.TaskID); err != nil {
		return workflows.SnapshotOutput{}, err
	}
	hub, err := a.Escrow.Hub(ctx)
	if err != nil {
		return workflows.SnapshotOutput{}, fmt.Errorf("settle: read the escrow's data hub: %w", err)
	}
	var out workflows.SnapshotOutput
	var nodes []common.Address
	var ids [][32]byte
	for i, n := range in.Nodes {
		if !common.IsHexAddress(in.Accounts[i]) {
			return workflows.SnapshotOutput{}, activities.BadInput(fmt.Errorf("settle: node %s has no chain account", n))
		}
		acct := common.HexToAddress(in.Accounts[i])
		id := chain.DatasetID(acct, schema.Hash())
		d, ok, err := hub.Dataset(ctx, id)
		if err != nil {
			return workflows.SnapshotOutput{}, fmt.Errorf("settle: read data set %x of node %s: %w", id, n, err)
		}
		snap, err := a.Escrow.DatasetSnapshot(ctx, in.TaskID, acct)
		if err != nil {
			return workflows.SnapshotOutput{}, fmt.Errorf("settle: read the snapshot of node %s: %w", n, err)
		}
		switch {
		case snap != [32]byte{}:
			out.Fixed = append(out.Fixed, n)
			if !ok || snap != chain.SnapshotOf(id, d.CommitmentRoot, d.Rows) {
				out.Changed = append(out.Changed, n)
			}
		case !ok || d.Owner != acct:
			// The ID derives from the account: a data set under it is the
			// account's. Registering one after this selection is too late.
			out.Unregistered = append(out.Unregistered, fmt.Sprintf("%s (no data set of %s registered by %s)", n, in.Schema, acct.Hex()))
		default:
			nodes, ids = append(nodes, acct), append(ids, id)
			out.Fixed = append(out.Fixed, n)
		}
	}
	if len(nodes) > 0 {
		if err := a.Escrow.SnapshotDatasets(ctx, a.Signer, in.TaskID, nodes, ids); err != nil {
			return workflows.SnapshotOutput{}, classify("fix the selected nodes' data sets", err)
		}
	}
	lg.Info().Int("fixed", len(out.Fixed)).Int("new", len(nodes)).Strs("changed", out.Changed).Strs("unregistered", out.Unregistered).
		Msg("data sets fixed for the task")
	return out, nil
}
