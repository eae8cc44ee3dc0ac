package contracts_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/twopm/twopm/contracts/bindings/modelmarket"
	"github.com/twopm/twopm/contracts/bindings/taskescrow"
	"github.com/twopm/twopm/contracts/revert"
)

// Request status values of ModelMarket.RequestStatus.
const (
	reqNone uint8 = iota
	reqPending
	reqDelivered
	reqRefunded
)

// Market test parameters. marketPrice is 10^16 + 7 wei: it is 5 mod 6, so
// that splitting it 3:2:1 leaves the largest remainder there is, 2 wei.
var (
	marketPrice   = big.NewInt(10_000_000_000_000_007)
	marketTimeout = uint64(3600)
)

// market is env with a ModelMarket on top of its TaskEscrow and a settled
// three-round training task whose rounds credited holders[0] three times,
// holders[1] twice and holders[2] once (hospitals[3] never). The task's
// requester publishes; buyer pays for inference; stranger is anyone else.
type market struct {
	*env
	mm  *modelmarket.ModelMarket
	mmC *deployed

	task            [32]byte
	results         [3][32]byte // the task's round results; results[2] is the model
	holders         []*account  // hospitals[:3], ascending
	buyer, stranger *account
}

func newMarket(t *testing.T) *market {
	t.Helper()
	e := newEnv(t)
	m := &market{env: e, mm: modelmarket.NewModelMarket(), holders: e.hospitals[:3], buyer: e.outsider, stranger: e.slasher}
	m.mmC = e.deploy("ModelMarket", &modelmarket.ModelMarketMetaData, m.mm.PackConstructor(e.escC.addr))
	m.task = h("training task")
	e.registerAll() // the escrow credits active nodes only
	e.createTask(m.task, 3, mul(payment, 9))
	for r := range 3 {
		m.results[r] = h(fmt.Sprintf("model after round %d", r+1))
		e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(m.task, uint32(r+1), m.results[r], addrs(m.holders[:3-r]...)))
	}
	e.send(e.escC, e.requester, nil, e.esc.PackSettle(m.task))
	return m
}

// with returns m reporting to t, for subtests.
func (m *market) with(t *testing.T) *market {
	c := *m
	c.env = m.env.with(t)
	return &c
}

// publish publishes the task's last round at marketPrice and marketTimeout;
// the contract makes all three holders share it.
func (m *market) publish(private bool) (uint64, *types.Receipt) {
	m.t.Helper()
	rc := m.send(m.mmC, m.requester, nil, m.mm.PackPublish(m.task, 3, m.results[2], marketPrice, marketTimeout, private))
	return oneEvent(m.t, rc, m.mm.UnpackModelPublishedEvent).ModelId.Uint64(), rc
}

// request pays marketPrice from buyer for an inference on model.
func (m *market) request(model uint64, commitment [32]byte) (uint64, *types.Receipt) {
	m.t.Helper()
	rc := m.send(m.mmC, m.buyer, marketPrice, m.mm.PackRequest(big.NewInt(int64(model)), commitment))
	return oneEvent(m.t, rc, m.mm.UnpackInferenceRequestedEvent).RequestId.Uint64(), rc
}

func (m *market) model(id uint64) modelmarket.ModelMarketModel {
	m.t.Helper()
	return call(m.env, m.mmC, m.mm.PackGetModel(big.NewInt(int64(id))), m.mm.UnpackGetModel)
}

func (m *market) req(id uint64) modelmarket.ModelMarketRequest {
	m.t.Helper()
	return call(m.env, m.mmC, m.mm.PackGetRequest(big.NewInt(int64(id))), m.mm.UnpackGetRequest)
}

func (m *market) mcredit(a common.Address) *big.Int {
	m.t.Helper()
	return call(m.env, m.mmC, m.mm.PackCredit(a), m.mm.UnpackCredit)
}

func (m *market) totalCredits() *big.Int {
	m.t.Helper()
	return call(m.env, m.mmC, m.mm.PackTotalCredits(), m.mm.UnpackTotalCredits)
}

// checkBalance checks the market's invariant: its balance is totalCredits
// plus the amounts of the pending requests, which must come to wantPending.
func (m *market) checkBalance(wantPending *big.Int) {
	m.t.Helper()
	pending := new(big.Int)
	n := call(m.env, m.mmC, m.mm.PackRequestCount(), m.mm.UnpackRequestCount).Uint64()
	for id := uint64(1); id <= n; id++ {
		if r := m.req(id); r.Status == reqPending {
			pending.Add(pending, r.Amount)
		}
	}
	eqBig(m.t, "pending amounts", pending, wantPending)
	eqBig(m.t, "market balance", m.balance(m.mmC.addr), add(m.totalCredits(), pending))
}

func u256(id uint64) *big.Int { return new(big.Int).SetUint64(id) }

func TestModelMarketConstructor(t *testing.T) {
	m := newMarket(t)
	md := &modelmarket.ModelMarketMetaData
	parsed, err := md.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = bind.DeployContract(m.opts(m.owner, nil), common.FromHex(md.Bin), m.env.client, m.mm.PackConstructor(common.Address{}))
	if err == nil {
		t.Fatal("deploy with a zero task escrow succeeded")
	}
	assertRevert(t, parsed, err, "ZeroAddress()")
	if got := call(m.env, m.mmC, m.mm.PackTaskEscrow(), m.mm.UnpackTaskEscrow); got != m.escC.addr {
		t.Fatalf("taskEscrow = %s, want %s", got, m.escC.addr)
	}
	if got := call(m.env, m.mmC, m.mm.PackMAXHOLDERS(), m.mm.UnpackMAXHOLDERS); got.Int64() != 32 {
		t.Fatalf("MAX_HOLDERS = %s, want 32", got)
	}
	if got := call(m.env, m.mmC, m.mm.PackMAXTIMEOUT(), m.mm.UnpackMAXTIMEOUT); got != 30*24*3600 {
		t.Fatalf("MAX_TIMEOUT = %d, want 30 days", got)
	}
}

func TestModelMarketPublish(t *testing.T) {
	m := newMarket(t)
	hs := addrs(m.holders...)
	id, rc := m.publish(true)
	t.Logf("gas publish (3 holders x 3 rounds): %d", rc.GasUsed)

	if id != 1 {
		t.Fatalf("first model id = %d, want 1", id)
	}
	ev := oneEvent(t, rc, m.mm.UnpackModelPublishedEvent)
	if ev.TaskId != m.task || ev.ArtifactHash != m.results[2] || ev.Publisher != m.requester.addr || ev.Price.Cmp(marketPrice) != 0 || !ev.PrivateMode {
		t.Fatalf("ModelPublished = %+v", ev)
	}
	md := m.model(1)
	// The weights are the holders' credited rounds, as the escrow recorded them.
	if md.TaskId != m.task || md.Round != 3 || md.ArtifactHash != m.results[2] || md.Publisher != m.requester.addr ||
		md.Coordinator != m.coordinator.addr || md.Price.Cmp(marketPrice) != 0 || md.Timeout != marketTimeout ||
		!md.PrivateMode || md.Retired || fmt.Sprint(md.Holders) != fmt.Sprint(hs) ||
		fmt.Sprint(md.Weights) != "[3 2 1]" || md.TotalWeight.Int64() != 6 {
		t.Fatalf("getModel(1) = %+v", md)
	}
	if got := call(m.env, m.mmC, m.mm.PackModelOf(m.task, 3), m.mm.UnpackModelOf); got.Int64() != 1 {
		t.Fatalf("modelOf(task, 3) = %s, want 1", got)
	}
	if got := call(m.env, m.mmC, m.mm.PackModelOf(m.task, 1), m.mm.UnpackModelOf); got.Sign() != 0 {
		t.Fatalf("modelOf(task, 1) = %s, want 0", got)
	}

	// Round 1's model has the same holders and weights: they count every
	// round of the task.
	rc = m.send(m.mmC, m.requester, nil, m.mm.PackPublish(m.task, 1, m.results[0], big.NewInt(1), 1, false))
	if ev := oneEvent(t, rc, m.mm.UnpackModelPublishedEvent); ev.ModelId.Int64() != 2 || ev.PrivateMode {
		t.Fatalf("second ModelPublished = %+v", ev)
	}
	if md := m.model(2); fmt.Sprint(md.Holders) != fmt.Sprint(hs) || fmt.Sprint(md.Weights) != "[3 2 1]" || md.TotalWeight.Int64() != 6 || md.Round != 1 {
		t.Fatalf("getModel(2) = %+v", md)
	}
	if got := call(m.env, m.mmC, m.mm.PackModelCount(), m.mm.UnpackModelCount); got.Int64() != 2 {
		t.Fatalf("modelCount = %s, want 2", got)
	}
	callRevert(m.env, m.mmC, m.mm.PackGetModel(u256(0)), m.mm.UnpackGetModel, "UnknownModel(0)")
	callRevert(m.env, m.mmC, m.mm.PackGetModel(u256(3)), m.mm.UnpackGetModel, "UnknownModel(3)")

	// Tasks that are not settled.
	open, cancelled := h("open task"), h("cancelled task")
	for _, id := range [][32]byte{open, cancelled} {
		m.createTask(id, 1, payment)
		m.send(m.escC, m.coordinator, nil, m.esc.PackRecordRound(id, 1, h("r1"), hs[:1]))
	}
	m.cancelTask(cancelled)

	// A task that credited 33 nodes, one more than MAX_HOLDERS: its model
	// cannot be published, as no subset of its nodes may be chosen.
	crowded := h("crowded task")
	tooMany := m.activeNodes(33)
	m.createTask(crowded, 1, mul(payment, 33))
	m.send(m.escC, m.coordinator, nil, m.esc.PackRecordRound(crowded, 1, h("crowded r1"), tooMany))
	m.send(m.escC, m.requester, nil, m.esc.PackSettle(crowded))

	unknown := h("unknown")
	day := uint64(24 * 3600)
	for _, tc := range []struct {
		name     string
		from     *account
		id       [32]byte
		round    uint32
		artifact [32]byte
		price    *big.Int
		timeout  uint64
		wantErr  string
	}{
		{"unknown task", m.requester, unknown, 3, m.results[2], marketPrice, marketTimeout, fmt.Sprintf("UnknownTask(%s)", hex32(unknown))},
		{"not the requester", m.coordinator, m.task, 1, m.results[0], marketPrice, marketTimeout, fmt.Sprintf("NotTaskRequester(%s)", m.coordinator.addr.Hex())},
		{"holder not the requester", m.holders[0], m.task, 1, m.results[0], marketPrice, marketTimeout, fmt.Sprintf("NotTaskRequester(%s)", m.holders[0].addr.Hex())},
		{"open task", m.requester, open, 1, h("r1"), marketPrice, marketTimeout, fmt.Sprintf("TaskNotSettled(%s)", hex32(open))},
		{"cancelled task", m.requester, cancelled, 1, h("r1"), marketPrice, marketTimeout, fmt.Sprintf("TaskNotSettled(%s)", hex32(cancelled))},
		{"zero artifact", m.requester, m.task, 2, [32]byte{}, marketPrice, marketTimeout, "ZeroArtifactHash()"},
		{"other artifact", m.requester, m.task, 2, h("forged model"), marketPrice, marketTimeout,
			fmt.Sprintf("ArtifactNotRecorded(%s, 2, %s)", hex32(m.task), hex32(m.results[1]))},
		{"another round's artifact", m.requester, m.task, 2, m.results[0], marketPrice, marketTimeout,
			fmt.Sprintf("ArtifactNotRecorded(%s, 2, %s)", hex32(m.task), hex32(m.results[1]))},
		{"round past last", m.requester, m.task, 4, m.results[2], marketPrice, marketTimeout,
			fmt.Sprintf("ArtifactNotRecorded(%s, 4, %s)", hex32(m.task), hex32([32]byte{}))},
		{"published already", m.requester, m.task, 3, m.results[2], big.NewInt(5), marketTimeout, "AlreadyPublished(1)"},
		{"zero price", m.requester, m.task, 2, m.results[1], new(big.Int), marketTimeout, "ZeroPrice()"},
		{"zero timeout", m.requester, m.task, 2, m.results[1], marketPrice, 0, "ZeroTimeout()"},
		{"timeout too long", m.requester, m.task, 2, m.results[1], marketPrice, 30*day + 1, fmt.Sprintf("TimeoutTooLong(%d, %d)", 30*day+1, 30*day)},
		{"too many holders", m.requester, crowded, 1, h("crowded r1"), marketPrice, marketTimeout, "TooManyHolders(33, 32)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m.with(t).expectRevert(m.mmC, tc.from, nil, m.mm.PackPublish(tc.id, tc.round, tc.artifact, tc.price, tc.timeout, false), tc.wantErr)
		})
	}
	// A timeout of exactly MAX_TIMEOUT is allowed.
	m.send(m.mmC, m.requester, nil, m.mm.PackPublish(m.task, 2, m.results[1], marketPrice, 30*day, false))
}

// TestModelMarketRejectedContributionsDoNotCount publishes a proven task's
// model whose only contribution was rejected: a rejected contribution does
// not make a holder, and a model with none cannot be published.
func TestModelMarketRejectedContributionsDoNotCount(t *testing.T) {
	m := newMarket(t)
	id, node := h("proven task"), m.hospitals[0]
	// The verifier is never called: the data set is unknown.
	m.send(m.escC, m.requester, payment, m.esc.PackCreateTask(id, h("spec"), 1, payment, m.coordinator.addr, m.circuit("stats-narrow-test")))
	rc := m.send(m.escC, m.coordinator, nil, m.esc.PackRecordProvenRound(id, 1, 1, h("proven r1"), nil,
		[]taskescrow.TaskEscrowContribution{{Node: node.addr, DatasetId: h("no such data set"), Commitment: [2]*big.Int{big.NewInt(1), big.NewInt(2)}}}))
	if ev := oneEvent(t, rc, m.esc.UnpackContributionRejectedEvent); ev.Participant != node.addr || ev.Reason != rejectUnknownDataset {
		t.Fatalf("ContributionRejected = %+v", ev)
	}
	m.send(m.escC, m.requester, nil, m.esc.PackSettle(id))
	if got := call(m.env, m.escC, m.esc.PackParticipants(id), m.esc.UnpackParticipants); len(got) != 0 {
		t.Fatalf("participants of a task with no credited contribution = %v", got)
	}
	m.expectRevert(m.mmC, m.requester, nil, m.mm.PackPublish(id, 1, h("proven r1"), marketPrice, marketTimeout, false), "NoHolders()")
}

func TestModelMarketRequest(t *testing.T) {
	m := newMarket(t)
	model, _ := m.publish(false)
	commitment := h("client input")
	before := m.balance(m.buyer.addr)
	id, rc := m.request(model, commitment)
	t.Logf("gas request: %d", rc.GasUsed)

	deadline := m.blockTime(rc) + marketTimeout
	ev := oneEvent(t, rc, m.mm.UnpackInferenceRequestedEvent)
	if id != 1 || ev.ModelId.Uint64() != model || ev.Requester != m.buyer.addr || ev.Commitment != commitment || ev.Deadline != deadline {
		t.Fatalf("InferenceRequested = %+v, want deadline %d", ev, deadline)
	}
	r := m.req(1)
	if r.Requester != m.buyer.addr || r.ModelId.Uint64() != model || r.Commitment != commitment || r.Amount.Cmp(marketPrice) != 0 ||
		r.Deadline != deadline || r.Status != reqPending || r.ResultHash != [32]byte{} {
		t.Fatalf("getRequest(1) = %+v", r)
	}
	eqBig(t, "client balance", m.balance(m.buyer.addr), sub(sub(before, marketPrice), gasCost(rc)))
	m.checkBalance(marketPrice)

	if id, _ := m.request(model, h("second input")); id != 2 {
		t.Fatalf("second request id = %d, want 2", id)
	}
	if got := call(m.env, m.mmC, m.mm.PackRequestCount(), m.mm.UnpackRequestCount); got.Int64() != 2 {
		t.Fatalf("requestCount = %s, want 2", got)
	}
	callRevert(m.env, m.mmC, m.mm.PackGetRequest(u256(0)), m.mm.UnpackGetRequest, "UnknownRequest(0)")
	callRevert(m.env, m.mmC, m.mm.PackGetRequest(u256(3)), m.mm.UnpackGetRequest, "UnknownRequest(3)")

	one := big.NewInt(1)
	for _, tc := range []struct {
		name       string
		model      uint64
		value      *big.Int
		commitment [32]byte
		wantErr    string
	}{
		{"unknown model", 2, marketPrice, commitment, "UnknownModel(2)"},
		{"model zero", 0, marketPrice, commitment, "UnknownModel(0)"},
		{"unpaid", model, nil, commitment, fmt.Sprintf("WrongPayment(%s, 0)", marketPrice)},
		{"underpaid", model, sub(marketPrice, one), commitment, fmt.Sprintf("WrongPayment(%s, %s)", marketPrice, sub(marketPrice, one))},
		{"overpaid", model, add(marketPrice, one), commitment, fmt.Sprintf("WrongPayment(%s, %s)", marketPrice, add(marketPrice, one))},
		{"zero commitment", model, marketPrice, [32]byte{}, "ZeroCommitment()"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m.with(t).expectRevert(m.mmC, m.buyer, tc.value, m.mm.PackRequest(u256(tc.model), tc.commitment), tc.wantErr)
		})
	}
	m.checkBalance(mul(marketPrice, 2))
}

func TestModelMarketDeliver(t *testing.T) {
	m := newMarket(t)
	model, _ := m.publish(false)
	id, _ := m.request(model, h("input"))
	result := h("answer")

	rc := m.send(m.mmC, m.coordinator, nil, m.mm.PackDeliver(u256(id), result))
	t.Logf("gas deliver (3 holders): %d", rc.GasUsed)

	// floor(p*3/6), floor(p*2/6), floor(p/6) of p = 10^16+7, and the 2 wei left.
	wantShares := []string{"5000000000000003", "3333333333333335", "1666666666666667"}
	wantRemainder := big.NewInt(2)
	credited := events(rc, m.mm.UnpackRevenueCreditedEvent)
	if len(credited) != 3 {
		t.Fatalf("%d RevenueCredited events, want 3", len(credited))
	}
	sum := new(big.Int)
	for i, c := range credited {
		if c.RequestId.Uint64() != id || c.Holder != m.holders[i].addr || c.Amount.String() != wantShares[i] {
			t.Fatalf("RevenueCredited[%d] = %+v, want %s", i, c, wantShares[i])
		}
		if got := m.mcredit(m.holders[i].addr); got.String() != wantShares[i] {
			t.Fatalf("credit of %s = %s, want %s", m.holders[i].name, got, wantShares[i])
		}
		sum.Add(sum, c.Amount)
	}
	ev := oneEvent(t, rc, m.mm.UnpackInferenceDeliveredEvent)
	if ev.RequestId.Uint64() != id || ev.ResultHash != result || ev.Paid.Cmp(sum) != 0 || ev.Remainder.Cmp(wantRemainder) != 0 {
		t.Fatalf("InferenceDelivered = %+v", ev)
	}
	eqBig(t, "requester credit (remainder)", m.mcredit(m.buyer.addr), wantRemainder)
	eqBig(t, "paid + remainder", add(sum, wantRemainder), marketPrice)
	eqBig(t, "totalCredits", m.totalCredits(), marketPrice)
	if r := m.req(id); r.Status != reqDelivered || r.ResultHash != result {
		t.Fatalf("getRequest after deliver = %+v", r)
	}
	m.checkBalance(new(big.Int))

	refunded, _ := m.request(model, h("input 2"))
	m.send(m.mmC, m.coordinator, nil, m.mm.PackRefund(u256(refunded)))
	pending, _ := m.request(model, h("input 3"))
	for _, tc := range []struct {
		name    string
		from    *account
		id      uint64
		result  [32]byte
		wantErr string
	}{
		{"unknown request", m.coordinator, 99, result, "UnknownRequest(99)"},
		{"request zero", m.coordinator, 0, result, "UnknownRequest(0)"},
		{"by the requester", m.buyer, pending, result, fmt.Sprintf("NotCoordinator(%s)", m.buyer.addr.Hex())},
		{"by the publisher", m.requester, pending, result, fmt.Sprintf("NotCoordinator(%s)", m.requester.addr.Hex())},
		{"by a holder", m.holders[0], pending, result, fmt.Sprintf("NotCoordinator(%s)", m.holders[0].addr.Hex())},
		{"zero result", m.coordinator, pending, [32]byte{}, "ZeroResultHash()"},
		{"twice", m.coordinator, id, result, fmt.Sprintf("AlreadyDelivered(%d)", id)},
		{"twice, other result", m.coordinator, id, h("other"), fmt.Sprintf("AlreadyDelivered(%d)", id)},
		{"refunded", m.coordinator, refunded, result, fmt.Sprintf("AlreadyRefunded(%d)", refunded)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m.with(t).expectRevert(m.mmC, tc.from, nil, m.mm.PackDeliver(u256(tc.id), tc.result), tc.wantErr)
		})
	}
	m.checkBalance(marketPrice)

	// Past its deadline a request can only be refunded; a delivered one
	// still tells a retry that it went through.
	deadline := m.req(pending).Deadline
	m.advance(time.Duration(marketTimeout+60) * time.Second)
	m.expectRevert(m.mmC, m.coordinator, nil, m.mm.PackDeliver(u256(pending), result), fmt.Sprintf("RequestExpired(%d)", deadline))
	m.expectRevert(m.mmC, m.coordinator, nil, m.mm.PackDeliver(u256(id), result), fmt.Sprintf("AlreadyDelivered(%d)", id))
	m.send(m.mmC, m.stranger, nil, m.mm.PackRefund(u256(pending)))
	m.checkBalance(new(big.Int))
	eqBig(t, "requester credit", m.mcredit(m.buyer.addr), add(wantRemainder, mul(marketPrice, 2)))
}

// TestModelMarketSplitOneWei pays one wei to three holders: nobody gets a
// share and the requester gets it back.
func TestModelMarketSplitOneWei(t *testing.T) {
	m := newMarket(t)
	rc := m.send(m.mmC, m.requester, nil, m.mm.PackPublish(m.task, 3, m.results[2], big.NewInt(1), marketTimeout, false))
	model := oneEvent(t, rc, m.mm.UnpackModelPublishedEvent).ModelId
	rc = m.send(m.mmC, m.buyer, big.NewInt(1), m.mm.PackRequest(model, h("input")))
	id := oneEvent(t, rc, m.mm.UnpackInferenceRequestedEvent).RequestId
	rc = m.send(m.mmC, m.coordinator, nil, m.mm.PackDeliver(id, h("answer")))
	if ev := oneEvent(t, rc, m.mm.UnpackInferenceDeliveredEvent); ev.Paid.Sign() != 0 || ev.Remainder.Int64() != 1 {
		t.Fatalf("InferenceDelivered = %+v", ev)
	}
	for _, c := range events(rc, m.mm.UnpackRevenueCreditedEvent) {
		if c.Amount.Sign() != 0 {
			t.Fatalf("RevenueCredited = %+v, want 0", c)
		}
	}
	eqBig(t, "requester credit", m.mcredit(m.buyer.addr), big.NewInt(1))
	m.checkBalance(new(big.Int))
}

func TestModelMarketRefund(t *testing.T) {
	m := newMarket(t)
	model, _ := m.publish(true)
	failed, _ := m.request(model, h("client key"))

	// The coordinator refunds a request it could not serve at once.
	rc := m.send(m.mmC, m.coordinator, nil, m.mm.PackRefund(u256(failed)))
	t.Logf("gas refund: %d", rc.GasUsed)
	ev := oneEvent(t, rc, m.mm.UnpackInferenceRefundedEvent)
	if ev.RequestId.Uint64() != failed || ev.Amount.Cmp(marketPrice) != 0 || ev.By != m.coordinator.addr {
		t.Fatalf("InferenceRefunded = %+v", ev)
	}
	if r := m.req(failed); r.Status != reqRefunded || r.ResultHash != [32]byte{} {
		t.Fatalf("getRequest after refund = %+v", r)
	}
	eqBig(t, "requester credit", m.mcredit(m.buyer.addr), marketPrice)
	for _, hd := range m.holders {
		eqBig(t, hd.name+" credit", m.mcredit(hd.addr), new(big.Int))
	}
	m.checkBalance(new(big.Int))

	late, rc := m.request(model, h("client key 2"))
	deadline := m.blockTime(rc) + marketTimeout
	delivered, _ := m.request(model, h("client key 3"))
	m.send(m.mmC, m.coordinator, nil, m.mm.PackDeliver(u256(delivered), h("transcript")))
	for _, tc := range []struct {
		name    string
		from    *account
		id      uint64
		wantErr string
	}{
		{"unknown request", m.coordinator, 99, "UnknownRequest(99)"},
		{"twice", m.coordinator, failed, fmt.Sprintf("AlreadyRefunded(%d)", failed)},
		{"delivered", m.coordinator, delivered, fmt.Sprintf("AlreadyDelivered(%d)", delivered)},
		{"stranger before the deadline", m.stranger, late, fmt.Sprintf("TooEarly(%d)", deadline)},
		{"requester before the deadline", m.buyer, late, fmt.Sprintf("TooEarly(%d)", deadline)},
		{"publisher before the deadline", m.requester, late, fmt.Sprintf("TooEarly(%d)", deadline)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m.with(t).expectRevert(m.mmC, tc.from, nil, m.mm.PackRefund(u256(tc.id)), tc.wantErr)
		})
	}
	m.checkBalance(marketPrice)

	// After the deadline anyone may refund, to the requester.
	m.advance(time.Duration(marketTimeout+60) * time.Second)
	rc = m.send(m.mmC, m.stranger, nil, m.mm.PackRefund(u256(late)))
	if ev := oneEvent(t, rc, m.mm.UnpackInferenceRefundedEvent); ev.By != m.stranger.addr || ev.Amount.Cmp(marketPrice) != 0 {
		t.Fatalf("InferenceRefunded = %+v", ev)
	}
	eqBig(t, "stranger credit", m.mcredit(m.stranger.addr), new(big.Int))
	m.expectRevert(m.mmC, m.stranger, nil, m.mm.PackRefund(u256(late)), fmt.Sprintf("AlreadyRefunded(%d)", late))
	m.expectRevert(m.mmC, m.stranger, nil, m.mm.PackRefund(u256(delivered)), fmt.Sprintf("AlreadyDelivered(%d)", delivered))
	m.checkBalance(new(big.Int))
}

func TestModelMarketRetire(t *testing.T) {
	m := newMarket(t)
	model, _ := m.publish(false)
	toDeliver, _ := m.request(model, h("a"))
	toRefund, _ := m.request(model, h("b"))

	m.expectRevert(m.mmC, m.coordinator, nil, m.mm.PackRetire(u256(model)), fmt.Sprintf("NotPublisher(%s)", m.coordinator.addr.Hex()))
	m.expectRevert(m.mmC, m.requester, nil, m.mm.PackRetire(u256(7)), "UnknownModel(7)")
	rc := m.send(m.mmC, m.requester, nil, m.mm.PackRetire(u256(model)))
	t.Logf("gas retire: %d", rc.GasUsed)
	if ev := oneEvent(t, rc, m.mm.UnpackModelRetiredEvent); ev.ModelId.Uint64() != model {
		t.Fatalf("ModelRetired = %+v", ev)
	}
	if !m.model(model).Retired {
		t.Fatal("retired model is not retired")
	}
	m.expectRevert(m.mmC, m.requester, nil, m.mm.PackRetire(u256(model)), fmt.Sprintf("AlreadyRetired(%d)", model))
	m.expectRevert(m.mmC, m.buyer, marketPrice, m.mm.PackRequest(u256(model), h("c")), fmt.Sprintf("AlreadyRetired(%d)", model))
	if got := call(m.env, m.mmC, m.mm.PackModelOf(m.task, 3), m.mm.UnpackModelOf); got.Sign() != 0 {
		t.Fatalf("modelOf after retire = %s, want 0", got)
	}

	// Pending requests end as usual.
	m.send(m.mmC, m.coordinator, nil, m.mm.PackDeliver(u256(toDeliver), h("answer")))
	m.send(m.mmC, m.coordinator, nil, m.mm.PackRefund(u256(toRefund)))
	m.checkBalance(new(big.Int))

	// The round can be published again, at another price.
	rc = m.send(m.mmC, m.requester, nil, m.mm.PackPublish(m.task, 3, m.results[2], mul(marketPrice, 2), marketTimeout, false))
	if ev := oneEvent(t, rc, m.mm.UnpackModelPublishedEvent); ev.ModelId.Uint64() != model+1 {
		t.Fatalf("republished as %s, want %d", ev.ModelId, model+1)
	}
	if got := call(m.env, m.mmC, m.mm.PackModelOf(m.task, 3), m.mm.UnpackModelOf); got.Uint64() != model+1 {
		t.Fatalf("modelOf after republishing = %s, want %d", got, model+1)
	}
}

// TestModelMarketWithdraw runs requests to their three ends and checks, with
// balances and gas costs, that every wei paid in is withdrawn or pending.
func TestModelMarketWithdraw(t *testing.T) {
	m := newMarket(t)
	model, _ := m.publish(false)
	everyone := append([]*account{m.buyer}, m.holders...)
	start := map[common.Address]*big.Int{}
	spent := map[common.Address]*big.Int{}
	for _, a := range everyone {
		start[a.addr], spent[a.addr] = m.balance(a.addr), new(big.Int)
	}
	var ids []uint64
	for i := range 3 {
		id, rc := m.request(model, h(fmt.Sprint("input ", i)))
		spent[m.buyer.addr].Add(spent[m.buyer.addr], gasCost(rc))
		ids = append(ids, id)
	}
	m.send(m.mmC, m.coordinator, nil, m.mm.PackDeliver(u256(ids[0]), h("answer 0")))
	m.send(m.mmC, m.coordinator, nil, m.mm.PackRefund(u256(ids[1])))
	m.checkBalance(marketPrice) // ids[2] stays pending

	wantCredit := map[common.Address]string{
		m.buyer.addr:      add(marketPrice, big.NewInt(2)).String(),
		m.holders[0].addr: "5000000000000003",
		m.holders[1].addr: "3333333333333335",
		m.holders[2].addr: "1666666666666667",
	}
	for _, a := range everyone {
		if got := m.mcredit(a.addr); got.String() != wantCredit[a.addr] {
			t.Fatalf("credit of %s = %s, want %s", a.name, got, wantCredit[a.addr])
		}
		rc := m.send(m.mmC, a, nil, m.mm.PackWithdraw())
		if a == m.holders[0] {
			t.Logf("gas withdraw: %d", rc.GasUsed)
		}
		spent[a.addr].Add(spent[a.addr], gasCost(rc))
		if ev := oneEvent(t, rc, m.mm.UnpackWithdrawnEvent); ev.Account != a.addr || ev.Amount.String() != wantCredit[a.addr] {
			t.Fatalf("Withdrawn = %+v, want %s", ev, wantCredit[a.addr])
		}
		eqBig(t, "credit after withdraw", m.mcredit(a.addr), new(big.Int))
		m.expectRevert(m.mmC, a, nil, m.mm.PackWithdraw(), "NothingToWithdraw()")
	}
	eqBig(t, "totalCredits", m.totalCredits(), new(big.Int))
	m.checkBalance(marketPrice)

	// The client paid three prices, got one back plus the remainder and has
	// one pending; each holder gained its share.
	eqBig(t, "client balance", m.balance(m.buyer.addr),
		sub(add(sub(start[m.buyer.addr], mul(marketPrice, 3)), add(marketPrice, big.NewInt(2))), spent[m.buyer.addr]))
	for _, hd := range m.holders {
		share, _ := new(big.Int).SetString(wantCredit[hd.addr], 10)
		eqBig(t, hd.name+" balance", m.balance(hd.addr), sub(add(start[hd.addr], share), spent[hd.addr]))
	}
	m.expectRevert(m.mmC, m.stranger, nil, m.mm.PackWithdraw(), "NothingToWithdraw()")
}

// TestModelMarketReentrancy has a contract pay for a request, get it
// refunded and re-enter withdraw when paid.
func TestModelMarketReentrancy(t *testing.T) {
	m := newMarket(t)
	model, _ := m.publish(false)
	thief, bubbler := m.deployAttacker(m.mmC.addr), m.deployAttacker(m.mmC.addr)
	var ids []uint64
	for _, a := range []*attacker{thief, bubbler} {
		rc := m.send(a.deployed, m.stranger, marketPrice, m.pack(a, "execute", m.mm.PackRequest(u256(model), h("attack"))))
		ids = append(ids, oneEvent(t, rc, m.mm.UnpackInferenceRequestedEvent).RequestId.Uint64())
	}
	if r := m.req(ids[0]); r.Requester != thief.addr {
		t.Fatalf("request's requester = %s, want the attacker", r.Requester)
	}
	for _, id := range ids {
		m.send(m.mmC, m.coordinator, nil, m.mm.PackRefund(u256(id)))
	}
	held := m.balance(m.mmC.addr)
	eqBig(t, "market balance", held, mul(marketPrice, 2))

	m.send(thief.deployed, m.stranger, nil, m.pack(thief, "arm", m.mm.PackWithdraw(), false))
	rc := m.send(thief.deployed, m.stranger, nil, m.pack(thief, "execute", m.mm.PackWithdraw()))
	if n := len(events(rc, m.mm.UnpackWithdrawnEvent)); n != 1 {
		t.Fatalf("%d Withdrawn events, want 1", n)
	}
	attempts, data := m.lastRevert(thief)
	if attempts != 1 {
		t.Fatalf("re-entry attempts = %d, want 1", attempts)
	}
	if rerr, err := revert.Unpack(m.mmC.abi, data); err != nil || rerr.String() != "ReentrancyGuardReentrantCall()" {
		t.Fatalf("re-entry reverted with %v (%v), want ReentrancyGuardReentrantCall()", rerr, err)
	}
	eqBig(t, "thief balance", m.balance(thief.addr), marketPrice)
	eqBig(t, "market balance", m.balance(m.mmC.addr), sub(held, marketPrice))

	m.send(bubbler.deployed, m.stranger, nil, m.pack(bubbler, "arm", m.mm.PackWithdraw(), true))
	m.expectRevert(bubbler.as(m.mmC), m.stranger, nil, m.pack(bubbler, "execute", m.mm.PackWithdraw()),
		fmt.Sprintf("TransferFailed(%s, %s)", bubbler.addr.Hex(), marketPrice))
	eqBig(t, "bubbler credit", m.mcredit(bubbler.addr), marketPrice)
	m.checkBalance(new(big.Int))
}

// TestModelMarketGas measures what a contribution lookup adds to publish
// (the same one-holder publish of a task of 1 round and of 21 rounds), and
// publish and deliver with MAX_HOLDERS holders.
func TestModelMarketGas(t *testing.T) {
	m := newMarket(t)
	holder := m.holders[0]
	gas := map[uint32]uint64{}
	for _, rounds := range []uint32{1, 21} {
		id := h(fmt.Sprint("task of ", rounds, " rounds"))
		m.createTask(id, rounds, mul(payment, int64(rounds)))
		for r := uint32(1); r <= rounds; r++ {
			m.send(m.escC, m.coordinator, nil, m.esc.PackRecordRound(id, r, h(fmt.Sprint("r", r)), addrs(holder)))
		}
		m.send(m.escC, m.requester, nil, m.esc.PackSettle(id))
		rc := m.send(m.mmC, m.requester, nil, m.mm.PackPublish(id, rounds, h(fmt.Sprint("r", rounds)), marketPrice, marketTimeout, false))
		if w := m.model(oneEvent(t, rc, m.mm.UnpackModelPublishedEvent).ModelId.Uint64()).Weights; fmt.Sprint(w) != fmt.Sprintf("[%d]", rounds) {
			t.Fatalf("weights %v, want [%d]", w, rounds)
		}
		gas[rounds] = rc.GasUsed
		t.Logf("gas publish (1 holder x %d rounds): %d", rounds, rc.GasUsed)
	}
	t.Logf("gas per contribution lookup: %d", (gas[21]-gas[1])/20)

	// The most holders there may be, MAX_HOLDERS, in a one-round task; the
	// delivery credits 32 accounts that had no credit yet, the dearest case.
	id := h("task of 32 nodes")
	nodes := m.activeNodes(32)
	m.createTask(id, 1, mul(payment, 32))
	m.send(m.escC, m.coordinator, nil, m.esc.PackRecordRound(id, 1, h("r32"), nodes))
	m.send(m.escC, m.requester, nil, m.esc.PackSettle(id))
	rc := m.send(m.mmC, m.requester, nil, m.mm.PackPublish(id, 1, h("r32"), marketPrice, marketTimeout, false))
	model := oneEvent(t, rc, m.mm.UnpackModelPublishedEvent).ModelId.Uint64()
	t.Logf("gas publish (32 holders x 1 round): %d", rc.GasUsed)
	req, _ := m.request(model, h("input"))
	rc = m.send(m.mmC, m.coordinator, nil, m.mm.PackDeliver(u256(req), h("answer")))
	if n := len(events(rc, m.mm.UnpackRevenueCreditedEvent)); n != 32 {
		t.Fatalf("%d RevenueCredited events, want 32", n)
	}
	t.Logf("gas deliver (32 holders, first credit): %d", rc.GasUsed)
}

// TestModelMarketPublisherCannotChooseHolders: the publisher names no
// holder (it once named holders[2], credited once, which then got the whole
// price): the revenue goes to every node the escrow credited, by its
// credited rounds, 3:2:1.
func TestModelMarketPublisherCannotChooseHolders(t *testing.T) {
	m := newMarket(t)
	rc := m.send(m.mmC, m.requester, nil, m.mm.PackPublish(m.task, 3, m.results[2], marketPrice, marketTimeout, false))
	model := oneEvent(t, rc, m.mm.UnpackModelPublishedEvent).ModelId.Uint64()
	id, _ := m.request(model, h("input"))
	m.send(m.mmC, m.coordinator, nil, m.mm.PackDeliver(u256(id), h("answer")))
	for i, want := range []string{"5000000000000003", "3333333333333335", "1666666666666667"} {
		if got := m.mcredit(m.holders[i].addr); got.String() != want {
			t.Errorf("credit of %s (credited %d rounds) = %s, want %s", m.holders[i].name, 3-i, got, want)
		}
	}
}

// TestModelMarketHoldersAreTheEscrowsParticipants: the escrow lists every
// node credited for a task once, in order of first credit, a node that
// joins in a later round included, and the model's holders and weights are
// that list and its credited rounds.
func TestModelMarketHoldersAreTheEscrowsParticipants(t *testing.T) {
	m := newMarket(t)
	hs := m.hospitals
	id := h("late joiners")
	m.createTask(id, 4, mul(payment, 8))
	for r, nodes := range [][]*account{{hs[2]}, {hs[0], hs[2]}, {hs[0], hs[1]}} { // round 4 is never recorded
		m.send(m.escC, m.coordinator, nil, m.esc.PackRecordRound(id, uint32(r+1), h(fmt.Sprint("late r", r+1)), addrs(nodes...)))
	}
	want := addrs(hs[2], hs[0], hs[1])
	if got := call(m.env, m.escC, m.esc.PackParticipants(id), m.esc.UnpackParticipants); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("participants = %v, want %v", got, want)
	}
	if got := call(m.env, m.escC, m.esc.PackParticipants(h("no such task")), m.esc.UnpackParticipants); len(got) != 0 {
		t.Fatalf("participants of an unknown task = %v", got)
	}
	// The coordinator settles a task that stopped before its last round
	// (the requester may settle only once every round is recorded).
	m.send(m.escC, m.coordinator, nil, m.esc.PackSettle(id))
	rc := m.send(m.mmC, m.requester, nil, m.mm.PackPublish(id, 3, h("late r3"), marketPrice, marketTimeout, false))
	t.Logf("gas publish (3 holders x 4 rounds, 3 recorded): %d", rc.GasUsed)
	md := m.model(oneEvent(t, rc, m.mm.UnpackModelPublishedEvent).ModelId.Uint64())
	if fmt.Sprint(md.Holders) != fmt.Sprint(want) || fmt.Sprint(md.Weights) != "[2 2 1]" || md.TotalWeight.Int64() != 5 {
		t.Fatalf("model holders %v weights %v total %s, want %v [2 2 1] 5", md.Holders, md.Weights, md.TotalWeight, want)
	}
}
