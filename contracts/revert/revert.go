// Package revert turns the revert data of a failed contract call, gas estimate
// or transaction into a readable Solidity error such as
// "InsufficientEscrow(400, 300)", decoded against the contract's ABI.
//
// A node or the coordinator sends a transaction through a binding: when gas
// estimation fails the error from go-ethereum carries the revert data, and
// [Decode] wraps it in an [*Error] that names the contract's custom error.
// A transaction that was mined and failed (receipt status 0) carries no
// revert data: [Replay] re-runs it as a call to recover it.
package revert

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

const (
	// NameError is the Name of an [Error] decoded from require(cond, "reason")
	// or revert("reason"): Solidity's built-in Error(string).
	NameError = "Error"
	// NamePanic is the Name of an [Error] decoded from a Solidity panic
	// (assert, arithmetic overflow, out-of-bounds index): Panic(uint256).
	NamePanic = "Panic"
)

var (
	stdError = abi.NewError(NameError, abi.Arguments{{Name: "reason", Type: mustType("string")}})
	stdPanic = abi.NewError(NamePanic, abi.Arguments{{Name: "code", Type: mustType("uint256")}})
)

func mustType(t string) abi.Type {
	typ, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return typ
}

// Error is a decoded Solidity revert. Its message is "revert: " followed by
// [Error.String]; Unwrap returns the error it was decoded from (nil when it
// came straight from [Unpack]).
type Error struct {
	// Name is the custom error's name, or NameError / NamePanic.
	Name string
	// Args are the decoded arguments in ABI order: *big.Int for integer
	// types wider than 64 bits, common.Address, [32]byte, string, bool, ...
	Args []any
	// Data is the raw revert data: 4-byte selector, then the ABI-encoded arguments.
	Data []byte

	abiErr abi.Error
	cause  error
}

// String formats the error as a Solidity call: "Name(arg1, arg2)". Integers
// print in decimal, addresses checksummed, bytesN and bytes as 0x hex,
// strings quoted.
func (e *Error) String() string {
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = formatArg(a)
	}
	return e.Name + "(" + strings.Join(parts, ", ") + ")"
}

// Error implements error: "revert: Name(args)".
func (e *Error) Error() string { return "revert: " + e.String() }

// Unwrap returns the error the revert was decoded from, if any.
func (e *Error) Unwrap() error { return e.cause }

// Arg returns the argument called name in the ABI, and whether there is one.
func (e *Error) Arg(name string) (any, bool) {
	for i, in := range e.abiErr.Inputs {
		if in.Name == name && i < len(e.Args) {
			return e.Args[i], true
		}
	}
	return nil, false
}

// Data extracts the revert data carried by err, as returned by go-ethereum's
// clients for eth_call and eth_estimateGas (and so by the bindings' calls and
// transacts, which estimate gas first). It returns ErrNoData if err carries none.
func Data(err error) ([]byte, error) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, ErrNoData
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, decErr := hexutil.Decode(d)
		if decErr != nil || len(b) == 0 {
			return nil, ErrNoData
		}
		return b, nil
	case []byte:
		if len(d) == 0 {
			return nil, ErrNoData
		}
		return d, nil
	default:
		return nil, ErrNoData
	}
}

// Unpack decodes revert data against contract's errors, Error(string) and
// Panic(uint256). It wraps ErrUnknownSelector if the selector matches none of
// them, and returns a plain error if the arguments do not decode. contract
// may be nil, in which case only Error and Panic are recognised.
func Unpack(contract *abi.ABI, data []byte) (*Error, error) {
	if len(data) < 4 {
		return nil, fmt.Errorf("revert: unpack %d bytes: %w", len(data), ErrUnknownSelector)
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	var ae abi.Error
	switch {
	case sel == [4]byte(stdError.ID[:4]):
		ae = stdError
	case sel == [4]byte(stdPanic.ID[:4]):
		ae = stdPanic
	case contract != nil:
		found, err := contract.ErrorByID(sel)
		if err != nil {
			return nil, fmt.Errorf("revert: selector %#x: %w", sel, ErrUnknownSelector)
		}
		ae = *found
	default:
		return nil, fmt.Errorf("revert: selector %#x: %w", sel, ErrUnknownSelector)
	}
	args, err := ae.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("revert: unpack %s: %w", ae.Name, err)
	}
	return &Error{Name: ae.Name, Args: args, Data: data, abiErr: ae}, nil
}

// Decode returns an [*Error] wrapping err when err carries revert data that
// decodes against contract (see [Unpack]); otherwise it returns err unchanged,
// so it is safe on any error: err = revert.Decode(abi, err). nil stays nil.
func Decode(contract *abi.ABI, err error) error {
	if err == nil {
		return nil
	}
	data, dErr := Data(err)
	if dErr != nil {
		return err
	}
	rerr, uErr := Unpack(contract, data)
	if uErr != nil {
		return err
	}
	rerr.cause = err
	return rerr
}

// Name returns the name of the Solidity error that err carries ("" if it
// carries none), looking first for an [*Error] in err's chain and otherwise
// decoding err's revert data against contract.
func Name(contract *abi.ABI, err error) string {
	var rerr *Error
	if errors.As(Decode(contract, err), &rerr) {
		return rerr.Name
	}
	return ""
}

// Is reports whether err is the revert of the Solidity error called name (for
// example "RoundAlreadyRecorded"), decoded against contract. It is false for a
// nil err or an empty name.
func Is(contract *abi.ABI, err error, name string) bool {
	return err != nil && name != "" && Name(contract, err) == name
}

// Replay re-runs a mined transaction that failed as an eth_call from from at
// block and decodes the revert against contract. Pass the failed receipt's
// block number minus one to replay on the state the transaction saw at the
// start of its block (transactions before it in the same block are then not
// applied); nil means the latest block. It returns ErrNotReverted if the call
// succeeds, ErrNoData if it fails without revert data, the [*Error]
// otherwise, or the call's own error.
func Replay(ctx context.Context, caller ethereum.ContractCaller, contract *abi.ABI, from common.Address, tx *types.Transaction, block *big.Int) error {
	msg := ethereum.CallMsg{
		From:       from,
		To:         tx.To(),
		Gas:        tx.Gas(),
		Value:      tx.Value(),
		Data:       tx.Data(),
		AccessList: tx.AccessList(),
	}
	_, err := caller.CallContract(ctx, msg, block)
	if err == nil {
		return fmt.Errorf("revert: replay %s: %w", tx.Hash(), ErrNotReverted)
	}
	if _, dErr := Data(err); dErr != nil {
		return fmt.Errorf("revert: replay %s: %w (%v)", tx.Hash(), ErrNoData, err)
	}
	return Decode(contract, err)
}

func formatArg(a any) string {
	switch v := a.(type) {
	case *big.Int:
		return v.String()
	case common.Address:
		return v.Hex()
	case [32]byte:
		return hexutil.Encode(v[:])
	case []byte:
		return hexutil.Encode(v)
	case string:
		return fmt.Sprintf("%q", v)
	case []common.Address:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = x.Hex()
		}
		return "[" + strings.Join(parts, ", ") + "]"
	default:
		return fmt.Sprint(v)
	}
}
