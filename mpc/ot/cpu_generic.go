//go:build !amd64 || purego

package ot

const hasAESNI = false

// aesEncBlocks is never called without AES-NI.
func aesEncBlocks(rk *[aesRoundKeyBytes]byte, dst, src *Block, n int) {
	panic("ot: no AES-NI")
}
