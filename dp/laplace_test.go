package dp

import (
	"crypto/rand"
	"errors"
	"math"
	"math/big"
	"testing"
)

// chiSquare compares n draws of DiscreteLaplace(scale) with the discrete
// Laplace law of scale b over the bins −k..k and the two tails, returning
// the statistic and its degrees of freedom.
func chiSquare(t *testing.T, s *Sampler, scale *big.Rat, b float64, n, k int) (float64, int) {
	t.Helper()
	counts := make(map[int]int)
	for range n {
		y, err := s.DiscreteLaplace(scale)
		if err != nil {
			t.Fatal(err)
		}
		v := int(max(-int64(k+1), min(int64(k+1), y.Int64())))
		counts[v]++
	}
	q := math.Exp(-1 / b)
	p := func(y int) float64 { return (1 - q) / (1 + q) * math.Pow(q, math.Abs(float64(y))) }
	tail := q * math.Pow(q, float64(k)) / (1 + q) // P(y > k)
	var chi float64
	for v := -k - 1; v <= k+1; v++ {
		e := p(v)
		if v < -k || v > k {
			e = tail
		}
		e *= float64(n)
		d := float64(counts[v]) - e
		chi += d * d / e
	}
	return chi, 2*k + 2
}

// TestDiscreteLaplaceDistribution: 40,000 draws follow the law (χ² below
// its 0.1% critical value), and the same test tells them from the law of a
// scale 20% larger, so it can fail.
func TestDiscreteLaplaceDistribution(t *testing.T) {
	s := NewSampler(Stream([]byte("test key"), "laplace"))
	chi, df := chiSquare(t, s, big.NewRat(5, 2), 2.5, 40000, 8)
	if df != 18 || chi > 42.3 { // χ²(18) at 0.1%
		t.Errorf("χ² = %.1f with %d degrees of freedom: the draws do not follow the discrete Laplace law of scale 2.5", chi, df)
	}
	s = NewSampler(Stream([]byte("test key"), "laplace wrong"))
	if chi, _ := chiSquare(t, s, big.NewRat(5, 2), 3, 40000, 8); chi < 42.3 {
		t.Errorf("χ² = %.1f against scale 3: the test cannot tell scales apart", chi)
	}
}

// TestDiscreteLaplaceLargeScale: at the scales a sum of squares needs
// (well past 2^64), the draws are centred with variance 2·scale².
func TestDiscreteLaplaceLargeScale(t *testing.T) {
	scale := new(big.Rat).SetFrac(new(big.Int).Exp(big.NewInt(10), big.NewInt(22), nil), big.NewInt(7))
	b, _ := scale.Float64()
	s := NewSampler(Stream([]byte("test key"), "large"))
	const n = 4000
	var sum, sq float64
	for range n {
		y, err := s.DiscreteLaplace(scale)
		if err != nil {
			t.Fatal(err)
		}
		f, _ := new(big.Float).SetInt(y).Float64()
		sum += f / b
		sq += (f / b) * (f / b)
	}
	mean, v := sum/n, sq/n
	if math.Abs(mean) > 0.15 || math.Abs(v-2) > 0.3 {
		t.Errorf("mean %.3f·scale, second moment %.3f·scale², want 0 and 2", mean, v)
	}
}

func TestDiscreteLaplaceErrors(t *testing.T) {
	s := NewSampler(rand.Reader)
	for _, sc := range []*big.Rat{nil, big.NewRat(0, 1), big.NewRat(-1, 2)} {
		if _, err := s.DiscreteLaplace(sc); !errors.Is(err, ErrScale) {
			t.Errorf("scale %v: %v, want ErrScale", sc, err)
		}
	}
	short := NewSampler(&shortReader{n: 3})
	if _, err := short.DiscreteLaplace(big.NewRat(1000, 1)); err == nil || short.Err() == nil {
		t.Errorf("a stream that ends: %v, want an error", err)
	}
}

// TestStreamReproducible: the same key and label give the same noise, a
// different label or key other noise.
func TestStreamReproducible(t *testing.T) {
	draw := func(key, label string) string {
		s := NewSampler(Stream([]byte(key), label))
		var out string
		for range 8 {
			y, err := s.DiscreteLaplace(big.NewRat(1000, 1))
			if err != nil {
				t.Fatal(err)
			}
			out += y.String() + " "
		}
		return out
	}
	a := draw("k", "task-1/0")
	if b := draw("k", "task-1/0"); a != b {
		t.Errorf("same key and label: %s then %s", a, b)
	}
	if b := draw("k", "task-1/1"); a == b {
		t.Errorf("another label gave the same noise %s", a)
	}
	if b := draw("k2", "task-1/0"); a == b {
		t.Errorf("another key gave the same noise %s", a)
	}
}

type shortReader struct{ n int }

func (r *shortReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, errors.New("stream ended")
	}
	r.n--
	for i := range p {
		p[i] = 0xff
	}
	return len(p), nil
}
