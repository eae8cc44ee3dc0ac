package contracts_test

import (
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/plonk"
	plonkbn254 "github.com/consensys/gnark/backend/plonk/bn254"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/twopm/twopm/circuits/contribution"
	"github.com/twopm/twopm/circuits/hlr"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/contracts/bindings/taskescrow"
	"github.com/twopm/twopm/contracts/revert"
	"github.com/twopm/twopm/dataset"
)

// Rejection reasons and contribution statuses of TaskEscrow.
const (
	rejectUnknownDataset uint8 = 1 + iota
	rejectNotOwner
	rejectProofInvalid
	rejectVerifierFailed
)

const (
	statusCredited uint8 = 1
	statusRejected uint8 = 2
)

// narrowKeys sets the test circuit up once with the dev SRS, the SRS of
// the key the binary pins for it (setup.DevSolidityVK), which the tests
// register.
var narrowKeys = sync.OnceValues(func() (*setup.Keys, error) {
	srs, err := setup.DevSRSFor(setup.StatsNarrowTest)
	if err != nil {
		return nil, err
	}
	return setup.NewKeys(setup.StatsNarrowTest, srs)
})

func narrowTable(t *testing.T, lines ...string) *dataset.Table {
	t.Helper()
	tab, err := dataset.Read(strings.NewReader(strings.Join(lines, "\n")), "narrow", setup.NarrowSchema)
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// bindingFor is the binding of node's proof from datasetID to attempt 1 of
// round of task id on e's escrow.
func (e *env) bindingFor(id [32]byte, round, attempt uint32, node common.Address, datasetID [32]byte) fr.Element {
	return contribution.NewBinding(contribution.Binding{ChainID: simulatedChainID.Uint64(), Contract: e.escC.addr,
		TaskKey: id, Round: round, Attempt: attempt, Node: node, Dataset: datasetID})
}

// prove returns the contribution of tab to attempt 1 of round of task id,
// as the node sends it, proven with the narrow circuit.
func prove(t *testing.T, e *env, tab *dataset.Table, id [32]byte, round uint32, node common.Address, datasetID [32]byte) taskescrow.TaskEscrowContribution {
	t.Helper()
	return proveAttempt(t, e, tab, id, round, 1, node, datasetID)
}

// proveAttempt is prove for attempt attempt of the round.
func proveAttempt(t *testing.T, e *env, tab *dataset.Table, id [32]byte, round, attempt uint32, node common.Address, datasetID [32]byte) taskescrow.TaskEscrowContribution {
	t.Helper()
	k, err := narrowKeys()
	if err != nil {
		t.Fatal(err)
	}
	full, _, claim, err := contribution.Witness(tab, e.bindingFor(id, round, attempt, node, datasetID), big.NewInt(int64(round)*1000+7), setup.StatsNarrowTest.Shape)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := contribution.Prove(k.CCS, k.PK, full, setup.ProverOptions()...)
	if err != nil {
		t.Fatal(err)
	}
	return taskescrow.TaskEscrowContribution{
		Node:       node,
		DatasetId:  datasetID,
		Commitment: [2]*big.Int{claim.Commitment.X.BigInt(new(big.Int)), claim.Commitment.Y.BigInt(new(big.Int))},
		Proof:      solidityProof(t, proof),
	}
}

func solidityProof(t *testing.T, p plonk.Proof) []byte {
	t.Helper()
	sp, ok := p.(*plonkbn254.Proof)
	if !ok {
		t.Fatalf("proof is a %T, not a BN254 PLONK proof", p)
	}
	return sp.MarshalSolidity()
}

// TestProvenRound runs a proven task: three hospitals register narrow
// tables, prove their contributions and are paid for the proofs that
// verify on chain; every kind of bad proof is rejected, unpaid, and its
// payment stays in escrow.
func TestProvenRound(t *testing.T) {
	e := newEnv(t)
	ver := e.circuit("stats-narrow-test")
	tables := []*dataset.Table{
		narrowTable(t, "1.5,1,-2", "?,0,3", "0.25,?,?"),
		narrowTable(t, "-3,1,4"),
		narrowTable(t, "0,0,0", "2.5,1,1"),
		narrowTable(t, "9.99,0,-10", "1,1,1"),
	}
	datasets := make([][32]byte, len(tables))
	for i, a := range e.hospitals {
		e.register(a)
		root, err := tables[i].CommitmentRoot()
		if err != nil {
			t.Fatal(err)
		}
		datasets[i] = e.dataset(a, "narrow", uint64(len(tables[i].Rows)), root)
	}
	id := h("proven task")
	deposit := mul(payment, 8)
	e.send(e.escC, e.requester, deposit, e.esc.PackCreateTask(id, h("spec"), 2, payment, e.coordinator.addr, ver))
	e.snapshot(id, addrs(e.hospitals...), datasets...)

	a, b, c, d := e.hospitals[0], e.hospitals[1], e.hospitals[2], e.hospitals[3]
	honest := prove(t, e, tables[0], id, 1, a.addr, datasets[0])
	// b proves round 2 and submits it for round 1: a replay.
	replayed := prove(t, e, tables[1], id, 2, b.addr, datasets[1])
	// c proves a table with one value changed: the root it registered does
	// not match.
	altered := prove(t, e, narrowTable(t, "0,0,0", "2.5,1,2"), id, 1, c.addr, datasets[2])
	// d's proof is honest, but its bytes are flipped in transit.
	tampered := prove(t, e, tables[3], id, 1, d.addr, datasets[3])
	tampered.Proof = append([]byte(nil), tampered.Proof...)
	tampered.Proof[100] ^= 1

	round1 := []taskescrow.TaskEscrowContribution{honest, replayed, altered, tampered}
	rc := e.send(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(id, 1, 1, h("round 1"), nil, round1))
	t.Logf("gas recordProvenRound (4 proofs, 1 verifies): %d", rc.GasUsed)
	rejected := events(rc, e.esc.UnpackContributionRejectedEvent)
	want := map[common.Address]uint8{b.addr: rejectProofInvalid, c.addr: rejectProofInvalid, d.addr: rejectProofInvalid}
	if len(rejected) != 3 {
		t.Fatalf("%d rejections, want 3", len(rejected))
	}
	for _, r := range rejected {
		// A PLONK verifier returns false for some bad proofs and reverts
		// for others: both are rejections.
		if w := want[r.Participant]; r.Reason != w && r.Reason != rejectVerifierFailed {
			t.Errorf("%s rejected for reason %d, want %d or %d", r.Participant, r.Reason, w, rejectVerifierFailed)
		}
	}
	credited := oneEvent(t, rc, e.esc.UnpackContributionCreditedEvent)
	if credited.Participant != a.addr {
		t.Fatalf("credited %s, want %s", credited.Participant, a.addr)
	}
	eqBig(t, "a's credit", e.credit(a.addr), payment)
	for _, x := range []*account{b, c, d} {
		eqBig(t, x.name+"'s credit", e.credit(x.addr), new(big.Int))
		if st := call(e, e.escC, e.esc.PackContributionStatus(id, 1, x.addr), e.esc.UnpackContributionStatus); st != statusRejected {
			t.Errorf("%s: status %d, want rejected", x.name, st)
		}
	}
	if st := call(e, e.escC, e.esc.PackContributionStatus(id, 1, a.addr), e.esc.UnpackContributionStatus); st != statusCredited {
		t.Errorf("a: status %d, want credited", st)
	}
	eqBig(t, "escrow after round 1", e.task(id).Escrow, sub(deposit, payment))

	// Round 2: b's proof is now for the right round; a claims b's data set;
	// c names a data set nobody registered; d sends a's commitment with its
	// own proof.
	bOK := replayed
	aSteals := prove(t, e, tables[0], id, 2, a.addr, datasets[1])
	cUnknown := prove(t, e, tables[2], id, 2, c.addr, h("nobody's data set"))
	dWrongCommitment := prove(t, e, tables[3], id, 2, d.addr, datasets[3])
	dWrongCommitment.Commitment = aSteals.Commitment
	round2 := []taskescrow.TaskEscrowContribution{aSteals, bOK, cUnknown, dWrongCommitment}
	rc = e.send(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(id, 2, 1, h("round 2"), nil, round2))
	want = map[common.Address]uint8{a.addr: rejectNotOwner, c.addr: rejectUnknownDataset, d.addr: rejectProofInvalid}
	for _, r := range events(rc, e.esc.UnpackContributionRejectedEvent) {
		if w, ok := want[r.Participant]; !ok || (r.Reason != w && !(w == rejectProofInvalid && r.Reason == rejectVerifierFailed)) {
			t.Errorf("%s rejected for reason %d, want %d", r.Participant, r.Reason, w)
		}
		delete(want, r.Participant)
	}
	if len(want) != 0 {
		t.Errorf("not rejected: %v", want)
	}
	eqBig(t, "b's credit", e.credit(b.addr), payment)
	eqBig(t, "escrow after round 2", e.task(id).Escrow, sub(deposit, mul(payment, 2)))

	// A retry of round 2 is told apart, and a proven task takes no
	// unproven round.
	e.expectRevert(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(id, 2, 1, h("round 2"), nil, round2), "RoundAlreadyRecorded(2)")
	other := h("other task")
	e.send(e.escC, e.requester, deposit, e.esc.PackCreateTask(other, h("spec"), 2, payment, e.coordinator.addr, ver))
	e.expectRevert(e.escC, e.coordinator, nil, e.esc.PackRecordRound(other, 1, h("r"), addrs(a)), "ProofRequired("+hex32(other)+")")
	plain := h("plain task")
	e.send(e.escC, e.requester, deposit, e.esc.PackCreateTask(plain, h("spec"), 2, payment, e.coordinator.addr, [32]byte{}))
	e.expectRevert(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(plain, 1, 1, h("r"), nil, round1[:1]), "NoVerifier("+hex32(plain)+")")
	// A proof replayed from another task fails there.
	e.snapshot(other, addrs(a), datasets[0])
	rc = e.send(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(other, 1, 1, h("r"), nil, round1[:1]))
	if r := oneEvent(t, rc, e.esc.UnpackContributionRejectedEvent); r.Participant != a.addr || (r.Reason != rejectProofInvalid && r.Reason != rejectVerifierFailed) {
		t.Fatalf("ContributionRejected = %+v, want a's proof rejected", r)
	}
	eqBig(t, "a's credit after the replay", e.credit(a.addr), payment)
}

// TestProofGasIsCapped: a proof that makes the verifier burn gas costs the
// round at most VERIFY_GAS, and the escrow refuses a transaction with too
// little gas left to verify honestly.
func TestProofGasIsCapped(t *testing.T) {
	e := newEnv(t)
	ver := e.circuit("stats-narrow-test")
	a := e.hospitals[0]
	e.register(a)
	tab := narrowTable(t, "1,1,1")
	root, err := tab.CommitmentRoot()
	if err != nil {
		t.Fatal(err)
	}
	ds := e.dataset(a, "narrow", 1, root)
	id := h("gas task")
	e.send(e.escC, e.requester, mul(payment, 2), e.esc.PackCreateTask(id, h("spec"), 2, payment, e.coordinator.addr, ver))
	e.snapshot(id, addrs(a), ds)

	good := prove(t, e, tab, id, 1, a.addr, ds)
	rc := e.send(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(id, 1, 1, h("r1"), nil, []taskescrow.TaskEscrowContribution{good}))
	t.Logf("gas recordProvenRound (1 proof that verifies): %d", rc.GasUsed)
	oneEvent(t, rc, e.esc.UnpackContributionCreditedEvent)

	garbage := good
	garbage.Proof = make([]byte, len(good.Proof))
	for i := range garbage.Proof {
		garbage.Proof[i] = 0xff
	}
	rc = e.send(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(id, 2, 1, h("r2"), nil, []taskescrow.TaskEscrowContribution{garbage}))
	oneEvent(t, rc, e.esc.UnpackContributionRejectedEvent)
	if rc.GasUsed > 1_000_000 {
		t.Errorf("a garbage proof cost %d gas, more than the cap allows", rc.GasUsed)
	}
	t.Logf("gas recordProvenRound (1 garbage proof): %d", rc.GasUsed)

	// A coordinator that sends too little gas cannot make an honest proof
	// fail for want of it: the whole transaction reverts.
	third := h("gas task 2")
	e.send(e.escC, e.requester, payment, e.esc.PackCreateTask(third, h("spec"), 1, payment, e.coordinator.addr, ver))
	e.snapshot(third, addrs(a), ds)
	starved := prove(t, e, tab, third, 1, a.addr, ds)
	o := e.opts(e.coordinator, nil)
	o.GasLimit = 400_000
	tx, err := bind.Transact(e.escC.bound, o, e.esc.PackRecordProvenRound(third, 1, 1, h("r1"), nil, []taskescrow.TaskEscrowContribution{starved}))
	if err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	if rc := e.receipt(tx); rc.Status != types.ReceiptStatusFailed {
		t.Fatal("a starved verification went through")
	}
	err = revert.Replay(e.ctx, e.client, e.escC.abi, e.coordinator.addr, tx, nil)
	var rerr *revert.Error
	if !errors.As(err, &rerr) || !strings.HasPrefix(rerr.String(), "InsufficientGasForProof(") {
		t.Fatalf("starved verification: %v, want InsufficientGasForProof", err)
	}
	if st := call(e, e.escC, e.esc.PackContributionStatus(third, 1, a.addr), e.esc.UnpackContributionStatus); st != 0 {
		t.Fatalf("starved round left status %d, want none", st)
	}
}

// hlrKeys sets the small HLR circuit up once with the dev SRS.
var hlrKeys = sync.OnceValues(func() (*setup.Keys, error) {
	srs, err := setup.DevSRSFor(setup.HLRHeartDiseaseTest)
	if err != nil {
		return nil, err
	}
	return setup.NewKeys(setup.HLRHeartDiseaseTest, srs)
})

// TestProvenTrainingRound: a training round's proofs take the hash of the
// round's model parameters as a round input. A node that computed at other
// parameters, and a round recorded with another hash, are rejected; a round
// input beyond the field reverts.
func TestProvenTrainingRound(t *testing.T) {
	e := newEnv(t)
	ver := e.circuit("hlr-heart-disease-test")
	k, err := hlrKeys()
	if err != nil {
		t.Fatal(err)
	}
	s := *setup.HLRHeartDiseaseTest.HLR
	lines := [][]string{
		{"63,1,1,145,233,1,2,150,0,2.3,3,0,6,0", "67,1,4,160,286,0,2,108,1,1.5,2,3,3,2", "37,0,3,?,250,0,0,187,0,3.5,3,?,3,0"},
		{"41,0,2,130,204,0,2,172,0,1.4,1,0,3,?", "56,1,2,120,236,0,0,178,0,-0.8,1,0,3,1"},
	}
	var tables []*dataset.Table
	for _, ls := range lines {
		tab, err := dataset.Read(strings.NewReader(strings.Join(ls, "\n")), "heart", dataset.HeartDisease)
		if err != nil {
			t.Fatal(err)
		}
		tables = append(tables, tab)
	}
	stats := map[string]dataset.ColumnStats{}
	for _, c := range dataset.HeartDisease.Columns {
		st := dataset.ColumnStats{Mean: 50, Std: 20, Missing: 1}
		if len(c.Levels) > 0 {
			st.Mode = c.Levels[0]
		}
		stats[c.Name] = st
	}
	width, err := s.Width()
	if err != nil {
		t.Fatal(err)
	}
	beta := make([]float64, width)
	beta[1] = 0.5
	params, err := s.NewParams(beta, stats)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(params.Holdout); i += 2 {
		params.Holdout[i] = true // every other row held out
	}
	other := params
	other.Beta = append([]int64(nil), params.Beta...)
	other.Beta[1]++

	id := h("training task")
	e.send(e.escC, e.requester, mul(payment, 4), e.esc.PackCreateTask(id, h("spec"), 2, payment, e.coordinator.addr, ver))
	datasets := make([][32]byte, len(tables))
	for i, tab := range tables {
		a := e.hospitals[i]
		e.register(a)
		root, err := tab.CommitmentRoot()
		if err != nil {
			t.Fatal(err)
		}
		datasets[i] = e.dataset(a, "heart-disease", uint64(len(tab.Rows)), root)
	}
	proveAt := func(p hlr.Params, i int, round uint32) taskescrow.TaskEscrowContribution {
		t.Helper()
		full, _, _, _, claim, err := hlr.Witness(tables[i], p, e.bindingFor(id, round, 1, e.hospitals[i].addr, datasets[i]), new(big.Int).Lsh(big.NewInt(int64(i+1)), 100), s)
		if err != nil {
			t.Fatal(err)
		}
		proof, err := contribution.Prove(k.CCS, k.PK, full, setup.ProverOptions()...)
		if err != nil {
			t.Fatal(err)
		}
		return taskescrow.TaskEscrowContribution{
			Node: e.hospitals[i].addr, DatasetId: datasets[i], Proof: solidityProof(t, proof),
			Commitment: [2]*big.Int{claim.Commitment.X.BigInt(new(big.Int)), claim.Commitment.Y.BigInt(new(big.Int))},
		}
	}
	hash := params.Hash()
	inputs := []*big.Int{hash.BigInt(new(big.Int))}
	a, b := e.hospitals[0], e.hospitals[1]
	e.snapshot(id, addrs(a, b), datasets...)

	// Round 1: a computed at the round's parameters, b at others.
	round1 := []taskescrow.TaskEscrowContribution{proveAt(params, 0, 1), proveAt(other, 1, 1)}
	rc := e.send(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(id, 1, 1, h("model 1"), inputs, round1))
	t.Logf("gas recordProvenRound (2 HLR proofs, 1 verifies): %d", rc.GasUsed)
	if got := oneEvent(t, rc, e.esc.UnpackRoundInputsEvent); len(got.Inputs) != 1 || got.Inputs[0].Cmp(inputs[0]) != 0 {
		t.Errorf("RoundInputs event %v, want %v", got.Inputs, inputs)
	}
	if r := oneEvent(t, rc, e.esc.UnpackContributionRejectedEvent); r.Participant != b.addr {
		t.Fatalf("rejected %s, want b", r.Participant)
	}
	eqBig(t, "a's credit", e.credit(a.addr), payment)
	eqBig(t, "b's credit", e.credit(b.addr), new(big.Int))

	// Round 2: honest proofs recorded with another parameter hash are
	// rejected; a hash beyond the field reverts.
	round2 := []taskescrow.TaskEscrowContribution{proveAt(params, 0, 2), proveAt(params, 1, 2)}
	beyond := new(big.Int).Add(fr.Modulus(), inputs[0])
	e.expectRevert(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(id, 2, 1, h("model 2"), []*big.Int{beyond}, round2), "InputOutOfField(0)")
	wrong := other.Hash()
	rc = e.send(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(id, 2, 1, h("model 2"), []*big.Int{wrong.BigInt(new(big.Int))}, round2))
	if n := len(events(rc, e.esc.UnpackContributionRejectedEvent)); n != 2 {
		t.Errorf("%d rejections under the wrong parameter hash, want 2", n)
	}
	eqBig(t, "a's credit after round 2", e.credit(a.addr), payment)
}
