package revert_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/twopm/twopm/contracts/revert"
)

const testABI = `[
 {"type":"error","name":"InsufficientEscrow","inputs":[{"name":"need","type":"uint256"},{"name":"have","type":"uint256"}]},
 {"type":"error","name":"NotCoordinator","inputs":[{"name":"caller","type":"address"}]},
 {"type":"error","name":"UnknownTask","inputs":[{"name":"taskId","type":"bytes32"}]},
 {"type":"error","name":"RoundAlreadyRecorded","inputs":[{"name":"round","type":"uint32"}]},
 {"type":"error","name":"NothingToWithdraw","inputs":[]}
]`

func parse(t *testing.T) *abi.ABI {
	t.Helper()
	a, err := abi.JSON(strings.NewReader(testABI))
	if err != nil {
		t.Fatal(err)
	}
	return &a
}

func pack(t *testing.T, a *abi.ABI, name string, args ...any) []byte {
	t.Helper()
	e := a.Errors[name]
	enc, err := e.Inputs.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return append(append([]byte{}, e.ID[:4]...), enc...)
}

func packStd(t *testing.T, sig, typ string, arg any) []byte {
	t.Helper()
	ty, err := abi.NewType(typ, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := abi.Arguments{{Type: ty}}.Pack(arg)
	if err != nil {
		t.Fatal(err)
	}
	id := abi.NewError(sig, abi.Arguments{{Type: ty}}).ID
	return append(append([]byte{}, id[:4]...), enc...)
}

// rpcError mimics the error go-ethereum's RPC client returns for a revert:
// code 3, the revert data as a hex string.
type rpcError struct{ data any }

func (e rpcError) Error() string  { return "execution reverted" }
func (e rpcError) ErrorCode() int { return 3 }
func (e rpcError) ErrorData() any { return e.data }

func TestUnpack(t *testing.T) {
	a := parse(t)
	coord := common.HexToAddress("0x00000000000000000000000000000000000000c0")
	task := [32]byte{0xab}
	tests := []struct {
		name     string
		contract *abi.ABI
		data     []byte
		want     string
		wantErr  error
	}{
		{"two uints", a, pack(t, a, "InsufficientEscrow", big.NewInt(400), big.NewInt(300)), "InsufficientEscrow(400, 300)", nil},
		{"address", a, pack(t, a, "NotCoordinator", coord), "NotCoordinator(" + coord.Hex() + ")", nil},
		{"bytes32", a, pack(t, a, "UnknownTask", task), "UnknownTask(" + hexutil.Encode(task[:]) + ")", nil},
		{"uint32", a, pack(t, a, "RoundAlreadyRecorded", uint32(2)), "RoundAlreadyRecorded(2)", nil},
		{"no args", a, pack(t, a, "NothingToWithdraw"), "NothingToWithdraw()", nil},
		{"require string", a, packStd(t, "Error", "string", "too late"), `Error("too late")`, nil},
		{"panic", nil, packStd(t, "Panic", "uint256", big.NewInt(0x11)), "Panic(17)", nil},
		{"unknown selector", a, []byte{1, 2, 3, 4}, "", revert.ErrUnknownSelector},
		{"custom error without ABI", nil, pack(t, a, "NothingToWithdraw"), "", revert.ErrUnknownSelector},
		{"too short", a, []byte{1, 2}, "", revert.ErrUnknownSelector},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := revert.Unpack(tc.contract, tc.data)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != tc.want {
				t.Fatalf("String() = %s, want %s", got, tc.want)
			}
			if got.Error() != "revert: "+tc.want {
				t.Fatalf("Error() = %s", got.Error())
			}
		})
	}
	// Bad argument encoding is an error, not ErrUnknownSelector.
	bad := pack(t, a, "InsufficientEscrow", big.NewInt(1), big.NewInt(2))[:20]
	if _, err := revert.Unpack(a, bad); err == nil || errors.Is(err, revert.ErrUnknownSelector) {
		t.Fatalf("truncated arguments: err = %v", err)
	}
}

func TestDecode(t *testing.T) {
	a := parse(t)
	data := pack(t, a, "InsufficientEscrow", big.NewInt(400), big.NewInt(300))
	cause := fmt.Errorf("estimate gas: %w", rpcError{hexutil.Encode(data)})

	err := revert.Decode(a, cause)
	var rerr *revert.Error
	if !errors.As(err, &rerr) {
		t.Fatalf("Decode returned %T %v", err, err)
	}
	if rerr.Name != "InsufficientEscrow" || len(rerr.Args) != 2 || rerr.Args[0].(*big.Int).Int64() != 400 {
		t.Fatalf("decoded %+v", rerr)
	}
	if have, ok := rerr.Arg("have"); !ok || have.(*big.Int).Int64() != 300 {
		t.Fatalf(`Arg("have") = %v, %v`, have, ok)
	}
	if _, ok := rerr.Arg("nope"); ok {
		t.Fatal(`Arg("nope") found`)
	}
	if !errors.Is(err, cause) {
		t.Fatal("decoded error does not unwrap to its cause")
	}
	if !revert.Is(a, cause, "InsufficientEscrow") || revert.Is(a, cause, "NotCoordinator") || revert.Name(a, cause) != "InsufficientEscrow" {
		t.Fatal("Is/Name disagree with Decode")
	}
	if revert.Name(a, err) != "InsufficientEscrow" {
		t.Fatal("Name on an already decoded error")
	}

	for _, other := range []error{
		errors.New("connection refused"),
		rpcError{nil},
		rpcError{"0x"},
		rpcError{"not hex"},
		rpcError{hexutil.Encode([]byte{9, 9, 9, 9})}, // unknown selector: left as is
	} {
		if got := revert.Decode(a, other); got != other {
			t.Fatalf("Decode(%v) = %v, want it unchanged", other, got)
		}
		if revert.Name(a, other) != "" || revert.Is(a, other, "") {
			t.Fatalf("Name(%v) is not empty", other)
		}
	}
	if revert.Decode(a, nil) != nil {
		t.Fatal("Decode(nil) != nil")
	}
	if _, err := revert.Data(errors.New("x")); !errors.Is(err, revert.ErrNoData) {
		t.Fatalf("Data: err = %v, want ErrNoData", err)
	}
	if got, err := revert.Data(rpcError{data}); err != nil || string(got) != string(data) {
		t.Fatalf("Data([]byte) = %x, %v", got, err)
	}
}

// caller answers CallContract with a fixed error.
type caller struct {
	err error
	got ethereum.CallMsg
	at  *big.Int
}

func (c *caller) CallContract(_ context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	c.got, c.at = msg, block
	return nil, c.err
}

func TestReplay(t *testing.T) {
	a := parse(t)
	to := common.HexToAddress("0x00000000000000000000000000000000000000e5")
	from := common.HexToAddress("0x00000000000000000000000000000000000000f0")
	tx := types.NewTx(&types.DynamicFeeTx{To: &to, Gas: 90_000, Value: big.NewInt(5), Data: []byte{0xde, 0xad}})
	data := pack(t, a, "RoundAlreadyRecorded", uint32(3))

	c := &caller{err: rpcError{hexutil.Encode(data)}}
	err := revert.Replay(context.Background(), c, a, from, tx, big.NewInt(41))
	if !revert.Is(a, err, "RoundAlreadyRecorded") || err.Error() != "revert: RoundAlreadyRecorded(3)" {
		t.Fatalf("Replay = %v", err)
	}
	if c.got.From != from || *c.got.To != to || c.got.Gas != 90_000 || c.got.Value.Int64() != 5 || string(c.got.Data) != "\xde\xad" || c.at.Int64() != 41 {
		t.Fatalf("replayed %+v at %v", c.got, c.at)
	}
	if err := revert.Replay(context.Background(), &caller{}, a, from, tx, nil); !errors.Is(err, revert.ErrNotReverted) {
		t.Fatalf("successful replay: err = %v, want ErrNotReverted", err)
	}
	if err := revert.Replay(context.Background(), &caller{err: errors.New("out of gas")}, a, from, tx, nil); !errors.Is(err, revert.ErrNoData) {
		t.Fatalf("replay without data: err = %v, want ErrNoData", err)
	}
}

// Example shows the usual use: decode whatever a binding's transact returned.
func Example() {
	contract, _ := abi.JSON(strings.NewReader(testABI))
	e := contract.Errors["RoundAlreadyRecorded"]
	args, _ := e.Inputs.Pack(uint32(2))
	sent := rpcError{hexutil.Encode(append(e.ID[:4], args...))} // what EstimateGas returns

	err := revert.Decode(&contract, fmt.Errorf("record round: %w", sent))
	fmt.Println(err)
	fmt.Println(revert.Is(&contract, err, "RoundAlreadyRecorded"))
	// Output:
	// revert: RoundAlreadyRecorded(2)
	// true
}
