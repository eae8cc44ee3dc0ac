package infer

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc/field"
)

func TestSplitSumsToWeights(t *testing.T) {
	m := &model.Model{Kind: model.LR, Features: 4, Weights: []float64{-2.5, 0.75, -1e-6, 3.0000001, 0}}
	want, err := encode(m.Weights, "weight")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{1, 2, 5} {
		shares := split(t, m, n, uint64(n))
		w := make(field.Vector, m.Features+1)
		mac := make(field.Vector, m.Features+1)
		var beta field.Element
		for j, s := range shares {
			if err := s.Validate(); err != nil {
				t.Fatal(err)
			}
			if s.Node != j+1 || s.Nodes != n || s.Kind != m.Kind || s.Features != m.Features {
				t.Fatalf("share %d: node %d of %d, %s with %d features", j, s.Node, s.Nodes, s.Kind, s.Features)
			}
			w.AddInPlace(s.W)
			mac.AddInPlace(s.M)
			beta = beta.Add(s.Beta)
		}
		if !w.Equal(want) {
			t.Fatalf("%d nodes: shares of w do not sum to the fixed-point weights", n)
		}
		if beta.IsZero() {
			t.Fatalf("%d nodes: mac key is 0", n)
		}
		for i := range w {
			if !mac[i].Equal(beta.Mul(w[i])) {
				t.Fatalf("%d nodes: m[%d] is not β·w[%d]", n, i, i)
			}
		}
		// Signed decoding gives the weights back within 2^-17.
		for i, e := range w {
			got := decodeLogit(e) * (1 << FracBits)
			if math.Abs(got-m.Weights[i]) > 0x1p-17 {
				t.Fatalf("weight %d: %v decodes to %v", i, m.Weights[i], got)
			}
		}
	}
}

// With two or more nodes a single share is fresh randomness: two splits
// of the same model with different randomness share nothing, and within a
// split no node's W is the weights themselves.
func TestShareLooksRandom(t *testing.T) {
	m := &model.Model{Kind: model.HLR, Features: 3, Weights: []float64{1, 2, 3, 4}}
	w, _ := encode(m.Weights, "weight")
	a, b := split(t, m, 3, 1), split(t, m, 3, 2)
	for j := range a {
		for i := range a[j].W {
			if a[j].W[i].Equal(b[j].W[i]) || a[j].M[i].Equal(b[j].M[i]) {
				t.Fatalf("node %d: entry %d equal in two splits", j+1, i)
			}
			if a[j].W[i].Equal(w[i]) {
				t.Fatalf("node %d holds weight %d in the clear", j+1, i)
			}
		}
		if a[j].Beta.Equal(b[j].Beta) {
			t.Fatalf("node %d: same β share in two splits", j+1)
		}
	}
	// The same randomness gives the same split.
	if c := split(t, m, 3, 1); !c[2].W.Equal(a[2].W) || !c[2].Beta.Equal(a[2].Beta) {
		t.Fatal("split is not a function of its randomness")
	}
}

func TestShareJSON(t *testing.T) {
	m := &model.Model{Kind: model.LR, Features: 2, Weights: []float64{-0.5, 1.5, -2}}
	s := split(t, m, 2, 4)[1]
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"kind":"lr"`, `"features":2`, `"node":2`, `"nodes":2`, `"w":["`, `"m":["`, `"beta":"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("%s lacks %s", b, key)
		}
	}
	var got Share
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.Kind != s.Kind || got.Features != s.Features || got.Node != s.Node || got.Nodes != s.Nodes ||
		!got.W.Equal(s.W) || !got.M.Equal(s.M) || !got.Beta.Equal(s.Beta) {
		t.Fatalf("round trip changed the share")
	}
	p := field.Modulus().String()
	for _, bad := range []string{
		strings.Replace(string(b), `"beta":"`, `"beta":"-`, 1),
		strings.Replace(string(b), `"beta":"`+s.Beta.String(), `"beta":"`+p, 1),
		strings.Replace(string(b), `"w":["`, `"w":["0x`, 1),
		strings.Replace(string(b), `"w":["`, `"w":["1","`, 1),
		strings.Replace(string(b), `"kind":"lr"`, `"kind":"mlp"`, 1),
		`{"kind":"lr"`,
	} {
		if err := json.Unmarshal([]byte(bad), &got); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}

func TestShareValidate(t *testing.T) {
	good := split(t, &model.Model{Kind: model.LR, Features: 2, Weights: []float64{1, 2, 3}}, 3, 1)[1]
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		change  func(s *Share)
		want    string
		wantErr error
	}{
		{"short w", func(s *Share) { s.W = s.W[:2] }, "w has 2 elements, want 3", ErrBadInput},
		{"long m", func(s *Share) { s.M = append(s.M, field.One()) }, "m has 4 elements, want 3", ErrBadInput},
		{"features", func(s *Share) { s.Features = 3 }, "w has 3 elements, want 4", ErrBadInput},
		{"negative features", func(s *Share) { s.Features = -1 }, "features is -1", ErrBadInput},
		{"node 0", func(s *Share) { s.Node = 0 }, "node is 0", ErrBadInput},
		{"node beyond", func(s *Share) { s.Node = 4 }, "node is 4, want 1 to 3", ErrBadInput},
		{"no nodes", func(s *Share) { s.Nodes = 0 }, "nodes is 0", ErrBadInput},
		{"mlp", func(s *Share) { s.Kind = model.MLP }, `kind "mlp"`, ErrUnsupportedModel},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := good
			s.W, s.M = append(field.Vector(nil), good.W...), append(field.Vector(nil), good.M...)
			tt.change(&s)
			err := s.Validate()
			if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want %v mentioning %q", err, tt.wantErr, tt.want)
			}
		})
	}
	// Every problem is reported at once.
	err := Share{Kind: "mlp", Features: 1, Node: 5, Nodes: 2}.Validate()
	for _, want := range []string{"kind", "node is 5", "w has 0", "m has 0"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v lacks %q", err, want)
		}
	}
}

func TestEncode(t *testing.T) {
	tests := []struct {
		v       float64
		want    int64
		wantErr bool
	}{
		{0, 0, false},
		{1, 1 << 16, false},
		{-1, -(1 << 16), false},
		{0x1p-17, 1, false}, // half rounds away from zero
		{-0x1p-17, -1, false},
		{0x1p-18, 0, false},
		{1.0 / 3, 21845, false},
		{0x1p40 - 1, (1<<40 - 1) << 16, false},
		{0x1p40, 0, true},
		{-0x1p40, 0, true},
		{math.NaN(), 0, true},
		{math.Inf(-1), 0, true},
	}
	for _, tt := range tests {
		got, err := encode([]float64{tt.v}, "feature")
		if tt.wantErr {
			if !errors.Is(err, ErrBadInput) {
				t.Errorf("encode(%v): got %v, want ErrBadInput", tt.v, err)
			}
			continue
		}
		if err != nil || !got[0].Equal(field.FromInt64(tt.want)) {
			t.Errorf("encode(%v) = %v, %v; want %d", tt.v, got, err, tt.want)
		}
	}
}
