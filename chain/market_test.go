package chain

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/twopm/twopm/devchain"
)

func TestMarketLifecycleIsIdempotent(t *testing.T) {
	ctx, c, d := deployed(t)
	if d.Market == (common.Address{}) {
		t.Fatal("Deploy left the model market out")
	}
	requester, coord, buyer := NewSigner(devchain.Key(1)), NewSigner(devchain.Key(2)), NewSigner(devchain.Key(6))
	e, m := NewEscrow(c, d.TaskEscrow), NewMarket(c, d.Market)
	nodes := []*Signer{NewSigner(devchain.Key(3)), NewSigner(devchain.Key(4)), NewSigner(devchain.Key(5))}
	hs := registerNodes(ctx, t, c, d, nodes...)

	// A two-round training task: hs[0] and hs[1] contribute twice, hs[2]
	// once. The market reads the holders and weights from the escrow.
	const task = "train-1"
	model := [32]byte{0xa1}
	if err := e.CreateTask(ctx, requester, task, [32]byte{1}, 2, big.NewInt(1e15), coord.Address(), "", big.NewInt(6e15)); err != nil {
		t.Fatal(err)
	}
	if err := e.RecordRound(ctx, coord, task, 1, [32]byte{0xa0}, hs); err != nil {
		t.Fatal(err)
	}
	if err := e.RecordRound(ctx, coord, task, 2, model, hs[:2]); err != nil {
		t.Fatal(err)
	}
	price, timeout := big.NewInt(1e15+1), time.Hour
	var sent uint64 // an account's nonce after the first of two calls

	if _, err := m.Publish(ctx, requester, task, 2, model, price, timeout, false); !strings.Contains(fmt.Sprint(err), "TaskNotSettled") {
		t.Fatalf("publish before settlement: %v", err)
	}
	if err := e.Settle(ctx, coord, task); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Publish(ctx, coord, task, 2, model, price, timeout, false); !errors.Is(err, ErrReverted) || !strings.Contains(err.Error(), "NotTaskRequester") {
		t.Fatalf("publish by the coordinator: %v", err)
	}
	if _, err := m.Publish(ctx, requester, task, 2, model, price, time.Millisecond, false); err == nil {
		t.Fatal("a timeout under a second was accepted")
	}
	for i := range 2 { // the second call is a retry and sends nothing
		id, err := m.Publish(ctx, requester, task, 2, model, price, timeout, false)
		if err != nil || id != 1 {
			t.Fatalf("publish: model %d, %v", id, err)
		}
		if i == 0 {
			sent = nonce(t, c, requester)
		}
	}
	if n := nonce(t, c, requester); n != sent {
		t.Fatalf("retried publish sent a transaction (nonce %d, want %d)", n, sent)
	}
	// Other terms for a published round are refused.
	if _, err := m.Publish(ctx, requester, task, 2, model, big.NewInt(5), timeout, false); !strings.Contains(fmt.Sprint(err), "AlreadyPublished(1)") {
		t.Fatalf("publish again at another price: %v", err)
	}
	if _, err := m.Model(ctx, 2); !errors.Is(err, ErrUnknownModel) {
		t.Fatalf("model 2: %v", err)
	}
	p, err := m.Model(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if p.ID != 1 || p.Task != TaskKey(task) || p.Round != 2 || p.Artifact != model || p.Publisher != requester.Address() ||
		p.Coordinator != coord.Address() || p.Price.Cmp(price) != 0 || p.Timeout != timeout || p.Private || p.Retired ||
		!slices.Equal(p.Holders, hs) || fmt.Sprint(p.Weights) != "[2 2 1]" || p.TotalWeight.Int64() != 5 {
		t.Fatalf("model 1 = %+v", p)
	}

	// A request must pay the price exactly.
	commitment := [32]byte{0xc0}
	if _, err := m.Request(ctx, buyer, 1, commitment, big.NewInt(1e15)); !strings.Contains(fmt.Sprint(err), "WrongPayment(1000000000000001, 1000000000000000)") {
		t.Fatalf("underpaid request: %v", err)
	}
	id, err := m.Request(ctx, buyer, 1, commitment, price)
	if err != nil || id != 1 {
		t.Fatalf("request: %d, %v", id, err)
	}
	r, err := m.GetRequest(ctx, id)
	if err != nil || r.ID != 1 || r.ModelID != 1 || r.Requester != buyer.Address() || r.Commitment != commitment ||
		r.Amount.Cmp(price) != 0 || r.Status != RequestPending || r.Deadline == 0 || r.Result != [32]byte{} {
		t.Fatalf("request 1 = %+v, %v", r, err)
	}
	for _, unknown := range []uint64{0, 99} {
		if r, err := m.GetRequest(ctx, unknown); err != nil || r.Status != RequestNone || r.Amount.Sign() != 0 {
			t.Fatalf("request %d = %+v, %v", unknown, r, err)
		}
	}

	// Delivery: only the coordinator, once; a retry is a no-op.
	result := [32]byte{0xd0}
	if err := m.Deliver(ctx, buyer, id, result); !strings.Contains(fmt.Sprint(err), "NotCoordinator") {
		t.Fatalf("deliver by the buyer: %v", err)
	}
	for i := range 2 {
		if err := m.Deliver(ctx, coord, id, result); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			sent = nonce(t, c, coord)
		}
	}
	if n := nonce(t, c, coord); n != sent {
		t.Fatalf("retried delivery sent a transaction (nonce %d, want %d)", n, sent)
	}
	if err := m.Deliver(ctx, coord, id, [32]byte{0xd1}); !errors.Is(err, ErrDelivered) {
		t.Fatalf("deliver with another result: %v", err)
	}
	if err := m.Refund(ctx, coord, id); !errors.Is(err, ErrDelivered) {
		t.Fatalf("refund a delivered request: %v", err)
	}
	if r, err := m.GetRequest(ctx, id); err != nil || r.Status != RequestDelivered || r.Result != result {
		t.Fatalf("delivered request = %+v, %v", r, err)
	}
	// price·2/5, price·2/5, price/5 rounded down, and the remainder.
	want := map[common.Address]int64{hs[0]: 400000000000000, hs[1]: 400000000000000, hs[2]: 200000000000000, buyer.Address(): 1}
	for a, w := range want {
		if got, err := m.Credit(ctx, a); err != nil || got.Int64() != w {
			t.Fatalf("credit of %s = %v, %v; want %d", a, got, err, w)
		}
	}

	// Refund: the coordinator at once, once; a retry is a no-op.
	id2, err := m.Request(ctx, buyer, 1, [32]byte{0xc1}, price)
	if err != nil || id2 != 2 {
		t.Fatalf("second request: %d, %v", id2, err)
	}
	if err := m.Refund(ctx, buyer, id2); !strings.Contains(fmt.Sprint(err), "TooEarly") {
		t.Fatalf("refund by the buyer before the deadline: %v", err)
	}
	for i := range 2 {
		if err := m.Refund(ctx, coord, id2); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			sent = nonce(t, c, coord)
		}
	}
	if n := nonce(t, c, coord); n != sent {
		t.Fatalf("retried refund sent a transaction (nonce %d, want %d)", n, sent)
	}
	if err := m.Deliver(ctx, coord, id2, result); !errors.Is(err, ErrRefunded) {
		t.Fatalf("deliver a refunded request: %v", err)
	}
	if r, err := m.GetRequest(ctx, id2); err != nil || r.Status != RequestRefunded {
		t.Fatalf("refunded request = %+v, %v", r, err)
	}

	// Retired, the model takes no request; retiring again is a no-op.
	for range 2 {
		if err := m.Retire(ctx, requester, 1); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := m.Request(ctx, buyer, 1, [32]byte{0xc2}, price); !strings.Contains(fmt.Sprint(err), "AlreadyRetired(1)") {
		t.Fatalf("request on a retired model: %v", err)
	}
	if live, err := m.ModelOf(ctx, task, 2); err != nil || live != 0 {
		t.Fatalf("live model after retire: %d, %v", live, err)
	}

	// Everyone withdraws once: the buyer gets the refund and the remainder.
	want[buyer.Address()] = price.Int64() + 1
	for _, s := range append([]*Signer{buyer}, nodes...) {
		got, err := m.Withdraw(ctx, s)
		if err != nil || got.Int64() != want[s.Address()] {
			t.Fatalf("%s withdrew %v, %v; want %d", s.Address(), got, err, want[s.Address()])
		}
		if again, err := m.Withdraw(ctx, s); err != nil || again.Sign() != 0 {
			t.Fatalf("second withdrawal %v, %v", again, err)
		}
	}
	if b, err := c.Balance(ctx, d.Market); err != nil || b.Sign() != 0 {
		t.Fatalf("market balance after withdrawals: %v, %v", b, err)
	}
}

// nonce is the number of transactions s has sent.
func nonce(t *testing.T, c *Client, s *Signer) uint64 {
	t.Helper()
	n, err := c.Eth().PendingNonceAt(t.Context(), s.Address())
	if err != nil {
		t.Fatal(err)
	}
	return n
}
