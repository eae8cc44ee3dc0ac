package ot

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"

	"github.com/bwesterb/go-ristretto"
)

// The base OT is the "simplest OT" of Chou and Orlandi (Latincrypt 2015)
// over ristretto255, batched: the sender draws one secret a and sends
// A = a·G; the receiver draws b_i for every OT i and sends
// B_i = b_i·G + c_i·A. The sender's pair for OT i is
// (H(i, A, B_i, a·B_i), H(i, A, B_i, a·(B_i − A))); the receiver's output is
// H(i, A, B_i, b_i·A), which equals the pair's entry c_i. H is SHA-256 over a
// domain tag, sid, i and the points, cut to 128 bits. The receiver
// multiplies the one point A by every b_i, through a table of multiples of
// A computed once; every multiplication by a secret scalar is constant
// time.

// pointBytes is the length of an encoded ristretto255 element.
const pointBytes = 32

// randomScalar draws a uniform scalar: 64 bytes of rnd reduced modulo the
// group order, within 2^-250 of uniform.
func randomScalar(rnd io.Reader) (*ristretto.Scalar, error) {
	var seed [64]byte
	if err := readRand(rnd, seed[:]); err != nil {
		return nil, err
	}
	return new(ristretto.Scalar).SetReduced(&seed), nil
}

// marshalPoint appends the encoding of p to dst.
func marshalPoint(dst []byte, p *ristretto.Point) []byte {
	var b [pointBytes]byte
	p.BytesInto(&b)
	return append(dst, b[:]...)
}

// unmarshalPoint decodes a canonical ristretto255 encoding; any other input
// is reported as ErrCheck.
func unmarshalPoint(b []byte, what string) (*ristretto.Point, error) {
	p := new(ristretto.Point)
	if len(b) != pointBytes || !p.SetBytes((*[pointBytes]byte)(b)) {
		return nil, fmt.Errorf("ot: %s is not a ristretto255 element: %w", what, ErrCheck)
	}
	return p, nil
}

// baseKey derives the key of OT i from the transcript (A, B_i) and the
// shared point p.
func baseKey(tag string, sid []byte, i int, aEnc, bEnc []byte, p *ristretto.Point) Block {
	h := sha256.New()
	var hdr [16]byte
	binary.BigEndian.PutUint64(hdr[0:8], uint64(len(sid)))
	binary.BigEndian.PutUint64(hdr[8:16], uint64(i))
	h.Write([]byte(tag))
	h.Write(hdr[:8])
	h.Write(sid)
	h.Write(hdr[8:])
	h.Write(aEnc)
	h.Write(bEnc)
	h.Write(marshalPoint(make([]byte, 0, pointBytes), p))
	var sum [sha256.Size]byte
	return blockFromBytes(h.Sum(sum[:0]))
}

// BaseSend runs n random OTs as sender over c and returns the pairs: for
// each i the receiver learns pairs[i][c_i] for its choice bit c_i and
// nothing about pairs[i][1−c_i]. Both ends must pass the same sid, which is
// bound into every derived key. It exchanges one message each way. A
// malformed reply wraps ErrCheck; errors of c, rnd and ctx are wrapped as
// they come.
func BaseSend(ctx context.Context, c Conn, rnd io.Reader, sid []byte, n int) ([][2]Block, error) {
	return baseSend(ctx, c, rnd, baseTag, sid, n)
}

// BaseReceive runs len(choices) random OTs as receiver over c and returns
// out with out[i] equal to the sender's pairs[i][choices[i]]. Both ends must
// pass the same sid. An A that is malformed or the identity wraps ErrCheck.
// The base OT does not detect a tampered or substituted message by itself:
// the two ends then simply hold keys that do not match.
func BaseReceive(ctx context.Context, c Conn, rnd io.Reader, sid []byte, choices []bool) ([]Block, error) {
	return baseReceive(ctx, c, rnd, baseTag, sid, choices)
}

// Domain tags of the base OT keys: one for BaseSend and BaseReceive, one
// for the seeds of the OT extension.
const (
	baseTag = "2pm/ot/base/key"
	seedTag = "2pm/ot/kos/seed"
)

// baseSend is BaseSend with the domain tag of the derived keys.
func baseSend(ctx context.Context, c Conn, rnd io.Reader, tag string, sid []byte, n int) ([][2]Block, error) {
	if n < 0 {
		return nil, fmt.Errorf("ot: base OT count %d is negative", n)
	}
	a, err := randomScalar(rnd)
	if err != nil {
		return nil, err
	}
	if a.IsNonZeroI() == 0 {
		return nil, fmt.Errorf("ot: base OT secret is zero; randomness is broken")
	}
	bigA := new(ristretto.Point).ScalarMultBase(a)
	aEnc := marshalPoint(nil, bigA)
	if err := send(ctx, c, "base OT point A", aEnc); err != nil {
		return nil, err
	}
	msg, err := recvN(ctx, c, "base OT points B", n*pointBytes)
	if err != nil {
		return nil, err
	}
	aA := new(ristretto.Point).ScalarMult(bigA, a)
	aA.Neg(aA)
	pairs := make([][2]Block, n)
	var p0, p1 ristretto.Point
	for i := range pairs {
		if i%16 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("ot: base OT: %w", err)
			}
		}
		bEnc := msg[i*pointBytes : (i+1)*pointBytes]
		bigB, err := unmarshalPoint(bEnc, fmt.Sprintf("base OT point B[%d]", i))
		if err != nil {
			return nil, err
		}
		p0.ScalarMult(bigB, a)
		p1.Add(&p0, aA)
		pairs[i] = [2]Block{baseKey(tag, sid, i, aEnc, bEnc, &p0), baseKey(tag, sid, i, aEnc, bEnc, &p1)}
	}
	return pairs, nil
}

// baseReceive is BaseReceive with the domain tag of the derived keys.
func baseReceive(ctx context.Context, c Conn, rnd io.Reader, tag string, sid []byte, choices []bool) ([]Block, error) {
	msg, err := recvN(ctx, c, "base OT point A", pointBytes)
	if err != nil {
		return nil, err
	}
	aEnc := msg
	bigA, err := unmarshalPoint(aEnc, "base OT point A")
	if err != nil {
		return nil, err
	}
	var zero ristretto.Point
	if bigA.Equals(zero.SetZero()) {
		return nil, fmt.Errorf("ot: base OT point A is the identity: %w", ErrCheck)
	}
	var table ristretto.ScalarMultTable
	table.Compute(bigA)
	n := len(choices)
	reply := make([]byte, 0, n*pointBytes)
	shared := make([]ristretto.Point, n)
	var bigB, cA ristretto.Point
	for i, ci := range choices {
		if i%16 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("ot: base OT: %w", err)
			}
		}
		b, err := randomScalar(rnd)
		if err != nil {
			return nil, err
		}
		var sel int32
		if ci {
			sel = 1
		}
		cA.SetZero()
		cA.ConditionalSet(bigA, sel)
		bigB.ScalarMultBase(b)
		bigB.Add(&bigB, &cA)
		reply = marshalPoint(reply, &bigB)
		shared[i].ScalarMultTable(&table, b)
	}
	if err := send(ctx, c, "base OT points B", reply); err != nil {
		return nil, err
	}
	out := make([]Block, n)
	for i := range out {
		out[i] = baseKey(tag, sid, i, aEnc, reply[i*pointBytes:(i+1)*pointBytes], &shared[i])
	}
	return out, nil
}
