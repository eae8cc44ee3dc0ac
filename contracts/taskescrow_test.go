package contracts_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/twopm/twopm/contracts/bindings/taskescrow"
)

// Task status values of TaskEscrow.Status.
const (
	taskNone uint8 = iota
	taskOpen
	taskSettled
	taskCancelled
)

func hex32(b [32]byte) string { return hexutil.Encode(b[:]) }

// createTask creates a task of `rounds` rounds paying `payment` per
// contribution, with deposit wei, coordinated by e.coordinator.
func (e *env) createTask(id [32]byte, rounds uint32, deposit *big.Int) *types.Receipt {
	e.t.Helper()
	return e.send(e.escC, e.requester, deposit, e.esc.PackCreateTask(id, h("spec "+hex32(id)), rounds, payment, e.coordinator.addr, [32]byte{}))
}

// cancelTask cancels task id in its two steps, letting the delay pass
// between them.
func (e *env) cancelTask(id [32]byte) *types.Receipt {
	e.t.Helper()
	e.send(e.escC, e.requester, nil, e.esc.PackRequestCancel(id))
	e.advance(time.Duration(cancelDelay) * time.Second)
	return e.send(e.escC, e.requester, nil, e.esc.PackCancel(id))
}

func (e *env) task(id [32]byte) taskescrow.TaskEscrowTask {
	e.t.Helper()
	return call(e, e.escC, e.esc.PackGetTask(id), e.esc.UnpackGetTask)
}

func (e *env) credit(a common.Address) *big.Int {
	e.t.Helper()
	return call(e, e.escC, e.esc.PackCredit(a), e.esc.UnpackCredit)
}

func TestTaskEscrowCreate(t *testing.T) {
	e := newEnv(t)
	id, spec := h("task 1"), h("spec 1")
	deposit := mul(payment, 12)
	rc := e.send(e.escC, e.requester, deposit, e.esc.PackCreateTask(id, spec, 3, payment, e.coordinator.addr, [32]byte{}))
	t.Logf("gas createTask: %d", rc.GasUsed)

	ev := oneEvent(t, rc, e.esc.UnpackTaskCreatedEvent)
	if ev.TaskId != id || ev.Requester != e.requester.addr || ev.Coordinator != e.coordinator.addr || ev.SpecHash != spec ||
		ev.Rounds != 3 || ev.PaymentPerContribution.Cmp(payment) != 0 || ev.Deposit.Cmp(deposit) != 0 {
		t.Fatalf("TaskCreated = %+v", ev)
	}
	tk := e.task(id)
	if tk.Requester != e.requester.addr || tk.Coordinator != e.coordinator.addr || tk.SpecHash != spec || tk.Rounds != 3 ||
		tk.RoundsRecorded != 0 || tk.Status != taskOpen || tk.PaymentPerContribution.Cmp(payment) != 0 ||
		tk.Deposit.Cmp(deposit) != 0 || tk.Escrow.Cmp(deposit) != 0 || tk.Paid.Sign() != 0 {
		t.Fatalf("getTask = %+v", tk)
	}
	eqBig(t, "escrow balance", e.balance(e.escC.addr), deposit)
	if call(e, e.escC, e.esc.PackIsSettled(id), e.esc.UnpackIsSettled) {
		t.Fatal("new task is settled")
	}
	unknown := h("unknown")
	callRevert(e, e.escC, e.esc.PackGetTask(unknown), e.esc.UnpackGetTask, fmt.Sprintf("UnknownTask(%s)", hex32(unknown)))
	if call(e, e.escC, e.esc.PackIsSettled(unknown), e.esc.UnpackIsSettled) {
		t.Fatal("unknown task is settled")
	}

	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	huge := new(big.Int).Rsh(maxUint, 1) // huge * 3 overflows
	for _, tc := range []struct {
		name    string
		id      [32]byte
		rounds  uint32
		pay     *big.Int
		coord   common.Address
		value   *big.Int
		wantErr string
	}{
		{"zero id", [32]byte{}, 1, payment, e.coordinator.addr, payment, "ZeroTaskId()"},
		{"id taken", id, 1, payment, e.coordinator.addr, payment, fmt.Sprintf("TaskExists(%s)", hex32(id))},
		{"zero rounds", h("t2"), 0, payment, e.coordinator.addr, payment, "ZeroRounds()"},
		{"zero payment", h("t2"), 1, new(big.Int), e.coordinator.addr, payment, "ZeroPayment()"},
		{"zero coordinator", h("t2"), 1, payment, common.Address{}, payment, "ZeroAddress()"},
		{"deposit short", h("t2"), 3, payment, e.coordinator.addr, sub(mul(payment, 3), big.NewInt(1)),
			fmt.Sprintf("InsufficientEscrow(%s, %s)", mul(payment, 3), sub(mul(payment, 3), big.NewInt(1)))},
		{"no deposit", h("t2"), 1, payment, e.coordinator.addr, nil, fmt.Sprintf("InsufficientEscrow(%s, 0)", payment)},
		{"overflow saturates", h("t2"), 3, huge, e.coordinator.addr, eth(1), fmt.Sprintf("InsufficientEscrow(%s, %s)", maxUint, eth(1))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.with(t).expectRevert(e.escC, e.requester, tc.value, e.esc.PackCreateTask(tc.id, h("s"), tc.rounds, tc.pay, tc.coord, [32]byte{}), tc.wantErr)
		})
	}
}

func TestTaskEscrowRecordRound(t *testing.T) {
	e := newEnv(t)
	e.registerAll()
	id := h("task 1")
	e.createTask(id, 3, mul(payment, 12))
	participants := addrs(e.hospitals...)
	result := h("round 1 result")

	rc := e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(id, 1, result, participants))
	t.Logf("gas recordRound (4 participants): %d", rc.GasUsed)

	ev := oneEvent(t, rc, e.esc.UnpackRoundRecordedEvent)
	if ev.TaskId != id || ev.Round != 1 || ev.ResultHash != result || fmt.Sprint(ev.Credited) != fmt.Sprint(participants) || ev.Paid.Cmp(mul(payment, 4)) != 0 {
		t.Fatalf("RoundRecorded = %+v", ev)
	}
	credited := events(rc, e.esc.UnpackContributionCreditedEvent)
	if len(credited) != 4 {
		t.Fatalf("%d ContributionCredited events, want 4", len(credited))
	}
	for i, c := range credited {
		if c.TaskId != id || c.Participant != participants[i] || c.Round != 1 || c.Amount.Cmp(payment) != 0 {
			t.Fatalf("ContributionCredited[%d] = %+v", i, c)
		}
		eqBig(t, "credit of "+e.hospitals[i].name, e.credit(participants[i]), payment)
	}
	if got := call(e, e.escC, e.esc.PackRoundResult(id, 1), e.esc.UnpackRoundResult); got != result {
		t.Fatalf("roundResult(1) = %x, want %x", got, result)
	}
	if got := call(e, e.escC, e.esc.PackRoundResult(id, 2), e.esc.UnpackRoundResult); got != [32]byte{} {
		t.Fatalf("roundResult(2) = %x, want zero", got)
	}
	tk := e.task(id)
	if tk.RoundsRecorded != 1 || tk.Escrow.Cmp(mul(payment, 8)) != 0 || tk.Paid.Cmp(mul(payment, 4)) != 0 || tk.Status != taskOpen {
		t.Fatalf("getTask after round 1 = %+v", tk)
	}
	eqBig(t, "totalCredits", call(e, e.escC, e.esc.PackTotalCredits(), e.esc.UnpackTotalCredits), mul(payment, 4))

	// Round 3 before round 2 is fine: rounds are recorded in any order, once each.
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(id, 3, h("round 3"), participants[:2]))

	unknown := h("unknown")
	p := participants
	for _, tc := range []struct {
		name    string
		from    *account
		id      [32]byte
		round   uint32
		result  [32]byte
		parts   []common.Address
		wantErr string
	}{
		{"unknown task", e.coordinator, unknown, 1, result, p, fmt.Sprintf("UnknownTask(%s)", hex32(unknown))},
		{"not coordinator", e.requester, id, 2, result, p, fmt.Sprintf("NotCoordinator(%s)", e.requester.addr.Hex())},
		{"round zero", e.coordinator, id, 0, result, p, "RoundOutOfRange(0, 3)"},
		{"round past last", e.coordinator, id, 4, result, p, "RoundOutOfRange(4, 3)"},
		{"retry, same hash", e.coordinator, id, 1, result, p, "RoundAlreadyRecorded(1)"},
		{"retry, other hash", e.coordinator, id, 1, h("other"), p, fmt.Sprintf("RoundResultConflict(1, %s)", hex32(result))},
		{"zero result", e.coordinator, id, 2, [32]byte{}, p, "ZeroResultHash()"},
		{"no participants", e.coordinator, id, 2, result, nil, "NoParticipants()"},
		{"duplicate", e.coordinator, id, 2, result, []common.Address{p[0], p[0]}, "ParticipantsNotAscending(1)"},
		{"descending", e.coordinator, id, 2, result, []common.Address{p[0], p[2], p[1]}, "ParticipantsNotAscending(2)"},
		{"zero address", e.coordinator, id, 2, result, []common.Address{{}, p[0]}, "ParticipantsNotAscending(0)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.with(t).expectRevert(e.escC, tc.from, nil, e.esc.PackRecordRound(tc.id, tc.round, tc.result, tc.parts), tc.wantErr)
		})
	}

	// A deposit of the minimum (one contribution per round) cannot pay four.
	small := h("task small")
	e.createTask(small, 2, mul(payment, 2))
	e.expectRevert(e.escC, e.coordinator, nil, e.esc.PackRecordRound(small, 1, result, p),
		fmt.Sprintf("InsufficientEscrow(%s, %s)", mul(payment, 4), mul(payment, 2)))
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(small, 1, result, p[:1]))
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(small, 2, result, p[1:2]))
	if tk := e.task(small); tk.Escrow.Sign() != 0 || tk.RoundsRecorded != 2 {
		t.Fatalf("small task after 2 rounds = %+v", tk)
	}

	// After settlement a retry still learns that its round went through, and
	// a new round is refused.
	e.send(e.escC, e.coordinator, nil, e.esc.PackSettle(id))
	e.expectRevert(e.escC, e.coordinator, nil, e.esc.PackRecordRound(id, 1, result, p), "RoundAlreadyRecorded(1)")
	e.expectRevert(e.escC, e.coordinator, nil, e.esc.PackRecordRound(id, 2, result, p), fmt.Sprintf("AlreadySettled(%s)", hex32(id)))

	cancelled := h("task cancelled")
	e.createTask(cancelled, 1, payment)
	e.cancelTask(cancelled)
	e.expectRevert(e.escC, e.coordinator, nil, e.esc.PackRecordRound(cancelled, 1, result, p[:1]), fmt.Sprintf("AlreadyCancelled(%s)", hex32(cancelled)))
}

func TestTaskEscrowSettleAndCancel(t *testing.T) {
	e := newEnv(t)
	e.registerAll()
	p := addrs(e.hospitals...)
	byCoord, byReq, canc := h("settled by coordinator"), h("settled by requester"), h("cancelled")
	for _, id := range [][32]byte{byCoord, byReq, canc} {
		e.createTask(id, 3, mul(payment, 12))
		e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(id, 1, h("r1"), p))
	}
	e.expectRevert(e.escC, e.outsider, nil, e.esc.PackSettle(byCoord), fmt.Sprintf("NotRequesterOrCoordinator(%s)", e.outsider.addr.Hex()))
	e.expectRevert(e.escC, e.coordinator, nil, e.esc.PackRequestCancel(canc), fmt.Sprintf("NotRequester(%s)", e.coordinator.addr.Hex()))
	e.expectRevert(e.escC, e.requester, nil, e.esc.PackCancel(canc), fmt.Sprintf("CancelNotRequested(%s)", hex32(canc)))

	rc := e.send(e.escC, e.coordinator, nil, e.esc.PackSettle(byCoord))
	t.Logf("gas settle: %d", rc.GasUsed)
	ev := oneEvent(t, rc, e.esc.UnpackTaskSettledEvent)
	if ev.TaskId != byCoord || ev.By != e.coordinator.addr || ev.Paid.Cmp(mul(payment, 4)) != 0 || ev.Refund.Cmp(mul(payment, 8)) != 0 {
		t.Fatalf("TaskSettled = %+v", ev)
	}
	if !call(e, e.escC, e.esc.PackIsSettled(byCoord), e.esc.UnpackIsSettled) {
		t.Fatal("settled task is not settled")
	}
	if tk := e.task(byCoord); tk.Status != taskSettled || tk.Escrow.Sign() != 0 || sub(tk.Deposit, tk.Paid).Cmp(mul(payment, 8)) != 0 {
		t.Fatalf("getTask after settle = %+v", tk)
	}
	eqBig(t, "requester credit", e.credit(e.requester.addr), mul(payment, 8))

	// The requester settles once every round is recorded.
	e.expectRevert(e.escC, e.requester, nil, e.esc.PackSettle(byReq), "RoundsNotRecorded(1, 3)")
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(byReq, 2, h("r2"), p[:1]))
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(byReq, 3, h("r3"), p[:1]))
	rc = e.send(e.escC, e.requester, nil, e.esc.PackSettle(byReq))
	t.Logf("gas settle (requester, every round recorded): %d", rc.GasUsed)
	if ev := oneEvent(t, rc, e.esc.UnpackTaskSettledEvent); ev.By != e.requester.addr {
		t.Fatalf("TaskSettled.By = %s, want requester", ev.By)
	}

	rc = e.send(e.escC, e.requester, nil, e.esc.PackRequestCancel(canc))
	t.Logf("gas requestCancel: %d", rc.GasUsed)
	due := e.blockTime(rc) + cancelDelay
	if ev := oneEvent(t, rc, e.esc.UnpackCancelRequestedEvent); ev.TaskId != canc || ev.CancellableAt != due {
		t.Fatalf("CancelRequested = %+v, want cancellable at %d", ev, due)
	}
	e.expectRevert(e.escC, e.requester, nil, e.esc.PackRequestCancel(canc), fmt.Sprintf("CancelAlreadyRequested(%d)", due))
	e.expectRevert(e.escC, e.coordinator, nil, e.esc.PackCancel(canc), fmt.Sprintf("NotRequester(%s)", e.coordinator.addr.Hex()))
	e.expectRevert(e.escC, e.requester, nil, e.esc.PackCancel(canc), fmt.Sprintf("CancelTooEarly(%d)", due))
	e.advance(time.Duration(cancelDelay) * time.Second)
	rc = e.send(e.escC, e.requester, nil, e.esc.PackCancel(canc))
	t.Logf("gas cancel: %d", rc.GasUsed)
	cev := oneEvent(t, rc, e.esc.UnpackTaskCancelledEvent)
	if cev.TaskId != canc || cev.Paid.Cmp(mul(payment, 4)) != 0 || cev.Refund.Cmp(mul(payment, 8)) != 0 {
		t.Fatalf("TaskCancelled = %+v", cev)
	}
	if tk := e.task(canc); tk.Status != taskCancelled || tk.Escrow.Sign() != 0 {
		t.Fatalf("getTask after cancel = %+v", tk)
	}
	if call(e, e.escC, e.esc.PackIsSettled(canc), e.esc.UnpackIsSettled) {
		t.Fatal("cancelled task is settled")
	}
	eqBig(t, "requester credit", e.credit(e.requester.addr), mul(payment, 22))
	// Participants keep what they were credited in all three tasks.
	eqBig(t, "participant credit", e.credit(p[0]), mul(payment, 5))

	unknown := h("unknown")
	for _, tc := range []struct {
		name    string
		from    *account
		data    []byte
		wantErr string
	}{
		{"settle twice", e.coordinator, e.esc.PackSettle(byCoord), fmt.Sprintf("AlreadySettled(%s)", hex32(byCoord))},
		{"settle cancelled", e.requester, e.esc.PackSettle(canc), fmt.Sprintf("AlreadyCancelled(%s)", hex32(canc))},
		{"settle unknown", e.coordinator, e.esc.PackSettle(unknown), fmt.Sprintf("UnknownTask(%s)", hex32(unknown))},
		{"cancel settled", e.requester, e.esc.PackRequestCancel(byCoord), fmt.Sprintf("AlreadySettled(%s)", hex32(byCoord))},
		{"cancel twice", e.requester, e.esc.PackCancel(canc), fmt.Sprintf("AlreadyCancelled(%s)", hex32(canc))},
		{"request cancel twice", e.requester, e.esc.PackRequestCancel(canc), fmt.Sprintf("AlreadyCancelled(%s)", hex32(canc))},
		{"cancel unknown", e.requester, e.esc.PackRequestCancel(unknown), fmt.Sprintf("UnknownTask(%s)", hex32(unknown))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.with(t).expectRevert(e.escC, tc.from, nil, tc.data, tc.wantErr)
		})
	}
}

// TestTaskEscrowAccounting runs a whole task and checks, with balances and gas
// costs, that the deposit ends up exactly as payments plus refund.
func TestTaskEscrowAccounting(t *testing.T) {
	e := newEnv(t)
	e.registerAll()
	p := addrs(e.hospitals...)
	id := h("task accounting")
	deposit := add(mul(payment, 12), big.NewInt(7)) // 3 rounds x 4 hospitals, plus change
	start := map[common.Address]*big.Int{}
	for _, a := range append([]*account{e.requester}, e.hospitals...) {
		start[a.addr] = e.balance(a.addr)
	}
	spent := map[common.Address]*big.Int{e.requester.addr: new(big.Int)} // gas paid
	for _, a := range p {
		spent[a] = new(big.Int)
	}

	rc := e.createTask(id, 3, deposit)
	spent[e.requester.addr].Add(spent[e.requester.addr], gasCost(rc))
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(id, 1, h("r1"), p))
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(id, 2, h("r2"), p[1:])) // hospital 0 dropped out
	rc = e.send(e.escC, e.coordinator, nil, e.esc.PackSettle(id))
	ev := oneEvent(t, rc, e.esc.UnpackTaskSettledEvent)
	wantPaid := mul(payment, 7)
	eqBig(t, "paid", ev.Paid, wantPaid)
	eqBig(t, "refund", ev.Refund, sub(deposit, wantPaid))
	eqBig(t, "paid + refund", add(ev.Paid, ev.Refund), deposit)
	eqBig(t, "escrow balance = credits", e.balance(e.escC.addr), call(e, e.escC, e.esc.PackTotalCredits(), e.esc.UnpackTotalCredits))

	withdrawn := new(big.Int)
	for _, a := range append([]*account{e.requester}, e.hospitals...) {
		want := e.credit(a.addr)
		rc := e.send(e.escC, a, nil, e.esc.PackWithdraw())
		if a == e.hospitals[0] {
			t.Logf("gas withdraw: %d", rc.GasUsed)
		}
		spent[a.addr].Add(spent[a.addr], gasCost(rc))
		wev := oneEvent(t, rc, e.esc.UnpackWithdrawnEvent)
		if wev.Account != a.addr || wev.Amount.Cmp(want) != 0 {
			t.Fatalf("Withdrawn = %+v, want %s for %s", wev, want, a.name)
		}
		withdrawn.Add(withdrawn, wev.Amount)
		eqBig(t, "credit after withdraw", e.credit(a.addr), new(big.Int))
	}
	eqBig(t, "withdrawn", withdrawn, deposit)
	eqBig(t, "escrow balance", e.balance(e.escC.addr), new(big.Int))
	eqBig(t, "totalCredits", call(e, e.escC, e.esc.PackTotalCredits(), e.esc.UnpackTotalCredits), new(big.Int))

	// Balances: requester lost exactly the payments, each hospital gained its own.
	eqBig(t, "requester balance", e.balance(e.requester.addr), sub(sub(start[e.requester.addr], wantPaid), spent[e.requester.addr]))
	for i, a := range e.hospitals {
		earned := mul(payment, 2)
		if i == 0 {
			earned = payment
		}
		eqBig(t, a.name+" balance", e.balance(a.addr), sub(add(start[a.addr], earned), spent[a.addr]))
	}
	e.expectRevert(e.escC, e.hospitals[0], nil, e.esc.PackWithdraw(), "NothingToWithdraw()")
	e.expectRevert(e.escC, e.outsider, nil, e.esc.PackWithdraw(), "NothingToWithdraw()")
}
