package requester

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/circuits/setup"
)

// Payer escrows the payments of the requester's tasks on chain: from
// Signer's account, on the escrow contract, with Coordinator as the
// account that may record results and settle.
type Payer struct {
	Escrow      *chain.Escrow
	Signer      *chain.Signer
	Coordinator common.Address
	// Verifiers are the deployed verifier contracts by circuit version
	// (chain.Deployment.Verifiers). A paid statistics task whose columns a
	// version covers, and a paid hlr training task on a schema a version
	// covers, are proven to that version's verifier. Nil means no task is
	// proven.
	Verifiers map[string]common.Address
}

// ErrNoPayer is returned by Submit for a task with a payment when the
// client has no Payer.
var ErrNoPayer = errors.New("requester: a task with payment_wei needs a chain account to escrow from")

// escrow escrows the deposit of task id, whose spec (with defaults
// applied) pays payWei per node and round over rounds rounds: escrowWei,
// or payWei × nodes × rounds. A non-zero verifier makes the task pay only
// proven contributions. A retried call for a task already escrowed by this
// account sends nothing.
func (p *Payer) escrow(ctx context.Context, id string, spec any, payWei, escrowWei string, nodes, rounds int, verifier common.Address) error {
	pay, _ := new(big.Int).SetString(payWei, 10)
	deposit := new(big.Int).Mul(pay, big.NewInt(int64(nodes*rounds)))
	if escrowWei != "" {
		deposit, _ = new(big.Int).SetString(escrowWei, 10)
	}
	b, err := json.Marshal(spec)
	if err != nil {
		return err
	}
	if err := p.Escrow.CreateTask(ctx, p.Signer, id, sha256.Sum256(b), uint32(rounds), pay, p.Coordinator, verifier, deposit); err != nil {
		return fmt.Errorf("escrow %s wei for task %s: %w", deposit, id, err)
	}
	return nil
}

// circuit returns the circuit version and verifier that prove a statistics
// task over columns of schema, if this payer knows one.
func (p *Payer) circuit(schema string, columns []string) (string, common.Address) {
	v, ok := setup.ForStats(schema, columns)
	return p.verifier(v, ok)
}

// trainingCircuit returns the circuit version and verifier that prove the
// rounds of a training task of model on schema, if this payer knows one.
func (p *Payer) trainingCircuit(model, schema string) (string, common.Address) {
	v, ok := setup.ForTraining(model, schema)
	return p.verifier(v, ok)
}

// verifier returns version v's ID and deployed verifier, or nothing when
// there is no version (ok false) or no verifier for it.
func (p *Payer) verifier(v setup.Version, ok bool) (string, common.Address) {
	if !ok {
		return "", common.Address{}
	}
	addr, ok := p.Verifiers[v.ID]
	if !ok || addr == (common.Address{}) {
		return "", common.Address{}
	}
	return v.ID, addr
}
