package field

import (
	"crypto/rand"
	"errors"
	"math/big"
	mrand "math/rand/v2"
	"testing"
)

// edge returns elements near the boundaries of the representation, where
// carries and reductions happen.
func edge() []Element {
	pm1 := FromBig(new(big.Int).Sub(modulus, big.NewInt(1)))
	return []Element{
		{}, One(), New(2), New(c), New(c + 1), New(^uint64(0)),
		{hi: 1}, {lo: ^uint64(0), hi: ^uint64(0) >> 1},
		pm1, pm1.Sub(One()), FromBig(halfP), FromBig(new(big.Int).Add(halfP, big.NewInt(1))),
	}
}

func seeded(t testing.TB) *mrand.ChaCha8 {
	var seed [32]byte
	_, _ = rand.Read(seed[:])
	t.Logf("seed %x", seed)
	return mrand.NewChaCha8(seed)
}

func TestArithmeticMatchesBig(t *testing.T) {
	rng := seeded(t)
	els := edge()
	for range 2000 {
		e, err := Random(rng)
		if err != nil {
			t.Fatal(err)
		}
		els = append(els, e)
	}
	m := modulus
	for i, a := range els {
		b := els[(i*7+3)%len(els)]
		ab, bb := a.Big(), b.Big()
		checks := []struct {
			name string
			got  Element
			want *big.Int
		}{
			{"add", a.Add(b), new(big.Int).Mod(new(big.Int).Add(ab, bb), m)},
			{"sub", a.Sub(b), new(big.Int).Mod(new(big.Int).Sub(ab, bb), m)},
			{"mul", a.Mul(b), new(big.Int).Mod(new(big.Int).Mul(ab, bb), m)},
			{"neg", a.Neg(), new(big.Int).Mod(new(big.Int).Neg(ab), m)},
			{"square", a.Square(), new(big.Int).Mod(new(big.Int).Mul(ab, ab), m)},
		}
		for _, ch := range checks {
			if ch.got.Big().Cmp(ch.want) != 0 {
				t.Fatalf("%s(%v, %v) = %v, want %v", ch.name, a, b, ch.got, ch.want)
			}
			if !IsCanonical(ch.got.lo, ch.got.hi) {
				t.Fatalf("%s(%v, %v) is not canonical", ch.name, a, b)
			}
		}
	}
}

func TestInverse(t *testing.T) {
	rng := seeded(t)
	for range 50 {
		e, _ := Random(rng)
		if e.IsZero() {
			continue
		}
		if got := e.Mul(e.Inverse()); !got.Equal(One()) {
			t.Fatalf("%v · %v⁻¹ = %v, want 1", e, e, got)
		}
	}
}

func TestSignedRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		in   int64
	}{
		{"zero", 0}, {"one", 1}, {"minus one", -1}, {"large", 1 << 62}, {"min", -1 << 63},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FromInt64(tt.in).Signed(); got.Int64() != tt.in || !got.IsInt64() {
				t.Fatalf("FromInt64(%d).Signed() = %v", tt.in, got)
			}
		})
	}
	big1 := new(big.Int).Neg(halfP)
	if got := FromBig(big1).Signed(); got.Cmp(big1) != 0 {
		t.Fatalf("FromBig(−(p−1)/2).Signed() = %v", got)
	}
}

func TestSetBytesRejectsNonCanonical(t *testing.T) {
	tests := []struct {
		name    string
		in      *big.Int
		wantErr error
	}{
		{"p-1", new(big.Int).Sub(modulus, big.NewInt(1)), nil},
		{"p", modulus, ErrNonCanonical},
		{"2^128-1", new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1)), ErrNonCanonical},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			be := tt.in.FillBytes(make([]byte, Bytes))
			le := make([]byte, Bytes)
			for i := range be {
				le[i] = be[Bytes-1-i]
			}
			_, err := SetBytes(le)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("SetBytes(%v) error = %v, want %v", tt.in, err, tt.wantErr)
			}
		})
	}
	if _, err := SetBytes(make([]byte, 15)); err == nil {
		t.Fatal("SetBytes of 15 bytes: want an error")
	}
}

func TestVectorEncoding(t *testing.T) {
	rng := seeded(t)
	v, err := RandomVector(rng, 33)
	if err != nil {
		t.Fatal(err)
	}
	w, err := DecodeVector(v.AppendBytes(nil))
	if err != nil {
		t.Fatal(err)
	}
	if !v.Equal(w) {
		t.Fatal("vector did not round-trip")
	}
	if _, err := DecodeVector(make([]byte, 17)); err == nil {
		t.Fatal("DecodeVector of 17 bytes: want an error")
	}
}

func TestFromWordsAndDouble(t *testing.T) {
	p := Modulus()
	cases := [][2]uint64{{0, 0}, {1, 0}, {^uint64(0), ^uint64(0)}, {^uint64(0) - 158, ^uint64(0)}, {^uint64(0) - 159, ^uint64(0)}, {12345, 1 << 63}}
	rng := mrand.New(mrand.NewPCG(7, 9))
	for range 200 {
		cases = append(cases, [2]uint64{rng.Uint64(), rng.Uint64()})
	}
	for _, c := range cases {
		x := new(big.Int).Lsh(new(big.Int).SetUint64(c[1]), 64)
		x.Add(x, new(big.Int).SetUint64(c[0]))
		want := new(big.Int).Mod(x, p)
		e := FromWords(c[0], c[1])
		if e.Big().Cmp(want) != 0 {
			t.Fatalf("FromWords(%#x, %#x) = %v, want %v", c[0], c[1], e, want)
		}
		lo, hi := e.Words()
		if FromWords(lo, hi) != e {
			t.Fatalf("Words does not round-trip %v", e)
		}
		d := e.Double()
		want2 := new(big.Int).Mod(new(big.Int).Lsh(want, 1), p)
		if d.Big().Cmp(want2) != 0 || d != e.Add(e) {
			t.Fatalf("Double(%v) = %v, want %v", e, d, want2)
		}
	}
}
