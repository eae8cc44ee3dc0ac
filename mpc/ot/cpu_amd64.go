//go:build amd64 && !purego

package ot

// CPU features of the assembly fast paths: PCLMULQDQ is CPUID leaf 1, ECX
// bit 1; AES-NI is ECX bit 25.
var hasCLMUL, hasAESNI = func() (bool, bool) {
	maxLeaf, _, _, _ := cpuid(0, 0)
	if maxLeaf < 1 {
		return false, false
	}
	_, _, ecx, _ := cpuid(1, 0)
	return ecx&(1<<1) != 0, ecx&(1<<25) != 0
}()

// cpuid executes the CPUID instruction.
//
//go:noescape
func cpuid(leaf, sub uint32) (eax, ebx, ecx, edx uint32)

// aesEncBlocks encrypts the n blocks at src to dst (which may equal src)
// with AES-128 under the expanded key rk, using AES-NI.
//
//go:noescape
func aesEncBlocks(rk *[aesRoundKeyBytes]byte, dst, src *Block, n int)
