package infer

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/mpc/memnet"
)

func TestPrivateMatchesPlain(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	f := newFixture(t, seed, 20, 10)
	worst, worstRatio := 0.0, 0.0
	for _, k := range []int{1, 2, 3, 5} {
		t.Run(fmt.Sprintf("%d nodes", k), func(t *testing.T) {
			shares := split(t, f.m, k, seed+uint64(k))
			rows := append(append([][]float64(nil), f.rows[:6]...), f.confident[:4]...)
			if quick() {
				rows = [][]float64{f.rows[k], f.confident[k]}
			}
			for i, x := range rows {
				o := session(t, seed+uint64(100*k+i), x, shares, nil)
				for j, err := range o.errs {
					if err != nil {
						t.Fatalf("row %d: party %d: %v", i, j, err)
					}
				}
				want, err := Plain(f.m, x)
				if err != nil {
					t.Fatal(err)
				}
				bound := ErrorBound(f.m, x)
				dz, dp := math.Abs(o.res.Logit-want.Logit), math.Abs(o.res.Prob-want.Prob)
				if dz > bound || dp > bound/4+1e-15 {
					t.Errorf("row %d: logit %v (plain %v), prob %v (plain %v): off by %.3g and %.3g, bound %.3g",
						i, o.res.Logit, want.Logit, o.res.Prob, want.Prob, dz, dp, bound)
				}
				if o.res.Prob != sigmoid(o.res.Logit) {
					t.Errorf("row %d: prob %v is not the sigmoid of logit %v", i, o.res.Prob, o.res.Logit)
				}
				if math.Abs(want.Logit) > 10 && (o.res.Prob > 0.5) != (want.Prob > 0.5) {
					t.Errorf("row %d: confident prediction flipped", i)
				}
				worst, worstRatio = max(worst, dz), max(worstRatio, dz/bound)
				if st := o.res.Stats; st.TriplesUsed != f.m.Features+2 {
					t.Errorf("row %d: %d triples used, want %d", i, st.TriplesUsed, f.m.Features+2)
				}
			}
		})
	}
	t.Logf("worst logit difference %.3g, %.2g of the bound", worst, worstRatio)
}

// TestFixedPointWithinBound checks ErrorBound on many rows, the confident
// ones included, against the logit computed the way the session computes
// it (exactly, in the field, from the encoded values) but without MPC.
func TestFixedPointWithinBound(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	f := newFixture(t, seed, 20, 20)
	w, err := encode(f.m.Weights, "weight")
	if err != nil {
		t.Fatal(err)
	}
	worst := 0.0
	for i, x := range append(f.rows, f.confident...) {
		xe, err := encode(x, "feature")
		if err != nil {
			t.Fatal(err)
		}
		z := w[0].Mul(field.New(1 << FracBits))
		for j := range xe {
			z = z.Add(w[j+1].Mul(xe[j]))
		}
		want, _ := Plain(f.m, x)
		got := decodeLogit(z)
		bound := ErrorBound(f.m, x)
		if d := math.Abs(got - want.Logit); d > bound || math.Abs(sigmoid(got)-want.Prob) > bound/4+1e-15 {
			t.Errorf("row %d: logit %v, plain %v: off by %.3g, bound %.3g", i, got, want.Logit, d, bound)
		}
		worst = max(worst, math.Abs(got-want.Logit)/bound)
	}
	t.Logf("worst logit difference %.2g of the bound", worst)
}

// TestNoFeatures serves an intercept-only model.
func TestNoFeatures(t *testing.T) {
	m := &model.Model{Kind: model.LR, Weights: []float64{-1.25}}
	o := session(t, 7, nil, split(t, m, 2, 7), nil)
	if err := errors.Join(o.errs...); err != nil {
		t.Fatal(err)
	}
	if o.res.Logit != -1.25 || o.res.Prob != sigmoid(-1.25) {
		t.Fatalf("got %+v, want logit -1.25", o.res)
	}
}

// Tampering with one entry of one node's stored share, each of w, m and
// β on its own, must abort the session at every party with ErrShareCheck
// and give the client nothing.
func TestTamperedShare(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	f := newFixture(t, seed, 6, 0)
	one := field.One()
	tests := []struct {
		name   string
		tamper func(s *Share)
	}{
		{"w intercept +1", func(s *Share) { s.W[0] = s.W[0].Add(one) }},
		{"w coefficient +1", func(s *Share) { s.W[3] = s.W[3].Add(one) }},
		{"w coefficient −2^16", func(s *Share) { s.W[6] = s.W[6].Sub(field.New(1 << FracBits)) }},
		{"m +1", func(s *Share) { s.M[2] = s.M[2].Add(one) }},
		{"beta +1", func(s *Share) { s.Beta = s.Beta.Add(one) }},
		// A change that a check with public weights would miss: the two
		// entries move in opposite directions.
		{"w two entries ±1", func(s *Share) { s.W[1], s.W[2] = s.W[1].Add(one), s.W[2].Sub(one) }},
		{"w and m both +1", func(s *Share) { s.W[4], s.M[4] = s.W[4].Add(one), s.M[4].Add(one) }},
	}
	for ti, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nodes := []int{1, 3}
			if quick() {
				nodes = []int{1 + 2*(ti%2)}
			}
			for _, k := range nodes {
				shares := split(t, f.m, k, seed)
				bad := k - 1 // the last node cheats
				tt.tamper(&shares[bad])
				o := session(t, seed+uint64(10*ti+k), f.rows[0], shares, nil)
				if o.res != (Result{}) {
					t.Errorf("%d nodes: client got %+v", k, o.res)
				}
				for j, err := range o.errs {
					if !errors.Is(err, ErrShareCheck) {
						t.Errorf("%d nodes: party %d: got %v, want ErrShareCheck", k, j, err)
					}
				}
			}
		})
	}
}

// TestShareCheckIsTheMAC shows what the check rests on: a node that
// knew β could change w by Δ and m by β·Δ and pass, and the client would
// get a logit shifted by Δ·x_i. β is random and split, so no node knows
// it; this test plays the dealer, who does.
func TestShareCheckIsTheMAC(t *testing.T) {
	f := newFixture(t, 3, 4, 0)
	shares := split(t, f.m, 2, 3)
	var beta field.Element
	for _, s := range shares {
		beta = beta.Add(s.Beta)
	}
	delta := field.New(1 << FracBits) // +1.0 on w_2
	shares[1].W[2] = shares[1].W[2].Add(delta)
	shares[1].M[2] = shares[1].M[2].Add(beta.Mul(delta))
	x := f.rows[0]
	o := session(t, 3, x, shares, nil)
	if err := errors.Join(o.errs...); err != nil {
		t.Fatal(err)
	}
	want, _ := Plain(f.m, x)
	if got := o.res.Logit - want.Logit; math.Abs(got-x[1]) > 2*ErrorBound(f.m, x) {
		t.Fatalf("logit moved by %v, want x_2 = %v", got, x[1])
	}
}

// A party that cheats inside the MASCOT session makes every honest party
// fail with a mascot integrity error; the client gets nothing.
func TestCheatingNode(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	f := newFixture(t, seed, 5, 0)
	shares := split(t, f.m, 3, seed)
	for _, fault := range []string{mascot.FaultBadShare, mascot.FaultBadMAC} {
		for _, cheater := range []int{0, 2} {
			t.Run(fmt.Sprintf("%s by party %d", fault, cheater), func(t *testing.T) {
				o := session(t, seed, f.rows[1], shares, map[int]string{cheater: fault})
				if o.res != (Result{}) {
					t.Errorf("client got %+v", o.res)
				}
				for j, err := range o.errs {
					if j == cheater {
						if err == nil {
							t.Errorf("cheater %d finished without error", j)
						}
						continue
					}
					if !errors.Is(err, mascot.ErrMACCheck) && !errors.Is(err, mascot.ErrSacrifice) {
						t.Errorf("party %d: got %v, want a MAC or sacrifice check failure", j, err)
					}
				}
			})
		}
	}
}

// A node whose share is for a model with another feature count, or for
// another node count, makes every party fail at once instead of hanging.
func TestMismatch(t *testing.T) {
	f := newFixture(t, 5, 4, 0)
	shares := split(t, f.m, 2, 5)
	tests := []struct {
		name   string
		x      []float64
		shares []Share
		want   []error
	}{
		{"row too short", f.rows[0][:3], shares, []error{ErrMismatch, ErrMismatch, ErrMismatch}},
		{"row too long", append(f.rows[0], 1), shares, []error{ErrMismatch, ErrMismatch, ErrMismatch}},
		{"shares of 3 among 2", f.rows[0], split(t, f.m, 3, 5)[:2], []error{ErrRefused, ErrMismatch, ErrMismatch}},
		{"nodes swapped", f.rows[0], []Share{shares[1], shares[0]}, []error{ErrRefused, ErrMismatch, ErrMismatch}},
		{"NaN feature", []float64{1, math.NaN(), 0, 0}, shares, []error{ErrBadInput, ErrRefused, ErrRefused}},
		{"huge feature", []float64{1, 0x1p40, 0, 0}, shares, []error{ErrBadInput, ErrRefused, ErrRefused}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			o := session(t, 5, tt.x, tt.shares, nil)
			if o.res != (Result{}) {
				t.Errorf("client got %+v", o.res)
			}
			for j, err := range o.errs {
				if !errors.Is(err, tt.want[j]) {
					t.Errorf("party %d: got %v, want %v", j, err, tt.want[j])
				}
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %v to fail", d)
			}
		})
	}
}

// A peer whose first message is not a well-formed hello is refused at
// once.
func TestForeignPeer(t *testing.T) {
	f := newFixture(t, 6, 3, 0)
	shares := split(t, f.m, 1, 6)
	good := binary.BigEndian.AppendUint32([]byte(helloMagic), 3)
	for name, msg := range map[string][]byte{
		"other protocol": []byte("twopm-mascot/v1 something else"),
		"other version":  binary.BigEndian.AppendUint32([]byte("twopm-infer/v2"), 3),
		"truncated":      good,
		"bad status":     slices.Concat(good, []byte{7}),
		"trailing bytes": slices.Concat(good, []byte{0, 0}),
	} {
		t.Run(name, func(t *testing.T) {
			nw := memnet.New(2)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := nw.Party(0).Send(ctx, 1, msg); err != nil {
				t.Fatal(err)
			}
			err := Node(ctx, nw.Party(1), mascot.Config{Session: "s"}, shares[0])
			if !errors.Is(err, ErrMismatch) {
				t.Fatalf("got %v, want ErrMismatch", err)
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	lr := &model.Model{Kind: model.LR, Features: 2, Weights: []float64{0.5, -1, 2}}
	mlp, err := model.New(model.MLP, 2, model.Params{Hidden: 3})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		m       *model.Model
		nodes   int
		x       []float64
		wantErr error
	}{
		{"mlp", mlp, 2, []float64{1, 2}, ErrUnsupportedModel},
		{"no nodes", lr, 0, []float64{1, 2}, ErrBadInput},
		{"too many nodes", lr, MaxNodes + 1, []float64{1, 2}, ErrBadInput},
		{"huge weight", &model.Model{Kind: model.LR, Features: 1, Weights: []float64{0, -0x1p41}}, 2, []float64{1}, ErrBadInput},
		{"invalid model", &model.Model{Kind: model.LR, Features: 2, Weights: []float64{1}}, 2, []float64{1, 2}, ErrBadInput},
		{"nil model", nil, 2, []float64{1, 2}, ErrBadInput},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Split(tt.m, tt.nodes, nil); !errors.Is(err, tt.wantErr) {
				t.Errorf("Split: got %v, want %v", err, tt.wantErr)
			}
		})
	}
	if _, err := Plain(mlp, []float64{1, 2}); !errors.Is(err, ErrUnsupportedModel) {
		t.Errorf("Plain(mlp): got %v", err)
	}
	for _, x := range [][]float64{{1}, {1, math.Inf(1)}, {math.NaN(), 0}} {
		if _, err := Plain(lr, x); !errors.Is(err, ErrBadInput) {
			t.Errorf("Plain(%v): got %v", x, err)
		}
	}
	if b := ErrorBound(mlp, []float64{1, 2}); !math.IsNaN(b) {
		t.Errorf("ErrorBound(mlp) = %v", b)
	}
	// A client alone has no one to ask.
	if _, err := Client(context.Background(), memnet.New(1).Party(0), mascot.Config{Session: "s"}, []float64{1, 2}); !errors.Is(err, ErrMismatch) {
		t.Errorf("one-party client: got %v", err)
	}
	// A node given the client's seat.
	shares := split(t, lr, 1, 1)
	if err := Node(context.Background(), memnet.New(2).Party(0), mascot.Config{Session: "s"}, shares[0]); !errors.Is(err, ErrMismatch) {
		t.Errorf("node as party 0: got %v", err)
	}
}

func TestPlainIsThePrediction(t *testing.T) {
	f := newFixture(t, 9, 8, 5)
	for _, x := range append(f.rows, f.confident...) {
		p, err := Plain(f.m, x)
		if err != nil {
			t.Fatal(err)
		}
		if p.Prob != f.m.Predict(x) || p.Prob != sigmoid(p.Logit) {
			t.Fatalf("plain %+v, Predict %v", p, f.m.Predict(x))
		}
	}
}

func BenchmarkPrivateInference(b *testing.B) {
	f := newFixture(b, 1, 25, 0)
	shares := split(b, f.m, 3, 1)
	i := 0
	for b.Loop() {
		o := session(b, uint64(i), f.rows[i%len(f.rows)], shares, nil)
		if err := errors.Join(o.errs...); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func BenchmarkPlain(b *testing.B) {
	f := newFixture(b, 1, 25, 0)
	i := 0
	for b.Loop() {
		if _, err := Plain(f.m, f.rows[i%len(f.rows)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// TestOutputStage: a session that fails while the logit is being opened to
// the client says so (ErrOutputStage), since the client may hold the
// answer by then; a failure before it, such as a tampered share, does not.
func TestOutputStage(t *testing.T) {
	f := newFixture(t, 5, 3, 0)
	shares := split(t, f.m, 2, 5)
	x := f.rows[0]
	run := func(tamper func(to int, msg []byte) []byte) []error {
		nw := memnet.New(3)
		client := nw.Party(0)
		client.Tamper = tamper
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		errs := make([]error, 3)
		var wg sync.WaitGroup
		for i := range 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				cfg := mascot.Config{Session: "infer-test/output", Rand: newSeeded(5, fmt.Sprint("party-", i))}
				if i == 0 {
					_, errs[0] = Client(ctx, client, cfg, x)
				} else {
					errs[i] = Node(ctx, nw.Party(i), cfg, shares[i-1])
				}
				if errs[i] != nil && !verdict(errs[i]) {
					cancel()
				}
			}()
		}
		wg.Wait()
		return errs
	}
	// An honest run counts the client's messages to node 1; the client's
	// last one belongs to the MAC check of the output's opening.
	// Messages to a peer may come from two goroutines at once (triple
	// generation sends and receives in parallel), so the counts are
	// atomic; how many there are does not depend on their order, and the
	// last one comes after every parallel phase.
	var sent atomic.Int64
	if err := errors.Join(run(func(to int, msg []byte) []byte {
		if to == 1 {
			sent.Add(1)
		}
		return msg
	})...); err != nil {
		t.Fatal(err)
	}
	var k atomic.Int64
	errs := run(func(to int, msg []byte) []byte {
		if to == 1 && k.Add(1) == sent.Load() {
			msg = append([]byte(nil), msg...)
			msg[len(msg)-1] ^= 1
		}
		return msg
	})
	if !errors.Is(errs[1], ErrOutputStage) {
		t.Errorf("node 1: %v, want ErrOutputStage", errs[1])
	}
	// A tampered share fails before the output is opened.
	shares[0].W[1] = shares[0].W[1].Add(field.One())
	for j, err := range run(nil) {
		if !errors.Is(err, ErrShareCheck) || errors.Is(err, ErrOutputStage) {
			t.Errorf("tampered share: party %d: %v", j, err)
		}
	}
}
