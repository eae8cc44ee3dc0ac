package ot

import (
	"encoding/binary"
	"testing"
)

func TestTranspose64(t *testing.T) {
	r := newTestRand(t)
	var a, orig [64]uint64
	for i := range a {
		a[i] = r.Uint64()
	}
	orig = a
	transpose64(&a)
	for i := 0; i < 64; i++ {
		for j := 0; j < 64; j++ {
			if a[j]>>uint(i)&1 != orig[i]>>uint(j)&1 {
				t.Fatalf("bit (%d,%d) not transposed", i, j)
			}
		}
	}
}

func TestTranspose128(t *testing.T) {
	r := newTestRand(t)
	in, out := make([]Block, 128), make([]Block, 128)
	for i := range in {
		in[i] = randBlock(r)
	}
	transpose128(in, out)
	for i := 0; i < 128; i++ {
		for j := 0; j < 128; j++ {
			if out[j].Bit(i) != in[i].Bit(j) {
				t.Fatalf("bit (%d,%d) not transposed", i, j)
			}
		}
	}
}

func TestTransposeRows(t *testing.T) {
	r := newTestRand(t)
	const rowBytes = 16 * 5
	rows := make([]byte, kappa*rowBytes)
	for i := range rows {
		rows[i] = byte(r.Uint32())
	}
	out := make([]Block, 8*rowBytes)
	transposeRows(rows, rowBytes, out)
	for l := 0; l < kappa; l++ {
		for j := 0; j < 8*rowBytes; j++ {
			if out[j].Bit(l) != uint64(rows[l*rowBytes+j/8]>>(j%8)&1) {
				t.Fatalf("row %d column %d not transposed", l, j)
			}
		}
	}
}

func TestBlock(t *testing.T) {
	a := Block{Lo: 1 | 1<<63, Hi: 1 << 5}
	for i, want := range map[int]uint64{0: 1, 1: 0, 63: 1, 64: 0, 69: 1, 127: 0} {
		if got := a.Bit(i); got != want {
			t.Errorf("Bit(%d) = %d, want %d", i, got, want)
		}
	}
	if got := a.Xor(Block{1, 1 << 5}); got != (Block{1 << 63, 0}) {
		t.Errorf("Xor = %v", got)
	}
	var b [16]byte
	putBlock(b[:], a)
	if binary.LittleEndian.Uint64(b[:8]) != a.Lo || getBlock(b[:]) != a {
		t.Error("putBlock and getBlock disagree")
	}
}

func BenchmarkTranspose128(b *testing.B) {
	r := newTestRand(b)
	in, out := make([]Block, 128), make([]Block, 128)
	for i := range in {
		in[i] = randBlock(r)
	}
	b.SetBytes(128 * blockBytes)
	for b.Loop() {
		transpose128(in, out)
	}
}
