package field

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/bits"
)

// Bytes is the length of an encoded Element.
const Bytes = 16

// c is 2^128 − p.
const c = 159

// ErrNonCanonical is returned by SetBytes for an encoding of a value ≥ p.
// Callers check it with errors.Is.
var ErrNonCanonical = errors.New("field: non-canonical encoding")

// Modulus returns p = 2^128 − 159 as a new big.Int.
func Modulus() *big.Int {
	p := new(big.Int).Lsh(big.NewInt(1), 128)
	return p.Sub(p, big.NewInt(c))
}

var (
	modulus = Modulus()
	halfP   = new(big.Int).Rsh(modulus, 1)
)

// Element is a field element in canonical form: lo + hi·2^64 < p.
// The zero value is 0.
type Element struct {
	lo, hi uint64
}

// New returns the element x mod p for a 64-bit unsigned x.
func New(x uint64) Element { return Element{lo: x} }

// FromInt64 returns x mod p; negative x maps to p − |x|.
func FromInt64(x int64) Element {
	if x >= 0 {
		return Element{lo: uint64(x)}
	}
	return Element{}.Sub(Element{lo: uint64(-x)})
}

// FromBig returns x mod p for any integer x.
func FromBig(x *big.Int) Element {
	r := new(big.Int).Mod(x, modulus)
	var buf [Bytes]byte
	r.FillBytes(buf[:])
	return Element{hi: binary.BigEndian.Uint64(buf[:8]), lo: binary.BigEndian.Uint64(buf[8:])}
}

// Big returns e as an integer in [0, p).
func (e Element) Big() *big.Int {
	var buf [Bytes]byte
	binary.BigEndian.PutUint64(buf[:8], e.hi)
	binary.BigEndian.PutUint64(buf[8:], e.lo)
	return new(big.Int).SetBytes(buf[:])
}

// Signed returns e as an integer in [−(p−1)/2, (p−1)/2], the inverse of
// FromBig for integers in that range.
func (e Element) Signed() *big.Int {
	b := e.Big()
	if b.Cmp(halfP) > 0 {
		b.Sub(b, modulus)
	}
	return b
}

// IsZero reports whether e is 0.
func (e Element) IsZero() bool { return e.lo|e.hi == 0 }

// Equal reports whether e and f are the same element, in constant time.
func (e Element) Equal(f Element) bool {
	return (e.lo^f.lo)|(e.hi^f.hi) == 0
}

// String returns e in decimal.
func (e Element) String() string { return e.Big().String() }

// reduce returns (lo, hi) − p if carry is set or (lo, hi) ≥ p, else (lo, hi).
// The input must be below 2p, counting carry as 2^128.
func reduce(lo, hi, carry uint64) Element {
	tlo, b := bits.Add64(lo, c, 0)
	thi, b := bits.Add64(hi, 0, b)
	mask := -(carry | b)
	return Element{lo: lo ^ ((lo ^ tlo) & mask), hi: hi ^ ((hi ^ thi) & mask)}
}

// Add returns e + f.
func (e Element) Add(f Element) Element {
	lo, carry := bits.Add64(e.lo, f.lo, 0)
	hi, carry := bits.Add64(e.hi, f.hi, carry)
	return reduce(lo, hi, carry)
}

// Sub returns e − f.
func (e Element) Sub(f Element) Element {
	lo, b := bits.Sub64(e.lo, f.lo, 0)
	hi, b := bits.Sub64(e.hi, f.hi, b)
	// On borrow, add p, which is subtracting c modulo 2^128.
	tlo, b2 := bits.Sub64(lo, c, 0)
	thi, _ := bits.Sub64(hi, 0, b2)
	mask := -b
	return Element{lo: lo ^ ((lo ^ tlo) & mask), hi: hi ^ ((hi ^ thi) & mask)}
}

// Neg returns −e.
func (e Element) Neg() Element { return Element{}.Sub(e) }

// Mul returns e · f.
func (e Element) Mul(f Element) Element {
	// 256-bit product r3:r2:r1:r0.
	h00, r0 := bits.Mul64(e.lo, f.lo)
	h01, l01 := bits.Mul64(e.lo, f.hi)
	h10, l10 := bits.Mul64(e.hi, f.lo)
	h11, l11 := bits.Mul64(e.hi, f.hi)
	r1, cy := bits.Add64(h00, l01, 0)
	r2, cy := bits.Add64(h01, l11, cy)
	r3 := h11 + cy
	r1, cy = bits.Add64(r1, l10, 0)
	r2, cy = bits.Add64(r2, h10, cy)
	r3 += cy

	// Fold the high half: 2^128 ≡ c, so r ≡ r1:r0 + c·(r3:r2).
	mh0, m0 := bits.Mul64(r2, c)
	mh1, m1 := bits.Mul64(r3, c)
	m1, cy = bits.Add64(m1, mh0, 0)
	m2 := mh1 + cy
	s0, cy := bits.Add64(r0, m0, 0)
	s1, cy := bits.Add64(r1, m1, cy)
	s2 := m2 + cy // at most c+1

	// Fold again: s2·2^128 ≡ c·s2 < 2^16.
	s0, cy = bits.Add64(s0, s2*c, 0)
	s1, cy = bits.Add64(s1, 0, cy)
	// A final carry is worth c again; it can only happen when s1:s0 is small.
	s0, cy2 := bits.Add64(s0, cy*c, 0)
	s1, _ = bits.Add64(s1, 0, cy2)
	return reduce(s0, s1, 0)
}

// Square returns e · e.
func (e Element) Square() Element { return e.Mul(e) }

// Exp returns e^k for a non-negative exponent k, in time that depends
// only on the bit length of k.
func (e Element) Exp(k *big.Int) Element {
	r := One()
	for i := k.BitLen() - 1; i >= 0; i-- {
		r = r.Square()
		if k.Bit(i) == 1 {
			r = r.Mul(e)
		}
	}
	return r
}

// Inverse returns e^−1, or 0 when e is 0.
func (e Element) Inverse() Element {
	return e.Exp(new(big.Int).Sub(modulus, big.NewInt(2)))
}

// One returns the multiplicative identity.
func One() Element { return Element{lo: 1} }

// AppendBytes appends the 16-byte little-endian encoding of e to b.
func (e Element) AppendBytes(b []byte) []byte {
	b = binary.LittleEndian.AppendUint64(b, e.lo)
	return binary.LittleEndian.AppendUint64(b, e.hi)
}

// SetBytes decodes a 16-byte little-endian encoding. It returns
// ErrNonCanonical for a value ≥ p and an error for a wrong length.
func SetBytes(b []byte) (Element, error) {
	if len(b) != Bytes {
		return Element{}, fmt.Errorf("field: encoding has %d bytes, want %d", len(b), Bytes)
	}
	e := Element{lo: binary.LittleEndian.Uint64(b[:8]), hi: binary.LittleEndian.Uint64(b[8:])}
	if !IsCanonical(e.lo, e.hi) {
		return Element{}, ErrNonCanonical
	}
	return e, nil
}

// IsCanonical reports whether lo + hi·2^64 < p, that is whether the 16
// little-endian bytes of lo and hi are the encoding of an element: whether
// lo + hi·2^64 + c does not overflow.
func IsCanonical(lo, hi uint64) bool {
	_, b := bits.Add64(lo, c, 0)
	_, b = bits.Add64(hi, 0, b)
	return b == 0
}

// Random returns a uniformly random element read from r, by rejection
// sampling of 128-bit strings (a rejection happens with probability
// 159/2^128). It returns an error only when r fails.
func Random(r io.Reader) (Element, error) {
	var buf [Bytes]byte
	for {
		if _, err := io.ReadFull(r, buf[:]); err != nil {
			return Element{}, fmt.Errorf("field: read randomness: %w", err)
		}
		lo := binary.LittleEndian.Uint64(buf[:8])
		hi := binary.LittleEndian.Uint64(buf[8:])
		if IsCanonical(lo, hi) {
			return Element{lo: lo, hi: hi}, nil
		}
	}
}

// FromWords returns (lo + hi·2^64) mod p for any 128-bit integer. Applied
// to a uniformly random 128-bit string it gives an element whose
// distribution is within 159/2^128 of uniform, which is how keystream
// output becomes field elements without rejection sampling.
func FromWords(lo, hi uint64) Element { return reduce(lo, hi, 0) }

// Words returns the canonical value of e as two 64-bit words, least
// significant first: e = lo + hi·2^64.
func (e Element) Words() (lo, hi uint64) { return e.lo, e.hi }

// Double returns e + e.
func (e Element) Double() Element {
	lo := e.lo << 1
	hi := e.hi<<1 | e.lo>>63
	return reduce(lo, hi, e.hi>>63)
}

// Mask returns e if bit is 1 and 0 if bit is 0, in constant time. bit must
// be 0 or 1.
func (e Element) Mask(bit uint64) Element {
	m := -bit
	return Element{lo: e.lo & m, hi: e.hi & m}
}
