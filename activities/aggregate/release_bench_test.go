package aggregate

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/synth"
	"github.com/twopm/twopm/dp"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/mpc/memnet"
	"github.com/twopm/twopm/stats"
)

// BenchmarkRelease measures disclosure control on the statistics of every
// heart-disease column over four parties (in memory), against revealing
// the same aggregate whole in the same run: ratio is the release's time
// over the plain reveal's (both after the parties' inputs), and
// per_statistic_ms the extra time per released or withheld position;
// dp_ratio is the same for a differentially private release at ε = 1
// (each party's noise input, and comparisons of noisy values).
func BenchmarkRelease(b *testing.B) {
	const n = 4
	s := dataset.HeartDisease
	l, err := stats.NewLayout(s, nil)
	if err != nil {
		b.Fatal(err)
	}
	var vecs []field.Vector
	for i := range n {
		g, err := synth.New(s, synth.Options{Rows: 200, Seed: uint64(i + 1), Missing: 0.05})
		if err != nil {
			b.Fatal(err)
		}
		tab := &dataset.Table{Schema: s}
		for range 200 {
			tab.Rows = append(tab.Rows, g.Row())
		}
		vecs = append(vecs, stats.LocalMap(tab, l))
	}
	scales, err := l.NoiseScales(s, 1)
	if err != nil {
		b.Fatal(err)
	}
	noises := make([]field.Vector, n)
	for i := range n {
		if noises[i], err = stats.Noise(dp.NewSampler(dp.Stream([]byte{byte(i)}, "bench")), scales); err != nil {
			b.Fatal(err)
		}
	}
	const plainMode, releaseMode, dpMode = 0, 1, 2
	session := func(mode int) time.Duration {
		nw := memnet.New(n)
		ctx := context.Background()
		var wg sync.WaitGroup
		var took time.Duration
		for i := range n {
			wg.Go(func() {
				sess, err := mascot.New(ctx, nw.Party(i), mascot.Config{Session: "bench/1/1"})
				if err != nil {
					b.Error(err)
					return
				}
				in, err := sess.InputAll(ctx, vecs[i])
				if err != nil {
					b.Error(err)
					return
				}
				start := time.Now()
				switch mode {
				case releaseMode:
					_, err = Release(ctx, sess, in, vecs[i], l, stats.DefaultRules(), false, nil)
				case dpMode:
					_, err = Release(ctx, sess, in, vecs[i], l, stats.DefaultRules(), false, noises[i])
				default:
					_, err = sess.Reveal(ctx, mascot.Sum(in...))
				}
				if err != nil {
					b.Error(err)
				}
				if i == 0 {
					took = time.Since(start)
				}
			})
		}
		wg.Wait()
		return took
	}
	var plain, rel, noisy time.Duration
	for b.Loop() {
		plain += session(plainMode)
		rel += session(releaseMode)
		noisy += session(dpMode)
	}
	b.ReportMetric(float64(rel)/float64(plain), "ratio")
	b.ReportMetric(float64(rel-plain)/float64(b.N)/1e6/float64(l.Len()), "per_statistic_ms")
	b.ReportMetric(float64(rel)/float64(b.N)/1e6, "release_ms")
	b.ReportMetric(float64(plain)/float64(b.N)/1e6, "reveal_ms")
	b.ReportMetric(float64(noisy)/float64(plain), "dp_ratio")
	b.ReportMetric(float64(noisy)/float64(b.N)/1e6, "dp_release_ms")
}
