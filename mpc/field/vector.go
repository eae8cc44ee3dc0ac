package field

import (
	"fmt"
	"io"
	"slices"
)

// Vector is a slice of field elements.
type Vector []Element

// RandomVector returns n uniformly random elements read from r.
func RandomVector(r io.Reader, n int) (Vector, error) {
	buf := make([]byte, n*Bytes)
	if _, err := io.ReadFull(r, buf); err != nil {
		return nil, fmt.Errorf("field: read randomness: %w", err)
	}
	v := make(Vector, n)
	for i := range v {
		e, err := SetBytes(buf[i*Bytes : (i+1)*Bytes])
		if err != nil {
			// Probability 159/2^128 per element: draw this one again.
			if e, err = Random(r); err != nil {
				return nil, err
			}
		}
		v[i] = e
	}
	return v, nil
}

// AddInPlace sets v[i] += w[i]. It panics if the lengths differ, which is a
// programming error: callers check lengths of received vectors first.
func (v Vector) AddInPlace(w Vector) {
	if len(v) != len(w) {
		panic("field: vector length mismatch")
	}
	for i := range v {
		v[i] = v[i].Add(w[i])
	}
}

// SubInPlace sets v[i] −= w[i]. It panics if the lengths differ.
func (v Vector) SubInPlace(w Vector) {
	if len(v) != len(w) {
		panic("field: vector length mismatch")
	}
	for i := range v {
		v[i] = v[i].Sub(w[i])
	}
}

// Equal reports whether v and w hold the same elements.
func (v Vector) Equal(w Vector) bool {
	if len(v) != len(w) {
		return false
	}
	var diff uint64
	for i := range v {
		diff |= (v[i].lo ^ w[i].lo) | (v[i].hi ^ w[i].hi)
	}
	return diff == 0
}

// AppendBytes appends the encoding of every element of v to b.
func (v Vector) AppendBytes(b []byte) []byte {
	b = slices.Grow(b, len(v)*Bytes)
	for _, e := range v {
		b = e.AppendBytes(b)
	}
	return b
}

// DecodeVector decodes len(b)/Bytes elements. It returns an error if len(b)
// is not a multiple of Bytes or an element is not canonical.
func DecodeVector(b []byte) (Vector, error) {
	if len(b)%Bytes != 0 {
		return nil, fmt.Errorf("field: vector encoding has %d bytes, not a multiple of %d", len(b), Bytes)
	}
	v := make(Vector, len(b)/Bytes)
	for i := range v {
		e, err := SetBytes(b[i*Bytes : (i+1)*Bytes])
		if err != nil {
			return nil, fmt.Errorf("field: element %d: %w", i, err)
		}
		v[i] = e
	}
	return v, nil
}
