package aggregate

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/synth"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/mpc/memnet"
	"github.com/twopm/twopm/stats"
)

// BenchmarkRelease measures disclosure control on the statistics of every
// heart-disease column over four parties (in memory), against revealing
// the same aggregate whole in the same run: ratio is the release's time
// over the plain reveal's (both after the parties' inputs), and
// per_statistic_ms the extra time per released or withheld position.
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
	session := func(release bool) time.Duration {
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
				if release {
					_, err = Release(ctx, sess, in, vecs[i], l, stats.DefaultRules(), false)
				} else {
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
	var plain, rel time.Duration
	for b.Loop() {
		plain += session(false)
		rel += session(true)
	}
	b.ReportMetric(float64(rel)/float64(plain), "ratio")
	b.ReportMetric(float64(rel-plain)/float64(b.N)/1e6/float64(l.Len()), "per_statistic_ms")
	b.ReportMetric(float64(rel)/float64(b.N)/1e6, "release_ms")
	b.ReportMetric(float64(plain)/float64(b.N)/1e6, "reveal_ms")
}
