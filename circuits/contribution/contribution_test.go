package contribution

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
	"github.com/consensys/gnark/test/unsafekzg"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/twopm/twopm/circuits/pedersen"
	"github.com/twopm/twopm/dataset"
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
	// narrow is for real proofs: a 3-column table of 3 rows in 32 slots,
	// with a negative value, missing cells and padding slots.
	narrow       = Shape{Rows: 4, Schema: narrowSchema}
	narrowLines  = []string{"1.5,1,-2", "?,0,3", "0.25,?,?"}
	narrowSchema = dataset.Schema{ID: "narrow", Columns: []dataset.Column{
		{Name: "x", Range: &dataset.Range{Min: -10 * fixedUnit, Max: 10 * fixedUnit, Step: fixedUnit / 100}},
		{Name: "c", Kind: dataset.Categorical, Levels: []string{"0", "1"}},
		{Name: "y", Range: &dataset.Range{Min: -10 * fixedUnit, Max: 10 * fixedUnit, Step: fixedUnit}},
	}}
	binding   = NewBinding(Binding{ChainID: 1337, TaskKey: [32]byte{1}, Round: 7, Attempt: 1})
	bn254     = ecc.BN254.ScalarField()
	plonkOpts = []test.TestingOption{test.WithCurves(ecc.BN254), test.WithBackends(backend.PLONK), test.NoFuzzing()}
)

func assignment(t *testing.T, tab *dataset.Table, s Shape) (*Circuit, Claim) {
	t.Helper()
	a, c, err := s.assign(tab, binding, testMask)
	if err != nil {
		t.Fatal(err)
	}
	return a, c
}

func TestRootMatchesCommitmentRoot(t *testing.T) {
	// Tables of 1 to 5 rows, and of 33 rows (two blocks), in 64 slots.
	s := Shape{Rows: 64, Schema: dataset.HeartDisease, Columns: []string{"age"}}
	circuit, err := s.Circuit()
	if err != nil {
		t.Fatal(err)
	}
	tables := []*dataset.Table{}
	for n := 1; n <= len(lines); n++ {
		tables = append(tables, table(t, n))
	}
	var long []string
	for i := range 33 {
		long = append(long, lines[i%len(lines)])
	}
	tables = append(tables, read(t, long...))
	for _, tab := range tables {
		n := len(tab.Rows)
		a, c := assignment(t, tab, s)
		if c.Root != rootOf(t, tab) {
			t.Fatalf("%d rows: claim root is not CommitmentRoot", n)
		}
		if err := test.IsSolved(circuit, a, bn254); err != nil {
			t.Fatalf("%d rows: in-circuit root differs from CommitmentRoot: %v", n, err)
		}
		// The root of one row fewer must not do.
		other := rootOf(t, read(t, append(lines[:1:1], "41,0,2,130,204,0,2,172,0,1.4,1,0,3,0")...))
		if n > 1 {
			other = rootOf(t, &dataset.Table{Schema: tab.Schema, Rows: tab.Rows[:n-1]})
		}
		var e fr.Element
		e.SetBytes(other[:])
		a.Root = e
		if err := test.IsSolved(circuit, a, bn254); err == nil {
			t.Fatalf("%d rows: solved with another table's root", n)
		}
	}
}

func rootOf(t testing.TB, tab *dataset.Table) [32]byte {
	t.Helper()
	r, err := tab.CommitmentRoot()
	if err != nil {
		t.Fatal(err)
	}
	return r
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
	p, err := s.Schema.Packing()
	if err != nil {
		t.Fatal(err)
	}
	field := func(col, level int) int {
		for f, fl := range p.Fields {
			if fl.Column == col && fl.Level == level {
				return f
			}
		}
		t.Fatalf("no field for column %d level %d", col, level)
		return -1
	}
	age, cp := dataset.HeartDisease.Index("age"), dataset.HeartDisease.Index("cp")

	honest := func(t *testing.T) *Circuit {
		a, _ := assignment(t, orig, s)
		return a
	}
	// altered proves a changed table honestly, then claims the original's
	// root: only the root can catch it.
	altered := func(change func(*dataset.Table)) func(*testing.T) *Circuit {
		return func(t *testing.T) *Circuit {
			tab := clone(orig)
			change(tab)
			a, _ := assignment(t, tab, s)
			a.Root = honest(t).Root
			return a
		}
	}
	// recommitted proves a changed table honestly, then claims the
	// original's commitment: only the commitment can catch it.
	recommitted := func(change func(*dataset.Table)) func(*testing.T) *Circuit {
		return func(t *testing.T) *Circuit {
			tab := clone(orig)
			change(tab)
			a, _ := assignment(t, tab, s)
			h := honest(t)
			a.Commitment = h.Commitment
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
			numeric := []int{0, 3, 4, 7}
			i, j := rng.IntN(len(tab.Rows)), numeric[rng.IntN(len(numeric))]
			t.Logf("changing row %d column %d", i, j)
			tab.Rows[i][j].Q += fixedUnit
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
		{name: "cell changed, original commitment claimed", wantErr: true, witness: recommitted(func(tab *dataset.Table) {
			tab.Rows[2][0].Q += fixedUnit
		})},
		{name: "another commitment", wantErr: true, witness: func(t *testing.T) *Circuit {
			a := honest(t)
			other, _ := assignment(t, table(t, 2), s)
			a.Commitment = other.Commitment
			return a
		}},
		{name: "another mask", wantErr: true, witness: func(t *testing.T) *Circuit {
			a := honest(t)
			a.Mask = new(big.Int).Add(testMask, big.NewInt(1))
			return a
		}},
		{name: "wrong root", wantErr: true, witness: func(t *testing.T) *Circuit {
			a := honest(t)
			r := rootOf(t, table(t, 2))
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
		{name: "value in a padding slot", wantErr: true, witness: func(t *testing.T) *Circuit {
			a := honest(t)
			a.Code[3][field(age, -1)] = 50
			return a
		}},
		// Self-consistent forgeries: settle sets Root and Commitment to what
		// the circuit derives from the codes, so only the validity checks
		// can reject them.
		{name: "settled honest witness", witness: settled(honest)},
		{name: "age code beyond its 7 bits", wantErr: true, witness: settled(func(t *testing.T) *Circuit {
			a := honest(t)
			a.Code[0][field(age, -1)] = 200
			return a
		})},
		{name: "age code r−1 (a wrapped −1)", wantErr: true, witness: settled(func(t *testing.T) *Circuit {
			a := honest(t)
			a.Code[0][field(age, -1)] = new(big.Int).Sub(fr.Modulus(), big.NewInt(1))
			return a
		})},
		{name: "level bit 2", wantErr: true, witness: settled(func(t *testing.T) *Circuit {
			a := honest(t) // row 0 has cp = 1, level 0 of 1,2,3,4
			a.Code[0][field(cp, 0)] = 2
			return a
		})},
		{name: "two levels in one cell", wantErr: true, witness: settled(func(t *testing.T) *Circuit {
			a := honest(t)
			a.Code[0][field(cp, 2)] = 1
			return a
		})},
		// Rows is hashed into the root but must also bound the counted
		// rows: three rows counted with Rows 1 would report 3 present
		// and −2 missing cells.
		{name: "three rows counted, rows 1, self-built root", wantErr: true, witness: settled(func(t *testing.T) *Circuit {
			a := honest(t)
			a.Rows = 1
			return a
		})},
		{name: "rows 0, self-built root", wantErr: true, witness: settled(func(t *testing.T) *Circuit {
			a := honest(t)
			a.Rows = 0
			return a
		})},
		{name: "rows beyond the slots, self-built root", wantErr: true, witness: settled(func(t *testing.T) *Circuit {
			a := honest(t)
			a.Rows = len(a.Code) + 1
			return a
		})},
		{name: "mask of 249 bits", wantErr: true, witness: settled(func(t *testing.T) *Circuit {
			a := honest(t)
			a.Mask = new(big.Int).Lsh(big.NewInt(1), MaskBits)
			return a
		})},
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

const fixedUnit = 1_000_000 // one whole unit in fixed point

var testMask = new(big.Int).Lsh(big.NewInt(0x2b2b2b), 200)

// settled wraps a witness builder: it sets Root and Commitment to what the
// circuit derives from the codes and mask, computed natively.
func settled(f func(*testing.T) *Circuit) func(*testing.T) *Circuit {
	return func(t *testing.T) *Circuit {
		a := f(t)
		settle(t, a)
		return a
	}
}

func settle(t *testing.T, a *Circuit) {
	t.Helper()
	val := func(v frontend.Variable) *big.Int {
		var e fr.Element
		if _, err := e.SetInterface(v); err != nil {
			t.Fatal(err)
		}
		return e.BigInt(new(big.Int))
	}
	// The root, packing codes whatever their width.
	var level []fr.Element
	for b := 0; b < len(a.Code); b += dataset.CommitBlockRows {
		elems := make([]*big.Int, a.packing.Elements)
		for i := range elems {
			elems[i] = new(big.Int)
		}
		for r := range dataset.CommitBlockRows {
			for f, pos := range a.packing.Pos[r] {
				elems[pos.Element].Add(elems[pos.Element], new(big.Int).Lsh(val(a.Code[b+r][f]), uint(pos.Offset)))
			}
		}
		es := make([]fr.Element, len(elems))
		for i := range elems {
			es[i].SetBigInt(elems[i])
		}
		level = append(level, dataset.Sponge(dataset.TagLeaf, es...))
	}
	a.Root = a.packing.Root(level, val(a.Rows).Uint64())
	// The commitment, from entries computed over the codes in the field.
	r := fr.Modulus()
	var vals []*big.Int
	for _, col := range a.cols {
		if col.levels == nil {
			count, sum, sq := new(big.Int), new(big.Int), new(big.Int)
			for _, row := range a.Code {
				code := val(row[col.fields[0]])
				if code.Sign() == 0 {
					continue
				}
				v := new(big.Int).Sub(code, big.NewInt(1))
				count.Add(count, big.NewInt(1))
				sum.Add(sum, v)
				sq.Add(sq, new(big.Int).Mul(v, v))
			}
			vals = append(vals, count.Mod(count, r), sum.Mod(sum, r), sq.Mod(sq, r))
			continue
		}
		for _, f := range col.fields {
			h := new(big.Int)
			for _, row := range a.Code {
				h.Add(h, val(row[f]))
			}
			vals = append(vals, h.Mod(h, r))
		}
	}
	l := pedersen.Order()
	scalars := a.opening.pack(vals)
	for _, sc := range scalars {
		sc.Mod(sc, l)
	}
	c, err := a.opening.generators().Commit(scalars, new(big.Int).Mod(val(a.Mask), l))
	if err != nil {
		t.Fatal(err)
	}
	a.Commitment = [2]frontend.Variable{c.X, c.Y}
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
	full, public, claim, err := Witness(tab, binding, testMask, narrow)
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

	otherCommitment, err := narrow.Commit(tab, new(big.Int).Add(testMask, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	altered := clone(tab)
	altered.Rows[0][0].Q += fixedUnit
	tests := []struct {
		name    string
		claim   Claim
		wantErr bool
	}{
		{name: "honest", claim: claim},
		{name: "replayed in another round", claim: with(claim, func(c *Claim) {
			c.Binding = NewBinding(Binding{ChainID: 1337, TaskKey: [32]byte{1}, Round: 8, Attempt: 1})
		}), wantErr: true},
		{name: "replayed in another task", claim: with(claim, func(c *Claim) {
			c.Binding = NewBinding(Binding{ChainID: 1337, TaskKey: [32]byte{2}, Round: 7, Attempt: 1})
		}), wantErr: true},
		{name: "another commitment", claim: with(claim, func(c *Claim) { c.Commitment = otherCommitment }), wantErr: true},
		{name: "root of altered rows", claim: with(claim, func(c *Claim) { c.Root = rootOf(t, altered) }), wantErr: true},
		{name: "root of fewer rows", claim: with(claim, func(c *Claim) { c.Root = rootOf(t, &dataset.Table{Schema: narrowSchema, Rows: tab.Rows[:2]}) }), wantErr: true},
		{name: "one row fewer", claim: with(claim, func(c *Claim) { c.Rows-- }), wantErr: true},
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

	// A node cannot prove a commitment to other statistics either.
	a, _ := assignment(t, tab, narrow)
	a.Commitment = [2]frontend.Variable{otherCommitment.X, otherCommitment.Y}
	forged, err := frontend.NewWitness(a, bn254)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Prove(k.ccs, k.pk, forged); !errors.Is(err, ErrProve) {
		t.Fatalf("Prove of a forged commitment: error %v, want ErrProve", err)
	}
}

func with(c Claim, f func(*Claim)) Claim { f(&c); return c }

func TestNewBinding(t *testing.T) {
	base := Binding{ChainID: 1337, Contract: [20]byte{0xee}, TaskKey: [32]byte{1}, Round: 7, Attempt: 2, Node: [20]byte{0xab}, Dataset: [32]byte{0xda}}
	b := NewBinding(base)
	if b.IsZero() || !b.Equal(ptr(NewBinding(base))) {
		t.Fatal("binding is zero or not deterministic")
	}
	// Each field changes it.
	for i, f := range []func(*Binding){
		func(x *Binding) { x.ChainID++ }, func(x *Binding) { x.Contract[19] = 1 }, func(x *Binding) { x.TaskKey[0] = 2 },
		func(x *Binding) { x.Round++ }, func(x *Binding) { x.Attempt++ }, func(x *Binding) { x.Node[0] = 1 },
		func(x *Binding) { x.Dataset[31] = 1 },
	} {
		o := base
		f(&o)
		if b.Equal(ptr(NewBinding(o))) {
			t.Fatalf("change %d leaves the binding as it was", i)
		}
	}
	// The task contract computes uint256(keccak256(abi.encode(...))) mod r:
	// the same bytes through go-ethereum's Keccak-256. (contracts/ checks it
	// against the deployed contract's binding view.)
	word := func(b []byte) []byte { return append(make([]byte, 32-len(b)), b...) }
	want := new(big.Int).SetBytes(crypto.Keccak256(word([]byte{0x05, 0x39}), word(base.Contract[:]), base.TaskKey[:],
		word([]byte{7}), word([]byte{2}), word(base.Node[:]), base.Dataset[:]))
	want.Mod(want, fr.Modulus())
	if b.BigInt(new(big.Int)).Cmp(want) != 0 {
		t.Fatalf("NewBinding = %v, want keccak256 mod r = %v", b.String(), want)
	}
}

func ptr[T any](v T) *T { return &v }

func TestErrors(t *testing.T) {
	tab := table(t, 3)
	long := table(t, 5)
	other := *tab
	other.Schema = dataset.BreastCancer
	offGrid := clone(tab)
	offGrid.Rows[0][dataset.HeartDisease.Index("oldpeak")].Q = 2_350_000 // 2.35
	tests := []struct {
		name  string
		shape Shape
		table *dataset.Table
		mask  *big.Int
		want  error
	}{
		{name: "no rows", shape: Shape{Schema: dataset.HeartDisease}, table: tab, want: ErrShape},
		{name: "no columns", shape: Shape{Rows: 4}, table: tab, want: ErrShape},
		{name: "unknown column", shape: Shape{Rows: 4, Schema: dataset.HeartDisease, Columns: []string{"age", "weight"}}, table: tab, want: ErrShape},
		{name: "table too long", shape: small, table: long, want: ErrTable},
		{name: "other schema", shape: small, table: &other, want: ErrTable},
		{name: "value off its grid", shape: small, table: offGrid, want: ErrTable},
		{name: "no mask", shape: small, table: tab, mask: nil, want: ErrTable},
		{name: "mask too wide", shape: small, table: tab, mask: new(big.Int).Lsh(big.NewInt(1), MaskBits), want: ErrTable},
		{name: "negative mask", shape: small, table: tab, mask: big.NewInt(-1), want: ErrTable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mask := tt.mask
			if mask == nil && tt.name != "no mask" {
				mask = testMask
			}
			if _, _, _, err := Witness(tt.table, binding, mask, tt.shape); !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := PublicWitness(small, Claim{Rows: 3}); !errors.Is(err, ErrClaim) {
		t.Fatalf("PublicWitness of a claim without a root: error %v, want ErrClaim", err)
	}
}
