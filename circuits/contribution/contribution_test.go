package contribution

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
	"github.com/consensys/gnark/test/unsafekzg"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/stats"
)

// Five Cleveland-style lines: two missing cells, and a negative oldpeak
// in the last one as the Switzerland file has.
var lines = []string{
	"63,1,1,145,233,1,2,150,0,2.3,3,0,6,0",
	"67,1,4,160,286,0,2,108,1,1.5,2,3,3,2",
	"37,0,3,?,250,0,0,187,0,3.5,3,?,3,0",
	"41,0,2,130,204,0,2,172,0,1.4,1,0,3,0",
	"56,1,2,120,236,0,0,178,0,-0.8,1,0,3,0",
}

// table reads the first n lines.
func table(t testing.TB, n int) *dataset.Table {
	t.Helper()
	return read(t, lines[:n]...)
}

func read(t testing.TB, ls ...string) *dataset.Table {
	t.Helper()
	tab, err := dataset.Read(strings.NewReader(strings.Join(ls, "\n")), "x", dataset.HeartDisease)
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// clone copies t's rows so a test can alter a cell.
func clone(t *dataset.Table) *dataset.Table {
	c := *t
	c.Rows = make([][]dataset.Cell, len(t.Rows))
	for i, r := range t.Rows {
		c.Rows[i] = append([]dataset.Cell(nil), r...)
	}
	return &c
}

var (
	small = Shape{Rows: 4, Schema: dataset.HeartDisease}
	// narrow is for real proofs: under 10,000 gates for a 3-column table of 3
	// rows in 4 slots, with a negative value, missing cells, a padding slot.
	narrow       = Shape{Rows: 4, Schema: narrowSchema}
	narrowLines  = []string{"1.5,1,-2", "?,0,3", "0.25,?,?"}
	narrowSchema = dataset.Schema{ID: "narrow", Columns: []dataset.Column{
		{Name: "x"}, {Name: "c", Kind: dataset.Categorical, Levels: []string{"0", "1"}}, {Name: "y"},
	}}
	binding   = NewBinding([32]byte{1}, 7)
	bn254     = ecc.BN254.ScalarField()
	plonkOpts = []test.TestingOption{test.WithCurves(ecc.BN254), test.WithBackends(backend.PLONK), test.NoFuzzing()}
)

func assignment(t *testing.T, tab *dataset.Table, s Shape) (*Circuit, Claim) {
	t.Helper()
	a, c, err := s.assign(tab, binding)
	if err != nil {
		t.Fatal(err)
	}
	return a, c
}

func TestRootMatchesCommitmentRoot(t *testing.T) {
	// Tables of 1 to 5 rows in 8 slots: trees of width 1, 2, 4, 4 and 8,
	// all but the last padded with slots.
	s := Shape{Rows: 8, Schema: dataset.HeartDisease}
	circuit, err := s.Circuit()
	if err != nil {
		t.Fatal(err)
	}
	for n := 1; n <= len(lines); n++ {
		tab := table(t, n)
		a, c := assignment(t, tab, s)
		if c.Root != tab.CommitmentRoot() {
			t.Fatalf("%d rows: claim root is not CommitmentRoot", n)
		}
		if err := test.IsSolved(circuit, a, bn254); err != nil {
			t.Fatalf("%d rows: in-circuit root differs from CommitmentRoot: %v", n, err)
		}
		// The root of one row fewer, or of the rows in another order,
		// must not do.
		var other [32]byte
		if n > 1 {
			other = table(t, n-1).CommitmentRoot()
		} else {
			other = table(t, 2).CommitmentRoot()
		}
		var e fr.Element
		e.SetBytes(other[:])
		a.Root = e
		if err := test.IsSolved(circuit, a, bn254); err == nil {
			t.Fatalf("%d rows: solved with another table's root", n)
		}
	}
}

func TestClaimMatchesLocalMap(t *testing.T) {
	tab := table(t, 5)
	for _, cols := range [][]string{nil, {"oldpeak", "age", "ca", "thal"}} {
		s := Shape{Rows: 8, Schema: dataset.HeartDisease, Columns: cols}
		l, err := s.Layout()
		if err != nil {
			t.Fatal(err)
		}
		_, _, c, err := Witness(tab, binding, s)
		if err != nil {
			t.Fatal(err)
		}
		got, want := c.Contribution(), stats.LocalMap(tab, l)
		if len(got) != len(want) {
			t.Fatalf("columns %v: %d elements, want %d", cols, len(got), len(want))
		}
		for i := range want {
			if !got[i].Equal(want[i]) {
				t.Fatalf("columns %v: element %d is %v, want %v", cols, i, got[i].Signed(), want[i].Signed())
			}
		}
	}
}

func TestHonestProofSucceeds(t *testing.T) {
	assert := test.NewAssert(t)
	for _, tt := range []struct {
		name string
		rows int
		cols []string
	}{
		{name: "3 of 4 rows, all columns", rows: 3},
		{name: "4 of 4 rows, some columns", rows: 4, cols: []string{"oldpeak", "sex"}},
	} {
		s := small
		s.Columns = tt.cols
		circuit, err := s.Circuit()
		if err != nil {
			t.Fatal(err)
		}
		a, _ := assignment(t, table(t, tt.rows), s)
		assert.Run(func(assert *test.Assert) {
			assert.ProverSucceeded(circuit, a, plonkOpts...)
		}, tt.name)
	}
}

func TestForgedContributionFails(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	orig := table(t, 3)
	s := small
	l, err := s.Layout()
	if err != nil {
		t.Fatal(err)
	}
	age := l.Columns[dataset.HeartDisease.Index("age")].Offset
	ca := l.Columns[dataset.HeartDisease.Index("ca")]

	// honest returns the assignment of the original table.
	honest := func(t *testing.T) *Circuit {
		a, _ := assignment(t, orig, s)
		return a
	}
	// altered proves a changed table honestly, then claims the original's
	// root: only the commitment can catch it.
	altered := func(change func(*dataset.Table)) func(*testing.T) *Circuit {
		return func(t *testing.T) *Circuit {
			tab := clone(orig)
			change(tab)
			a, _ := assignment(t, tab, s)
			a.Root = honest(t).Root
			return a
		}
	}
	bump := func(slot int) func(*testing.T) *Circuit {
		return func(t *testing.T) *Circuit {
			a := honest(t)
			add(a, slot, 1)
			return a
		}
	}
	tests := []struct {
		name    string
		witness func(*testing.T) *Circuit
		wantErr bool
	}{
		{name: "honest", witness: honest},
		{name: "one cell changed", wantErr: true, witness: altered(func(tab *dataset.Table) {
			numeric := []int{0, 3, 4, 7, 9} // so only the root can catch it
			i, j := rng.IntN(len(tab.Rows)), numeric[rng.IntN(len(numeric))]
			t.Logf("changing row %d column %d", i, j)
			tab.Rows[i][j].Q += 1
			tab.Rows[i][j].Missing = false
		})},
		{name: "cell marked missing", wantErr: true, witness: altered(func(tab *dataset.Table) {
			tab.Rows[0][0] = dataset.Cell{Missing: true}
		})},
		{name: "rows swapped", wantErr: true, witness: altered(func(tab *dataset.Table) {
			tab.Rows[0], tab.Rows[1] = tab.Rows[1], tab.Rows[0]
		})},
		{name: "row dropped", wantErr: true, witness: altered(func(tab *dataset.Table) {
			tab.Rows = tab.Rows[:2]
		})},
		{name: "sum + 1", wantErr: true, witness: bump(age + slotSum)},
		{name: "count + 1", wantErr: true, witness: bump(age + slotCount)},
		{name: "sum of squares + 1", wantErr: true, witness: bump(age + slotSumSq)},
		{name: "missing + 1", wantErr: true, witness: bump(ca.Offset + slotMissing)},
		{name: "histogram level + 1", wantErr: true, witness: bump(ca.Offset + slotsFixed + 1)},
		{name: "wrong root", wantErr: true, witness: func(t *testing.T) *Circuit {
			a := honest(t)
			r := table(t, 2).CommitmentRoot()
			var e fr.Element
			e.SetBytes(r[:])
			a.Root = e
			return a
		}},
		{name: "rows claimed 4", wantErr: true, witness: func(t *testing.T) *Circuit {
			a := honest(t)
			a.Rows = 4
			return a
		}},
		// Padding leaves are zero whatever the cells: only the cell
		// constraints can catch these.
		{name: "value in a padding slot", wantErr: true, witness: func(t *testing.T) *Circuit {
			a := honest(t)
			a.Q[3][0] = 5
			add(a, age+slotSum, 5)
			add(a, age+slotSumSq, 25)
			return a
		}},
		{name: "missing cell in a padding slot, one fewer present", wantErr: true, witness: func(t *testing.T) *Circuit {
			a := honest(t)
			a.Missing[3][0] = 1
			add(a, age+slotMissing, 1)
			add(a, age+slotCount, -1)
			return a
		}},
		{name: "missing cell with a value", wantErr: true, witness: func(t *testing.T) *Circuit {
			a := honest(t) // row 2 column trestbps is missing
			a.Q[2][3] = 5
			return a
		}},
		// Self-consistent forgeries: settle sets the public values to what
		// the circuit derives, so only the validity checks reject them.
		{name: "settled honest witness", witness: settled(honest)},
		{name: "no active row", wantErr: true, witness: settled(func(t *testing.T) *Circuit {
			a := honest(t)
			for i := range a.Active {
				a.Active[i] = 0
				zeroRow(a, i)
			}
			return a
		})},
		{name: "row 1 inactive between active rows", wantErr: true, witness: settled(func(t *testing.T) *Circuit {
			a := honest(t)
			a.Active[1] = 0
			zeroRow(a, 1)
			return a
		})},
		{name: "missing -1 makes a value in a padding slot", wantErr: true, witness: settled(func(t *testing.T) *Circuit {
			a := honest(t)
			a.Missing[3][0], a.Q[3][0] = -1, 99_000_000
			return a
		})},
		{name: "level weights 2,-2,1 instead of 1", wantErr: true, witness: settled(func(t *testing.T) *Circuit {
			a := honest(t) // row 0 has cp = 1, level 0 of 1,2,3,4
			cp := dataset.HeartDisease.Index("cp")
			a.Level[0][cp][0], a.Level[0][cp][1], a.Level[0][cp][2] = 2, -2, 1
			return a
		})},
		{name: "missing cell counted in a level", wantErr: true, witness: settled(func(t *testing.T) *Circuit {
			a := honest(t) // row 2 has ca missing; level 0 has the value 0
			a.Level[2][dataset.HeartDisease.Index("ca")][0] = 1
			return a
		})},
		{name: "categorical cell with another level", wantErr: true, witness: func(t *testing.T) *Circuit {
			a := honest(t) // row 1 has ca = 3, level 3; say level 2
			ci := dataset.HeartDisease.Index("ca")
			a.Level[1][ci][3], a.Level[1][ci][2] = 0, 1
			a.Stats[ca.Offset+slotsFixed+3] = 0
			a.Stats[ca.Offset+slotsFixed+2] = 1
			return a
		}},
	}
	circuit, err := s.Circuit()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.witness(t)
			err := test.IsSolved(circuit, a, bn254)
			if (err != nil) != tt.wantErr {
				t.Fatalf("IsSolved: error %v, want error %v", err, tt.wantErr)
			}
			if tt.wantErr {
				// Compiles to PLONK and checks the solver rejects it (the
				// prover too under -tags prover_checks).
				test.NewAssert(t).ProverFailed(circuit, a, plonkOpts...)
			}
		})
	}
}

// An active flag of 2 after the last row, with every cell missing, makes
// a row that is both present and missing. Here only the active flags'
// booleanity catches it: every proven categorical column has a level of
// value 0, which the fake row's cells can take.
func TestActiveMustBeBoolean(t *testing.T) {
	s := Shape{Rows: 4, Schema: dataset.HeartDisease, Columns: []string{"age", "sex"}}
	circuit, err := s.Circuit()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name    string
		active  int
		wantErr bool
	}{
		{name: "padding slot", active: 0},
		{name: "active 2", active: 2, wantErr: true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := assignment(t, table(t, 3), s)
			a.Active[3] = tt.active
			for j := range a.Missing[3] {
				a.Missing[3][j] = tt.active / 2
			}
			a.Level[3][1][0] = tt.active / 2 // sex: level "0"
			settle(t, a)
			if err := test.IsSolved(circuit, a, bn254); (err != nil) != tt.wantErr {
				t.Fatalf("IsSolved: error %v, want error %v", err, tt.wantErr)
			}
		})
	}
}

func TestRangeBoundary(t *testing.T) {
	s := Shape{Rows: 2, Schema: dataset.HeartDisease, Columns: []string{"age"}}
	circuit, err := s.Circuit()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name    string
		q       int64
		wantErr bool
	}{
		{name: "+1e15", q: MaxAbsQ},
		{name: "-1e15", q: -MaxAbsQ},
		{name: "+1e15+1", q: MaxAbsQ + 1, wantErr: true},
		{name: "-1e15-1", q: -MaxAbsQ - 1, wantErr: true},
		{name: "2^62", q: 1 << 62, wantErr: true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tab := table(t, 2)
			tab.Rows[1][0].Q = tt.q // age: numeric
			if _, _, _, err := Witness(tab, binding, s); (err != nil) != tt.wantErr || (err != nil && !errors.Is(err, ErrTable)) {
				t.Fatalf("Witness: error %v, want ErrTable %v", err, tt.wantErr)
			}
			// The circuit alone must reject what Witness refuses.
			a, _ := assignment(t, tab, s)
			if err := test.IsSolved(circuit, a, bn254); (err != nil) != tt.wantErr {
				t.Fatalf("IsSolved: error %v, want error %v", err, tt.wantErr)
			}
		})
	}
}

// keys compiles narrow once and sets it up with an unsafe SRS.
var keys = sync.OnceValues(func() (k struct {
	ccs constraint.ConstraintSystem
	pk  plonk.ProvingKey
	vk  plonk.VerifyingKey
}, err error) {
	k.ccs, err = Compile(narrow)
	if err != nil {
		return k, err
	}
	srs, srsLagrange, err := unsafekzg.NewSRS(k.ccs)
	if err != nil {
		return k, err
	}
	k.pk, k.vk, err = Setup(k.ccs, srs, srsLagrange)
	return k, err
})

func TestProveVerify(t *testing.T) {
	k, err := keys()
	if err != nil {
		t.Fatal(err)
	}
	tab, err := dataset.Read(strings.NewReader(strings.Join(narrowLines, "\n")), "narrow", narrowSchema)
	if err != nil {
		t.Fatal(err)
	}
	full, public, claim, err := Witness(tab, binding, narrow)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	proof, err := Prove(k.ccs, k.pk, full)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d constraints, proved in %v", k.ccs.GetNbConstraints(), time.Since(start))

	// The verifier rebuilds the public witness from the claim alone.
	rebuilt, err := PublicWitness(narrow, claim)
	if err != nil {
		t.Fatal(err)
	}
	b1, _ := public.MarshalBinary()
	b2, _ := rebuilt.MarshalBinary()
	if !bytes.Equal(b1, b2) {
		t.Fatal("PublicWitness differs from the public part of Witness")
	}

	other := NewBinding([32]byte{1}, 8) // same task, next round
	sumPlus := claim
	sumPlus.Stats = append([]fr.Element(nil), claim.Stats...)
	sumPlus.Stats[slotSum].Add(&sumPlus.Stats[slotSum], new(fr.Element).SetOne())
	tests := []struct {
		name    string
		claim   Claim
		wantErr bool
	}{
		{name: "honest", claim: claim},
		{name: "replayed in another round", claim: withBinding(claim, other), wantErr: true},
		{name: "replayed in another task", claim: withBinding(claim, NewBinding([32]byte{2}, 7)), wantErr: true},
		{name: "sum + 1", claim: sumPlus, wantErr: true},
		{name: "another root", claim: withRoot(claim, (&dataset.Table{Rows: tab.Rows[:2]}).CommitmentRoot()), wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub, err := PublicWitness(narrow, tt.claim)
			if err != nil {
				t.Fatal(err)
			}
			err = Verify(proof, k.vk, pub)
			if (err != nil) != tt.wantErr || (err != nil && !errors.Is(err, ErrInvalidProof)) {
				t.Fatalf("Verify: error %v, want ErrInvalidProof %v", err, tt.wantErr)
			}
		})
	}

	// A node cannot prove a forged claim either.
	a, _ := assignment(t, tab, narrow)
	a.Stats[slotSum] = 1
	forged, err := frontend.NewWitness(a, bn254)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Prove(k.ccs, k.pk, forged); !errors.Is(err, ErrProve) {
		t.Fatalf("Prove of a forged sum: error %v, want ErrProve", err)
	}
}

// settled wraps a witness builder with settle.
func settled(f func(*testing.T) *Circuit) func(*testing.T) *Circuit {
	return func(t *testing.T) *Circuit {
		a := f(t)
		settle(t, a)
		return a
	}
}

// settle sets a's Root, Rows and Stats to what the circuit computes from
// a's private witness, computed natively.
func settle(t *testing.T, a *Circuit) {
	t.Helper()
	val := func(v frontend.Variable) fr.Element {
		var e fr.Element
		if _, err := e.SetInterface(v); err != nil {
			t.Fatal(err)
		}
		return e
	}
	var missing fr.Element
	missing.SetBigInt(missingCell)
	hash := func(xs ...fr.Element) fr.Element {
		h := mimc.NewMiMC()
		for _, x := range xs {
			b := x.Bytes()
			h.Write(b[:])
		}
		var e fr.Element
		e.SetBytes(h.Sum(nil))
		return e
	}
	n := len(a.Active)
	width := 1
	for width < n {
		width *= 2
	}
	level := make([]fr.Element, width)
	var rows fr.Element
	for i := range n {
		act := val(a.Active[i])
		rows.Add(&rows, &act)
		in := []fr.Element{fr.NewElement(uint64(i))}
		for j := range a.Q[i] {
			q, m := val(a.Q[i][j]), val(a.Missing[i][j])
			m.Mul(&m, &missing)
			q.Add(&q, &m)
			in = append(in, q)
		}
		leaf := hash(in...)
		level[i].Mul(&act, &leaf)
	}
	tops := []fr.Element{level[0]}
	for len(level) > 1 {
		next := make([]fr.Element, len(level)/2)
		for i := range next {
			next[i] = hash(level[2*i], level[2*i+1])
		}
		level = next
		tops = append(tops, level[0])
	}
	active := func(i int) fr.Element {
		if i < n {
			return val(a.Active[i])
		}
		return fr.Element{}
	}
	var root, e, x fr.Element
	one := fr.One()
	a1 := active(1)
	e.Sub(&one, &a1)
	root.Mul(&e, &tops[0])
	for l := 1; l < len(tops); l++ {
		lo, hi := active(1<<(l-1)), active(1<<l)
		e.Sub(&lo, &hi)
		x.Mul(&e, &tops[l])
		root.Add(&root, &x)
	}
	a.Root, a.Rows = root, rows
	for ci, col := range a.cols {
		st := make([]fr.Element, slotsFixed+len(col.levels))
		for i := range n {
			act, q, m := val(a.Active[i]), val(a.Q[i][col.index]), val(a.Missing[i][col.index])
			var p, q2 fr.Element
			p.Sub(&act, &m)
			q2.Square(&q)
			st[slotCount].Add(&st[slotCount], &p)
			st[slotSum].Add(&st[slotSum], &q)
			st[slotSumSq].Add(&st[slotSumSq], &q2)
			st[slotMissing].Add(&st[slotMissing], &m)
			for k := range col.levels {
				l := val(a.Level[i][ci][k])
				st[slotsFixed+k].Add(&st[slotsFixed+k], &l)
			}
		}
		for k := range st {
			a.Stats[col.offset+k] = st[k]
		}
	}
}

// zeroRow clears the cells of row slot i.
func zeroRow(a *Circuit, i int) {
	for j := range a.Q[i] {
		a.Q[i][j], a.Missing[i][j] = 0, 0
	}
	for ci := range a.Level[i] {
		for k := range a.Level[i][ci] {
			a.Level[i][ci][k] = 0
		}
	}
}

// add adds d to a's statistic at slot.
func add(a *Circuit, slot int, d int64) {
	var e, f fr.Element
	if _, err := e.SetInterface(a.Stats[slot]); err != nil {
		panic(err)
	}
	f.SetInt64(d)
	e.Add(&e, &f)
	a.Stats[slot] = e
}

func withBinding(c Claim, b fr.Element) Claim { c.Binding = b; return c }
func withRoot(c Claim, r [32]byte) Claim      { c.Root = r; return c }

func TestNewBinding(t *testing.T) {
	b := NewBinding([32]byte{1}, 7)
	if b.IsZero() || !b.Equal(ptr(NewBinding([32]byte{1}, 7))) {
		t.Fatal("binding is zero or not deterministic")
	}
	for _, o := range []fr.Element{NewBinding([32]byte{1}, 8), NewBinding([32]byte{2}, 7), NewBinding([32]byte{}, 7)} {
		if b.Equal(&o) {
			t.Fatal("two task rounds share a binding")
		}
	}
}

func ptr[T any](v T) *T { return &v }

func TestErrors(t *testing.T) {
	tab := table(t, 3)
	long := table(t, 5)
	other := *tab
	other.Schema = dataset.BreastCancer
	badLevel := clone(tab)
	badLevel.Rows[0][dataset.HeartDisease.Index("sex")].Level = 0 // Q says level 1
	tests := []struct {
		name  string
		shape Shape
		table *dataset.Table
		want  error
	}{
		{name: "no rows", shape: Shape{Schema: dataset.HeartDisease}, table: tab, want: ErrShape},
		{name: "no columns", shape: Shape{Rows: 4}, table: tab, want: ErrShape},
		{name: "unknown column", shape: Shape{Rows: 4, Schema: dataset.HeartDisease, Columns: []string{"age", "weight"}}, table: tab, want: ErrShape},
		{name: "table too long", shape: small, table: long, want: ErrTable},
		{name: "other schema", shape: small, table: &other, want: ErrTable},
		{name: "level does not match value", shape: small, table: badLevel, want: ErrTable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, _, _, err := Witness(tt.table, binding, tt.shape); !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := PublicWitness(small, Claim{Rows: 3}); !errors.Is(err, ErrClaim) {
		t.Fatalf("PublicWitness of a claim without statistics: error %v, want ErrClaim", err)
	}
}
