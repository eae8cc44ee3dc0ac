package mascot

import (
	"context"
	"encoding/binary"
	"fmt"

	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/ot"
)

// k is the bit length of a field element, and so the number of OTs that
// COPE and the triple multiplication run per element.
const k = 128

// COPE, correlated oblivious product evaluation (MASCOT, section 4.1): the
// receiver holds a fixed Δ = the bits Δ_0..Δ_127 of its MAC key share and a
// seed s^l_{Δ_l} per bit; the sender holds both seeds s^l_0, s^l_1. To
// multiply a sender input x by Δ, both expand their seeds with the same
// counter: the sender sends u^l = t^l_0 − t^l_1 + x, the receiver computes
// q^l = t^l_{Δ_l} + Δ_l·u^l = t^l_0 + Δ_l·x, and with g = (2^l)_l,
// q = ⟨g, (q^l)⟩ and t = −⟨g, (t^l_0)⟩ satisfy q + t = Δ·x.

// copeSender is the sender side of COPE with one peer.
type copeSender struct {
	g0, g1 [k]*prg
	msg    []byte // reused: the transport copies what it sends
}

// copeReceiver is the receiver side of COPE with one peer.
type copeReceiver struct {
	bits [k]uint64
	g    [k]*prg
}

func blockPRG(b ot.Block) *prg {
	key := make([]byte, 32)
	binary.LittleEndian.PutUint64(key, b.Lo)
	binary.LittleEndian.PutUint64(key[8:], b.Hi)
	return newPRG(key)
}

// newCOPEReceiver draws the COPE seeds from k random OTs chosen by the bits
// of delta, as the receiver of the peer's OT extension.
func newCOPEReceiver(ctx context.Context, p *peer, delta field.Element) (*copeReceiver, error) {
	lo, hi := delta.Words()
	t, err := p.extR.Extend(ctx, []ot.Block{{Lo: lo, Hi: hi}})
	if err != nil {
		return nil, err
	}
	c := &copeReceiver{}
	for l := range k {
		c.bits[l] = ot.Block{Lo: lo, Hi: hi}.Bit(l)
		c.g[l] = blockPRG(p.hashR.Hash(t[l], p.usedR+uint64(l)))
	}
	p.usedR += k
	return c, nil
}

// newCOPESender draws both seeds of each of the k OTs, as the sender of the
// OT extension the peer receives.
func newCOPESender(ctx context.Context, p *peer) (*copeSender, error) {
	q, err := p.extS.Extend(ctx, k)
	if err != nil {
		return nil, err
	}
	delta := p.extS.Delta()
	c := &copeSender{}
	for l := range k {
		c.g0[l] = blockPRG(p.hashS.Hash(q[l], p.usedS+uint64(l)))
		c.g1[l] = blockPRG(p.hashS.Hash(q[l].Xor(delta), p.usedS+uint64(l)))
	}
	p.usedS += k
	return c, nil
}

// copeBlock is the number of values COPE works on at a time, going through
// all k seeds for each block: what is live (the block's pseudorandom
// values, its accumulators and the scratch all generators share, a few
// KiB) stays in the core's caches, where whole rows of a 4,096-value
// message did not. Every seed's stream is still read in order, so the
// messages are the same whatever the block size.
const copeBlock = 128

// extend returns the framed message u for inputs x and the sender's
// shares t with q + t = Δ·x at the receiver. The message is valid until
// the next call.
func (c *copeSender) extend(x []field.Element) (msg []byte, t []field.Element) {
	n := len(x)
	if size := headerLen + k*n*field.Bytes; cap(c.msg) < size {
		c.msg = frame(k * n * field.Bytes)
	}
	msg = c.msg[:headerLen+k*n*field.Bytes]
	body := msg[headerLen:]
	acc := make([]field.Element, n)
	var s0, s1 [copeBlock * field.Bytes]byte
	var hs [copeBlock]field.Horner
	for off := 0; off < n; off += copeBlock {
		m := min(copeBlock, n-off)
		xs, as := x[off:off+m], hs[:m]
		clear(as)
		for l := k - 1; l >= 0; l-- {
			_, _ = c.g0[l].Read(s0[:m*field.Bytes])
			_, _ = c.g1[l].Read(s1[:m*field.Bytes])
			row := body[(l*n+off)*field.Bytes:]
			for h := range m {
				t0 := elementAt(s0[:], h)
				u := t0.Sub(elementAt(s1[:], h)).Add(xs[h])
				lo, hi := u.Words()
				e := (*[16]byte)(row[16*h:])
				binary.LittleEndian.PutUint64(e[:8], lo)
				binary.LittleEndian.PutUint64(e[8:], hi)
				as[h].Step(t0)
			}
		}
		for h := range as {
			acc[off+h] = as[h].Element().Neg()
		}
	}
	return msg, acc
}

// extend returns the receiver's shares q for the sender's message u of n
// inputs. A malformed message fails with an error wrapping
// mpc.ErrProtocol.
func (c *copeReceiver) extend(msg []byte, n, from int) ([]field.Element, error) {
	if len(msg) != k*n*field.Bytes {
		return nil, fmt.Errorf("%w: party %d sent a %d-byte COPE message, want %d", mpc.ErrProtocol, from, len(msg), k*n*field.Bytes)
	}
	acc := make([]field.Element, n)
	var stream [copeBlock * field.Bytes]byte
	var hs [copeBlock]field.Horner
	for off := 0; off < n; off += copeBlock {
		m := min(copeBlock, n-off)
		as := hs[:m]
		clear(as)
		for l := k - 1; l >= 0; l-- {
			// t^l is added as the generator's raw 128 bits: Horner works
			// modulo p, and the sender's reduced t^l is congruent.
			_, _ = c.g[l].Read(stream[:m*field.Bytes])
			row := msg[(l*n+off)*field.Bytes:]
			mask := -c.bits[l]
			for h := range m {
				ulo, uhi := words(row, h)
				if !field.IsCanonical(ulo, uhi) {
					return nil, fmt.Errorf("%w: party %d: COPE message: %v", mpc.ErrProtocol, from, field.ErrNonCanonical)
				}
				tlo, thi := words(stream[:], h)
				as[h].StepWords(tlo, thi, ulo&mask, uhi&mask)
			}
		}
		for h := range as {
			acc[off+h] = as[h].Element()
		}
	}
	return acc, nil
}
