package requester

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/twopm/twopm/activities/train"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/workflows"
)

// Payer escrows the payments of the requester's tasks on chain: from
// Signer's account, on the escrow contract, with Coordinator as the
// account that may record results and settle.
type Payer struct {
	Escrow      *chain.Escrow
	Signer      *chain.Signer
	Coordinator common.Address
	// Verifiers are the circuit versions this requester has tasks proven
	// with, and the verifier it expects the network's verifier registry to
	// hold for each (chain.Deployment.Verifiers). A paid statistics task
	// whose columns a version covers, and a paid hlr training task on a
	// schema a version covers, are created with that circuit: the escrow
	// takes the verifier from the registry, and escrowing fails if it is
	// not the one expected here. Nil means no task is proven.
	Verifiers map[string]common.Address
}

// ErrNoPayer is returned by Submit for a task with a payment when the
// client has no Payer.
var ErrNoPayer = errors.New("requester: a task with payment_wei needs a chain account to escrow from")

// escrow escrows the deposit of task id, whose spec (with defaults
// applied) pays payWei per node and round over rounds rounds: escrowWei,
// or payWei × nodes × rounds. A circuit version makes the task pay only
// contributions proven to the verifier the network's registry holds for
// it, which must be the one in Verifiers. A retried call for a task
// already escrowed by this account sends nothing.
func (p *Payer) escrow(ctx context.Context, id string, spec any, payWei, escrowWei string, nodes, rounds int, circuit string) error {
	pay, _ := new(big.Int).SetString(payWei, 10)
	deposit := new(big.Int).Mul(pay, big.NewInt(int64(nodes*rounds)))
	if escrowWei != "" {
		deposit, _ = new(big.Int).SetString(escrowWei, 10)
	}
	b, err := json.Marshal(spec)
	if err != nil {
		return err
	}
	if circuit != "" {
		reg, err := p.Escrow.Circuits(ctx)
		if err != nil {
			return fmt.Errorf("escrow task %s: %w", id, err)
		}
		got, err := reg.Verifier(ctx, circuit)
		if err != nil {
			return fmt.Errorf("escrow task %s: circuit %s: %w", id, circuit, err)
		}
		if want := p.Verifiers[circuit]; got != want {
			return fmt.Errorf("escrow task %s: the network's verifier of %s is %s, not %s as given", id, circuit, got.Hex(), want.Hex())
		}
	}
	if err := p.Escrow.CreateTask(ctx, p.Signer, id, sha256.Sum256(b), uint32(rounds), pay, p.Coordinator, circuit, deposit); err != nil {
		return fmt.Errorf("escrow %s wei for task %s: %w", deposit, id, err)
	}
	return nil
}

// circuit returns the circuit version that proves a statistics task over
// columns of schema, if this payer proves with one; "" otherwise.
func (p *Payer) circuit(ctx context.Context, schemas dataset.Catalog, schema string, columns []string) string {
	if id := p.version(setup.ForStats(schema, columns)); id != "" {
		return id
	}
	return p.derived(ctx, schemas, func(v setup.Version) bool { return v.CoversStats(schema, columns) })
}

// trainingCircuit returns the circuit version that proves the rounds of a
// training task of spec, if this payer proves with one: a task of its
// label, features and missing-value rule (train.Covers).
func (p *Payer) trainingCircuit(ctx context.Context, schemas dataset.Catalog, spec workflows.TrainSpec) string {
	schema, err := schemas.Resolve(ctx, spec.Schema)
	if err != nil {
		return ""
	}
	covers := func(v setup.Version) bool { return train.Covers(v, spec, schema) == nil }
	for _, v := range setup.Versions {
		if !v.Test && covers(v) {
			if id := p.version(v, true); id != "" {
				return id
			}
		}
	}
	return p.derived(ctx, schemas, covers)
}

// derived returns, among the circuits derived from a schema
// (setup.ParseID) this payer has a verifier for, the one of the largest
// size class that covers the task, or "": of those, the one of the fewest
// features, which proves fastest. The client does not know the nodes' row
// counts: the largest class holds every table any of them holds (a node
// whose table no class holds cannot prove, and is left out of the task as
// unproven).
func (p *Payer) derived(ctx context.Context, schemas dataset.Catalog, covers func(setup.Version) bool) string {
	best, rows, width := "", 0, 0
	for _, id := range slices.Sorted(maps.Keys(p.Verifiers)) {
		d, ok := setup.ParseID(id)
		if !ok || d.Rows < rows || p.Verifiers[id] == (common.Address{}) {
			continue
		}
		v, err := setup.Resolve(ctx, id, schemas)
		if err != nil || !covers(v) {
			continue
		}
		w := 0
		if v.HLR != nil {
			w, _ = v.HLR.Width()
		}
		if d.Rows > rows || w < width {
			best, rows, width = id, d.Rows, w
		}
	}
	return best
}

// version returns version v's ID, or "" when there is no version (ok
// false) or this payer has no verifier for it.
func (p *Payer) version(v setup.Version, ok bool) string {
	if !ok {
		return ""
	}
	if addr, ok := p.Verifiers[v.ID]; !ok || addr == (common.Address{}) {
		return ""
	}
	return v.ID
}
