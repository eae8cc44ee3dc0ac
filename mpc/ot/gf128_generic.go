//go:build !amd64 || purego

package ot

// gfInnerProduct returns Σ a[j]·b[j] in GF(2^128) for len(a) == len(b).
func gfInnerProduct(a, b []Block) Block { return gfInnerProductGeneric(a, b) }

// gfMul returns a·b in GF(2^128).
func gfMul(a, b Block) Block { return gfMulGeneric(a, b) }
