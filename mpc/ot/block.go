package ot

import "encoding/binary"

// Block is a 128-bit string: bit i (0..63) is bit i of Lo, bit 64+i is bit i
// of Hi. As an element of GF(2^128), bit i is the coefficient of x^i.
type Block struct{ Lo, Hi uint64 }

// Xor returns a ⊕ b.
func (a Block) Xor(b Block) Block { return Block{a.Lo ^ b.Lo, a.Hi ^ b.Hi} }

// Bit returns bit i of a, 0 or 1, for 0 ≤ i < 128.
func (a Block) Bit(i int) uint64 {
	w := a.Lo
	if i >= 64 {
		w = a.Hi
	}
	return (w >> (uint(i) & 63)) & 1
}

// and returns a with every bit cleared where mask is zero; mask is all
// zeros or all ones.
func (a Block) and(mask uint64) Block { return Block{a.Lo & mask, a.Hi & mask} }

// blockBytes is the length of an encoded Block.
const blockBytes = 16

// putBlock writes a to b[0:16], Lo first, little-endian.
func putBlock(b []byte, a Block) {
	binary.LittleEndian.PutUint64(b[0:8], a.Lo)
	binary.LittleEndian.PutUint64(b[8:16], a.Hi)
}

// getBlock reads a Block written by putBlock from b[0:16].
func getBlock(b []byte) Block {
	return Block{binary.LittleEndian.Uint64(b[0:8]), binary.LittleEndian.Uint64(b[8:16])}
}

// blockFromBytes returns the first 16 bytes of b as a Block.
func blockFromBytes(b []byte) Block { return getBlock(b[:blockBytes]) }
