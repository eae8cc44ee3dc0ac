package contracts_test

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/twopm/twopm/contracts/revert"
)

// attacker is build/Reentrant (src/test/Reentrant.sol), which has no binding:
// it forwards calls to its target and re-enters it once when paid.
type attacker struct {
	*deployed
}

func (e *env) deployAttacker(target common.Address) *attacker {
	e.t.Helper()
	abiJSON, err := os.ReadFile(filepath.Join("build", "Reentrant.abi"))
	if err != nil {
		e.t.Fatal(err)
	}
	bin, err := os.ReadFile(filepath.Join("build", "Reentrant.bin"))
	if err != nil {
		e.t.Fatal(err)
	}
	parsed, err := abi.JSON(strings.NewReader(string(abiJSON)))
	if err != nil {
		e.t.Fatalf("parse Reentrant ABI: %v", err)
	}
	input, err := parsed.Pack("", target)
	if err != nil {
		e.t.Fatal(err)
	}
	return &attacker{e.deployRaw("Reentrant", &parsed, common.FromHex(string(bin)), input)}
}

func (e *env) pack(a *attacker, method string, args ...any) []byte {
	e.t.Helper()
	data, err := a.abi.Pack(method, args...)
	if err != nil {
		e.t.Fatalf("pack %s: %v", method, err)
	}
	return data
}

// lastRevert is the revert data of the attacker's failed re-entry.
func (e *env) lastRevert(a *attacker) (attempts int64, data []byte) {
	e.t.Helper()
	var out []any
	if err := a.bound.Call(&bind.CallOpts{Context: e.ctx}, &out, "attempts"); err != nil {
		e.t.Fatal(err)
	}
	attempts = out[0].(*big.Int).Int64()
	out = nil
	if err := a.bound.Call(&bind.CallOpts{Context: e.ctx}, &out, "lastRevert"); err != nil {
		e.t.Fatal(err)
	}
	return attempts, out[0].([]byte)
}

func TestReentrancyEscrowWithdraw(t *testing.T) {
	e := newEnv(t)
	thief, bubbler := e.deployAttacker(e.escC.addr), e.deployAttacker(e.escC.addr)
	e.register(e.hospitals[0])
	for i, a := range []*attacker{thief, bubbler} { // the escrow pays active nodes only
		name := fmt.Sprintf("attacker %d", i)
		e.send(a.deployed, e.outsider, minStake, e.pack(a, "executeOn", e.regC.addr, e.reg.PackRegister(name, h(name), "a:1")))
	}
	id := h("task reentrancy")
	e.createTask(id, 1, mul(payment, 10))
	parts := ascendingAddrs(thief.addr, bubbler.addr, e.hospitals[0].addr)
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordRound(id, 1, h("r1"), parts))
	e.cancelTask(id) // the requester's refund sits in the contract too
	held := e.balance(e.escC.addr)
	eqBig(t, "escrow balance", held, mul(payment, 10))

	// The thief re-enters withdraw from its receive hook and swallows the failure.
	e.send(thief.deployed, e.outsider, nil, e.pack(thief, "arm", e.esc.PackWithdraw(), false))
	rc := e.send(thief.deployed, e.outsider, nil, e.pack(thief, "execute", e.esc.PackWithdraw()))
	if n := len(events(rc, e.esc.UnpackWithdrawnEvent)); n != 1 {
		t.Fatalf("%d Withdrawn events, want 1", n)
	}
	attempts, data := e.lastRevert(thief)
	if attempts != 1 {
		t.Fatalf("re-entry attempts = %d, want 1", attempts)
	}
	rerr, err := revert.Unpack(e.escC.abi, data)
	if err != nil || rerr.String() != "ReentrancyGuardReentrantCall()" {
		t.Fatalf("re-entry reverted with %v (%v), want ReentrancyGuardReentrantCall()", rerr, err)
	}
	eqBig(t, "thief balance", e.balance(thief.addr), payment)
	eqBig(t, "escrow balance", e.balance(e.escC.addr), sub(held, payment))
	eqBig(t, "thief credit", e.credit(thief.addr), new(big.Int))

	// The bubbler lets the failed re-entry revert its receive: the whole
	// withdraw reverts and its credit stays.
	e.send(bubbler.deployed, e.outsider, nil, e.pack(bubbler, "arm", e.esc.PackWithdraw(), true))
	e.expectRevert(bubbler.as(e.escC), e.outsider, nil, e.pack(bubbler, "execute", e.esc.PackWithdraw()),
		fmt.Sprintf("TransferFailed(%s, %s)", bubbler.addr.Hex(), payment))
	eqBig(t, "bubbler credit", e.credit(bubbler.addr), payment)
	eqBig(t, "escrow balance", e.balance(e.escC.addr), sub(held, payment))
}

// as returns the attacker with the ABI of target, so that the revert it
// bubbles up from target decodes.
func (a *attacker) as(target *deployed) *deployed {
	d := *a.deployed
	d.abi = target.abi
	return &d
}

func ascendingAddrs(as ...common.Address) []common.Address {
	out := slices.Clone(as)
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return out
}

func TestReentrancyWithdrawStake(t *testing.T) {
	e := newEnv(t)
	node := e.deployAttacker(e.regC.addr)
	e.send(node.deployed, e.outsider, minStake, e.pack(node, "execute", e.reg.PackRegister("Thief", h("thief"), "thief:1")))
	e.register(e.hospitals[0]) // another stake to steal
	e.send(node.deployed, e.outsider, nil, e.pack(node, "execute", e.reg.PackRequestDeregister()))
	e.advance(time.Duration(deregisterDelay) * time.Second)

	e.send(node.deployed, e.outsider, nil, e.pack(node, "arm", e.reg.PackWithdrawStake(), true))
	e.expectRevert(node.as(e.regC), e.outsider, nil, e.pack(node, "execute", e.reg.PackWithdrawStake()),
		fmt.Sprintf("TransferFailed(%s, %s)", node.addr.Hex(), minStake))

	e.send(node.deployed, e.outsider, nil, e.pack(node, "arm", e.reg.PackWithdrawStake(), false))
	e.send(node.deployed, e.outsider, nil, e.pack(node, "execute", e.reg.PackWithdrawStake()))
	_, data := e.lastRevert(node)
	rerr, err := revert.Unpack(e.regC.abi, data)
	if err != nil || rerr.String() != "ReentrancyGuardReentrantCall()" {
		t.Fatalf("re-entry reverted with %v (%v), want ReentrancyGuardReentrantCall()", rerr, err)
	}
	eqBig(t, "attacker balance", e.balance(node.addr), minStake)
	eqBig(t, "registry balance", e.balance(e.regC.addr), minStake)
}
