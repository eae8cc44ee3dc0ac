package dataset

import (
	"encoding/binary"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
)

// missingCell is the field element a missing cell commits to: 2^63, which
// no fixed-point value reaches (|Q| ≤ 10^15 < 2^50).
var missingCell = new(big.Int).Lsh(big.NewInt(1), 63)

// CommitmentRoot returns the root of a Merkle tree over t's rows, hashed
// with MiMC over the BN254 scalar field so that a proof circuit can open it
// cheaply. Leaf i is MiMC(i, c_1, …, c_k) of the row's cells as field
// elements: a cell's fixed-point integer Q (negative values as r − |Q|), or
// 2^63 for a missing cell. Inner nodes are MiMC(left, right); the leaves
// are padded with zeros to a power of two. The root is the big-endian
// encoding of a field element. A table with no rows has the zero root.
func (t *Table) CommitmentRoot() [32]byte {
	if len(t.Rows) == 0 {
		return [32]byte{}
	}
	width := 1
	for width < len(t.Rows) {
		width *= 2
	}
	level := make([][32]byte, width)
	h := mimc.NewMiMC()
	var e fr.Element
	var idx [32]byte
	for i, row := range t.Rows {
		h.Reset()
		binary.BigEndian.PutUint64(idx[24:], uint64(i))
		h.Write(idx[:])
		for _, c := range row {
			if c.Missing {
				e.SetBigInt(missingCell)
			} else {
				e.SetInt64(c.Q)
			}
			b := e.Bytes()
			h.Write(b[:])
		}
		copy(level[i][:], h.Sum(nil))
	}
	for len(level) > 1 {
		next := level[:len(level)/2]
		for i := range next {
			h.Reset()
			h.Write(level[2*i][:])
			h.Write(level[2*i+1][:])
			copy(next[i][:], h.Sum(nil))
		}
		level = next
	}
	return level[0]
}
