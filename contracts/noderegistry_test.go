package contracts_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/twopm/twopm/contracts/bindings/noderegistry"
)

// Node status values of NodeRegistry.Status.
const (
	nodeNone uint8 = iota
	nodeActive
	nodeExiting
)

func TestNodeRegistryConstructor(t *testing.T) {
	e := newEnv(t)
	md := &noderegistry.NodeRegistryMetaData
	parsed, err := md.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	maxDelay := call(e, e.regC, e.reg.PackMAXDEREGISTERDELAY(), e.reg.UnpackMAXDEREGISTERDELAY)
	for _, tc := range []struct {
		name  string
		stake *big.Int
		delay uint64
		want  string
	}{
		{"zero stake", new(big.Int), 1, "ZeroMinStake()"},
		{"zero delay", minStake, 0, "InvalidDelay(0)"},
		{"delay too long", minStake, maxDelay + 1, fmt.Sprintf("InvalidDelay(%d)", maxDelay+1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := bind.DeployContract(e.opts(e.owner, nil), common.FromHex(md.Bin), e.client, e.reg.PackConstructor(tc.stake, tc.delay))
			if err == nil {
				t.Fatalf("deploy succeeded, want %s", tc.want)
			}
			assertRevert(t, parsed, err, tc.want)
		})
	}
	if got := call(e, e.regC, e.reg.PackMinStake(), e.reg.UnpackMinStake); got.Cmp(minStake) != 0 {
		t.Fatalf("minStake = %s, want %s", got, minStake)
	}
	if got := call(e, e.regC, e.reg.PackDeregisterDelay(), e.reg.UnpackDeregisterDelay); got != deregisterDelay {
		t.Fatalf("deregisterDelay = %d, want %d", got, deregisterDelay)
	}
	admin := call(e, e.regC, e.reg.PackDEFAULTADMINROLE(), e.reg.UnpackDEFAULTADMINROLE)
	if !call(e, e.regC, e.reg.PackHasRole(admin, e.owner.addr), e.reg.UnpackHasRole) {
		t.Fatal("deployer lacks DEFAULT_ADMIN_ROLE")
	}
}

func TestNodeRegistryRegister(t *testing.T) {
	e := newEnv(t)
	a := e.hospitals[0]
	fp := h("cert a")
	stake := add(minStake, eth(1))
	rc := e.send(e.regC, a, stake, e.reg.PackRegister("Hospital A", fp, "a.example.org:7400"))
	t.Logf("gas register: %d", rc.GasUsed)

	ev := oneEvent(t, rc, e.reg.UnpackNodeRegisteredEvent)
	if ev.Node != a.addr || ev.Name != "Hospital A" || ev.TlsFingerprint != fp || ev.Endpoint != "a.example.org:7400" || ev.Stake.Cmp(stake) != 0 {
		t.Fatalf("NodeRegistered = %+v", ev)
	}
	n := call(e, e.regC, e.reg.PackGetNode(a.addr), e.reg.UnpackGetNode)
	if n.Name != "Hospital A" || n.TlsFingerprint != fp || n.Endpoint != "a.example.org:7400" || n.Stake.Cmp(stake) != 0 ||
		n.Status != nodeActive || n.RegisteredAt != e.blockTime(rc) || n.ExitRequestedAt != 0 {
		t.Fatalf("getNode = %+v", n)
	}
	if !call(e, e.regC, e.reg.PackIsActive(a.addr), e.reg.UnpackIsActive) {
		t.Fatal("registered node is not active")
	}
	if call(e, e.regC, e.reg.PackIsActive(e.outsider.addr), e.reg.UnpackIsActive) {
		t.Fatal("unregistered address is active")
	}
	if n := call(e, e.regC, e.reg.PackGetNode(e.outsider.addr), e.reg.UnpackGetNode); n.Status != nodeNone || n.Stake.Sign() != 0 {
		t.Fatalf("getNode(unregistered) = %+v, want zero", n)
	}

	tests := []struct {
		name     string
		from     *account
		value    *big.Int
		nodeName string
		fp       [32]byte
		endpoint string
		want     string
	}{
		{"twice", a, minStake, "A", fp, "a:1", fmt.Sprintf("AlreadyRegistered(%s)", a.addr.Hex())},
		{"empty name", e.hospitals[1], minStake, "", fp, "b:1", "EmptyField()"},
		{"empty endpoint", e.hospitals[1], minStake, "B", fp, "", "EmptyField()"},
		{"zero fingerprint", e.hospitals[1], minStake, "B", [32]byte{}, "b:1", "ZeroFingerprint()"},
		{"stake too small", e.hospitals[1], sub(minStake, big.NewInt(1)), "B", fp, "b:1", fmt.Sprintf("InsufficientStake(%s, %s)", minStake, sub(minStake, big.NewInt(1)))},
		{"no stake", e.hospitals[1], nil, "B", fp, "b:1", fmt.Sprintf("InsufficientStake(%s, 0)", minStake)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e.with(t).expectRevert(e.regC, tc.from, tc.value, e.reg.PackRegister(tc.nodeName, tc.fp, tc.endpoint), tc.want)
		})
	}
}

func TestNodeRegistryList(t *testing.T) {
	e := newEnv(t)
	for _, a := range e.hospitals {
		e.register(a)
	}
	if got := call(e, e.regC, e.reg.PackNodeCount(), e.reg.UnpackNodeCount); got.Int64() != 4 {
		t.Fatalf("nodeCount = %d, want 4", got)
	}
	for _, tc := range []struct {
		offset, limit int64
		want          []common.Address
	}{
		{0, 10, addrs(e.hospitals...)},
		{0, 2, addrs(e.hospitals[0], e.hospitals[1])},
		{3, 2, addrs(e.hospitals[3])},
		{4, 2, nil},
		{1, 0, nil},
	} {
		got := call(e, e.regC, e.reg.PackListNodes(big.NewInt(tc.offset), big.NewInt(tc.limit)), e.reg.UnpackListNodes)
		if fmt.Sprint(got) != fmt.Sprint(addrsOrEmpty(tc.want)) {
			t.Fatalf("listNodes(%d, %d) = %v, want %v", tc.offset, tc.limit, got, tc.want)
		}
	}
}

func addrsOrEmpty(a []common.Address) []common.Address {
	if a == nil {
		return []common.Address{}
	}
	return a
}

func TestNodeRegistryUpdateAndStake(t *testing.T) {
	e := newEnv(t)
	a := e.hospitals[0]
	e.register(a)

	fp := h("rotated cert")
	rc := e.send(e.regC, a, nil, e.reg.PackUpdateNode(fp, "a2.example.org:7400"))
	if ev := oneEvent(t, rc, e.reg.UnpackNodeUpdatedEvent); ev.Node != a.addr || ev.TlsFingerprint != fp || ev.Endpoint != "a2.example.org:7400" {
		t.Fatalf("NodeUpdated = %+v", ev)
	}
	if n := call(e, e.regC, e.reg.PackGetNode(a.addr), e.reg.UnpackGetNode); n.TlsFingerprint != fp || n.Endpoint != "a2.example.org:7400" {
		t.Fatalf("getNode after update = %+v", n)
	}
	e.expectRevert(e.regC, a, nil, e.reg.PackUpdateNode(fp, ""), "EmptyField()")
	e.expectRevert(e.regC, a, nil, e.reg.PackUpdateNode([32]byte{}, "x:1"), "ZeroFingerprint()")
	e.expectRevert(e.regC, e.outsider, nil, e.reg.PackUpdateNode(fp, "x:1"), fmt.Sprintf("NotRegistered(%s)", e.outsider.addr.Hex()))

	rc = e.send(e.regC, a, eth(2), e.reg.PackAddStake())
	if ev := oneEvent(t, rc, e.reg.UnpackStakeAddedEvent); ev.Node != a.addr || ev.Amount.Cmp(eth(2)) != 0 || ev.Stake.Cmp(add(minStake, eth(2))) != 0 {
		t.Fatalf("StakeAdded = %+v", ev)
	}
	e.expectRevert(e.regC, a, nil, e.reg.PackAddStake(), "InsufficientStake(1, 0)")
	e.expectRevert(e.regC, e.outsider, eth(1), e.reg.PackAddStake(), fmt.Sprintf("NotRegistered(%s)", e.outsider.addr.Hex()))

	e.send(e.regC, a, nil, e.reg.PackRequestDeregister())
	notActive := fmt.Sprintf("NotActive(%s)", a.addr.Hex())
	e.expectRevert(e.regC, a, nil, e.reg.PackUpdateNode(fp, "x:1"), notActive)
	e.expectRevert(e.regC, a, eth(1), e.reg.PackAddStake(), notActive)
}

func TestNodeRegistryDeregisterAndWithdraw(t *testing.T) {
	e := newEnv(t)
	a := e.hospitals[0]
	e.register(a)

	e.expectRevert(e.regC, a, nil, e.reg.PackWithdrawStake(), fmt.Sprintf("DeregisterNotRequested(%s)", a.addr.Hex()))
	e.expectRevert(e.regC, e.outsider, nil, e.reg.PackWithdrawStake(), fmt.Sprintf("NotRegistered(%s)", e.outsider.addr.Hex()))
	e.expectRevert(e.regC, e.outsider, nil, e.reg.PackRequestDeregister(), fmt.Sprintf("NotRegistered(%s)", e.outsider.addr.Hex()))

	rc := e.send(e.regC, a, nil, e.reg.PackRequestDeregister())
	requestedAt := e.blockTime(rc)
	ev := oneEvent(t, rc, e.reg.UnpackDeregisterRequestedEvent)
	if ev.Node != a.addr || ev.WithdrawableAt != requestedAt+deregisterDelay {
		t.Fatalf("DeregisterRequested = %+v, want withdrawableAt %d", ev, requestedAt+deregisterDelay)
	}
	if call(e, e.regC, e.reg.PackIsActive(a.addr), e.reg.UnpackIsActive) {
		t.Fatal("exiting node is still active")
	}
	if n := call(e, e.regC, e.reg.PackGetNode(a.addr), e.reg.UnpackGetNode); n.Status != nodeExiting || n.ExitRequestedAt != requestedAt {
		t.Fatalf("getNode after requestDeregister = %+v", n)
	}
	e.expectRevert(e.regC, a, nil, e.reg.PackRequestDeregister(), fmt.Sprintf("NotActive(%s)", a.addr.Hex()))
	e.expectRevert(e.regC, a, minStake, e.reg.PackRegister("A", h("x"), "a:1"), fmt.Sprintf("AlreadyRegistered(%s)", a.addr.Hex()))
	e.expectRevert(e.regC, a, nil, e.reg.PackWithdrawStake(), fmt.Sprintf("WithdrawTooEarly(%d)", ev.WithdrawableAt))

	e.advance(time.Duration(deregisterDelay) * time.Second)
	before := e.balance(a.addr)
	rc = e.send(e.regC, a, nil, e.reg.PackWithdrawStake())
	t.Logf("gas withdrawStake: %d", rc.GasUsed)
	if ev := oneEvent(t, rc, e.reg.UnpackStakeWithdrawnEvent); ev.Node != a.addr || ev.Amount.Cmp(minStake) != 0 {
		t.Fatalf("StakeWithdrawn = %+v", ev)
	}
	eqBig(t, "balance after withdrawStake", e.balance(a.addr), sub(add(before, minStake), gasCost(rc)))
	eqBig(t, "registry balance", e.balance(e.regC.addr), new(big.Int))
	if n := call(e, e.regC, e.reg.PackGetNode(a.addr), e.reg.UnpackGetNode); n.Status != nodeNone || n.Stake.Sign() != 0 || n.Name != "" {
		t.Fatalf("getNode after withdraw = %+v, want cleared", n)
	}
	e.expectRevert(e.regC, a, nil, e.reg.PackWithdrawStake(), fmt.Sprintf("NotRegistered(%s)", a.addr.Hex()))

	// The address may come back; it is listed once.
	e.register(a)
	if got := call(e, e.regC, e.reg.PackNodeCount(), e.reg.UnpackNodeCount); got.Int64() != 1 {
		t.Fatalf("nodeCount after re-registering = %d, want 1", got)
	}
}

func TestNodeRegistrySlash(t *testing.T) {
	e := newEnv(t)
	a := e.hospitals[0]
	e.send(e.regC, a, eth(3), e.reg.PackRegister("A", h("a"), "a:1"))
	slasherRole := call(e, e.regC, e.reg.PackSLASHERROLE(), e.reg.UnpackSLASHERROLE)
	if slasherRole != h("SLASHER_ROLE") {
		t.Fatalf("SLASHER_ROLE = %x", slasherRole)
	}
	e.expectRevert(e.regC, e.slasher, nil, e.reg.PackSlash(a.addr, ether, e.slasher.addr),
		fmt.Sprintf("AccessControlUnauthorizedAccount(%s, %s)", e.slasher.addr.Hex(), hexutil.Encode(slasherRole[:])))
	// Only the admin grants the role.
	e.expectRevert(e.regC, e.outsider, nil, e.reg.PackGrantRole(slasherRole, e.slasher.addr),
		fmt.Sprintf("AccessControlUnauthorizedAccount(%s, 0x%064x)", e.outsider.addr.Hex(), 0))
	rc := e.send(e.regC, e.owner, nil, e.reg.PackGrantRole(slasherRole, e.slasher.addr))
	if ev := oneEvent(t, rc, e.reg.UnpackRoleGrantedEvent); ev.Role != slasherRole || ev.Account != e.slasher.addr || ev.Sender != e.owner.addr {
		t.Fatalf("RoleGranted = %+v", ev)
	}

	to := e.outsider.addr
	before := e.balance(to)
	rc = e.send(e.regC, e.slasher, nil, e.reg.PackSlash(a.addr, eth(2), to))
	ev := oneEvent(t, rc, e.reg.UnpackNodeSlashedEvent)
	if ev.Node != a.addr || ev.Slasher != e.slasher.addr || ev.To != to || ev.Amount.Cmp(eth(2)) != 0 || ev.RemainingStake.Cmp(eth(1)) != 0 {
		t.Fatalf("NodeSlashed = %+v", ev)
	}
	eqBig(t, "recipient balance", e.balance(to), add(before, eth(2)))
	eqBig(t, "registry balance", e.balance(e.regC.addr), eth(1))
	if !call(e, e.regC, e.reg.PackIsActive(a.addr), e.reg.UnpackIsActive) {
		t.Fatal("node with exactly minStake left is not active")
	}
	e.send(e.regC, e.slasher, nil, e.reg.PackSlash(a.addr, big.NewInt(1), to))
	if call(e, e.regC, e.reg.PackIsActive(a.addr), e.reg.UnpackIsActive) {
		t.Fatal("node slashed below minStake is still active")
	}
	e.send(e.regC, a, big.NewInt(1), e.reg.PackAddStake())
	if !call(e, e.regC, e.reg.PackIsActive(a.addr), e.reg.UnpackIsActive) {
		t.Fatal("node topped up to minStake is not active")
	}

	stake := minStake
	for _, tc := range []struct {
		name   string
		node   common.Address
		amount *big.Int
		to     common.Address
		want   string
	}{
		{"zero amount", a.addr, new(big.Int), to, fmt.Sprintf("InvalidSlashAmount(0, %s)", stake)},
		{"above stake", a.addr, add(stake, big.NewInt(1)), to, fmt.Sprintf("InvalidSlashAmount(%s, %s)", add(stake, big.NewInt(1)), stake)},
		{"zero recipient", a.addr, big.NewInt(1), common.Address{}, "ZeroAddress()"},
		{"unregistered", e.outsider.addr, big.NewInt(1), to, fmt.Sprintf("NotRegistered(%s)", e.outsider.addr.Hex())},
		{"recipient rejects ether", a.addr, big.NewInt(1), e.hubC.addr, fmt.Sprintf("TransferFailed(%s, 1)", e.hubC.addr.Hex())},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.with(t).expectRevert(e.regC, e.slasher, nil, e.reg.PackSlash(tc.node, tc.amount, tc.to), tc.want)
		})
	}

	// An exiting node stays slashable until it withdraws.
	e.send(e.regC, a, nil, e.reg.PackRequestDeregister())
	e.send(e.regC, e.slasher, nil, e.reg.PackSlash(a.addr, big.NewInt(1), to))
	if n := call(e, e.regC, e.reg.PackGetNode(a.addr), e.reg.UnpackGetNode); n.Stake.Cmp(sub(minStake, big.NewInt(1))) != 0 {
		t.Fatalf("stake after slashing an exiting node = %s", n.Stake)
	}
}
