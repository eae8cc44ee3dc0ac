package contracts_test

import (
	"bytes"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/twopm/twopm/contracts/bindings/taskescrow"
)

// Rejection reasons added for issue 18.
const (
	rejectNodeInactive uint8 = 5 + iota
	rejectDatasetChanged
	rejectNotSnapshotted
)

// TestVerifierComesFromTheRegistry: a requester names a circuit, not a
// verifier; the escrow takes the verifier from the owner's registry at
// creation, and an unknown or revoked circuit is refused (finding 11 of
// issue 18: createTask stored any verifier address, and one that rejects
// everything refunded the whole deposit).
func TestVerifierComesFromTheRegistry(t *testing.T) {
	e := newEnv(t)
	ver := e.verifier()
	vk, _ := e.devVK("stats-narrow-test")
	// The requester cannot name a verifier of its own: only a circuit ID.
	mine := h("requester's own verifier")
	e.expectRevert(e.escC, e.requester, payment, e.esc.PackCreateTask(h("t0"), h("s"), 1, payment, e.coordinator.addr, mine),
		fmt.Sprintf("UnknownCircuit(%s)", hex32(mine)))
	// Only the owner registers a circuit.
	e.expectRevert(e.vregC, e.requester, nil, e.vreg.PackRegister(mine, ver.addr, vk, h("vk")),
		fmt.Sprintf("OwnableUnauthorizedAccount(%s)", e.requester.addr.Hex()))

	rc := e.send(e.vregC, e.owner, nil, e.vreg.PackRegister(h("narrow"), ver.addr, vk, h("vk")))
	t.Logf("gas VerifierRegistry.register: %d", rc.GasUsed)
	circuit := h("narrow")
	if ev := oneEvent(t, rc, e.vreg.UnpackCircuitRegisteredEvent); ev.CircuitId != circuit || ev.Verifier != ver.addr || ev.VkHash != h("vk") {
		t.Fatalf("CircuitRegistered = %+v", ev)
	}
	if got := call(e, e.vregC, e.vreg.PackVkHashOf(circuit), e.vreg.UnpackVkHashOf); got != h("vk") {
		t.Fatalf("vkHashOf = %x", got)
	}
	if got := call(e, e.vregC, e.vreg.PackVkOf(circuit), e.vreg.UnpackVkOf); !bytes.Equal(got, vk) {
		t.Fatalf("vkOf = %x, want the registered key", got)
	}
	e.expectRevert(e.vregC, e.outsider, nil, e.vreg.PackVkOf(h("x")), fmt.Sprintf("UnknownCircuit(%s)", hex32(h("x"))))
	rc = e.send(e.escC, e.requester, payment, e.esc.PackCreateTask(h("t1"), h("s"), 1, payment, e.coordinator.addr, circuit))
	t.Logf("gas createTask (proven): %d", rc.GasUsed)
	if tk := e.task(h("t1")); tk.Verifier != ver.addr || tk.CircuitId != circuit {
		t.Fatalf("task = %+v", tk)
	}
	if ev := oneEvent(t, rc, e.esc.UnpackTaskCreatedEvent); ev.CircuitId != circuit || ev.Verifier != ver.addr {
		t.Fatalf("TaskCreated = %+v", ev)
	}

	for _, tc := range []struct {
		name    string
		from    *account
		data    []byte
		wantErr string
	}{
		{"registered twice", e.owner, e.vreg.PackRegister(circuit, ver.addr, vk, h("vk 2")), fmt.Sprintf("CircuitExists(%s)", hex32(circuit))},
		{"zero id", e.owner, e.vreg.PackRegister([32]byte{}, ver.addr, vk, h("vk")), "ZeroCircuitId()"},
		{"not a contract", e.owner, e.vreg.PackRegister(h("x"), e.outsider.addr, vk, h("vk")), fmt.Sprintf("NotAContract(%s)", e.outsider.addr.Hex())},
		{"zero key hash", e.owner, e.vreg.PackRegister(h("x"), ver.addr, vk, [32]byte{}), "ZeroVKHash()"},
		{"empty key", e.owner, e.vreg.PackRegister(h("x"), ver.addr, nil, h("vk")), "BadVKLength(0)"},
		{"key longer than code", e.owner, e.vreg.PackRegister(h("x"), ver.addr, make([]byte, 24576), h("vk")), "BadVKLength(24576)"},
		{"revoke unknown", e.owner, e.vreg.PackRevoke(h("x")), fmt.Sprintf("UnknownCircuit(%s)", hex32(h("x")))},
		{"revoke by another", e.requester, e.vreg.PackRevoke(circuit), fmt.Sprintf("OwnableUnauthorizedAccount(%s)", e.requester.addr.Hex())},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.with(t).expectRevert(e.vregC, tc.from, nil, tc.data, tc.wantErr)
		})
	}

	// A revoked circuit takes no new task; an existing task keeps its verifier.
	e.send(e.vregC, e.owner, nil, e.vreg.PackRevoke(circuit))
	e.expectRevert(e.escC, e.requester, payment, e.esc.PackCreateTask(h("t2"), h("s"), 1, payment, e.coordinator.addr, circuit),
		fmt.Sprintf("UnknownCircuit(%s)", hex32(circuit)))
	if tk := e.task(h("t1")); tk.Verifier != ver.addr {
		t.Fatalf("revocation changed an existing task's verifier to %s", tk.Verifier)
	}
	if c := call(e, e.vregC, e.vreg.PackGetCircuit(circuit), e.vreg.UnpackGetCircuit); !c.Revoked || c.VkHash != h("vk") {
		t.Fatalf("getCircuit after revoke = %+v", c)
	}
	if got := call(e, e.vregC, e.vreg.PackVkOf(circuit), e.vreg.UnpackVkOf); !bytes.Equal(got, vk) {
		t.Fatalf("vkOf after revoke = %x, want the registered key (past tasks verify with it)", got)
	}
	if ids := call(e, e.vregC, e.vreg.PackCircuitIds(), e.vreg.UnpackCircuitIds); len(ids) != 1 || ids[0] != circuit {
		t.Fatalf("circuitIds = %x", ids)
	}

	// The escrow's constructor refuses a missing registry or delay.
	md := &taskescrow.TaskEscrowMetaData
	parsed, err := md.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	for args, want := range map[string]struct {
		hub, reg common.Address
		delay    uint64
	}{
		"ZeroAddress()":         {e.hubC.addr, common.Address{}, 1},
		"InvalidDelay(0)":       {e.hubC.addr, e.vregC.addr, 0},
		"InvalidDelay(2592001)": {e.hubC.addr, e.vregC.addr, 30*24*3600 + 1},
	} {
		_, _, err := bind.DeployContract(e.opts(e.owner, nil), common.FromHex(md.Bin), e.client, e.esc.PackConstructor(want.hub, want.reg, want.delay))
		if err == nil {
			t.Fatalf("deploy with %+v succeeded", want)
		}
		assertRevert(t, parsed, err, args)
	}
	if got := call(e, e.escC, e.esc.PackVerifiers(), e.esc.UnpackVerifiers); got != e.vregC.addr {
		t.Fatalf("verifiers = %s", got)
	}
	if got := call(e, e.escC, e.esc.PackNodeRegistry(), e.esc.UnpackNodeRegistry); got != e.regC.addr {
		t.Fatalf("nodeRegistry = %s", got)
	}
}

// TestCancelCannotPreemptARound: a requester that cancels once a round's
// result exists cannot take the round's payment away: the coordinator
// records the round during the cancellation delay and the nodes are paid
// (finding 12 of issue 18: cancel closed the task at once, and the record
// then reverted AlreadyCancelled).
func TestCancelCannotPreemptARound(t *testing.T) {
	e := newEnv(t)
	e.registerAll()
	a := e.hospitals[0]
	id := h("task")
	e.createTask(id, 2, mul(payment, 2))
	e.send(e.escC, e.requester, nil, e.esc.PackRequestCancel(id))
	e.expectRevert(e.escC, e.requester, nil, e.esc.PackCancel(id), fmt.Sprintf("CancelTooEarly(%d)", e.task(id).CancelRequestedAt+cancelDelay))
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(id, 1, h("r1"), addrs(a)))
	eqBig(t, "credit of the round's node", e.credit(a.addr), payment)
	e.advance(time.Duration(cancelDelay) * time.Second)
	rc := e.send(e.escC, e.requester, nil, e.esc.PackCancel(id))
	if ev := oneEvent(t, rc, e.esc.UnpackTaskCancelledEvent); ev.Paid.Cmp(payment) != 0 || ev.Refund.Cmp(payment) != 0 {
		t.Fatalf("TaskCancelled = %+v", ev)
	}
	eqBig(t, "credit of the round's node after the cancel", e.credit(a.addr), payment)
	// The coordinator may also settle during the delay.
	other := h("other")
	e.createTask(other, 1, payment)
	e.send(e.escC, e.requester, nil, e.esc.PackRequestCancel(other))
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(other, 1, h("r1"), addrs(a)))
	e.send(e.escC, e.coordinator, nil, e.esc.PackSettle(other))
	e.advance(time.Duration(cancelDelay) * time.Second)
	e.expectRevert(e.escC, e.requester, nil, e.esc.PackCancel(other), fmt.Sprintf("AlreadySettled(%s)", hex32(other)))

	// Nor can the requester skip the delay by settling: once round 1's
	// result exists, a settle before the coordinator records it would close
	// the task, refund the whole escrow and make the record revert. It may
	// settle only when every round is recorded, or once a cancellation it
	// requested is due, and then settling is that cancellation (a review of
	// finding 12: settle accepted the requester at any time).
	before := e.credit(a.addr)
	pre := h("settled early")
	e.createTask(pre, 2, mul(payment, 2))
	e.expectRevert(e.escC, e.requester, nil, e.esc.PackSettle(pre), "RoundsNotRecorded(0, 2)")
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(pre, 1, h("r1"), addrs(a)))
	e.expectRevert(e.escC, e.requester, nil, e.esc.PackSettle(pre), "RoundsNotRecorded(1, 2)")
	rc = e.send(e.escC, e.requester, nil, e.esc.PackRequestCancel(pre))
	due := e.blockTime(rc) + cancelDelay
	e.expectRevert(e.escC, e.requester, nil, e.esc.PackSettle(pre), fmt.Sprintf("CancelTooEarly(%d)", due))
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(pre, 2, h("r2"), addrs(a)))
	eqBig(t, "credit of the node of both rounds", sub(e.credit(a.addr), before), mul(payment, 2))
	// Every round recorded: the requester may settle, delay or not.
	rc = e.send(e.escC, e.requester, nil, e.esc.PackSettle(pre))
	if ev := oneEvent(t, rc, e.esc.UnpackTaskSettledEvent); ev.By != e.requester.addr || ev.Paid.Cmp(mul(payment, 2)) != 0 || ev.Refund.Sign() != 0 {
		t.Fatalf("TaskSettled = %+v", ev)
	}

	// After the delay, the requester's settle is its cancel: the task is
	// cancelled, the rounds recorded in the delay stay paid.
	late := h("settled after the delay")
	e.createTask(late, 3, mul(payment, 3))
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(late, 1, h("r1"), addrs(a)))
	e.send(e.escC, e.requester, nil, e.esc.PackRequestCancel(late))
	e.advance(time.Duration(cancelDelay) * time.Second)
	rc = e.send(e.escC, e.requester, nil, e.esc.PackSettle(late))
	if ev := oneEvent(t, rc, e.esc.UnpackTaskCancelledEvent); ev.Paid.Cmp(payment) != 0 || ev.Refund.Cmp(mul(payment, 2)) != 0 {
		t.Fatalf("TaskCancelled = %+v", ev)
	}
	if tk := e.task(late); tk.Status != taskCancelled {
		t.Fatalf("status after the requester's late settle = %d, want cancelled", tk.Status)
	}
	eqBig(t, "credit of the node after the late settle", sub(e.credit(a.addr), before), mul(payment, 3))
}

// TestOnlyActiveNodesArePaid: a node that deregisters (or whose stake is
// gone) is not credited for a round recorded afterwards: its contribution
// is rejected NodeInactive and its payment stays in escrow (finding 13 of
// issue 18).
func TestOnlyActiveNodesArePaid(t *testing.T) {
	e := newEnv(t)
	e.registerAll()
	a, b := e.hospitals[0], e.hospitals[1]
	id := h("task")
	e.createTask(id, 1, mul(payment, 2))
	e.send(e.regC, b, nil, e.reg.PackRequestDeregister())
	e.advance(time.Duration(deregisterDelay) * time.Second)
	e.send(e.regC, b, nil, e.reg.PackWithdrawStake())
	rc := e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(id, 1, h("r1"), addrs(a, b)))
	if r := oneEvent(t, rc, e.esc.UnpackContributionRejectedEvent); r.Participant != b.addr || r.Reason != rejectNodeInactive {
		t.Fatalf("ContributionRejected = %+v", r)
	}
	if ev := oneEvent(t, rc, e.esc.UnpackRoundRecordedEvent); len(ev.Credited) != 1 || ev.Credited[0] != a.addr || ev.Paid.Cmp(payment) != 0 {
		t.Fatalf("RoundRecorded = %+v", ev)
	}
	eqBig(t, "a's credit", e.credit(a.addr), payment)
	eqBig(t, "b's credit", e.credit(b.addr), new(big.Int))
	if st := call(e, e.escC, e.esc.PackContributionStatus(id, 1, b.addr), e.esc.UnpackContributionStatus); st != statusRejected {
		t.Fatalf("b's status %d, want rejected", st)
	}
	eqBig(t, "escrow left", e.task(id).Escrow, payment)
}

// TestOnlyActiveNodesAreProven: the same in a proven round: a node that
// asked to leave is rejected NodeInactive before its proof is checked.
func TestOnlyActiveNodesAreProven(t *testing.T) {
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
	id := h("task")
	e.send(e.escC, e.requester, payment, e.esc.PackCreateTask(id, h("s"), 1, payment, e.coordinator.addr, ver))
	e.snapshot(id, addrs(a), ds)
	c := prove(t, e, tab, id, 1, a.addr, ds)
	e.send(e.regC, a, nil, e.reg.PackRequestDeregister())
	rc := e.send(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(id, 1, 1, h("r1"), nil, []taskescrow.TaskEscrowContribution{c}))
	if r := oneEvent(t, rc, e.esc.UnpackContributionRejectedEvent); r.Reason != rejectNodeInactive {
		t.Fatalf("ContributionRejected = %+v", r)
	}
	eqBig(t, "credit", e.credit(a.addr), new(big.Int))
}

// TestProofIsBoundToNodeAttemptAndDeployment: a proof binds the chain, the
// escrow, the task, the round, its attempt, the node and its data set
// (finding 6 of issue 18: the binding was keccak256(task, round), so a node
// that registered another's root was paid for the other's proof, and one
// proof was paid on two deployments that reuse a task ID).
func TestProofIsBoundToNodeAttemptAndDeployment(t *testing.T) {
	e := newEnv(t)
	ver := e.circuit("stats-narrow-test")
	a, b := e.hospitals[0], e.hospitals[1]
	e.register(a)
	e.register(b)
	tab := narrowTable(t, "1,1,1")
	root, err := tab.CommitmentRoot()
	if err != nil {
		t.Fatal(err)
	}
	dsA := e.dataset(a, "narrow", 1, root)
	dsB := e.dataset(b, "narrow", 1, root) // b registers a's root
	id := h("task")
	e.send(e.escC, e.requester, mul(payment, 6), e.esc.PackCreateTask(id, h("s"), 3, payment, e.coordinator.addr, ver))
	e.snapshot(id, addrs(a, b), dsA, dsB)

	// b submits a's proof as its own.
	stolen := prove(t, e, tab, id, 1, a.addr, dsA)
	stolen.Node, stolen.DatasetId = b.addr, dsB
	rc := e.send(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(id, 1, 1, h("r1"), nil, []taskescrow.TaskEscrowContribution{stolen}))
	if r := oneEvent(t, rc, e.esc.UnpackContributionRejectedEvent); r.Participant != b.addr || (r.Reason != rejectProofInvalid && r.Reason != rejectVerifierFailed) {
		t.Fatalf("ContributionRejected = %+v", r)
	}
	eqBig(t, "b's credit for a's proof", e.credit(b.addr), new(big.Int))

	// A proof of attempt 1 is no good for attempt 2; one of attempt 2 is.
	first := proveAttempt(t, e, tab, id, 2, 1, a.addr, dsA)
	rc = e.send(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(id, 2, 2, h("r2"), nil, []taskescrow.TaskEscrowContribution{first}))
	if ev := oneEvent(t, rc, e.esc.UnpackRoundInputsEvent); ev.Attempt != 2 {
		t.Fatalf("RoundInputs = %+v", ev)
	}
	oneEvent(t, rc, e.esc.UnpackContributionRejectedEvent)
	second := proveAttempt(t, e, tab, id, 3, 2, a.addr, dsA)
	rc = e.send(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(id, 3, 2, h("r3"), nil, []taskescrow.TaskEscrowContribution{second}))
	oneEvent(t, rc, e.esc.UnpackContributionCreditedEvent)

	// Another deployment with the same task ID does not pay the proof again.
	esc2 := e.deploy("TaskEscrow 2", &taskescrow.TaskEscrowMetaData, e.esc.PackConstructor(e.hubC.addr, e.vregC.addr, cancelDelay))
	e.send(esc2, e.requester, mul(payment, 3), e.esc.PackCreateTask(id, h("s"), 3, payment, e.coordinator.addr, ver))
	e.send(esc2, e.coordinator, nil, e.esc.PackSnapshotDatasets(id, addrs(a), [][32]byte{dsA}))
	rc = e.send(esc2, e.coordinator, nil, e.esc.PackRecordProvenRound(id, 3, 2, h("r3"), nil, []taskescrow.TaskEscrowContribution{second}))
	if r := oneEvent(t, rc, e.esc.UnpackContributionRejectedEvent); r.Reason != rejectProofInvalid && r.Reason != rejectVerifierFailed {
		t.Fatalf("ContributionRejected on the other deployment = %+v", r)
	}
}

// TestBindingMatchesGo: contribution.NewBinding computes what the
// contract's binding view does, for the same inputs.
func TestBindingMatchesGo(t *testing.T) {
	e := newEnv(t)
	for i, tc := range []struct {
		round, attempt uint32
		node           common.Address
		ds             [32]byte
	}{
		{1, 1, e.hospitals[0].addr, h("ds")},
		{7, 3, e.hospitals[1].addr, h("other ds")},
		{^uint32(0), ^uint32(0), common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff"), [32]byte{0xff}},
	} {
		id := h(fmt.Sprint("task ", i))
		got := call(e, e.escC, e.esc.PackBinding(id, tc.round, tc.attempt, tc.node, tc.ds), e.esc.UnpackBinding)
		want := e.bindingFor(id, tc.round, tc.attempt, tc.node, tc.ds)
		if got.Cmp(want.BigInt(new(big.Int))) != 0 {
			t.Fatalf("case %d: contract binding %s, Go %s", i, got, want.String())
		}
	}
}

// TestParticipants: every node credited at least once for a task, each
// once, in order of first credit; rejected contributions do not count.
func TestParticipants(t *testing.T) {
	e := newEnv(t)
	e.registerAll()
	h0, h1, h2, h3 := e.hospitals[0], e.hospitals[1], e.hospitals[2], e.hospitals[3]
	id := h("task")
	e.createTask(id, 3, mul(payment, 12))
	if got := call(e, e.escC, e.esc.PackParticipants(id), e.esc.UnpackParticipants); len(got) != 0 {
		t.Fatalf("participants before any round = %v", got)
	}
	e.send(e.regC, h3, nil, e.reg.PackRequestDeregister())
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(id, 1, h("r1"), addrs(h2, h3)))
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(id, 2, h("r2"), addrs(h0, h1, h2)))
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(id, 3, h("r3"), addrs(h0)))
	got := call(e, e.escC, e.esc.PackParticipants(id), e.esc.UnpackParticipants)
	if fmt.Sprint(got) != fmt.Sprint(addrs(h2, h0, h1)) {
		t.Fatalf("participants = %v, want %v", got, addrs(h2, h0, h1))
	}
}
