package mascot

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"encoding/binary"

	"github.com/twopm/twopm/mpc/field"
)

// prg is AES-128 in counter mode used as a pseudorandom generator. Its
// output is an io.Reader and turns into field elements without rejection
// sampling (field.FromWords, within 2^-120 of uniform).
type prg struct {
	stream cipher.Stream
	buf    []byte
}

// newPRG returns the generator keyed by the first 16 bytes of key, with
// the next 16 as its initial counter block.
func newPRG(key []byte) *prg {
	b, err := aes.NewCipher(key[:16])
	if err != nil {
		panic("mascot: " + err.Error()) // unreachable: the key is 16 bytes
	}
	iv := make([]byte, aes.BlockSize)
	copy(iv, key[16:])
	return &prg{stream: cipher.NewCTR(b, iv)}
}

// zeros is what keystream encrypts: XORing the keystream into zeros,
// rather than clearing the destination first, saves a pass over it.
var zeros [copeBlock * field.Bytes]byte

// Read fills p with keystream. It never fails.
func (g *prg) Read(p []byte) (int, error) {
	for rest := p; len(rest) > 0; {
		n := min(len(rest), len(zeros))
		g.stream.XORKeyStream(rest[:n], zeros[:n])
		rest = rest[n:]
	}
	return len(p), nil
}

// elements fills dst with pseudorandom field elements.
func (g *prg) elements(dst []field.Element) {
	need := len(dst) * field.Bytes
	if cap(g.buf) < need {
		g.buf = make([]byte, need)
	}
	b := g.buf[:need]
	_, _ = g.Read(b)
	for i := range dst {
		dst[i] = elementAt(b, i)
	}
}

// words returns the 16 little-endian bytes of b at index i as two words,
// least significant first.
func words(b []byte, i int) (lo, hi uint64) {
	e := (*[16]byte)(b[16*i:])
	return binary.LittleEndian.Uint64(e[:8]), binary.LittleEndian.Uint64(e[8:])
}

// elementAt returns the 16 bytes of b at index i reduced to a field
// element (field.FromWords). It decodes the words itself rather than
// through words, which would put it over the compiler's inlining budget in
// COPE's inner loop.
func elementAt(b []byte, i int) field.Element {
	e := (*[16]byte)(b[16*i:])
	return field.FromWords(binary.LittleEndian.Uint64(e[:8]), binary.LittleEndian.Uint64(e[8:]))
}

// element returns one pseudorandom field element.
func (g *prg) element() field.Element {
	var e [1]field.Element
	g.elements(e[:])
	return e[0]
}

// derive hashes a domain label and parts into a 32-byte key, each part
// length-prefixed so that no two lists of parts collide.
func derive(label string, parts ...[]byte) [32]byte {
	h := sha256.New()
	var n [8]byte
	for _, p := range append([][]byte{[]byte(label)}, parts...) {
		binary.BigEndian.PutUint64(n[:], uint64(len(p)))
		h.Write(n[:])
		h.Write(p)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

func u64(x uint64) []byte { return binary.BigEndian.AppendUint64(nil, x) }
