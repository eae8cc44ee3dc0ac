package field

import (
	"bytes"
	"testing"
)

// FuzzDecodeVector: a vector decodes only from canonical elements, and
// encodes back to the same bytes.
func FuzzDecodeVector(f *testing.F) {
	f.Add(Vector{FromInt64(1), FromInt64(-1)}.AppendBytes(nil))
	f.Add(bytes.Repeat([]byte{0xff}, Bytes))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := DecodeVector(b)
		if err != nil {
			return
		}
		if got := v.AppendBytes(nil); !bytes.Equal(got, b) {
			t.Fatalf("%x decodes to a vector that encodes as %x", b, got)
		}
	})
}
