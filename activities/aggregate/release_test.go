package aggregate

import (
	"context"
	"errors"
	"maps"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/synth"
	"github.com/twopm/twopm/dp"
	"github.com/twopm/twopm/fixed"
	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/mpc/memnet"
	"github.com/twopm/twopm/stats"
)

// releaseTables are three hospitals' heart-disease tables of 40, 12 and 3
// synthetic rows; only the first has chol values, 3 rows have sex 1
// (the others 0), and 2 rows have restecg 1 (the others 0).
func releaseTables(t *testing.T) []*dataset.Table {
	t.Helper()
	s := dataset.HeartDisease
	chol, sex, restecg := s.Index("chol"), s.Index("sex"), s.Index("restecg")
	var tabs []*dataset.Table
	for i, rows := range []int{40, 12, 3} {
		g, err := synth.New(s, synth.Options{Rows: rows, Seed: uint64(40 + i), Missing: 0.1})
		if err != nil {
			t.Fatal(err)
		}
		tab := &dataset.Table{Schema: s}
		for k := range rows {
			r := g.Row()
			if i > 0 {
				r[chol] = dataset.Cell{Missing: true}
			}
			r[sex], r[restecg] = dataset.Cell{}, dataset.Cell{}
			if i == 0 && k < 3 {
				r[sex] = dataset.Cell{Level: 1, Q: fixedOne}
			}
			if i == 0 && k < 2 {
				r[restecg] = dataset.Cell{Level: 1, Q: fixedOne}
			}
			tab.Rows = append(tab.Rows, r)
		}
		tabs = append(tabs, tab)
	}
	return tabs
}

// releaseVectors lays out columns and returns the contributions of the
// releaseTables and their sum.
func releaseVectors(t *testing.T, columns ...string) (stats.Layout, []field.Vector, field.Vector) {
	t.Helper()
	l, err := stats.NewLayout(dataset.HeartDisease, columns)
	if err != nil {
		t.Fatal(err)
	}
	var vecs []field.Vector
	plain := make(field.Vector, l.Len())
	for _, tab := range releaseTables(t) {
		v := stats.LocalMap(tab, l)
		vecs = append(vecs, v)
		plain.AddInPlace(v)
	}
	return l, vecs, plain
}

// fixedOne is a level-1 cell's value of a column whose levels are 0, 1…
const fixedOne = fixed.Scale

// runRelease runs Release on every party over memnet; party cheat, if
// not negative, runs with the MASCOT fault given.
func runRelease(t *testing.T, l stats.Layout, vecs []field.Vector, openAll bool, cheat int, fault string) ([]Released, []error) {
	return runNoisy(t, l, vecs, nil, openAll, cheat, fault, nil)
}

// openings records what every party opened (mascot.Config.Tap), in
// order, and each party's shares of the aggregate.
type openings struct {
	mu     sync.Mutex
	shares [][][]mascot.Share // [party][opening]
	sums   [][]mascot.Share   // [party][position]
}

func newOpenings(n int) *openings {
	return &openings{shares: make([][][]mascot.Share, n), sums: make([][]mascot.Share, n)}
}

// opened returns the positions p of the aggregate whose value, plus
// perhaps a public constant, some opening opened: those where every party
// but the first (which adds public constants) opened exactly its share of
// position p.
func (o *openings) opened() map[int]bool {
	got := map[int]bool{}
	n := len(o.shares)
	for k := range o.shares[0] {
		for h := range o.shares[0][k] {
			for p := range o.sums[0] {
				all := true
				for i := 1; i < n && all; i++ {
					all = o.shares[i][k][h].Value.Equal(o.sums[i][p].Value)
				}
				if all {
					got[p] = true
				}
			}
		}
	}
	return got
}

// runNoisy is runRelease with party i adding noises[i] (nil: no noise),
// recording what each party opens in rec (nil: nothing).
func runNoisy(t *testing.T, l stats.Layout, vecs, noises []field.Vector, openAll bool, cheat int, fault string, rec *openings) ([]Released, []error) {
	t.Helper()
	n := len(vecs)
	nw := memnet.New(n)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, errs := make([]Released, n), make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			cfg := mascot.Config{Session: "release/1/1"}
			if i == cheat {
				cfg.Fault = fault
			}
			if rec != nil {
				cfg.Tap = func(sh []mascot.Share, _ field.Vector) {
					rec.mu.Lock()
					rec.shares[i] = append(rec.shares[i], slices.Clone(sh))
					rec.mu.Unlock()
				}
			}
			s, err := mascot.New(ctx, nw.Party(i), cfg)
			if err == nil {
				var in [][]mascot.Share
				if in, err = s.InputAll(ctx, vecs[i]); err == nil {
					if rec != nil {
						rec.mu.Lock()
						rec.sums[i] = mascot.Sum(in...)
						rec.mu.Unlock()
					}
					var noise field.Vector
					if noises != nil {
						noise = noises[i]
					}
					out[i], err = Release(ctx, s, in, vecs[i], l, stats.DefaultRules(), openAll, noise)
				}
			}
			if errs[i] = err; err != nil {
				cancel()
			}
		})
	}
	wg.Wait()
	return out, errs
}

// TestRelease: the secure release opens exactly what the rules on the
// plain aggregate allow, and nothing at the withheld positions; with
// openAll it opens everything and says what the result withholds.
func TestRelease(t *testing.T) {
	l, vecs, plain := releaseVectors(t, "age", "sex", "cp", "chol", "restecg", "num")
	nodes := make([]int64, len(l.Columns))
	for c := range l.Columns {
		for _, v := range vecs {
			if !v[l.CountAt(c)].IsZero() {
				nodes[c]++
			}
		}
	}
	judged, err := l.Judge(stats.DefaultRules(), plain, nodes)
	if err != nil {
		t.Fatal(err)
	}
	want := l.Suppressed(judged)
	if want[l.CountAt(3)] != stats.RuleMinNodes || want[l.CellAt(1, 1)] != stats.RuleMinCell || want[l.CellAt(1, 0)] != stats.RuleSecondary ||
		want[l.CellAt(4, 1)] != stats.RuleMinCell || want[l.CellAt(4, 2)] != stats.RuleMinCell {
		t.Fatalf("the test tables should withhold chol (one node) and small cells: %v", want)
	}
	for _, openAll := range []bool{false, true} {
		rec := newOpenings(len(vecs))
		got, errs := runNoisy(t, l, vecs, nil, openAll, -1, "", rec)
		for i, err := range errs {
			if err != nil {
				t.Fatalf("party %d: %v", i, err)
			}
		}
		for i, g := range got {
			if !maps.Equal(g.Suppressed, want) {
				t.Fatalf("party %d withheld %v, want %v", i, g.Suppressed, want)
			}
			for p := range plain {
				_, withheld := want[p]
				switch {
				case withheld && !openAll && !g.Sum[p].IsZero():
					t.Fatalf("party %d: withheld position %d opened", i, p)
				case (!withheld || openAll) && !g.Sum[p].Equal(plain[p]):
					t.Fatalf("party %d: position %d is %v, want %v", i, p, g.Sum[p], plain[p])
				}
			}
			for c := range nodes {
				if g.Nodes[c] != nodes[c] {
					t.Fatalf("party %d: column %d held by %d nodes, want %d", i, c, g.Nodes[c], nodes[c])
				}
			}
		}
		// What the parties saw: no opening, of any step, ever carried a
		// withheld entry of the aggregate (or it shifted by a public
		// constant); with openAll (a proven round) each is opened, which
		// shows the check finds what is opened.
		opened := rec.opened()
		for p := range want {
			if opened[p] != openAll {
				t.Fatalf("open all %v: withheld position %d opened: %v", openAll, p, opened[p])
			}
		}
		for p := range plain {
			if _, withheld := want[p]; !withheld && !opened[p] {
				t.Fatalf("released position %d never opened", p)
			}
		}
	}
}

// A party that claims to hold a column it has no value of (to make a
// column held by one hospital pass min_nodes) is caught before any test
// is opened, and a party that alters a share makes the session abort
// with nothing released.
func TestReleaseCheats(t *testing.T) {
	l, err := stats.NewLayout(dataset.HeartDisease, []string{"sex", "chol"})
	if err != nil {
		t.Fatal(err)
	}
	tabs := releaseTables(t)
	var vecs []field.Vector
	for _, tab := range tabs {
		vecs = append(vecs, stats.LocalMap(tab, l))
	}
	for name, lie := range map[string]func(bu field.Vector){
		"b=1 for a count of 0":         func(bu field.Vector) { bu[2] = field.One() },
		"b=1 and a made-up inverse":    func(bu field.Vector) { bu[2], bu[3] = field.One(), field.FromInt64(7) },
		"b=0 for a count it has (sex)": func(bu field.Vector) { bu[0], bu[1] = field.Element{}, field.Element{} },
	} {
		t.Run(name, func(t *testing.T) {
			holdingHook = func(self int, bu field.Vector) {
				if self == 1 {
					lie(bu)
				}
			}
			defer func() { holdingHook = nil }()
			got, errs := runRelease(t, l, vecs, false, -1, "")
			for i := range errs {
				if got[i].Sum != nil {
					t.Fatalf("party %d released %v", i, got[i].Sum)
				}
			}
			if !errors.Is(errs[0], mascot.ErrRange) || !strings.Contains(errs[0].Error(), "party 1's claim to hold column") {
				t.Fatalf("party 0: %v, want ErrRange naming party 1", errs[0])
			}
		})
	}
	got, errs := runRelease(t, l, vecs, false, 1, mascot.FaultBadShare)
	for _, i := range []int{0, 2} {
		if got[i].Sum != nil || errs[i] == nil || !errors.Is(errs[i], mpc.ErrProtocol) && !errors.Is(errs[i], context.Canceled) {
			t.Fatalf("honest party %d: %v, released %v", i, errs[i], got[i].Sum)
		}
	}
}

// TestReleaseNoisy: with differential privacy, every party's noise is in
// what is opened (the opened values are the aggregate plus the sum of the
// noises, exactly), nothing of who holds a column is opened, and the
// disclosure tests judge the noisy values,
// negative ones included: a count that noise makes negative is withheld
// by min_rows, a small cell that noise lifts past min_cell_count is
// released, one that noise sinks below it is withheld.
func TestReleaseNoisy(t *testing.T) {
	s := dataset.HeartDisease
	l, vecs, plain := releaseVectors(t, "age", "sex", "chol", "restecg")
	scales, err := l.NoiseScales(s, 1)
	if err != nil {
		t.Fatal(err)
	}
	noises := make([]field.Vector, len(vecs))
	total := make(field.Vector, l.Len())
	for i := range noises {
		if noises[i], err = stats.Noise(dp.NewSampler(dp.Stream([]byte{byte(i)}, "release test")), scales); err != nil {
			t.Fatal(err)
		}
		total.AddInPlace(noises[i])
	}
	// Steer the noise at chosen positions: age's count below 0, sex's
	// level 1 (3 rows) to 3+10 = 13, restecg's count to its own (55) and
	// its level 0 (53 rows) to 53−50 = 3.
	steer := func(p int, delta int64) {
		want := field.FromInt64(delta)
		noises[0][p] = noises[0][p].Add(want.Sub(total[p]))
		total[p] = want
	}
	steer(l.CountAt(0), -55-40)
	steer(l.CellAt(1, 1), 10)
	steer(l.CountAt(3), 0)
	steer(l.CellAt(3, 0), -50)
	got, errs := runNoisy(t, l, vecs, noises, false, -1, "", nil)
	for i, err := range errs {
		if err != nil {
			t.Fatalf("party %d: %v", i, err)
		}
	}
	noisy := make(field.Vector, l.Len())
	copy(noisy, plain)
	noisy.AddInPlace(total)
	var judged []stats.Outcome
	for c, col := range l.Columns {
		o := stats.Outcome{}
		switch { // chol, held by one node, is judged on its noisy count too: nothing of who holds it is opened
		case noisy[l.CountAt(c)].Signed().Cmp(big.NewInt(5)) < 0:
			o.Rule = stats.RuleMinRows
		default:
			for k := range col.Levels {
				o.Cells = append(o.Cells, noisy[l.CellAt(c, k)].Signed().Cmp(big.NewInt(5)) >= 0)
			}
		}
		judged = append(judged, o)
	}
	want := l.Suppressed(judged)
	if want[l.CountAt(0)] != stats.RuleMinRows || want[l.CellAt(1, 1)] != "" || want[l.CellAt(3, 0)] != stats.RuleMinCell {
		t.Fatalf("the steered positions: %v", want)
	}
	for i, g := range got {
		if !maps.Equal(g.Suppressed, want) {
			t.Fatalf("party %d withheld %v, want %v", i, g.Suppressed, want)
		}
		if g.Nodes != nil {
			t.Fatalf("party %d: holder counts %v opened", i, g.Nodes)
		}
		for p := range plain {
			if _, withheld := want[p]; withheld {
				if !g.Sum[p].IsZero() {
					t.Fatalf("party %d: withheld position %d opened", i, p)
				}
			} else if !g.Sum[p].Equal(noisy[p]) {
				t.Fatalf("party %d: position %d is %v, want the aggregate %v plus the noise %v", i, p, g.Sum[p].Signed(), plain[p].Signed(), total[p].Signed())
			}
		}
	}
	cols, err := stats.FinalizeNoisy(l, got[0].Sum, got[0].Suppressed)
	if err != nil {
		t.Fatal(err)
	}
	if cols[1].Suppressed["1"] != "" || cols[1].Histogram["1"] != 13 {
		t.Errorf("sex: %+v", cols[1])
	}
	// A party that alters a share in the noisy comparisons is caught, and
	// nothing is released.
	got, errs = runNoisy(t, l, vecs, noises, false, 1, mascot.FaultBadShare, nil)
	for _, i := range []int{0, 2} {
		if got[i].Sum != nil || errs[i] == nil {
			t.Fatalf("honest party %d: %v, released %v", i, errs[i], got[i].Sum)
		}
	}
}
