package ot

import "testing"

func TestHasher(t *testing.T) {
	r := newTestRand(t)
	x := randBlock(r)
	h1, h2, other := NewHasher([]byte("session-1")), NewHasher([]byte("session-1")), NewHasher([]byte("session-2"))
	if h1.Hash(x, 7) != h2.Hash(x, 7) {
		t.Error("same sid, input and tweak hash differently")
	}
	if h1.Hash(x, 7) == other.Hash(x, 7) {
		t.Error("different sids hash alike")
	}
	if h1.Hash(x, 7) == h1.Hash(x, 8) {
		t.Error("different tweaks hash alike")
	}
	if h1.Hash(x, 7) == h1.Hash(x.Xor(Block{1, 0}), 7) {
		t.Error("different inputs hash alike")
	}
	if h1.Hash(x, 0) == x || h1.Hash(Block{}, 0) == (Block{}) {
		t.Error("hash is the identity")
	}
}

func TestHasherExpand(t *testing.T) {
	r := newTestRand(t)
	h := NewHasher([]byte("sid"))
	for _, tweak := range []uint64{0, 1, 12345, 1<<48 - 1} {
		x := randBlock(r)
		dst := make([]Block, 5)
		h.Expand(x, tweak, dst)
		seen := map[Block]bool{}
		for k, got := range dst {
			if want := h.Hash(x, tweak<<16+uint64(k)); got != want {
				t.Errorf("Expand(tweak %d)[%d] = %v, want Hash = %v", tweak, k, got, want)
			}
			if seen[got] {
				t.Errorf("Expand(tweak %d) repeats a block", tweak)
			}
			seen[got] = true
		}
	}
	// Tweaks past 2^48 do not wrap onto small ones.
	x := randBlock(r)
	a, b := make([]Block, 1), make([]Block, 1)
	h.Expand(x, 1<<48, a)
	h.Expand(x, 0, b)
	if a[0] == b[0] {
		t.Error("tweak 2^48 wraps onto tweak 0")
	}
	h.Expand(x, 0, nil)
	defer func() {
		if recover() == nil {
			t.Error("Expand of 2^16+1 blocks did not panic")
		}
	}()
	h.Expand(x, 0, make([]Block, 1<<16+1))
}

func BenchmarkHasherHash(b *testing.B) {
	h := NewHasher([]byte("bench"))
	x := Block{1, 2}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		x = h.Hash(x, uint64(i))
	}
	sinkBlock = x
}

func BenchmarkHasherExpand3(b *testing.B) {
	h := NewHasher([]byte("bench"))
	x := Block{1, 2}
	dst := make([]Block, 3)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		h.Expand(x, uint64(i), dst)
		x = dst[0]
	}
	sinkBlock = x
}

// TestAESNI checks the expanded key and the AES-NI path against crypto/aes.
func TestAESNI(t *testing.T) {
	r := newTestRand(t)
	// FIPS-197 appendix A.1: the last round key of 2b7e1516…09cf4f3c.
	key := []byte{0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c}
	rk := expandKey(key)
	want := []byte{0xd0, 0x14, 0xf9, 0xa8, 0xc9, 0xee, 0x25, 0x89, 0xe1, 0x3f, 0x0c, 0xc8, 0xb6, 0x63, 0x0c, 0xa6}
	if string(rk[160:]) != string(want) {
		t.Fatalf("last round key %x, want %x", rk[160:], want)
	}
	if !hasAESNI {
		t.Skip("no AES-NI")
	}
	for trial := 0; trial < 20; trial++ {
		for i := range key {
			key[i] = byte(r.Uint32())
		}
		h := &Hasher{rk: expandKey(key), pi: newAES(blockFromBytes(key))}
		for n := 0; n <= 9; n++ {
			src := make([]Block, n)
			for k := range src {
				src[k] = randBlock(r)
			}
			got := make([]Block, n)
			aesEncBlocksChecked(h, got, src)
			for k, x := range src {
				var b [16]byte
				putBlock(b[:], x)
				h.pi.Encrypt(b[:], b[:])
				if got[k] != getBlock(b[:]) {
					t.Fatalf("key %x, block %d of %d: AES-NI and crypto/aes disagree", key, k, n)
				}
			}
		}
	}
}

func aesEncBlocksChecked(h *Hasher, dst, src []Block) {
	if len(src) > 0 {
		aesEncBlocks(&h.rk, &dst[0], &src[0], len(src))
	}
}

func TestHasherExpandAll(t *testing.T) {
	r := newTestRand(t)
	h := NewHasher([]byte("sid"))
	for _, n := range []int{1, 3, 64, 65, 200} {
		for _, k := range []int{1, 3} {
			xs := make([]Block, n)
			for i := range xs {
				xs[i] = randBlock(r)
			}
			tweak := r.Uint64()
			got := make([]Block, n*k)
			h.ExpandAll(xs, tweak, got)
			want := make([]Block, k)
			for i, x := range xs {
				h.Expand(x, tweak+uint64(i), want)
				for j := range want {
					if got[i*k+j] != want[j] {
						t.Fatalf("n=%d k=%d: block (%d,%d) differs from Expand", n, k, i, j)
					}
				}
			}
		}
	}
	h.ExpandAll(nil, 0, nil)
	h.ExpandAll(make([]Block, 2), 0, nil)
	for _, f := range []func(){
		func() { h.ExpandAll(make([]Block, 2), 0, make([]Block, 3)) },
		func() { h.ExpandAll(nil, 0, make([]Block, 1)) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Error("ExpandAll with mismatched lengths did not panic")
				}
			}()
			f()
		}()
	}
}

func BenchmarkHasherExpandAll3(b *testing.B) {
	h := NewHasher([]byte("bench"))
	const n = 1024
	xs, dst := make([]Block, n), make([]Block, 3*n)
	for i := range xs {
		xs[i] = Block{uint64(i), 1}
	}
	b.ReportAllocs()
	for b.Loop() {
		h.ExpandAll(xs, 0, dst)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n*b.N), "ns/input")
}
