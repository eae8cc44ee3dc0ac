// Package prove implements the proving activities of a proven task:
// ProveContribution, on each node, proves in zero knowledge that the
// contribution the node feeds the aggregation (statistics, or an hlr
// training round's gradient) was computed from the table it registered on
// chain; CheckContributions, on the coordinator, verifies the proofs off
// chain and checks the revealed aggregate against the nodes' commitments
// (packages circuits/contribution and circuits/hlr explain the binding).
//
// What leaves a node: its proof and its Pedersen commitment, which hide
// its contribution; the mask that opens the commitment goes into the
// aggregation, never out. A node that proves one contribution and feeds
// another fails the binding check, and the round is retried; a node whose
// proof does not verify is reported by CheckContributions, and the round
// workflow then discards the attempt and runs the round again without the
// node (workflows.ErrTypeProofRejected): an unproven contribution never
// reaches a published result or a model, and is never paid.
//
// Only what a node alone answers for excludes it: a proof the verifier
// rejects, bytes that do not decode, a proof not stored at its content
// address, malformed public values, a data set that is not registered,
// not owned by the node's selected account, not the registration the
// task's escrow fixed for the node when the task first selected it
// (settle.SnapshotDatasets: a node cannot re-register another table, or
// its rows in another order, once the keys derived from the task's data,
// such as the one that draws a training node's held-out rows, are
// known), or registered with another row count. What others can cause (an unreachable chain or store, a
// missing proof object, one changed in the store after the node wrote it,
// which the content address shows) is retried and excludes nobody: a node
// can stall a round that way (the operator's retry-round excludes it),
// not get another node excluded. Proofs are checked and settled bound to
// the workflow's attempt; the attempt a node reports is not used.
//
// Verifying keys come from a setup.Cache whose keys are pinned
// (setup.KeyPins): keys planted in the object store are refused, and a
// node checks its own proof against the pinned verifying key before
// handing it out, so a planted proving key fails loudly on the node.
package prove

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/plonk"
	plonkbn254 "github.com/consensys/gnark/backend/plonk/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"go.temporal.io/sdk/temporal"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/activities/compute"
	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/activities/train"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/circuits/contribution"
	"github.com/twopm/twopm/circuits/hlr"
	"github.com/twopm/twopm/circuits/pedersen"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/contracts/bindings/datahub"
	"github.com/twopm/twopm/contracts/revert"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/source"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/workflows"
)

// FaultBadProof makes a node corrupt every proof it makes, to show that
// the chain rejects it and does not pay the node. Never set in
// production.
const FaultBadProof = "bad-proof"

// Node holds what ProveContribution needs on one node.
type Node struct {
	NodeID string
	Source source.Source
	Schema dataset.Schema
	View   compute.View
	Store  *compute.Store
	// Keys hands out the circuits' keys; nil means the node has no SRS
	// configured and cannot prove.
	Keys *setup.Cache
	// Objects is where proofs go.
	Objects store.Objects
	// Fault, if FaultBadProof, corrupts the proofs.
	Fault string
	// Account, ChainID and Escrow are the node's chain account, the chain
	// and the task escrow contract: with the task, round and attempt, they
	// are what a proof is bound to (contribution.Binding).
	Account common.Address
	ChainID uint64
	Escrow  common.Address
}

// ProveContribution proves the node's contribution to a round of a proven
// task: the statistics it saved at the local map, or the gradient it saved
// at local training (at the round's Params, train.RoundParams), from its
// registered table, under the mask saved with them. It stores the proof in S3 and
// returns it with the public values it proves. An unknown circuit, a node
// without an SRS, a table the circuit does not fit or a missing local map
// fail as bad input, as does a circuit whose prover needs more memory than
// the machine has (setup.CheckMachine). Retrying proves the same contribution again (PLONK
// proofs are randomized; any of them will do).
func (a *Node) ProveContribution(ctx context.Context, in workflows.ProveInput) (workflows.ProveOutput, error) {
	lg := zerolog.Ctx(ctx).With().Str("task_id", in.TaskID).Int("round", in.Round).Str("node", a.NodeID).Str("phase", workflows.PhaseProve).Logger()
	if a.Keys == nil {
		return workflows.ProveOutput{}, activities.BadInput(fmt.Errorf("node %s has no SRS to prove with (node run --srs)", a.NodeID))
	}
	v, err := setup.Resolve(ctx, in.Circuit, dataset.CatalogOf(a.Schema))
	if err != nil {
		return workflows.ProveOutput{}, activities.BadInput(err)
	}
	tab, err := a.View.Load(ctx, a.Source, a.Schema)
	if err != nil {
		return workflows.ProveOutput{}, compute.DataError(a.NodeID, err)
	}
	parts, _, err := a.Store.Load(in.TaskID, in.Round, workflows.SlotMask)
	if err != nil || len(parts) != workflows.MaskElements {
		return workflows.ProveOutput{}, activities.BadInput(fmt.Errorf("node %s: no commitment mask for task %s round %d: the local map did not run", a.NodeID, in.TaskID, in.Round))
	}
	mask := new(big.Int).Add(parts[0].Signed(), new(big.Int).Lsh(parts[1].Signed(), contribution.MaskPartBits))

	// A circuit beyond this machine fails now, saying so, rather than
	// after its keys are set up, with the process killed.
	if _, err := setup.CheckMachine(v); err != nil {
		return workflows.ProveOutput{}, activities.BadInput(fmt.Errorf("node %s: %w", a.NodeID, err))
	}
	stop := activities.Heartbeat(ctx, 10*time.Second, "proving")
	defer stop()
	start := time.Now()
	keys, err := a.Keys.Keys(ctx, v)
	if err != nil {
		return workflows.ProveOutput{}, fmt.Errorf("prove: keys of %s: %w", v.ID, err)
	}
	if a.Account == (common.Address{}) {
		return workflows.ProveOutput{}, activities.BadInput(fmt.Errorf("node %s has no chain account to prove for", a.NodeID))
	}
	id := chain.DatasetID(a.Account, a.Schema.Hash())
	binding := contribution.NewBinding(contribution.Binding{ChainID: a.ChainID, Contract: a.Escrow, TaskKey: chain.TaskKey(in.TaskID),
		Round: uint32(in.Round), Attempt: uint32(in.Attempt), Node: a.Account, Dataset: id})
	var full witness.Witness
	var claim contribution.Claim
	if v.Training() {
		p, _, err := train.RoundParams(ctx, a.Objects, v, in.TaskID, in.Model, in.Encoding, in.HoldoutEvery)
		if err != nil {
			return workflows.ProveOutput{}, err
		}
		var c hlr.Claim
		if full, _, _, _, c, err = hlr.Witness(tab, p, binding, mask, *v.HLR); err != nil {
			return workflows.ProveOutput{}, activities.BadInput(fmt.Errorf("node %s: %w", a.NodeID, err))
		}
		claim = contribution.Claim{Root: c.Root, Rows: c.Rows, Binding: c.Binding, Commitment: c.Commitment}
	} else if full, _, claim, err = contribution.Witness(tab, binding, mask, v.Shape); err != nil {
		return workflows.ProveOutput{}, activities.BadInput(fmt.Errorf("node %s: %w", a.NodeID, err))
	}
	proof, err := contribution.Prove(keys.CCS, keys.PK, full, setup.ProverOptions()...)
	if err != nil {
		return workflows.ProveOutput{}, fmt.Errorf("prove: %w", err)
	}
	// The proving key came from the shared store; the verifying key is
	// pinned. A proof the pinned key rejects would only be rejected later.
	public, err := full.Public()
	if err != nil {
		return workflows.ProveOutput{}, fmt.Errorf("prove: public witness: %w", err)
	}
	if err := contribution.Verify(proof, keys.VK, public, setup.VerifierOptions()...); err != nil {
		return workflows.ProveOutput{}, fmt.Errorf("prove: node %s: its proof does not verify with the pinned verifying key of %s (is the stored proving key another circuit's?): %w", a.NodeID, v.ID, err)
	}
	if a.Fault == FaultBadProof {
		corrupt(proof)
		lg.Warn().Msg("fault injected: the proof is corrupted")
	}
	var buf bytes.Buffer
	if _, err := proof.WriteTo(&buf); err != nil {
		return workflows.ProveOutput{}, fmt.Errorf("prove: encode proof: %w", err)
	}
	ref, err := a.Objects.PutBytes(ctx, proofDir(in.TaskID, in.Round)+a.NodeID+"-", proofExt, buf.Bytes())
	if err != nil {
		return workflows.ProveOutput{}, err
	}
	out := workflows.ProveOutput{
		Node:       a.NodeID,
		Attempt:    in.Attempt,
		DatasetID:  hex.EncodeToString(id[:]),
		Rows:       claim.Rows,
		Commitment: [2]string{claim.Commitment.X.String(), claim.Commitment.Y.String()},
		Proof:      ref,
		Seconds:    time.Since(start).Seconds(),
	}
	lg.Info().Str("circuit", v.ID).Float64("seconds", out.Seconds).Str("proof", ref.Key).Msg("contribution proven")
	return out, nil
}

// corrupt changes a proof's claimed evaluation l(ζ): it still decodes, and
// neither gnark nor the Solidity verifier accepts it. (Value 0, the
// linearized polynomial's, is not part of the Solidity encoding: the
// contract recomputes it.)
func corrupt(p plonk.Proof) {
	if bp, ok := p.(*plonkbn254.Proof); ok && len(bp.BatchedProof.ClaimedValues) > 1 {
		var one fr.Element
		one.SetOne()
		bp.BatchedProof.ClaimedValues[1].Add(&bp.BatchedProof.ClaimedValues[1], &one)
	}
}

// proofExt ends the key of a proof object.
const proofExt = ".plonk"

// proofDir is where the proofs of a round go: a node stores its proof at
// proofDir + its node ID + "-" + the proof's SHA-256 + proofExt, an
// address bound to the content (store.Objects.PutBytes).
func proofDir(taskID string, round int) string {
	return fmt.Sprintf("proofs/%s/round-%d/", taskID, round)
}

// contentAddressed reports whether ref is where a node stores a proof of
// round of task taskID: under proofDir, its key ending in "-", ref's
// SHA-256 (64 lower-case hex digits) and proofExt. An honest node never
// writes other bytes there, so bytes at such a key that do not hash to
// its name were changed in the store by someone else.
func contentAddressed(ref workflows.ArtifactRef, taskID string, round int) bool {
	h, err := hex.DecodeString(ref.SHA256)
	if err != nil || len(h) != 32 || hex.EncodeToString(h) != ref.SHA256 {
		return false
	}
	dir := proofDir(taskID, round)
	return strings.HasPrefix(ref.Key, dir) && strings.HasSuffix(ref.Key, "-"+ref.SHA256+proofExt) &&
		len(ref.Key) > len(dir)+len(ref.SHA256)+len(proofExt)+1 && !strings.Contains(ref.Key[len(dir):], "/")
}

// Coordinator holds what CheckContributions needs on the coordinator.
type Coordinator struct {
	// Keys hands out the circuits' verifying keys; nil means the
	// coordinator has no SRS configured.
	Keys    *setup.Cache
	Objects store.Objects
	// Hub is the data hub the proofs' registrations are read from; nil
	// means no chain.
	Hub *chain.Hub
	// ChainID and Escrow are the chain and the task escrow contract the
	// proofs are bound to (contribution.Binding).
	ChainID uint64
	Escrow  common.Address
	// Tasks is the task escrow contract at Escrow, whose snapshot of each
	// node's data set (taken when the task selected it) a proof is
	// checked against; it must be set with Hub.
	Tasks *chain.Escrow

	// readProof, dataset and snapshot, when set, stand in for
	// Objects.GetBytes, Hub.Dataset and the escrow's snapshot (in unit
	// tests).
	readProof func(context.Context, workflows.ArtifactRef) ([]byte, error)
	dataset   func(context.Context, [32]byte) (datahub.DataHubDataset, bool, error)
	snapshot  func(ctx context.Context, taskID string, node common.Address) ([32]byte, bool, error)
}

func (c *Coordinator) getProof(ctx context.Context, ref workflows.ArtifactRef) ([]byte, error) {
	if c.readProof != nil {
		return c.readProof(ctx, ref)
	}
	return c.Objects.GetBytes(ctx, ref)
}

func (c *Coordinator) getDataset(ctx context.Context, id [32]byte) (datahub.DataHubDataset, bool, error) {
	if c.dataset != nil {
		return c.dataset(ctx, id)
	}
	return c.Hub.Dataset(ctx, id)
}

// getSnapshot returns the snapshot the escrow keeps of node's data set for
// task taskID (chain.SnapshotOf; zero if none), and whether the task has
// an escrow on chain at all (false: there is no snapshot to check, as for
// an unpaid task, and the current registration stands).
func (c *Coordinator) getSnapshot(ctx context.Context, taskID string, node common.Address) ([32]byte, bool, error) {
	if c.snapshot != nil {
		return c.snapshot(ctx, taskID, node)
	}
	_, err := c.Tasks.Task(ctx, taskID)
	var rerr *revert.Error
	if errors.As(err, &rerr) && rerr.Name == "UnknownTask" {
		return [32]byte{}, false, nil
	}
	if err != nil {
		return [32]byte{}, false, err
	}
	snap, err := c.Tasks.DatasetSnapshot(ctx, taskID, node)
	return snap, true, err
}

// CheckContributions verifies each proof of a round off chain, with the
// circuit's pinned verifying key, against the registration of the data
// set the node names (which the node's selected account, in.Accounts,
// must own, and which must be the registration the task's escrow
// snapshotted for the node when the task first selected it,
// settle.SnapshotDatasets) and the round's binding, then checks that the revealed
// aggregate opens the sum of all the nodes' commitments (every node's
// input is in the aggregate, proven or not).
//
// What a node alone answers for makes its proof unverified, reported in
// CheckOutput.Verified and Reasons: a data set that is not registered, of
// another schema than the circuit's (the chain does not check this), not
// its account's, changed since the task selected the node (re-registered,
// even with the same rows in another order: the escrow would reject it
// DatasetChanged), never snapshotted for the task (a node first selected
// after the task's keys were known: NotSnapshotted on chain), or
// registered with another row count; malformed public
// values; a proof not stored at its content address; bytes there that do
// not decode; a proof the verifier rejects. The round workflow then fails
// the attempt as ErrTypeProofRejected and aggregates again without the
// node, so the aggregate is never used. What others can cause never
// excludes a node: an unreachable chain or store, a missing proof object,
// or one whose bytes no longer match the content address it was stored
// at (changed in the store by someone else) fail with a retryable error,
// and once the activity's retries are spent the round runs again with
// new proofs and nobody excluded. An aggregate that does not open the
// commitments fails with ErrTypeBinding, and the round is retried, unless
// some proof is unverified: then the unverified nodes are reported, and
// the next attempt checks the aggregate without them. It only reads, so
// retrying is safe.
func (c *Coordinator) CheckContributions(ctx context.Context, in workflows.CheckInput) (workflows.CheckOutput, error) {
	lg := zerolog.Ctx(ctx).With().Str("task_id", in.TaskID).Int("round", in.Round).Str("phase", workflows.PhaseProve).Logger()
	if c == nil || c.Keys == nil || c.Hub == nil || c.Tasks == nil && c.snapshot == nil {
		return workflows.CheckOutput{}, activities.BadInput(errors.New("prove: the coordinator needs a chain and an SRS to check proofs (--chain-*, --srs)"))
	}
	v, err := setup.Resolve(ctx, in.Circuit, c.Objects.Schemas())
	if setup.BadID(err) {
		return workflows.CheckOutput{}, activities.BadInput(err)
	}
	if err != nil {
		return workflows.CheckOutput{}, err
	}
	if len(in.Proofs) > contribution.MaxParties {
		return workflows.CheckOutput{}, activities.BadInput(fmt.Errorf("prove: %d nodes, a proven task takes at most %d", len(in.Proofs), contribution.MaxParties))
	}
	accounts, err := selectedAccounts(in)
	if err != nil {
		return workflows.CheckOutput{}, err
	}
	stop := activities.Heartbeat(ctx, 10*time.Second, "checking")
	defer stop()
	keys, err := c.Keys.Keys(ctx, v)
	if err != nil {
		return workflows.CheckOutput{}, fmt.Errorf("prove: keys of %s: %w", v.ID, err)
	}
	sum, err := field.ParseVector(in.Sum)
	if err != nil {
		return workflows.CheckOutput{}, activities.BadInput(err)
	}
	out := workflows.CheckOutput{Verified: make([]bool, len(in.Proofs)), Reasons: make([]string, len(in.Proofs))}
	commitments := make([]pedersen.Point, len(in.Proofs))
	rows := make([]int, len(in.Proofs))
	binding := contribution.Binding{ChainID: c.ChainID, Contract: c.Escrow, TaskKey: chain.TaskKey(in.TaskID),
		Round: uint32(in.Round), Attempt: uint32(in.Attempt)}
	var paramsHash *fr.Element
	if v.Training() {
		p, _, err := train.RoundParams(ctx, c.Objects, v, in.TaskID, in.Model, in.Encoding, in.HoldoutEvery)
		if err != nil {
			return workflows.CheckOutput{}, err
		}
		h := p.Hash()
		paramsHash = &h
		out.RoundInputs = []string{h.String()}
	}
	unverified := 0
	for i, p := range in.Proofs {
		claim, why, err := c.judge(ctx, keys, v, in, p, accounts[i], binding, paramsHash)
		if err != nil {
			return workflows.CheckOutput{}, err
		}
		commitments[i], rows[i] = claim.Commitment, claim.Rows
		if why != "" {
			out.Reasons[i] = why
			unverified++
			lg.Warn().Str("node", p.Node).Str("reason", why).Msg("proof rejected")
			continue
		}
		out.Verified[i] = true
	}
	if err := checkAggregate(v, commitments, rows, sum); err != nil {
		if unverified > 0 {
			// The aggregate is not used: the nodes reported unverified
			// are excluded, and the next attempt is checked without them.
			lg.Warn().Err(err).Int("unverified", unverified).Msg("aggregate does not open the commitments; unverified nodes reported")
			out.SRS, out.Unopened = c.Keys.SRSName(), err.Error()
			return out, nil
		}
		// Not retried as an activity (CheckContributionsOptions), but the
		// round is, as after a failed MAC check.
		return workflows.CheckOutput{}, temporal.NewApplicationError(fmt.Sprintf("round %d: %v", in.Round, err), workflows.ErrTypeBinding)
	}
	out.SRS = c.Keys.SRSName()
	lg.Info().Int("proofs", len(in.Proofs)).Str("srs", out.SRS).Msg("aggregate opens the proven commitments")
	return out, nil
}

// checkAggregate checks the aggregate of a round against the nodes'
// commitments: a statistics aggregate whole, a training one by its
// proven part (the gradient, row count and masks at its end).
func checkAggregate(v setup.Version, commitments []pedersen.Point, rows []int, sum field.Vector) error {
	if !v.Training() {
		return v.Shape.CheckAggregate(commitments, rows, sum)
	}
	width, err := v.HLR.Width()
	if err != nil {
		return err
	}
	if len(sum) < width+3 {
		return fmt.Errorf("%w: aggregate of %d elements", contribution.ErrBinding, len(sum))
	}
	return v.HLR.CheckAggregate(commitments, sum[len(sum)-width-3:])
}

// selectedAccounts parses in.Accounts, the accounts of the nodes the
// round selected, one per proof. Their absence is the workflow's error:
// bad input.
func selectedAccounts(in workflows.CheckInput) ([]common.Address, error) {
	if len(in.Accounts) != len(in.Proofs) {
		return nil, activities.BadInput(fmt.Errorf("prove: %d proofs, %d accounts of selected nodes", len(in.Proofs), len(in.Accounts)))
	}
	out := make([]common.Address, len(in.Accounts))
	for i, a := range in.Accounts {
		if !common.IsHexAddress(a) {
			return nil, activities.BadInput(fmt.Errorf("prove: node %s: account %q", in.Proofs[i].Node, a))
		}
		out[i] = common.HexToAddress(a)
	}
	return out, nil
}

// judge checks p, the proof of the node selected with account, for the
// round's attempt (binding). It returns the node's claim (its commitment
// and rows, which the aggregate is checked against) and why the proof
// does not stand, "" if it verifies. A reason is something the node alone
// answers for (CheckContributions lists them); an error is what others
// can cause, or the chain's or the store's failure, and names no culprit:
// it is retried.
func (c *Coordinator) judge(ctx context.Context, keys *setup.Keys, v setup.Version, in workflows.CheckInput, p workflows.ProveOutput,
	account common.Address, binding contribution.Binding, paramsHash *fr.Element) (contribution.Claim, string, error) {
	claim := contribution.Claim{Rows: p.Rows}
	id, xy, err := Public(p)
	if err != nil {
		return claim, "public values malformed: " + err.Error(), nil
	}
	claim.Commitment.X.SetBigInt(xy[0])
	claim.Commitment.Y.SetBigInt(xy[1])
	d, ok, err := c.getDataset(ctx, id)
	if err != nil {
		return claim, "", fmt.Errorf("prove: node %s: read data set %x: %w", p.Node, id, err)
	}
	switch {
	case !ok:
		return claim, fmt.Sprintf("data set %x is not registered", id), nil
	case d.Owner != account:
		return claim, fmt.Sprintf("data set %x belongs to %s, not to the node's account %s", id, d.Owner.Hex(), account.Hex()), nil
	case d.SchemaHash != v.Schema().Hash():
		return claim, fmt.Sprintf("data set %x is registered under schema %x, not the circuit's %s", id, d.SchemaHash, v.Schema().Ref()), nil
	}
	fixed, onChain, err := c.getSnapshot(ctx, in.TaskID, account)
	if err != nil {
		return claim, "", fmt.Errorf("prove: node %s: read the snapshot of its data set: %w", p.Node, err)
	}
	switch {
	case onChain && fixed == [32]byte{}:
		return claim, fmt.Sprintf("data set %x was not fixed for the task when the node was first selected", id), nil
	case onChain && fixed != chain.SnapshotOf(id, d.CommitmentRoot, d.Rows):
		return claim, fmt.Sprintf("data set %x changed since the task selected the node: %d rows under root %x now, not the registration fixed then", id, d.Rows, d.CommitmentRoot), nil
	case p.Rows < 0 || uint64(p.Rows) != d.Rows:
		return claim, fmt.Sprintf("%d rows reported, the data set is registered with %d", p.Rows, d.Rows), nil
	}
	binding.Node, binding.Dataset = d.Owner, id
	claim.Root, claim.Binding = d.CommitmentRoot, contribution.NewBinding(binding)
	if !contentAddressed(p.Proof, in.TaskID, in.Round) {
		return claim, fmt.Sprintf("proof reference %q is not the content address of a proof of round %d", p.Proof.Key, in.Round), nil
	}
	b, err := c.getProof(ctx, p.Proof)
	switch {
	case errors.Is(err, store.ErrCorrupt):
		// The node stored these bytes under their own hash; someone else
		// changed them since. Not the node's fault.
		return claim, "", fmt.Errorf("prove: node %s: the proof object %s was changed in the store after it was written (not counted against the node): %w", p.Node, p.Proof.Key, err)
	case err != nil:
		return claim, "", fmt.Errorf("prove: node %s: read the proof: %w", p.Node, err)
	}
	return claim, c.verify(keys, v, b, claim, paramsHash), nil
}

// Public decodes the public values of a proven contribution: its data set
// ID and its commitment's coordinates. Malformed values are bad input.
func Public(p workflows.ProveOutput) (dataset [32]byte, commitment [2]*big.Int, err error) {
	b, err := hex.DecodeString(p.DatasetID)
	if err != nil || len(b) != 32 {
		return dataset, commitment, activities.BadInput(fmt.Errorf("prove: node %s: data set id %q", p.Node, p.DatasetID))
	}
	for i, s := range p.Commitment {
		x, ok := new(big.Int).SetString(s, 10)
		if !ok {
			return dataset, commitment, activities.BadInput(fmt.Errorf("prove: node %s: commitment %q", p.Node, s))
		}
		commitment[i] = x
	}
	return [32]byte(b), commitment, nil
}

// verify returns why the proof b of claim does not verify, or "". A
// training proof also shows the round's paramsHash.
func (c *Coordinator) verify(keys *setup.Keys, v setup.Version, b []byte, claim contribution.Claim, paramsHash *fr.Element) string {
	var err error
	proof := plonk.NewProof(ecc.BN254)
	if _, err := proof.ReadFrom(bytes.NewReader(b)); err != nil {
		return "proof does not decode"
	}
	var public witness.Witness
	if v.Training() && paramsHash != nil {
		public, err = hlr.PublicWitness(*v.HLR, hlr.Claim{Root: claim.Root, Rows: claim.Rows, Binding: claim.Binding,
			ParamsHash: *paramsHash, Commitment: claim.Commitment})
	} else {
		public, err = contribution.PublicWitness(v.Shape, claim)
	}
	if err != nil {
		return "public values do not fit the circuit"
	}
	if err := contribution.Verify(proof, keys.VK, public, setup.VerifierOptions()...); err != nil {
		return "proof invalid"
	}
	return ""
}

// solidityClaimedValues is how many claimed values MarshalSolidity reads.
const solidityClaimedValues = 6

// SolidityProof returns the proof stored at ref as the Solidity verifier
// takes it.
func SolidityProof(ctx context.Context, o store.Objects, ref workflows.ArtifactRef) ([]byte, error) {
	b, err := o.GetBytes(ctx, ref)
	if err != nil {
		return nil, err
	}
	proof := plonk.NewProof(ecc.BN254)
	if _, err := proof.ReadFrom(bytes.NewReader(b)); err != nil {
		return nil, fmt.Errorf("prove: decode %s: %w", ref.Key, err)
	}
	bp, ok := proof.(*plonkbn254.Proof)
	if !ok {
		return nil, fmt.Errorf("prove: %s is not a BN254 PLONK proof", ref.Key)
	}
	// MarshalSolidity indexes the claimed values l, r, o, s1, s2 (and the
	// linearized polynomial's before them) without checking.
	if n := len(bp.BatchedProof.ClaimedValues); n < solidityClaimedValues {
		return nil, fmt.Errorf("prove: %s has %d claimed values, a PLONK proof %d", ref.Key, n, solidityClaimedValues)
	}
	return bp.MarshalSolidity(), nil
}
