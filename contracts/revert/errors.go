package revert

import "errors"

// ErrNoData is returned by [Data] and [Replay] when an error carries no revert
// data: it was not a revert (a network error, a bad nonce), or the node does
// not return revert data. Check it with errors.Is.
var ErrNoData = errors.New("revert: no revert data")

// ErrUnknownSelector is wrapped by [Unpack] when the first four bytes of the
// revert data match no error of the ABI, nor Error(string) or Panic(uint256).
// Check it with errors.Is.
var ErrUnknownSelector = errors.New("revert: unknown error selector")

// ErrNotReverted is returned by [Replay] when the replayed call succeeds, so
// the transaction's failure cannot be explained by a revert (it may have run
// out of gas, or the state has changed since). Check it with errors.Is.
var ErrNotReverted = errors.New("revert: replayed call did not revert")
