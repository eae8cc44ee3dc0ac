package mascot

import (
	"context"
	"crypto/rand"
	"fmt"
	"testing"

	"github.com/twopm/twopm/mpc/additive"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/memnet"
)

// parallel runs f for n parties of a fresh in-memory network and fails b
// on any error.
func parallel(b *testing.B, n int, f func(ctx context.Context, tr *memnet.Transport) error) *memnet.Network {
	b.Helper()
	nw := memnet.New(n)
	errs := run(b, nw, n, func(ctx context.Context, _ int, tr *memnet.Transport) error { return f(ctx, tr) })
	for i, err := range errs {
		if err != nil {
			b.Fatalf("party %d: %v", i, err)
		}
	}
	return nw
}

// BenchmarkTriples measures triple generation after set-up, in memory.
func BenchmarkTriples(b *testing.B) {
	const count = 2048
	for _, n := range []int{2, 3} {
		b.Run(fmt.Sprintf("parties=%d", n), func(b *testing.B) {
			var sent int64
			for b.Loop() {
				b.StopTimer()
				ss := make([]*Session, n)
				nw := parallel(b, n, func(ctx context.Context, tr *memnet.Transport) error {
					var err error
					ss[tr.Self()], err = New(ctx, tr, Config{Session: "bench"})
					return err
				})
				before := nw.BytesSent()
				b.StartTimer()
				parallel(b, n, func(ctx context.Context, tr *memnet.Transport) error {
					return ss[tr.Self()].Triples(ctx, count)
				})
				sent += nw.BytesSent() - before
			}
			b.ReportMetric(float64(count*b.N)/b.Elapsed().Seconds(), "triples/s")
			b.ReportMetric(float64(sent)/float64(n)/float64(count*b.N), "B/triple/party")
		})
	}
}

// BenchmarkAggregate compares a whole MASCOT aggregation (set-up
// included) with the additive protocol and a plain sum of the same
// vectors, 4 parties × 10,000 values, in memory.
func BenchmarkAggregate(b *testing.B) {
	const n, length = 4, 10_000
	xs := make([]field.Vector, n)
	for i := range xs {
		xs[i], _ = field.RandomVector(rand.Reader, length)
	}
	b.Run("plain", func(b *testing.B) {
		for b.Loop() {
			sum := make(field.Vector, length)
			for _, x := range xs {
				sum.AddInPlace(x)
			}
		}
	})
	b.Run("additive", func(b *testing.B) {
		for b.Loop() {
			parallel(b, n, func(ctx context.Context, tr *memnet.Transport) error {
				_, err := additive.Aggregate(ctx, tr, xs[tr.Self()], rand.Reader)
				return err
			})
		}
	})
	b.Run("mascot", func(b *testing.B) {
		for b.Loop() {
			parallel(b, n, func(ctx context.Context, tr *memnet.Transport) error {
				_, err := Aggregate(ctx, tr, xs[tr.Self()], Config{Session: "bench"})
				return err
			})
		}
	})
}
