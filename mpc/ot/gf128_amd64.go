//go:build amd64 && !purego

package ot

// clmulSums sets out to the three 128-bit sums Σ a.Lo·b.Lo, Σ a.Hi·b.Hi
// and Σ (a.Lo·b.Hi ⊕ a.Hi·b.Lo) over n pairs, with PCLMULQDQ.
//
//go:noescape
func clmulSums(a, b *Block, n int, out *[6]uint64)

// gfInnerProduct returns Σ a[j]·b[j] in GF(2^128) for len(a) == len(b).
func gfInnerProduct(a, b []Block) Block {
	if !hasCLMUL || len(a) == 0 {
		return gfInnerProductGeneric(a, b)
	}
	b = b[:len(a)]
	var s [6]uint64
	clmulSums(&a[0], &b[0], len(a), &s)
	return wide{s[0], s[1] ^ s[4], s[2] ^ s[5], s[3]}.reduce()
}

// gfMul returns a·b in GF(2^128).
func gfMul(a, b Block) Block {
	if !hasCLMUL {
		return gfMulGeneric(a, b)
	}
	var s [6]uint64
	clmulSums(&a, &b, 1, &s)
	return wide{s[0], s[1] ^ s[4], s[2] ^ s[5], s[3]}.reduce()
}
