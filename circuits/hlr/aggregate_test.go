package hlr

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/twopm/twopm/circuits/contribution"
	"github.com/twopm/twopm/circuits/pedersen"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/mpc/field"
)

// Holding rows out is the same as leaving them out of the table.
func TestHoldout(t *testing.T) {
	tab := readLines(t, lines...)
	rng := rand.New(rand.NewPCG(5, 5))
	p, _ := params(t, heart, tab, rng)
	held := p
	held.Holdout = make([]bool, heart.Slots())
	held.Holdout[1], held.Holdout[3] = true, true
	kept := &dataset.Table{Schema: tab.Schema, File: tab.File}
	for i, row := range tab.Rows {
		if !held.HeldOut(i) {
			kept.Rows = append(kept.Rows, row)
		}
	}
	g, n, err := heart.Gradient(tab, held)
	if err != nil {
		t.Fatal(err)
	}
	want, wantN, err := heart.Gradient(kept, p)
	if err != nil {
		t.Fatal(err)
	}
	if n != wantN || !slices.Equal(g, want) {
		t.Errorf("holding rows 1, 3 out: n %d, g %v; leaving them out: n %d, g %v", n, g, wantN, want)
	}
	if n != 3 {
		t.Errorf("n = %d, want 3 of 5 rows", n)
	}
	if p.Hash() == held.Hash() {
		t.Error("the holdout does not change the Params hash")
	}
	late := p
	late.Holdout = make([]bool, heart.Slots())
	late.Holdout[heart.Slots()-1] = true // the last slot: the second hash word
	if late.Hash() == p.Hash() {
		t.Error("a flag in the last slot does not change the Params hash")
	}
	for _, n := range []int{0, heart.Slots() - 1, heart.Slots() + 1} {
		bad := p
		bad.Holdout = make([]bool, n)
		if _, _, err := heart.Gradient(tab, bad); !errors.Is(err, ErrParams) {
			t.Errorf("%d holdout flags: err = %v, want ErrParams", n, err)
		}
	}
}

// The circuit holds out exactly the rows the Params say: a proof of the
// gradient over all rows under holdout Params fails, and so do flags
// beyond the row slots.
func TestCircuitHoldout(t *testing.T) {
	s := Shape{Rows: 8, Schema: dataset.HeartDisease, Label: dataset.HeartDiseaseLabel}
	tab := readLines(t, lines...)
	p, _ := params(t, s, tab, rand.New(rand.NewPCG(6, 6)))
	p.Holdout[2], p.Holdout[4] = true, true
	circuit, err := s.Circuit()
	if err != nil {
		t.Fatal(err)
	}
	a, _, _, _, err := s.assign(tab, p, fr.NewElement(1), mask)
	if err != nil {
		t.Fatal(err)
	}
	if err := test.IsSolved(circuit, a, bn254); err != nil {
		t.Fatalf("honest holdout witness: %v", err)
	}
	all := p
	all.Holdout = make([]bool, s.Slots())
	g, n, err := s.Gradient(tab, all)
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.Commit(g, n, mask)
	if err != nil {
		t.Fatal(err)
	}
	a.Commitment = [2]frontend.Variable{c.X, c.Y}
	if err := test.IsSolved(circuit, a, bn254); err == nil {
		t.Error("the gradient over all rows passes under holdout Params")
	}
	b, _, _, _, _ := s.assign(tab, p, fr.NewElement(1), mask)
	b.Holdout[0] = new(big.Int).Lsh(big.NewInt(1), uint(s.Slots())) // a flag past the slots
	b.ParamsHash = contributionSponge(t, b)
	if err := test.IsSolved(circuit, b, bn254); err == nil {
		t.Error("a holdout flag past the row slots passes")
	}
}

// contributionSponge is the Params hash of a's Params fields, however
// they are set.
func contributionSponge(t *testing.T, a *Circuit) fr.Element {
	t.Helper()
	var es []fr.Element
	for _, v := range slices.Concat(a.Beta, a.A, a.B, a.Modes, a.Indicators, a.Holdout) {
		var e fr.Element
		if _, err := e.SetInterface(v); err != nil {
			t.Fatal(err)
		}
		es = append(es, e)
	}
	return dataset.Sponge(TagParams, es...)
}

func TestNames(t *testing.T) {
	names, err := heart.Names()
	if err != nil {
		t.Fatal(err)
	}
	w, _ := heart.Width()
	if len(names) != w-1 {
		t.Fatalf("%d names, width %d", len(names), w)
	}
	for _, want := range []string{"age", "age=?", "cp=2", "cp=4", "cp=?", "thal=7"} {
		if !slices.Contains(names, want) {
			t.Errorf("no %q in %v", want, names)
		}
	}
	// With a missing value in every column, an encoding names its
	// design-matrix columns as the gradient's entries.
	stats := map[string]dataset.ColumnStats{}
	for _, c := range heart.Schema.Columns {
		st := dataset.ColumnStats{Std: 1, Missing: 1}
		if len(c.Levels) > 0 {
			st.Mode = c.Levels[0]
		}
		stats[c.Name] = st
	}
	enc, err := dataset.NewEncoding(heart.Schema, heart.Label, nil, stats)
	if err != nil {
		t.Fatal(err)
	}
	if got := enc.Names(heart.Schema); !slices.Equal(got, names) {
		t.Errorf("encoding names %v,\ngradient names %v", got, names)
	}
}

// Three nodes feed the aggregation their Inputs; the aggregate opens the
// sum of their commitments, and it stops doing so when any node feeds
// something other than what it committed to.
func TestCheckAggregate(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	tabs := []*dataset.Table{readLines(t, lines[:2]...), readLines(t, lines[2:4]...), readLines(t, lines[4:]...)}
	p, _ := params(t, heart, readLines(t, lines...), rng)
	var commitments []pedersen.Point
	var inputs []field.Vector
	for i, tab := range tabs {
		g, n, err := heart.Gradient(tab, p)
		if err != nil {
			t.Fatal(err)
		}
		m := new(big.Int).Lsh(big.NewInt(int64(1000+i)), 200)
		c, err := heart.Commit(g, n, m)
		if err != nil {
			t.Fatal(err)
		}
		in, err := Input(g, n, m)
		if err != nil {
			t.Fatal(err)
		}
		commitments, inputs = append(commitments, c), append(inputs, in)
	}
	sum := func(ins []field.Vector) field.Vector {
		s := slices.Clone(ins[0])
		for _, in := range ins[1:] {
			for j := range s {
				s[j] = s[j].Add(in[j])
			}
		}
		return s
	}
	if err := heart.CheckAggregate(commitments, sum(inputs)); err != nil {
		t.Fatalf("honest aggregate: %v", err)
	}
	w, _ := heart.Width()
	for _, tt := range []struct {
		name string
		at   int
		add  int64
	}{
		{"a gradient entry + 1", 3, 1},
		{"the intercept's entry − 2^16", 0, -1 << 16},
		{"the row count + 1", w, 1},
		{"the mask's low part + 1", w + 1, 1},
		{"the mask's high part + 1", w + 2, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bad := slices.Clone(inputs)
			bad[1] = slices.Clone(inputs[1])
			bad[1][tt.at] = bad[1][tt.at].Add(field.FromInt64(tt.add))
			if err := heart.CheckAggregate(commitments, sum(bad)); !errors.Is(err, contribution.ErrBinding) {
				t.Errorf("err = %v, want ErrBinding", err)
			}
		})
	}
	if err := heart.CheckAggregate(commitments[:2], sum(inputs)); !errors.Is(err, contribution.ErrBinding) {
		t.Errorf("a commitment left out: err = %v, want ErrBinding", err)
	}
	if err := heart.CheckAggregate(commitments, sum(inputs)[1:]); !errors.Is(err, contribution.ErrBinding) {
		t.Errorf("a short aggregate: err = %v, want ErrBinding", err)
	}
}
