package dataset

import (
	"bytes"
	"encoding/csv"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/twopm/twopm/fixed"
)

// FuzzRead feeds the reader arbitrary heart-disease files: it never
// panics, fails only with a ParseError or ErrEmpty, and a table it accepts
// fits its schema, has a commitment root, and reads back the same when
// written out again.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"63,1,1,145,233,1,2,150,0,2.3,3,0,6,0\n",
		"67,1,4,160,286,0,2,108,1,1.5,2,3,3,2\r\n37,0,3,?,250,0,0,187,0,3.5,3,?,3,0",
		"41,0,2,130,204,0,2,172,0,1.4,1,0,3,?\n\n56,1,2,120,236,0,0,178,0,-0.8,1,0,3,1\n",
		"63,1,1,145,233,1,2,150,0,2.3,3,0,6\n",
		"63,1,1,145,233,1,2,150,0,2.3,3,0,6,9\n",
		"630,1,1,145,233,1,2,150,0,2.3,3,0,6,0\n",
		"6e3,1,1,145,233,1,2,150,0,2.3,3,0,6,0\n",
		" 63 ,1,1,145,233,1,2,150,0,2.33333,3,0,6,0\n",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := Read(bytes.NewReader(data), "fuzz", HeartDisease)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) && !errors.Is(err, ErrEmpty) {
				t.Fatalf("error %v is neither a ParseError nor ErrEmpty", err)
			}
			return
		}
		if _, err := tab.CommitmentRoot(); err != nil {
			t.Fatalf("accepted table has no commitment root: %v", err)
		}
		var out strings.Builder
		for _, row := range tab.Rows {
			if len(row) != len(HeartDisease.Columns) {
				t.Fatalf("row of %d cells", len(row))
			}
			cells := make([]string, len(row))
			for i, c := range row {
				col := HeartDisease.Columns[i]
				switch {
				case c.Missing:
					cells[i] = "?"
				case col.Kind == Categorical:
					cells[i] = col.Levels[c.Level]
				default:
					cells[i] = fixed.Format(c.Q)
				}
			}
			out.WriteString(strings.Join(cells, ",") + "\n")
		}
		again, err := Read(strings.NewReader(out.String()), "again", HeartDisease)
		if err != nil {
			t.Fatalf("written back as\n%s\nit does not read: %v", out.String(), err)
		}
		if !slices.EqualFunc(tab.Rows, again.Rows, func(a, b []Cell) bool { return slices.Equal(a, b) }) {
			t.Fatalf("written back as\n%s\nit reads differently", out.String())
		}
	})
}

// FuzzParseSchema feeds the schema parser arbitrary files: it never
// panics, fails only with SchemaErrors wrapping ErrSchema, and a schema it
// accepts validates and, written out by YAML, reads back with the same
// hash.
func FuzzParseSchema(f *testing.F) {
	for _, s := range []string{exampleSchema, exampleReformatted, "", "name: [", "a: &x [*x]",
		"name: s\nversion: '1'\ncolumns: [{name: a, kind: numeric, range: {min: -1e9, max: 1e9}, step: 0.000001}]\n",
		"name: s\nversion: '1'\ncolumns: [{name: a, kind: categorical, levels: [x, '1', '2.5'], missing: [NA]}]\n",
	} {
		f.Add([]byte(s))
	}
	for _, name := range Builtin() {
		b, err := builtinFiles.ReadFile("schemas/" + name + ".yaml")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse(data, "fuzz.yaml")
		if err != nil {
			var se *SchemaError
			if !errors.Is(err, ErrSchema) || !errors.As(err, &se) || se.File != "fuzz.yaml" {
				t.Fatalf("error %v is no SchemaError wrapping ErrSchema", err)
			}
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("accepted schema does not validate: %v", err)
		}
		out, err := s.YAML()
		if err != nil {
			t.Fatalf("accepted schema does not write: %v", err)
		}
		again, err := Parse(out, "again.yaml")
		if err != nil {
			t.Fatalf("written as\n%s\nit does not read: %v", out, err)
		}
		if again.Hash() != s.Hash() {
			t.Fatalf("written as\n%s\nit hashes differently", out)
		}
	})
}

// FuzzReadHeader feeds the reader arbitrary files, delimiters and header
// modes over a schema with a word level, a missing text of its own and a
// step: it never panics, fails only with a ParseError or ErrEmpty, and a
// table it accepts fits the schema and, written out headerless with
// commas, reads back the same.
func FuzzReadHeader(f *testing.F) {
	s, err := Parse([]byte(`
name: small
version: "1"
columns:
  - {name: age, kind: numeric, range: {min: 0, max: 120}, decimals: 0, zero_missing: true}
  - {name: smoker, kind: categorical, levels: ["no", "yes", "2"]}
  - {name: bmi, kind: numeric, range: {min: 10, max: 80}, step: 0.5, missing: ["-99"]}
`), "small.yaml")
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range []struct {
		in     string
		delim  byte
		header uint8
	}{
		{"age,smoker,bmi\n40,no,22.5\n", ',', 0},
		{"bmi;x;smoker;age\n-99;1;yes;NA\n\"22\";\"a;b\";2.0;0\n", ';', 1},
		{"40\tno\t22.5\r\n\r\n41\tyes\t?\n", '\t', 2},
		{"\ufeffage,smoker,bmi,age\n1,2,3,4\n", ',', 0},
		{"age,smoker\n\"40\n\",no\n", ',', 0},
		{"age,smoker,bmi\n4\"0,no,22.5\n", ',', 1},
	} {
		f.Add([]byte(c.in), c.delim, c.header)
	}
	f.Fuzz(func(t *testing.T, data []byte, delim byte, header uint8) {
		o := ReadOptions{Delimiter: rune(delim), Header: HeaderMode(header % 3)}
		tab, err := ReadWith(bytes.NewReader(data), "fuzz", s, o)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) && !errors.Is(err, ErrEmpty) && !strings.Contains(err.Error(), "cannot separate cells") {
				t.Fatalf("error %v is neither a ParseError nor ErrEmpty", err)
			}
			return
		}
		var out bytes.Buffer
		w := csv.NewWriter(&out)
		for _, row := range tab.Rows {
			if len(row) != len(s.Columns) {
				t.Fatalf("row of %d cells", len(row))
			}
			cells := make([]string, len(row))
			for i, c := range row {
				col := s.Columns[i]
				switch {
				case c.Missing:
					cells[i] = col.MissingTexts()[0]
				case col.Kind == Categorical:
					cells[i] = col.Levels[c.Level]
				default:
					cells[i] = fixed.Format(c.Q)
				}
			}
			if err := w.Write(cells); err != nil {
				t.Fatal(err)
			}
		}
		w.Flush()
		again, err := ReadWith(bytes.NewReader(out.Bytes()), "again", s, ReadOptions{Header: HeaderNo})
		if err != nil {
			t.Fatalf("written back as\n%s\nit does not read: %v", out.String(), err)
		}
		if !slices.EqualFunc(tab.Rows, again.Rows, func(a, b []Cell) bool { return slices.Equal(a, b) }) {
			t.Fatalf("written back as\n%s\nit reads differently", out.String())
		}
	})
}
