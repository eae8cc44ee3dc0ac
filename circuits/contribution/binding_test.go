package contribution

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/twopm/twopm/circuits/pedersen"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/mpc/memnet"
	"github.com/twopm/twopm/stats"
)

// The statistics a node proves are what stats.LocalMap computes.
func TestInputIsLocalMap(t *testing.T) {
	tab := table(t, 5)
	for _, cols := range [][]string{nil, {"oldpeak", "age", "ca", "thal"}} {
		s := Shape{Rows: 8, Schema: dataset.HeartDisease, Columns: cols}
		l, err := s.Layout()
		if err != nil {
			t.Fatal(err)
		}
		in, err := s.Input(tab, testMask)
		if err != nil {
			t.Fatal(err)
		}
		want := stats.LocalMap(tab, l)
		if len(in) != len(want)+2 || !field.Vector(in[:len(want)]).Equal(want) {
			t.Fatalf("columns %v: Input is not LocalMap followed by the mask", cols)
		}
		mask := new(big.Int).Add(in[len(want)].Signed(), new(big.Int).Lsh(in[len(want)+1].Signed(), MaskPartBits))
		if mask.Cmp(testMask) != 0 {
			t.Fatalf("columns %v: the mask parts do not add up to the mask", cols)
		}
	}
}

// Three nodes prove their contributions and aggregate them with MASCOT;
// the coordinator checks the revealed sum against their commitments. A
// node that feeds the MPC anything but what it proved is caught.
func TestBindingCatchesWhatWasNotProven(t *testing.T) {
	s := Shape{Rows: 8, Schema: dataset.HeartDisease}
	l, err := s.Layout()
	if err != nil {
		t.Fatal(err)
	}
	tables := []*dataset.Table{read(t, lines[0], lines[1]), read(t, lines[2]), read(t, lines[3], lines[4])}
	masks := []*big.Int{testMask, big.NewInt(77), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), MaskBits), big.NewInt(1))}
	commitments := make([]pedersen.Point, len(tables))
	inputs := make([]field.Vector, len(tables))
	rows := make([]int, len(tables))
	for i, tab := range tables {
		if commitments[i], err = s.Commit(tab, masks[i]); err != nil {
			t.Fatal(err)
		}
		if inputs[i], err = s.Input(tab, masks[i]); err != nil {
			t.Fatal(err)
		}
		rows[i] = len(tab.Rows)
	}
	age := l.Columns[dataset.HeartDisease.Index("age")].Offset
	cp := l.Columns[dataset.HeartDisease.Index("cp")].Offset
	one := field.One()
	tests := []struct {
		name   string
		cheat  func(field.Vector) // what node 1 does to its input
		wantOK bool
	}{
		{name: "honest", cheat: func(field.Vector) {}, wantOK: true},
		{name: "sum of ages + 1", cheat: func(v field.Vector) { v[age+slotSum] = v[age+slotSum].Add(one) }},
		{name: "one more present age, one fewer missing", cheat: func(v field.Vector) {
			v[age+slotCount] = v[age+slotCount].Add(one)
			v[age+slotMissing] = v[age+slotMissing].Sub(one)
		}},
		{name: "cp level moved, sums kept consistent", cheat: func(v field.Vector) {
			v[cp+slotsFixed] = v[cp+slotsFixed].Sub(one)
			v[cp+slotsFixed+1] = v[cp+slotsFixed+1].Add(one)
			v[cp+slotSum] = v[cp+slotSum].Add(field.New(1_000_000))
			v[cp+slotSumSq] = v[cp+slotSumSq].Add(field.New(3_000_000_000_000))
		}},
		{name: "mask part + 1", cheat: func(v field.Vector) { v[l.Len()] = v[l.Len()].Add(one) }},
		{name: "another table's contribution", cheat: func(v field.Vector) { copy(v, inputs[0]) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fed := make([]field.Vector, len(inputs))
			for i := range inputs {
				fed[i] = append(field.Vector(nil), inputs[i]...)
			}
			tt.cheat(fed[1])
			sum := aggregate(t, fed)
			err := s.CheckAggregate(commitments, rows, sum)
			if tt.wantOK && err != nil {
				t.Fatalf("honest nodes: %v", err)
			}
			if !tt.wantOK && !errors.Is(err, ErrBinding) {
				t.Fatalf("cheating node: err = %v, want ErrBinding", err)
			}
		})
	}
	// The aggregate's other checks.
	sum := aggregate(t, inputs)
	if err := s.CheckAggregate(commitments[:2], rows[:2], sum); !errors.Is(err, ErrBinding) {
		t.Errorf("a commitment left out: err = %v, want ErrBinding", err)
	}
	if err := s.CheckAggregate(commitments, []int{2, 1, 3}, sum); !errors.Is(err, ErrBinding) {
		t.Errorf("a wrong row count: err = %v, want ErrBinding", err)
	}
	if err := s.CheckAggregate(commitments, rows, sum[:len(sum)-1]); !errors.Is(err, ErrBinding) {
		t.Errorf("a short aggregate: err = %v, want ErrBinding", err)
	}
}

// aggregate sums the inputs with a real MASCOT session between as many
// parties over an in-memory network.
func aggregate(t *testing.T, inputs []field.Vector) field.Vector {
	t.Helper()
	n := len(inputs)
	nw := memnet.New(n)
	defer nw.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	outs := make([]field.Vector, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			outs[i], errs[i] = mascot.Aggregate(ctx, nw.Party(i), inputs[i], mascot.Config{Session: "binding-test"})
			if errs[i] != nil {
				cancel()
			}
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("party %d: %v", i, err)
		}
	}
	return outs[0]
}
