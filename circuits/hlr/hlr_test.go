package hlr

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/scs"
	"github.com/consensys/gnark/test"

	"github.com/twopm/twopm/circuits/fixedpoint"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/fixed"
)

var (
	bn254 = ecc.BN254.ScalarField()
	heart = Shape{Rows: 320, Schema: dataset.HeartDisease, Label: dataset.HeartDiseaseLabel}
	mask  = new(big.Int).Lsh(big.NewInt(0x5eed), 180)
	lines = []string{
		"63,1,1,145,233,1,2,150,0,2.3,3,0,6,0",
		"67,1,4,160,286,0,2,108,1,1.5,2,3,3,2",
		"37,0,3,?,250,0,0,187,0,3.5,3,?,3,0",
		"41,0,2,130,204,0,2,172,0,1.4,1,0,3,?",
		"56,1,2,120,236,0,0,178,0,-0.8,1,0,3,1",
	}
)

func readLines(t *testing.T, ls ...string) *dataset.Table {
	t.Helper()
	tab, err := dataset.Read(strings.NewReader(strings.Join(ls, "\n")), "x", dataset.HeartDisease)
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// params returns the Params of random coefficients for tab's pooled
// statistics, and the coefficients.
func params(t *testing.T, s Shape, tab *dataset.Table, rng *rand.Rand) (Params, []float64) {
	t.Helper()
	stats, err := dataset.Pooled(s.Schema, s.Schema.Names(), tab)
	if err != nil {
		t.Fatal(err)
	}
	w, err := s.Width()
	if err != nil {
		t.Fatal(err)
	}
	beta := make([]float64, w)
	for i := range beta {
		beta[i] = rng.NormFloat64() * 0.3
	}
	p, err := s.NewParams(beta, stats)
	if err != nil {
		t.Fatal(err)
	}
	return p, beta
}

// floatGradient is the gradient with float features and the exact
// logistic function, in the layout of Width.
func floatGradient(s Shape, tab *dataset.Table, stats map[string]dataset.ColumnStats, beta []float64) (g, absX []float64) {
	l, _ := s.layout()
	g, absX = make([]float64, l.width), make([]float64, l.width)
	for _, row := range tab.Rows {
		lab := row[l.label]
		if lab.Missing {
			continue
		}
		y := 0.0
		if l.positive[lab.Level] {
			y = 1
		}
		x := []float64{1}
		for _, ft := range l.feats {
			c := s.Schema.Columns[ft.col]
			st := stats[c.Name]
			cell := row[ft.col]
			if ft.levels == 0 {
				v := 0.0
				if !cell.Missing {
					sd := st.Std
					if sd == 0 {
						sd = 1
					}
					v = (float64(cell.Q)/fixed.Scale - st.Mean) / sd
				}
				x = append(x, v)
			} else {
				level := cell.Level
				if cell.Missing {
					level = max(0, indexOf(c.Levels, st.Mode))
				}
				for k := 1; k < ft.levels; k++ {
					x = append(x, b2f(level == k))
				}
			}
			x = append(x, b2f(cell.Missing && st.Missing > 0))
		}
		z := 0.0
		for j := range x {
			z += beta[j] * x[j]
		}
		e := y - 1/(1+math.Exp(-z))
		for j := range x {
			g[j] += e * x[j]
			absX[j] += math.Abs(x[j])
		}
	}
	return g, absX
}

func indexOf(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// On the Cleveland file the proven fixed-point gradient is the float
// gradient within the sigmoid's error bound plus the roundings.
func TestGradientCloseToFloat(t *testing.T) {
	dir := os.Getenv("TWOPM_DATA_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data")
	}
	tab, err := dataset.ReadFile(filepath.Join(dir, "heart-disease", "processed.cleveland.data"), dataset.HeartDisease)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 7))
	p, beta := params(t, heart, tab, rng)
	g, n, err := heart.Gradient(tab, p)
	if err != nil {
		t.Fatal(err)
	}
	stats, _ := dataset.Pooled(heart.Schema, heart.Schema.Names(), tab)
	want, absX := floatGradient(heart, tab, stats, beta)
	if n != int64(len(tab.Rows)) {
		t.Fatalf("n = %d, want %d", n, len(tab.Rows))
	}
	worst := 0.0
	for j := range want {
		got := float64(g[j]) / fixedpoint.One
		// The sigmoid's error per row, roundings of 2^-16 in the features
		// and coefficients (z moves by at most 64·2^-15·|x|, σ by a
		// quarter of that), and the final truncation.
		tol := absX[j]*(fixedpoint.SigmoidErrorBound+2e-3) + 1e-3
		d := math.Abs(got - want[j])
		worst = max(worst, d/tol)
		if d > tol {
			t.Errorf("entry %d: fixed point %.5f, float %.5f (tolerance %.5f)", j, got, want[j], tol)
		}
	}
	t.Logf("%d entries, largest error %.2f of the tolerance", len(want), worst)
}

func TestCircuitProvesTheGradient(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 3))
	s := Shape{Rows: 8, Schema: dataset.HeartDisease, Label: dataset.HeartDiseaseLabel}
	tab := readLines(t, lines...)
	p, _ := params(t, s, tab, rng)
	binding := fr.NewElement(99)
	circuit, err := s.Circuit()
	if err != nil {
		t.Fatal(err)
	}
	honest := func(t *testing.T) *Circuit {
		a, _, _, _, err := s.assign(tab, p, binding, mask)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	tests := []struct {
		name    string
		witness func(*testing.T) *Circuit
		wantErr bool
	}{
		{name: "honest", witness: honest},
		{name: "gradient entry + 1 committed", wantErr: true, witness: func(t *testing.T) *Circuit {
			a := honest(t)
			g, n, err := s.Gradient(tab, p)
			if err != nil {
				t.Fatal(err)
			}
			g[3]++
			c, err := s.Commit(g, n, mask)
			if err != nil {
				t.Fatal(err)
			}
			a.Commitment = [2]frontend.Variable{c.X, c.Y}
			return a
		}},
		{name: "labeled rows + 1 committed", wantErr: true, witness: func(t *testing.T) *Circuit {
			a := honest(t)
			g, n, _ := s.Gradient(tab, p)
			c, _ := s.Commit(g, n+1, mask)
			a.Commitment = [2]frontend.Variable{c.X, c.Y}
			return a
		}},
		{name: "other coefficients under the published hash", wantErr: true, witness: func(t *testing.T) *Circuit {
			q := p
			q.Beta = append([]int64(nil), p.Beta...)
			q.Beta[1] += 1000
			a, _, _, _, err := s.assign(tab, q, binding, mask)
			if err != nil {
				t.Fatal(err)
			}
			a.ParamsHash = p.Hash()
			return a
		}},
		{name: "altered row under the registered root", wantErr: true, witness: func(t *testing.T) *Circuit {
			alt := readLines(t, append([]string{"64,1,1,145,233,1,2,150,0,2.3,3,0,6,0"}, lines[1:]...)...)
			a, _, _, _, err := s.assign(alt, p, binding, mask)
			if err != nil {
				t.Fatal(err)
			}
			a.Root = honest(t).Root
			return a
		}},
		// A self-built root over the five rows with row count 3: the
		// rows past the count must be empty, or the proof counts rows
		// the registration does not.
		{name: "five rows counted, rows 3, self-built root", wantErr: true, witness: func(t *testing.T) *Circuit {
			a := honest(t)
			a.Rows = 3
			a.Root = selfBuiltRoot(t, a, 3)
			return a
		}},
		{name: "honest rows, self-built root", witness: func(t *testing.T) *Circuit {
			a := honest(t)
			a.Root = selfBuiltRoot(t, a, len(tab.Rows))
			return a
		}},
		{name: "indicator flag 2", wantErr: true, witness: func(t *testing.T) *Circuit {
			a := honest(t)
			a.Indicators[0] = 2
			return a
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := test.IsSolved(circuit, tt.witness(t), bn254)
			if (err != nil) != tt.wantErr {
				t.Fatalf("IsSolved: %v, want error %v", err, tt.wantErr)
			}
		})
	}
}

// TestCircuitOfAnotherLabel: a circuit of another label than the
// schema's, over some of its columns, is satisfied by the gradient its
// own Gradient computes and by no other.
func TestCircuitOfAnotherLabel(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	s := Shape{Rows: 8, Schema: dataset.HeartDisease, Label: dataset.Label{Column: "sex", Positive: []string{"1"}},
		Drop: []string{"trestbps", "fbs", "restecg", "exang", "slope", "ca", "thal", "num"}}
	if names, err := s.Names(); err != nil || strings.Join(names, ",") != "age,age=?,cp=2,cp=3,cp=4,cp=?,chol,chol=?,thalach,thalach=?,oldpeak,oldpeak=?" {
		t.Fatalf("features %v, %v", names, err)
	}
	tab := readLines(t, lines...)
	p, beta := params(t, s, tab, rng)
	stats, err := dataset.Pooled(s.Schema, s.Schema.Names(), tab)
	if err != nil {
		t.Fatal(err)
	}
	g, n, err := s.Gradient(tab, p)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := floatGradient(s, tab, stats, beta)
	for j := range want {
		if got := float64(g[j]) / fixedpoint.One; math.Abs(got-want[j]) > 0.05*float64(n)+0.05 {
			t.Errorf("entry %d: fixed point %.4f, float %.4f", j, got, want[j])
		}
	}
	circuit, err := s.Circuit()
	if err != nil {
		t.Fatal(err)
	}
	a, _, _, _, err := s.assign(tab, p, fr.NewElement(5), mask)
	if err != nil {
		t.Fatal(err)
	}
	if err := test.IsSolved(circuit, a, bn254); err != nil {
		t.Fatalf("honest: %v", err)
	}
	g[1]++
	c, err := s.Commit(g, n, mask)
	if err != nil {
		t.Fatal(err)
	}
	a.Commitment = [2]frontend.Variable{c.X, c.Y}
	if err := test.IsSolved(circuit, a, bn254); err == nil {
		t.Fatal("a gradient entry + 1 committed: solved")
	}
}

func TestErrors(t *testing.T) {
	tab := readLines(t, lines...)
	rng := rand.New(rand.NewPCG(1, 1))
	p, _ := params(t, heart, tab, rng)
	bad := p
	bad.Beta = append([]int64(nil), p.Beta...)
	bad.Beta[0] = 1 << ParamBits
	if _, _, err := heart.Gradient(tab, bad); !errors.Is(err, ErrParams) {
		t.Errorf("coefficient 2^24: err = %v, want ErrParams", err)
	}
	if _, _, err := heart.Gradient(tab, Params{}); !errors.Is(err, ErrParams) {
		t.Errorf("empty params: err = %v, want ErrParams", err)
	}
	if _, err := (Shape{Rows: 8, Schema: dataset.BreastCancer, Label: dataset.BreastCancerLabel}).Width(); !errors.Is(err, ErrShape) {
		t.Errorf("breast cancer with its 24-bit columns: err = %v, want ErrShape", err)
	}
	small := Shape{Rows: 2, Schema: dataset.HeartDisease, Label: dataset.HeartDiseaseLabel}
	if _, _, err := small.Gradient(tab, p); !errors.Is(err, ErrTable) {
		t.Errorf("5 rows in a 2-row shape: err = %v, want ErrTable", err)
	}
}

// BenchmarkCompile reports the size of the 303-row heart-disease circuit.
func BenchmarkCompile(b *testing.B) {
	s := Shape{Rows: 303, Schema: dataset.HeartDisease, Label: dataset.HeartDiseaseLabel}
	for b.Loop() {
		c, err := s.Circuit()
		if err != nil {
			b.Fatal(err)
		}
		ccs, err := frontend.Compile(bn254, scs.NewBuilder, c)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(ccs.GetNbConstraints()), "constraints")
	}
}

// selfBuiltRoot returns the commitment root of a's codes hashed with the
// given row count, whatever the count.
func selfBuiltRoot(t *testing.T, a *Circuit, rows int) fr.Element {
	t.Helper()
	p := a.l.packing
	var leaves []fr.Element
	for b := 0; b < len(a.Code); b += dataset.CommitBlockRows {
		elems := make([]*big.Int, p.Elements)
		for i := range elems {
			elems[i] = new(big.Int)
		}
		for r := range dataset.CommitBlockRows {
			for f, pos := range p.Pos[r] {
				var e fr.Element
				if _, err := e.SetInterface(a.Code[b+r][f]); err != nil {
					t.Fatal(err)
				}
				elems[pos.Element].Add(elems[pos.Element], new(big.Int).Lsh(e.BigInt(new(big.Int)), uint(pos.Offset)))
			}
		}
		es := make([]fr.Element, len(elems))
		for i := range elems {
			es[i].SetBigInt(elems[i])
		}
		leaves = append(leaves, dataset.Sponge(dataset.TagLeaf, es...))
	}
	return p.Root(leaves, uint64(rows))
}
