//go:build integration

package integration

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/synth"
	"github.com/twopm/twopm/devnet"
)

// cohortSchema is a table the project does not ship: numeric columns of
// several precisions with units, a categorical column of words, a
// categorical outcome of numbers, and NA for missing.
const cohortSchema = `name: cohort
version: "1"
description: a synthetic cohort extract, with a header and NA for missing
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
