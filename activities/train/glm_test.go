package train

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"go.temporal.io/sdk/temporal"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/workflows"
)

// glmFixture reads the synthetic cohort of testdata/glm (schema.yaml,
// data.csv) and R's fit of it (reference.csv, written by reference.R).
func glmFixture(t *testing.T) (*dataset.Table, []model.Term, int64) {
	t.Helper()
	s, err := dataset.LoadFile("testdata/glm/schema.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := dataset.ReadFile("testdata/glm/data.csv", s)
	if err != nil {
		t.Fatal(err)
	}
	ref, rows := glmReference(t, "testdata/glm/reference.csv")
	return tab, ref, rows
}

// glmReference reads a coefficient table R wrote: "# rows N", a header,
// then name,estimate,std_error,z,p per term.
func glmReference(t *testing.T, path string) ([]model.Term, int64) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }()
	var ref []model.Term
	var rows int64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if r, ok := strings.CutPrefix(line, "# rows "); ok {
			if rows, err = strconv.ParseInt(r, 10, 64); err != nil {
				t.Fatal(err)
			}
			continue
		}
		fs := strings.Split(line, ",")
		if len(fs) != 5 || fs[0] == "name" {
			continue
		}
		var v [4]float64
		for i := range v {
			if v[i], err = strconv.ParseFloat(fs[i+1], 64); err != nil {
				t.Fatal(err)
			}
		}
		ref = append(ref, model.Term{Name: fs[0], Estimate: v[0], StdError: v[1], Z: v[2], P: v[3]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ref, rows
}

// compareGLM checks a report against R's table to 1e-6 relative and
// returns the largest relative error.
func compareGLM(t *testing.T, rep *model.Summary, ref []model.Term, refRows int64) float64 {
	t.Helper()
	if rep.Rows != refRows || len(rep.Terms) != len(ref) {
		t.Fatalf("%d rows and %d terms, R fits %d rows with %d terms", rep.Rows, len(rep.Terms), refRows, len(ref))
	}
	worst := 0.0
	rel := func(got, want float64) float64 { return math.Abs(got-want) / math.Abs(want) }
	for i, w := range ref {
		g := rep.Terms[i]
		if g.Name != w.Name {
			t.Errorf("term %d is %s, R's %s", i, g.Name, w.Name)
		}
		for _, c := range []struct {
			what      string
			got, want float64
		}{{"estimate", g.Estimate, w.Estimate}, {"std_error", g.StdError, w.StdError}, {"z", g.Z, w.Z}, {"p", g.P, w.P}} {
			e := rel(c.got, c.want)
			worst = math.Max(worst, e)
			if e > 1e-6 {
				t.Errorf("%s %s: %.12g, R %.12g (relative error %.2g)", w.Name, c.what, c.got, c.want, e)
			}
		}
	}
	return worst
}

// fedNewton fits spec's hlr model on the nodes' tables as a task does: the
// encoding from the pooled statistics (what the prep round aggregates),
// each round every node's gradient, negated Hessian and row count at
// Scale (LocalTrain's vector, encode), their sum (the secure aggregate,
// decode), the Newton step (newtonUpdate, as UpdateModel), until the step
// is below the spec's tol; then the report (Summarize, as FinishTraining).
func fedNewton(t *testing.T, spec workflows.TrainSpec, nodes []*dataset.Table) (*model.Summary, int, error) {
	t.Helper()
	spec = spec.WithDefaults()
	s := nodes[0].Schema
	stats, err := dataset.Pooled(s, s.Names(), nodes...)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := NewEncoding(spec, s, stats)
	if err != nil {
		t.Fatal(err)
	}
	cols, err := Resolve(spec, s)
	if err != nil {
		t.Fatal(err)
	}
	var parts []model.Data
	for _, n := range nodes {
		rows := n
		if spec.Missing == workflows.MissingOmit {
			if rows, err = complete(n, append(cols.Features, cols.Label.Column)); err != nil {
				t.Fatal(err)
			}
		}
		d, err := design(enc, rows)
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, d)
	}
	art, rounds, err := fedFit(t, parts, enc.Names(s), spec.Params.L2, spec.Tol, spec.Rounds)
	if err != nil {
		return nil, rounds, err
	}
	rep, err := Summarize(art, enc, s, spec.Params.L2)
	return rep, rounds, err
}

// fedFit runs hlr rounds over the nodes' design matrices parts: each
// round every node's gradient, negated Hessian and row count at Scale
// (LocalTrain's vector, encode), their exact sum (the secure aggregate,
// decode) and the Newton step (newtonUpdate, as UpdateModel), until the
// step is below tol. It returns the final model artifact, as
// FinishTraining reads it, and the rounds run.
func fedFit(t *testing.T, parts []model.Data, names []string, l2, tol float64, maxRounds int) (ModelArtifact, int, error) {
	t.Helper()
	m, err := model.New(model.HLR, len(names), model.Params{})
	if err != nil {
		t.Fatal(err)
	}
	art := ModelArtifact{Model: *m, Features: names}
	p := len(m.Weights)
	for round := 1; round <= maxRounds; round++ {
		agg := make([]big.Int, p+p*p+1)
		for _, d := range parts {
			g, h := model.NewtonTerms(art.Model.Weights, d)
			v, err := encode(append(append(g, h...), float64(d.Rows)))
			if err != nil {
				t.Fatal(err)
			}
			for i, e := range v {
				agg[i].Add(&agg[i], e.Signed())
			}
		}
		strs := make([]string, len(agg))
		for i := range agg {
			strs[i] = agg[i].String()
		}
		sum, err := decode(strs)
		if err != nil {
			t.Fatal(err)
		}
		beta, h0, step, err := newtonUpdate(round, art, sum[:p], sum[p:p+p*p], l2, tol)
		if err != nil {
			return art, round, err
		}
		art = ModelArtifact{Round: round, Model: art.Model, Features: names, NegHessian: sum[p : p+p*p], NegHessian0: h0,
			Rows: int64(math.Round(sum[p+p*p]))}
		art.Model.Weights = beta
		if step < tol {
			return art, round, nil
		}
	}
	return art, maxRounds, fmt.Errorf("no convergence in %d rounds", maxRounds)
}

// The four heart-disease hospitals, missing: omit over eight of the
// columns: Switzerland, which records no cholesterol, fits on no row and
// adds zeros; the others' complete rows give R's glm fit of the pooled
// complete rows (reference-heart-disease.csv, heart-disease.R).
func TestHLROmitMatchesGLMOnHeartDisease(t *testing.T) {
	var nodes []*dataset.Table
	for _, h := range []string{"cleveland", "hungarian", "switzerland", "va"} {
		nodes = append(nodes, heartDisease(t, h))
	}
	zero := 0.0
	spec := workflows.TrainSpec{Model: workflows.ModelHLR, Ridge: &zero, Missing: workflows.MissingOmit,
		Features: []string{"age", "sex", "cp", "trestbps", "chol", "thalach", "exang", "oldpeak"}}
	rep, rounds, err := fedNewton(t, spec, nodes)
	if err != nil {
		t.Fatal(err)
	}
	ref, refRows := glmReference(t, "testdata/glm/reference-heart-disease.csv")
	worst := compareGLM(t, rep, ref, refRows)
	t.Logf("%d Newton rounds; largest relative error against R's glm %.2g", rounds, worst)
}

// thirds deals a table's rows to three nodes, in file order.
func thirds(tab *dataset.Table) []*dataset.Table {
	var out []*dataset.Table
	n := len(tab.Rows)
	for k := range 3 {
		out = append(out, &dataset.Table{Schema: tab.Schema, File: tab.File, Rows: tab.Rows[k*n/3 : (k+1)*n/3]})
	}
	return out
}

// TestHLRMatchesGLM: plain maximum likelihood, federated over three
// nodes, with missing: omit and a chosen label and features, reports on
// the original scale of the features the coefficients, standard errors, z
// and p-values R's glm reports for the pooled complete rows, to 1e-6
// relative.
func TestHLRMatchesGLM(t *testing.T) {
	tab, ref, refRows := glmFixture(t)
	zero := 0.0
	spec := workflows.TrainSpec{Model: workflows.ModelHLR, Label: "outcome", Features: []string{"age", "sex", "smoker", "bmi", "chol"},
		Missing: workflows.MissingOmit, Ridge: &zero}
	rep, rounds, err := fedNewton(t, spec, thirds(tab))
	if err != nil {
		t.Fatal(err)
	}
	worst := compareGLM(t, rep, ref, refRows)
	t.Logf("%d Newton rounds; largest relative error against R's glm %.2g", rounds, worst)
}

// synthParts draws rows x ~ N(0, 1) per column with the label from
// label(x, u), u uniform in [0, 1), and deals them to three nodes.
func synthParts(seed uint64, rows, cols int, label func(x []float64, u float64) bool) []model.Data {
	rng := rand.New(rand.NewPCG(seed, 1))
	parts := make([]model.Data, 3)
	for i := range rows {
		d := &parts[i%3]
		x := make([]float64, cols)
		for j := range x {
			x[j] = math.Round(rng.NormFloat64()*100) / 100
		}
		y := 0.0
		if label(x, rng.Float64()) {
			y = 1
		}
		d.X, d.Y, d.Rows, d.Cols = append(d.X, x...), append(d.Y, y), d.Rows+1, cols
	}
	return parts
}

func logistic(beta ...float64) func(x []float64, u float64) bool {
	return func(x []float64, u float64) bool {
		z := beta[0]
		for j, b := range beta[1:] {
			z += b * x[j]
		}
		return u < 1/(1+math.Exp(-z))
	}
}

// Where the pooled maximum-likelihood estimate does not exist, a plain
// fit fails saying which and why; a ridge fit of the same rows converges.
func TestHLRExistence(t *testing.T) {
	const tol = 1e-8
	names := []string{"a", "b", "c"}
	t.Run("complete separation", func(t *testing.T) {
		parts := synthParts(1, 300, 3, func(x []float64, _ float64) bool { return x[0]+0.5*x[1] > 0.1 })
		_, rounds, err := fedFit(t, parts, names, 0, tol, 60)
		if !badInput(err, model.ErrSeparated) || !strings.Contains(err.Error(), "a (now") {
			t.Fatalf("round %d: %v, want a separation naming a", rounds, err)
		}
		t.Log(err)
		if _, _, err := fedFit(t, parts, names, 1, tol, 60); err != nil {
			t.Fatalf("ridge 1: %v", err)
		}
	})
	t.Run("quasi-complete separation", func(t *testing.T) {
		// c is an indicator, and every row with c = 1 is positive; the
		// others follow a logistic model: c's direction separates the
		// rows with c = 1 only, quasi-completely.
		rest := logistic(-0.5, 1, -1)
		parts := synthParts(2, 600, 3, func(x []float64, u float64) bool { return x[2] > 1 || rest(x, u) })
		for k := range parts {
			d := &parts[k]
			for i := range d.Rows {
				if d.X[i*3+2] > 1 {
					d.X[i*3+2] = 1
				} else {
					d.X[i*3+2] = 0
				}
			}
		}
		_, rounds, err := fedFit(t, parts, names, 0, tol, 60)
		if !badInput(err, model.ErrSeparated) || !strings.Contains(err.Error(), "c (now") {
			t.Fatalf("round %d: %v, want a separation naming c", rounds, err)
		}
		t.Log(err)
		if _, _, err := fedFit(t, parts, names, 1, tol, 60); err != nil {
			t.Fatalf("ridge 1: %v", err)
		}
	})
	t.Run("collinear", func(t *testing.T) {
		parts := synthParts(3, 300, 4, logistic(0.2, 1, -1, 0.5, 0))
		for k := range parts {
			d := &parts[k]
			for i := range d.Rows {
				d.X[i*4+3] = d.X[i*4] - 2*d.X[i*4+1] // d = a − 2b
			}
		}
		_, rounds, err := fedFit(t, parts, []string{"a", "b", "c", "d"}, 0, tol, 60)
		if !badInput(err, model.ErrCollinear) || rounds != 1 || !strings.Contains(err.Error(), "d is a linear combination of a, b") {
			t.Fatalf("round %d: %v", rounds, err)
		}
		t.Log(err)
		if _, _, err := fedFit(t, parts, []string{"a", "b", "c", "d"}, 1, tol, 60); err != nil {
			t.Fatalf("ridge 1: %v", err)
		}
	})
	t.Run("large effects, estimate exists", func(t *testing.T) {
		for seed := uint64(10); seed < 15; seed++ {
			parts := synthParts(seed, 3000, 3, logistic(1, 6, -4, 0))
			if _, rounds, err := fedFit(t, parts, names, 0, tol, 60); err != nil {
				t.Fatalf("seed %d round %d: %v", seed, rounds, err)
			}
		}
	})
}

// badInput says whether err is a non-retryable bad-input failure whose
// message carries sentinel's.
func badInput(err, sentinel error) bool {
	var app *temporal.ApplicationError
	return errors.As(err, &app) && app.Type() == workflows.ErrTypeBadInput && app.NonRetryable() && strings.Contains(err.Error(), sentinel.Error())
}

// The stored report of an hlr task carries the original-scale table under
// "report": {"terms": [{"name", "estimate", "std_error", "z", "p"}], "rows"}.
func TestReportJSON(t *testing.T) {
	rep := Report{TrainResult: workflows.TrainResult{Report: "s3://b/training/x.json"},
		Summary: &model.Summary{Terms: []model.Term{{Name: "age", Estimate: 0.5, StdError: 0.1, Z: 5, P: 5.7e-7}}, Rows: 802}}
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Report struct {
			Terms []map[string]any `json:"terms"`
			Rows  int64            `json:"rows"`
		} `json:"report"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	if got.Report.Rows != 802 || len(got.Report.Terms) != 1 || got.Report.Terms[0]["name"] != "age" || got.Report.Terms[0]["std_error"] != 0.1 {
		t.Fatalf("%s", b)
	}
}
