package ot

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/binary"
	"fmt"
	"hash"
	"io"
)

// Parameters of the extension.
const (
	// kappa is the computational security parameter and the number of
	// base OTs.
	kappa = 128
	// padOTs is the number of extra random OTs every Extend call runs and
	// discards; they hide the receiver's choice bits in the consistency
	// check, which needs at least κ + s of them.
	padOTs = 256
	// seedBytes is the length of each party's coin-tossing seed.
	seedBytes = 16
	// nonceBytes is the length of the commitment nonce.
	nonceBytes = 32
	// openBytes is the length of the receiver's last message:
	// seed, nonce, x and t.
	openBytes = seedBytes + nonceBytes + 2*blockBytes
	// chiChunk is how many challenges are generated at a time.
	chiChunk = 1024
)

// ExtSender is the sender of the KOS15 correlated OT extension. It holds a
// random global Δ; after each Extend call the receiver holds
// t_j = q_j ⊕ r_j·Δ for its choice bits r_j and the sender holds q_j. An
// ExtSender is not safe for concurrent use; after any failed call it returns
// ErrUnusable.
type ExtSender struct {
	c     Conn
	rnd   io.Reader
	sid   []byte
	delta Block
	// mask[l] is all ones if bit l of Δ is set.
	mask [kappa]uint64
	// prg[l] is AES keyed with the base OT output k^l_{Δ_l}.
	prg   [kappa]cipher.Block
	calls uint64
	err   error
	// rows is the scratch of the 128 rows of q, reused by every call.
	rows []byte
}

// ExtReceiver is the receiver of the KOS15 correlated OT extension. It is
// not safe for concurrent use; after any failed call it returns ErrUnusable.
type ExtReceiver struct {
	c   Conn
	rnd io.Reader
	sid []byte
	// prg[b][l] is AES keyed with the base OT output k^l_b.
	prg   [2][kappa]cipher.Block
	calls uint64
	err   error
	// rows is the scratch of the 128 rows of t and zeros one row of
	// zeros, both reused by every call.
	rows, zeros []byte
	// cheatSeed, if set, replaces the receiver's coin-tossing seed after the
	// commitment was sent; tests use it to play a receiver that equivocates.
	cheatSeed func(seed []byte)
}

// NewExtSender draws Δ from rnd and runs the 128 base OTs over c as base-OT
// receiver with choice bits Δ. The peer must call NewExtReceiver with the
// same sid on the other end of c.
func NewExtSender(ctx context.Context, c Conn, rnd io.Reader, sid []byte) (*ExtSender, error) {
	var d [blockBytes]byte
	if err := readRand(rnd, d[:]); err != nil {
		return nil, err
	}
	s := &ExtSender{c: c, rnd: rnd, sid: append([]byte(nil), sid...), delta: getBlock(d[:])}
	if s.delta == (Block{}) {
		return nil, fmt.Errorf("ot: Δ is zero; randomness is broken")
	}
	choices := make([]bool, kappa)
	for l := range choices {
		choices[l] = s.delta.Bit(l) == 1
		s.mask[l] = -s.delta.Bit(l)
	}
	seeds, err := baseReceive(ctx, c, rnd, seedTag, s.sid, choices)
	if err != nil {
		return nil, fmt.Errorf("ot: extension setup: %w", err)
	}
	for l, k := range seeds {
		s.prg[l] = newAES(k)
	}
	return s, nil
}

// NewExtReceiver runs the 128 base OTs over c as base-OT sender. The peer
// must call NewExtSender with the same sid on the other end of c.
func NewExtReceiver(ctx context.Context, c Conn, rnd io.Reader, sid []byte) (*ExtReceiver, error) {
	r := &ExtReceiver{c: c, rnd: rnd, sid: append([]byte(nil), sid...)}
	pairs, err := baseSend(ctx, c, rnd, seedTag, r.sid, kappa)
	if err != nil {
		return nil, fmt.Errorf("ot: extension setup: %w", err)
	}
	for l, p := range pairs {
		r.prg[0][l] = newAES(p[0])
		r.prg[1][l] = newAES(p[1])
	}
	return r, nil
}

// reverseHasher hashes the OTs of one extension into the base OTs of
// the extension that runs the other way, sid being the new extension's.
func reverseHasher(sid []byte) *Hasher {
	return NewHasher(append([]byte("2pm/ot/kos/reverse\x00"), sid...))
}

// Reverse sets up the extension that runs the other way between the same
// two parties, without base OTs: this receiver, choosing with the bits of a
// fresh Δ' drawn from rnd, runs one Extend call of 128 OTs with its sender,
// and the hashed outputs become the base-OT seeds of a new ExtSender with
// correlation Δ' over c (OT extension bootstrapping itself). The peer
// calls ExtSender.Reverse with the same sid. Both extensions stay
// independent: the seeds are hashes under a key derived from sid, so the
// new one's pads are unrelated to anything the old one sends.
func (r *ExtReceiver) Reverse(ctx context.Context, c Conn, rnd io.Reader, sid []byte) (*ExtSender, error) {
	var d [blockBytes]byte
	if err := readRand(rnd, d[:]); err != nil {
		return nil, err
	}
	delta := getBlock(d[:])
	if delta == (Block{}) {
		return nil, fmt.Errorf("ot: Δ is zero; randomness is broken")
	}
	t, err := r.Extend(ctx, []Block{delta})
	if err != nil {
		return nil, fmt.Errorf("ot: reverse extension setup: %w", err)
	}
	h := reverseHasher(sid)
	s := &ExtSender{c: c, rnd: rnd, sid: append([]byte(nil), sid...), delta: delta}
	for l := range kappa {
		s.mask[l] = -delta.Bit(l)
		s.prg[l] = newAES(h.Hash(t[l], uint64(l)))
	}
	return s, nil
}

// Reverse is the sender's side of ExtReceiver.Reverse: it runs the Extend
// call of 128 OTs and returns the ExtReceiver of the reverse extension over
// c, holding both hashed outputs of every OT as its base-OT seeds.
func (s *ExtSender) Reverse(ctx context.Context, c Conn, rnd io.Reader, sid []byte) (*ExtReceiver, error) {
	q, err := s.Extend(ctx, kappa)
	if err != nil {
		return nil, fmt.Errorf("ot: reverse extension setup: %w", err)
	}
	h := reverseHasher(sid)
	r := &ExtReceiver{c: c, rnd: rnd, sid: append([]byte(nil), sid...)}
	for l := range kappa {
		r.prg[0][l] = newAES(h.Hash(q[l], uint64(l)))
		r.prg[1][l] = newAES(h.Hash(q[l].Xor(s.delta), uint64(l)))
	}
	return r, nil
}

// Delta returns the global correlation Δ.
func (s *ExtSender) Delta() Block { return s.delta }

// Extend runs m correlated OTs, m a positive multiple of 128, and returns
// q[0..m) once the receiver's consistency check has passed; the receiver's
// output is t_j = q_j ⊕ r_j·Δ. Both ends must call Extend equally often, in
// the same order, with the same m. An inconsistent receiver, a commitment
// opening that does not match or a message of the wrong length wraps
// ErrCheck. Each call uses fresh pseudorandom pads.
func (s *ExtSender) Extend(ctx context.Context, m int) ([]Block, error) {
	if s.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnusable, s.err)
	}
	if m <= 0 || m%kappa != 0 {
		return nil, fmt.Errorf("ot: extend count %d is not a positive multiple of %d", m, kappa)
	}
	q, err := s.extend(ctx, m)
	if err != nil {
		s.err = err
		return nil, err
	}
	return q, nil
}

func (s *ExtSender) extend(ctx context.Context, m int) ([]Block, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("ot: extend: %w", err)
	}
	call := s.calls
	s.calls++
	mp := m + padOTs
	rowBytes := mp / 8

	msg, err := recvN(ctx, s.c, "extension matrix", sha256.Size+kappa*rowBytes)
	if err != nil {
		return nil, err
	}
	commit, u := msg[:sha256.Size], msg[sha256.Size:]

	seedS := make([]byte, seedBytes)
	if err := readRand(s.rnd, seedS); err != nil {
		return nil, err
	}
	if err := send(ctx, s.c, "sender seed", seedS); err != nil {
		return nil, err
	}

	// q^l = G(k^l_{Δ_l}) ⊕ Δ_l·u^l, then transpose to q_j = t_j ⊕ r'_j·Δ.
	s.rows = grow(s.rows, kappa*rowBytes)
	rows := s.rows
	for l := 0; l < kappa; l++ {
		row := rows[l*rowBytes : (l+1)*rowBytes]
		andBytes(row, u[l*rowBytes:(l+1)*rowBytes], s.mask[l])
		prgStream(s.prg[l], call).XORKeyStream(row, row)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("ot: extend: %w", err)
	}
	q := make([]Block, mp)
	transposeRows(rows, rowBytes, q)

	open, err := recvN(ctx, s.c, "check opening", openBytes)
	if err != nil {
		return nil, err
	}
	seedR := open[:seedBytes]
	nonce := open[seedBytes : seedBytes+nonceBytes]
	x := getBlock(open[seedBytes+nonceBytes:])
	t := getBlock(open[seedBytes+nonceBytes+blockBytes:])
	if subtle.ConstantTimeCompare(commitment(s.sid, call, nonce, seedR), commit) != 1 {
		return nil, fmt.Errorf("ot: extend call %d: seed opening does not match commitment: %w", call, ErrCheck)
	}

	// Σ χ_j·q_j must equal t ⊕ x·Δ.
	chi := newChallenges(s.sid, call, seedS, seedR)
	var got Block
	for off := 0; off < mp; off += chiChunk {
		c := chi.next(min(chiChunk, mp-off))
		got = got.Xor(gfInnerProduct(c, q[off:off+len(c)]))
	}
	want := t.Xor(gfMul(x, s.delta))
	if subtle.ConstantTimeCompare(blockBytesOf(got), blockBytesOf(want)) != 1 {
		return nil, fmt.Errorf("ot: extend call %d: correlation check: %w", call, ErrCheck)
	}
	return q[:m:m], nil
}

// Extend runs len(choices)·128 correlated OTs; bit b of choices[i] is the
// choice bit r_{128i+b}. It returns t with t_j = q_j ⊕ r_j·Δ, where q_j is the
// sender's output. Both ends must call Extend equally often, in the same
// order, with the same number of OTs. The sender alone runs the consistency
// check, so Extend returns before the sender has accepted, and a failed
// check shows only on the sender's side. A message of the wrong length
// wraps ErrCheck. Each call uses fresh pseudorandom pads.
func (r *ExtReceiver) Extend(ctx context.Context, choices []Block) ([]Block, error) {
	if r.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnusable, r.err)
	}
	if len(choices) == 0 {
		return nil, fmt.Errorf("ot: extend needs at least one block of choices")
	}
	t, err := r.extend(ctx, choices)
	if err != nil {
		r.err = err
		return nil, err
	}
	return t, nil
}

func (r *ExtReceiver) extend(ctx context.Context, choices []Block) ([]Block, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("ot: extend: %w", err)
	}
	call := r.calls
	r.calls++
	m := len(choices) * kappa
	mp := m + padOTs
	rowBytes := mp / 8

	// r' is the choice bits followed by padOTs random bits.
	rp := make([]byte, rowBytes)
	for i, c := range choices {
		putBlock(rp[i*blockBytes:], c)
	}
	seedR := make([]byte, seedBytes+nonceBytes)
	if err := readRand(r.rnd, rp[m/8:]); err != nil {
		return nil, err
	}
	if err := readRand(r.rnd, seedR); err != nil {
		return nil, err
	}
	seedR, nonce := seedR[:seedBytes], seedR[seedBytes:]

	// t^l = G(k^l_0) and u^l = t^l ⊕ G(k^l_1) ⊕ r'.
	msg := make([]byte, sha256.Size+kappa*rowBytes)
	copy(msg, commitment(r.sid, call, nonce, seedR))
	r.rows = grow(r.rows, kappa*rowBytes)
	rows := r.rows
	if len(r.zeros) < rowBytes {
		r.zeros = make([]byte, rowBytes)
	}
	for l := 0; l < kappa; l++ {
		row := rows[l*rowBytes : (l+1)*rowBytes]
		prgStream(r.prg[0][l], call).XORKeyStream(row, r.zeros[:rowBytes])
		u := msg[sha256.Size+l*rowBytes : sha256.Size+(l+1)*rowBytes]
		prgStream(r.prg[1][l], call).XORKeyStream(u, rp)
		subtle.XORBytes(u, u, row)
	}
	if err := send(ctx, r.c, "extension matrix", msg); err != nil {
		return nil, err
	}
	t := make([]Block, mp)
	transposeRows(rows, rowBytes, t)

	seedS, err := recvN(ctx, r.c, "sender seed", seedBytes)
	if err != nil {
		return nil, err
	}
	if r.cheatSeed != nil {
		r.cheatSeed(seedR)
	}

	// x = Σ χ_j·r'_j and t = Σ χ_j·t_j.
	chi := newChallenges(r.sid, call, seedS, seedR)
	var x, sum Block
	for off := 0; off < mp; off += chiChunk {
		c := chi.next(min(chiChunk, mp-off))
		for k, cj := range c {
			j := off + k
			x = x.Xor(cj.and(-uint64(rp[j/8] >> (j % 8) & 1)))
		}
		sum = sum.Xor(gfInnerProduct(c, t[off:off+len(c)]))
	}
	open := make([]byte, 0, openBytes)
	open = append(open, seedR...)
	open = append(open, nonce...)
	open = append(open, blockBytesOf(x)...)
	open = append(open, blockBytesOf(sum)...)
	if err := send(ctx, r.c, "check opening", open); err != nil {
		return nil, err
	}
	return t[:m:m], nil
}

// newAES returns AES-128 keyed with k.
func newAES(k Block) cipher.Block {
	c, err := aes.NewCipher(blockBytesOf(k))
	if err != nil {
		panic("ot: aes key: " + err.Error()) // unreachable: the key is 16 bytes
	}
	return c
}

// prgStream returns the PRG stream of one Extend call: AES-CTR under the
// seed's key, starting at counter block call‖0.
func prgStream(b cipher.Block, call uint64) cipher.Stream {
	var iv [aes.BlockSize]byte
	binary.BigEndian.PutUint64(iv[:8], call)
	return cipher.NewCTR(b, iv[:])
}

// grow returns b resliced to n bytes, reallocated if it is too short.
// The bytes are not cleared: callers overwrite all of them.
func grow(b []byte, n int) []byte {
	if cap(b) < n {
		return make([]byte, n)
	}
	return b[:n]
}

// andBytes sets dst[i] = src[i] & mask for every byte; len(dst) == len(src),
// a multiple of 8.
func andBytes(dst, src []byte, mask uint64) {
	src = src[:len(dst)]
	for i := 0; i+8 <= len(dst); i += 8 {
		binary.LittleEndian.PutUint64(dst[i:], binary.LittleEndian.Uint64(src[i:])&mask)
	}
}

// transposeRows transposes the 128×(8·rowBytes) bit matrix whose row l is
// rows[l·rowBytes : (l+1)·rowBytes] (bit j of a row is bit j%8 of byte j/8)
// into out: bit l of out[j] is bit j of row l. rowBytes is a multiple of 16.
func transposeRows(rows []byte, rowBytes int, out []Block) {
	var t tile
	for c := 0; c < rowBytes/16; c++ {
		for r := 0; r < 64; r++ {
			top := rows[r*rowBytes+16*c:]
			bot := rows[(64+r)*rowBytes+16*c:]
			t[0][r] = binary.LittleEndian.Uint64(top[0:8])
			t[1][r] = binary.LittleEndian.Uint64(top[8:16])
			t[2][r] = binary.LittleEndian.Uint64(bot[0:8])
			t[3][r] = binary.LittleEndian.Uint64(bot[8:16])
		}
		t.transposeTo(out[128*c:])
	}
}

// blockBytesOf returns the 16-byte encoding of a.
func blockBytesOf(a Block) []byte {
	b := make([]byte, blockBytes)
	putBlock(b, a)
	return b
}

// writeHeader hashes a domain tag, the length-prefixed sid and the call
// number into h.
func writeHeader(h hash.Hash, tag string, sid []byte, call uint64) {
	var n [8]byte
	h.Write([]byte(tag))
	binary.BigEndian.PutUint64(n[:], uint64(len(sid)))
	h.Write(n[:])
	h.Write(sid)
	binary.BigEndian.PutUint64(n[:], call)
	h.Write(n[:])
}

// commitment returns the receiver's commitment to its seed in one Extend
// call: SHA-256 over a domain tag, sid, the call number, the nonce and the
// seed.
func commitment(sid []byte, call uint64, nonce, seed []byte) []byte {
	h := sha256.New()
	writeHeader(h, "2pm/ot/kos/commit", sid, call)
	h.Write(nonce)
	h.Write(seed)
	return h.Sum(nil)
}

// challenges generates the χ_j of one Extend call: AES-CTR keyed with
// SHA-256(tag, sid, call, seed_S ⊕ seed_R).
type challenges struct {
	stream cipher.Stream
	buf    []byte
	out    []Block
}

func newChallenges(sid []byte, call uint64, seedS, seedR []byte) *challenges {
	seed := make([]byte, seedBytes)
	subtle.XORBytes(seed, seedS, seedR)
	h := sha256.New()
	writeHeader(h, "2pm/ot/kos/chi", sid, call)
	h.Write(seed)
	key := h.Sum(nil)
	c, err := aes.NewCipher(key[:16])
	if err != nil {
		panic("ot: aes key: " + err.Error()) // unreachable: the key is 16 bytes
	}
	var iv [aes.BlockSize]byte
	return &challenges{
		stream: cipher.NewCTR(c, iv[:]),
		buf:    make([]byte, chiChunk*blockBytes),
		out:    make([]Block, chiChunk),
	}
}

// next returns the next n ≤ chiChunk challenges; the slice is reused by
// the following call.
func (c *challenges) next(n int) []Block {
	b := c.buf[:n*blockBytes]
	clear(b)
	c.stream.XORKeyStream(b, b)
	for k := range n {
		c.out[k] = getBlock(b[k*blockBytes:])
	}
	return c.out[:n]
}
