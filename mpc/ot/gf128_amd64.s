//go:build amd64 && !purego

#include "textflag.h"

// func clmulSums(a, b *Block, n int, out *[6]uint64)
TEXT ·clmulSums(SB), NOSPLIT, $0-32
	MOVQ a+0(FP), SI
	MOVQ b+8(FP), DI
	MOVQ n+16(FP), CX
	MOVQ out+24(FP), DX
	PXOR X8, X8   // Σ a.Lo·b.Lo
	PXOR X9, X9   // Σ a.Hi·b.Hi
	PXOR X10, X10 // Σ a.Lo·b.Hi ⊕ a.Hi·b.Lo
	TESTQ CX, CX
	JEQ done

loop:
	MOVOU (SI), X0
	MOVOU (DI), X1
	MOVOU X0, X2
	PCLMULQDQ $0x00, X1, X2
	MOVOU X0, X3
	PCLMULQDQ $0x11, X1, X3
	MOVOU X0, X4
	PCLMULQDQ $0x01, X1, X4
	PCLMULQDQ $0x10, X1, X0
	PXOR X2, X8
	PXOR X3, X9
	PXOR X4, X10
	PXOR X0, X10
	ADDQ $16, SI
	ADDQ $16, DI
	DECQ CX
	JNZ loop

done:
	MOVOU X8, 0(DX)
	MOVOU X9, 16(DX)
	MOVOU X10, 32(DX)
	RET
