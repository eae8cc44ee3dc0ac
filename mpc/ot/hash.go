package ot

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
)

// Hasher is a tweakable correlation-robust hash from fixed-key AES π:
//
//	H(x, i) = π(π(x) ⊕ i) ⊕ π(x)
//
// the TMMO construction of Guo, Katz, Wang and Yu (S&P 2020), proved
// tweakable circular correlation robust when π is an ideal permutation. The
// AES key is the first 16 bytes of SHA-256("2pm/ot/hash" ‖ sid), so hashes
// of different sessions are unrelated. The tweak i is a 128-bit value; the
// tweak of Hash is its uint64 argument, as the low half. A Hasher is safe
// for concurrent use.
type Hasher struct {
	// rk is the expanded key, used with AES-NI; pi is the fallback.
	rk [aesRoundKeyBytes]byte
	pi cipher.Block
}

// NewHasher returns the Hasher of session sid.
func NewHasher(sid []byte) *Hasher {
	h := sha256.New()
	h.Write([]byte("2pm/ot/hash"))
	h.Write(sid)
	key := h.Sum(nil)[:16]
	pi, err := aes.NewCipher(key)
	if err != nil {
		panic("ot: aes key: " + err.Error()) // unreachable: the key is 16 bytes
	}
	return &Hasher{rk: expandKey(key), pi: pi}
}

// encrypt sets dst[k] = π(src[k]) for every k; dst and src have the same
// length and may be the same slice.
func (h *Hasher) encrypt(dst, src []Block) {
	if len(src) == 0 {
		return
	}
	dst = dst[:len(src)]
	if hasAESNI {
		aesEncBlocks(&h.rk, &dst[0], &src[0], len(src))
		return
	}
	var b [blockBytes]byte
	for k, x := range src {
		putBlock(b[:], x)
		h.pi.Encrypt(b[:], b[:])
		dst[k] = getBlock(b[:])
	}
}

// Hash returns H(x, tweak).
func (h *Hasher) Hash(x Block, tweak uint64) Block {
	var b [1]Block
	b[0] = x
	h.encrypt(b[:], b[:])
	px := b[0]
	b[0].Lo ^= tweak
	h.encrypt(b[:], b[:])
	return b[0].Xor(px)
}

// Expand fills dst with H(x, tweak·2^16 + k) for k = 0, 1, …, len(dst)−1,
// with the tweak computed as a 128-bit integer so that it never wraps. It
// turns one random OT output into several pseudorandom blocks at the cost
// of len(dst)+1 AES calls. It panics if len(dst) > 2^16.
func (h *Hasher) Expand(x Block, tweak uint64, dst []Block) {
	if len(dst) > 1<<16 {
		panic("ot: Expand of more than 2^16 blocks")
	}
	if len(dst) == 0 {
		return
	}
	var b [1]Block
	b[0] = x
	h.encrypt(b[:], b[:])
	px := b[0]
	in := Block{px.Lo ^ tweak<<16, px.Hi ^ tweak>>48}
	for k := range dst {
		dst[k] = Block{in.Lo ^ uint64(k), in.Hi}
	}
	h.encrypt(dst, dst)
	for k := range dst {
		dst[k] = dst[k].Xor(px)
	}
}

// hashBatch is how many inputs ExpandAll hashes at a time.
const hashBatch = 64

// ExpandAll sets dst[i·k : (i+1)·k] as Expand(xs[i], tweak+i, …) would, for
// k = len(dst)/len(xs) and every i, with tweak+i computed mod 2^64. It is
// the same function as Expand, several times faster per input because it
// pipelines the AES calls of many inputs. It panics if len(dst) is not a
// multiple of len(xs) or k > 2^16.
func (h *Hasher) ExpandAll(xs []Block, tweak uint64, dst []Block) {
	if len(xs) == 0 {
		if len(dst) != 0 {
			panic("ot: ExpandAll with no inputs but outputs")
		}
		return
	}
	k := len(dst) / len(xs)
	if k*len(xs) != len(dst) || k > 1<<16 {
		panic("ot: ExpandAll output length is not a multiple of the input length up to 2^16")
	}
	if k == 0 {
		return
	}
	var px [hashBatch]Block
	for off := 0; off < len(xs); off += hashBatch {
		n := min(hashBatch, len(xs)-off)
		h.encrypt(px[:n], xs[off:off+n])
		out := dst[off*k : (off+n)*k]
		for i := 0; i < n; i++ {
			t := tweak + uint64(off+i)
			in := Block{px[i].Lo ^ t<<16, px[i].Hi ^ t>>48}
			for j := 0; j < k; j++ {
				out[i*k+j] = Block{in.Lo ^ uint64(j), in.Hi}
			}
		}
		h.encrypt(out, out)
		for i := 0; i < n; i++ {
			for j := 0; j < k; j++ {
				out[i*k+j] = out[i*k+j].Xor(px[i])
			}
		}
	}
}
