package mascot

import (
	"crypto/rand"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/ot"
)

// copePair returns a COPE sender and receiver that share seeds as k
// random OTs would leave them, with the receiver's Δ drawn at random.
func copePair(t testing.TB) (*copeSender, *copeReceiver, field.Element) {
	t.Helper()
	delta, err := field.Random(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	lo, hi := delta.Words()
	s, r := &copeSender{}, &copeReceiver{}
	for l := range k {
		var key [32]byte
		_, _ = rand.Read(key[:])
		seeds := [2]ot.Block{
			{Lo: binary.LittleEndian.Uint64(key[0:]), Hi: binary.LittleEndian.Uint64(key[8:])},
			{Lo: binary.LittleEndian.Uint64(key[16:]), Hi: binary.LittleEndian.Uint64(key[24:])},
		}
		s.g0[l], s.g1[l] = blockPRG(seeds[0]), blockPRG(seeds[1])
		r.bits[l] = ot.Block{Lo: lo, Hi: hi}.Bit(l)
		r.g[l] = blockPRG(seeds[r.bits[l]])
	}
	return s, r, delta
}

// TestCOPEProducts checks q + t = Δ·x over several extensions of sizes
// that do and do not fill COPE's blocks, and that a flipped bit of the
// message changes the receiver's share.
func TestCOPEProducts(t *testing.T) {
	s, r, delta := copePair(t)
	for _, n := range []int{1, copeBlock - 1, copeBlock, 2*copeBlock + 5} {
		x, err := field.RandomVector(rand.Reader, n)
		if err != nil {
			t.Fatal(err)
		}
		msg, ts := s.extend(x)
		body := append([]byte(nil), msg[headerLen:]...)
		q, err := r.extend(body, n, 1)
		if err != nil {
			t.Fatal(err)
		}
		for i := range n {
			if got, want := q[i].Add(ts[i]), delta.Mul(x[i]); !got.Equal(want) {
				t.Fatalf("n=%d: value %d: q+t = %v, want Δ·x = %v", n, i, got, want)
			}
		}
	}
	// Tamper with u^l of value 3 for a bit l of Δ that is 1, where the
	// receiver adds u^l into its share.
	l := 0
	for r.bits[l] == 0 {
		l++
	}
	x, _ := field.RandomVector(rand.Reader, 4)
	msg, ts := s.extend(x)
	body := append([]byte(nil), msg[headerLen:]...)
	body[(l*4+3)*field.Bytes] ^= 1
	q, err := r.extend(body, 4, 1)
	if err == nil && q[3].Add(ts[3]).Equal(delta.Mul(x[3])) {
		t.Fatal("a tampered COPE message left the product intact")
	}
	// A u that is not the encoding of an element is refused.
	msg, _ = s.extend(x)
	body = append(body[:0], msg[headerLen:]...)
	for i := range field.Bytes {
		body[(5*4+2)*field.Bytes+i] = 0xff
	}
	if _, err := r.extend(body, 4, 1); !errors.Is(err, mpc.ErrProtocol) {
		t.Fatalf("non-canonical u: err = %v, want one wrapping mpc.ErrProtocol", err)
	}
}

// BenchmarkCOPE measures one COPE extension of 256 values at the sender
// and at the receiver.
func BenchmarkCOPE(b *testing.B) {
	const n = 256
	s, r, _ := copePair(b)
	x, _ := field.RandomVector(rand.Reader, n)
	msg, _ := s.extend(x)
	body := append([]byte(nil), msg[headerLen:]...)
	b.Run("send", func(b *testing.B) {
		b.SetBytes(n * k * field.Bytes)
		for b.Loop() {
			s.extend(x)
		}
	})
	b.Run("receive", func(b *testing.B) {
		b.SetBytes(n * k * field.Bytes)
		for b.Loop() {
			if _, err := r.extend(body, n, 1); err != nil {
				b.Fatal(err)
			}
		}
	})
}
