//go:build integration

package integration

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"math"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/pgsource/pgtest"
	"github.com/twopm/twopm/dataset/synth"
	"github.com/twopm/twopm/devnet"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/workflows"
)

// cohortSchema is a table the project does not ship: numeric columns of
// several precisions with units, a categorical column of words, a
// categorical outcome of numbers, and NA for missing.
const cohortSchema = `name: cohort
version: "1"
description: a synthetic cohort extract, with a header and NA for missing
label: {column: event, positive: ["1"]}
columns:
  - {name: age, kind: numeric, unit: years, range: {min: 18, max: 100}, decimals: 0}
  - {name: smoker, kind: categorical, levels: [never, former, current]}
  - {name: bmi, kind: numeric, unit: kg/m2, range: {min: 10, max: 60}, decimals: 1}
  - {name: ldl, kind: numeric, unit: mmol/l, range: {min: 0, max: 12}, step: 0.01, zero_missing: true}
  - {name: event, kind: categorical, levels: ["0", "1"]}
`

// cohortNodes writes the cohort schema and three hospitals' extracts of it
// (seeded, with a header, NA for missing) into dir, and returns the nodes
// that hold them, the schema and the files.
func cohortNodes(t *testing.T, dir string) ([]devnet.Node, dataset.Schema, []string) {
	t.Helper()
	path := filepath.Join(dir, "cohort.yaml")
	if err := os.WriteFile(path, []byte(cohortSchema), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := dataset.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var nodes []devnet.Node
	var files []string
	for i, rows := range []int{140, 95, 180} {
		g, err := synth.New(s, synth.Options{Rows: rows, Seed: uint64(100 + i), Missing: 0.06, Label: "event"})
		if err != nil {
			t.Fatal(err)
		}
		f := filepath.Join(dir, "cohort-"+strconv.Itoa(i+1)+".csv")
		out, err := os.Create(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := g.WriteCSV(out, true, "NA"); err != nil {
			t.Fatal(err)
		}
		if err := out.Close(); err != nil {
			t.Fatal(err)
		}
		nodes = append(nodes, devnet.Node{ID: "cohort-" + strconv.Itoa(i+1), Data: f, Schema: path})
		files = append(files, f)
	}
	return nodes, s, files
}

// directCohort computes the statistics of the cohort files by reading them
// with encoding/csv, apart from the project's reader: counts, missing
// counts, means and sample variances (a word level counts as its index),
// and the histograms of the categorical columns.
func directCohort(t *testing.T, s dataset.Schema, files []string) map[string]*directColumn {
	t.Helper()
	values := map[string][]float64{}
	out := map[string]*directColumn{}
	for _, c := range s.Columns {
		out[c.Name] = &directColumn{}
		if c.Kind == dataset.Categorical {
			out[c.Name].hist = map[string]int64{}
		}
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(fh).ReadAll()
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
		header := recs[0]
		for _, rec := range recs[1:] {
			for i, tok := range rec {
				name := header[i]
				c := s.Columns[s.Index(name)]
				d := out[name]
				if tok == "NA" {
					d.missing++
					continue
				}
				var v float64
				if c.Kind == dataset.Categorical {
					d.hist[tok]++
					if v, err = strconv.ParseFloat(tok, 64); err != nil {
						v = float64(slices.Index(c.Levels, tok))
					}
				} else if v, err = strconv.ParseFloat(tok, 64); err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				if v == 0 && c.ZeroMissing {
					d.missing++
					continue
				}
				values[name] = append(values[name], v)
			}
		}
	}
	for name, d := range out {
		vs := values[name]
		d.count = int64(len(vs))
		for _, v := range vs {
			d.mean += v
		}
		d.mean /= float64(len(vs))
		for _, v := range vs {
			d.variance += (v - d.mean) * (v - d.mean)
		}
		d.variance /= float64(len(vs) - 1)
	}
	return out
}

// TestDemoOwnData runs demo stats on a table the project does not ship:
// three hospitals declared by a schema file, two reading CSV extracts with
// a header and NA for missing, one reading its rows from a real
// PostgreSQL database (NULL for missing); the statistics equal those of the
// three extracts read apart, and each hospital is paid for a proof that
// verified on chain, made with the schema's derived circuit (the demo
// registers stats-v1/cohort@…/256 for the largest table's 180 rows).
func TestDemoOwnData(t *testing.T) {
	tmp := t.TempDir()
	args, nodes, schema, files, password := cohortDemo(t, tmp, "public.cohort_c")
	res, stderr := runDemo(t, tmp, 22000, args...)
	if strings.Contains(stderr, password) {
		t.Error("the demo printed the database password")
	}
	if res.TaskID == "" || !slices.Equal(res.Nodes, nodeIDs(nodes)) {
		t.Fatalf("result header %+v", res)
	}
	got := map[string]workflows.ColumnStats{}
	for name, c := range res.Columns {
		if c.Count == nil || c.Missing == nil {
			t.Fatalf("column %s lacks a field", name)
		}
		got[name] = workflows.ColumnStats{Count: *c.Count, Missing: *c.Missing, Mean: c.Mean, Variance: c.Variance, Histogram: c.Histogram}
	}
	checkColumns(t, got, directCohort(t, schema, files))
	if c := res.Chain; c == nil || len(c.Payments) != 3 {
		t.Fatalf("settlement %+v", res.Chain)
	}
	for _, p := range res.Chain.Payments {
		if p.PaidWei != "1000000000000000" || p.ProofVerified == nil || !*p.ProofVerified {
			t.Errorf("payment %+v: want 0.001 ether for a proof that verified", p)
		}
	}
	if want := "registering circuit stats-v1/" + schema.Ref() + "/256"; !strings.Contains(stderr, want) {
		t.Errorf("the demo did not say %q", want)
	}
}

// cohortDemo sets the cohort's three hospitals up for a demo in tmp: two
// read their CSV extracts, the third its rows from a table cohort_c of a
// real PostgreSQL database, named table in its URL. It returns the demo's
// --schema and --node flags, the nodes, the schema, the extracts and the
// database's password.
func cohortDemo(t *testing.T, tmp, table string) ([]string, []devnet.Node, dataset.Schema, []string, string) {
	t.Helper()
	nodes, schema, files := cohortNodes(t, tmp)
	srv := launchPostgres(t)
	loadCohortTable(t, srv.SuperDSN(), files[2], "cohort_c")
	dsn := fmt.Sprintf("postgres://%s:%s@/postgres?host=%s&port=%d&sslmode=disable&table=%s",
		url.QueryEscape(srv.User), url.QueryEscape(srv.Password), url.QueryEscape(srv.Host), pgtest.Port, table)
	args := []string{"--schema", filepath.Join(tmp, "cohort.yaml")}
	for i, n := range nodes {
		src := n.Data
		if i == 2 {
			src = dsn
		}
		args = append(args, "--node", n.ID+"="+src)
	}
	return args, nodes, schema, files, srv.Password
}

// loadCohortTable creates table name in the database of dsn with SQL types
// for the cohort's columns and copies the rows of a cohort extract into
// it, NA as NULL.
func loadCohortTable(t *testing.T, dsn, file, name string) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE TABLE "+name+" (event int, age integer, smoker text, bmi numeric(4,1), ldl double precision, note text)"); err != nil {
		t.Fatal(err)
	}
	fh, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	recs, err := csv.NewReader(fh).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header := recs[0]
	for _, rec := range recs[1:] {
		vals := map[string]any{}
		for i, tok := range rec {
			if tok == "NA" {
				vals[header[i]] = nil
				continue
			}
			switch header[i] {
			case "smoker":
				vals["smoker"] = tok
			default:
				v, err := strconv.ParseFloat(tok, 64)
				if err != nil {
					t.Fatal(err)
				}
				vals[header[i]] = v
			}
		}
		_, err := conn.Exec(ctx, "INSERT INTO "+name+" (event, age, smoker, bmi, ldl, note) VALUES ($1::float8::int, $2::float8::int, $3, $4::float8::numeric, $5, 'x')",
			vals["event"], vals["age"], vals["smoker"], vals["bmi"], vals["ldl"])
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestDemoTrainOwnData runs demo train --model hlr on the cohort's three
// hospitals, one of them reading a PostgreSQL table, with features of the
// task's choosing: the model predicts the label the schema file declares
// from them, it scores as the pooled fit of the same rows does (within
// one test row: the proven gradient is fixed point), every round is
// proven with the hlr circuit derived for those features and each
// hospital is paid for every round.
func TestDemoTrainOwnData(t *testing.T) {
	tmp := t.TempDir()
	flags, _, schema, _, password := cohortDemo(t, tmp, "cohort_c")
	args := append([]string{"demo", "train", "--model", "hlr", "--features", "bmi,age,ldl"}, flags...)
	var rep struct {
		Dataset             string   `json:"dataset"`
		Rounds              int      `json:"rounds"`
		Stopped             string   `json:"stopped"`
		Accuracy            *float64 `json:"accuracy"`
		CentralizedAccuracy *float64 `json:"centralized_accuracy"`
		TestRows            int      `json:"test_rows"`
		Coefficients        struct {
			Names []string `json:"names"`
		} `json:"coefficients"`
		Report *model.Summary `json:"report"`
		Chain  *struct {
			Payments []struct {
				Node          string `json:"node"`
				PaidWei       string `json:"paid_wei"`
				ProofVerified *bool  `json:"proof_verified"`
			} `json:"payments"`
		} `json:"chain"`
		Unproven []workflows.UnprovenNode `json:"unproven"`
	}
	stderr := runDemoJSON(t, tmp, 23000, &rep, args...)
	if strings.Contains(stderr, password) {
		t.Error("the demo printed the database password")
	}
	if rep.Dataset != schema.Ref() || rep.Stopped != workflows.StopConverged || rep.Accuracy == nil || rep.CentralizedAccuracy == nil || rep.TestRows == 0 {
		t.Fatalf("report %+v", rep)
	}
	if len(rep.Coefficients.Names) == 0 || !slices.Contains(rep.Coefficients.Names, "bmi") || slices.ContainsFunc(rep.Coefficients.Names, func(n string) bool { return strings.HasPrefix(n, "smoker") }) {
		t.Errorf("coefficients named %v", rep.Coefficients.Names)
	}
	// The coefficient table on the original scale, one term per
	// coefficient (the intercept's among them), each with a standard error.
	if rep.Report == nil || len(rep.Report.Terms) != len(rep.Coefficients.Names) || rep.Report.Rows <= 0 {
		t.Fatalf("report %+v for coefficients %v", rep.Report, rep.Coefficients.Names)
	}
	for _, term := range rep.Report.Terms {
		if !(term.StdError > 0) || math.IsNaN(term.P) {
			t.Errorf("term %+v", term)
		}
	}
	// Newton's method on the pooled rows' gradient and Hessian: the same
	// model up to the proven gradient's fixed point, so the same score on
	// the same test rows, give or take a row near the boundary.
	if math.Abs(*rep.Accuracy-*rep.CentralizedAccuracy) > 1.01/float64(rep.TestRows) {
		t.Errorf("accuracy %.4f, centralized %.4f (%d test rows)", *rep.Accuracy, *rep.CentralizedAccuracy, rep.TestRows)
	}
	if len(rep.Unproven) != 0 {
		t.Errorf("nodes left out as unproven: %+v", rep.Unproven)
	}
	if want := "registering circuit hlr-v1/" + schema.Ref() + "/256/x0.2.3 "; !strings.Contains(stderr, want) {
		t.Errorf("the demo did not say %q", want)
	}
	if rep.Chain == nil || len(rep.Chain.Payments) != 3 {
		t.Fatalf("settlement %+v", rep.Chain)
	}
	for _, p := range rep.Chain.Payments {
		if want := strconv.Itoa(rep.Rounds) + "00000000000000"; p.PaidWei != want {
			t.Errorf("%s paid %s for %d rounds, want %s", p.Node, p.PaidWei, rep.Rounds, want)
		}
		if p.ProofVerified == nil || !*p.ProofVerified {
			t.Errorf("%s: proofs verified %v, want true", p.Node, p.ProofVerified)
		}
	}
}

// launchPostgres starts a real PostgreSQL server for the test, stopped
// with it. Without PostgreSQL's binaries the test is skipped, unless
// pgtest.Required (CI) makes that a failure.
func launchPostgres(t *testing.T) *pgtest.Server {
	t.Helper()
	srv, err := pgtest.Launch()
	if errors.Is(err, pgtest.ErrNoPostgres) && !pgtest.Required() {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Stop() })
	return srv
}

// TestDemoInferOwnData runs demo infer on the cohort's hospitals, one of
// them reading a PostgreSQL table: a model trained on the schema of the
// user's answers a paid plain request for the first row of a file with a
// header, as the model itself predicts it, and the price goes to the
// three hospitals.
func TestDemoInferOwnData(t *testing.T) {
	tmp := t.TempDir()
	flags, _, _, _, password := cohortDemo(t, tmp, "cohort_c")
	var rep struct {
		Prediction      *float64 `json:"prediction"`
		PlainPrediction *float64 `json:"plain_prediction"`
		Private         bool     `json:"private"`
		PaidWei         string   `json:"paid_wei"`
		Nodes           []string `json:"nodes"`
		Payments        []workflows.InferPayment
	}
	stderr := runDemoJSON(t, tmp, 19000, &rep, append([]string{"demo", "infer", "--rounds", "3"}, flags...)...)
	if strings.Contains(stderr, password) {
		t.Error("the demo printed the database password")
	}
	if rep.Prediction == nil || rep.PlainPrediction == nil || rep.Private || len(rep.Nodes) != 3 {
		t.Fatalf("report %+v", rep)
	}
	if math.Abs(*rep.Prediction-*rep.PlainPrediction) > 1e-12 {
		t.Errorf("served %v, the model's own %v", *rep.Prediction, *rep.PlainPrediction)
	}
	paid := new(big.Int)
	for _, p := range rep.Payments {
		v, _ := new(big.Int).SetString(p.PaidWei, 10)
		paid.Add(paid, v)
	}
	if len(rep.Payments) != 3 || rep.PaidWei == "" || paid.String() != rep.PaidWei {
		t.Errorf("paid %s in %+v", rep.PaidWei, rep.Payments)
	}
}
