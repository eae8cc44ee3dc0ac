package dataset

import (
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/twopm/twopm/fixed"
)

const exampleSchema = `# A hospital's extract.
name: cohort
version: "2"
description: a cohort
missing: ["", NA]
columns:
  - name: age
    kind: numeric
    unit: years
    range: {min: 18, max: 110}
    decimals: 0
  - name: sex
    kind: categorical
    levels: [F, M]
  - name: ldl
    kind: numeric
    unit: mmol/l
    description: LDL cholesterol
    range: {min: 0, max: 20}
    step: 0.05
    zero_missing: true
    missing: ["", NA, ".", "-1"]
`

// exampleReformatted is exampleSchema with other comments, key order,
// quoting, flow style, precision spelling and missing order.
const exampleReformatted = `columns:
- {kind: numeric, name: age, decimals: 0, range: {max: 110, min: 18}, unit: "years", missing: [NA, ""]}
- kind: categorical   # sex at birth
  levels:
  - "F"
  - 'M'
  name: sex
  missing: [NA, ""]
- range:
    min: 0.0
    max: 20.00
  step: .05
  missing: [".", "-1", NA, ""]
  zero_missing: True
  name: ldl
  description: "LDL cholesterol"
  unit: mmol/l
  kind: numeric
version: 2
name: "cohort"
description: |
  a cohort
`

func TestParseExample(t *testing.T) {
	s, err := Parse([]byte(exampleSchema), "cohort.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if s.ID != "cohort" || s.Name != "cohort" || s.Version != "2" || len(s.Columns) != 3 {
		t.Fatalf("schema %+v", s)
	}
	ldl := s.Columns[2]
	if ldl.Kind != Numeric || *ldl.Range != (Range{Min: 0, Max: 20 * fixed.Scale, Step: fixed.Scale / 20}) || !ldl.ZeroMissing || ldl.Unit != "mmol/l" || strings.Join(ldl.Missing, "|") != "|NA|.|-1" {
		t.Fatalf("ldl %+v range %+v", ldl, ldl.Range)
	}
	if got := strings.Join(s.Columns[1].Missing, "|"); got != "|NA" {
		t.Fatalf("sex inherits missing %q, want the file's list", got)
	}
	if *s.Columns[0].Range != (Range{Min: 18 * fixed.Scale, Max: 110 * fixed.Scale, Step: fixed.Scale}) {
		t.Fatalf("age range %+v", s.Columns[0].Range)
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
}

// TestHashIgnoresFormatting: comments, key order, quoting, styles, the
// spelling of the precision and of numbers, and the order of missing
// texts leave the hash alone.
func TestHashIgnoresFormatting(t *testing.T) {
	a, err := Parse([]byte(exampleSchema), "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse([]byte(exampleReformatted), "b.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if a.Hash() != b.Hash() {
		t.Fatalf("reformatted schema hashes differently:\n%x\n%x", a.Canonical(), b.Canonical())
	}
	h := a.Hash()
	if want := "cohort@" + hex.EncodeToString(h[:]); a.Ref() != want || len(a.Ref()) != len("cohort@")+64 {
		t.Fatalf("Ref %q, want %q", a.Ref(), want)
	}
	// Default missing texts, written out or not, are the same schema.
	c, _ := Parse([]byte("name: x\nversion: '1'\ncolumns: [{name: a, kind: numeric}]\n"), "c")
	d, _ := Parse([]byte("name: x\nversion: '1'\ncolumns: [{name: a, kind: numeric, missing: ['?', NA, '']}]\n"), "d")
	if c.Hash() != d.Hash() {
		t.Fatal("explicit default missing texts change the hash")
	}
}

// TestHashSeesMeaning: every meaningful change gives another hash.
func TestHashSeesMeaning(t *testing.T) {
	base, err := Parse([]byte(exampleSchema), "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	edits := map[string][2]string{
		"level order":      {"levels: [F, M]", "levels: [M, F]"},
		"range max":        {"max: 110", "max: 111"},
		"range min":        {"min: 18", "min: 17"},
		"precision":        {"decimals: 0", "decimals: 1"},
		"step":             {"step: 0.05", "step: 0.01"},
		"missing text":     {`".", "-1"`, `".", "-2"`},
		"file missing":     {`missing: ["", NA]`, `missing: ["", NA, "?"]`},
		"zero missing":     {"zero_missing: true", "zero_missing: false"},
		"kind":             {"kind: categorical\n    levels: [F, M]", "kind: numeric"},
		"unit":             {"unit: years", "unit: months"},
		"description":      {"description: LDL cholesterol", "description: LDL"},
		"column name":      {"name: age", "name: age_years"},
		"name":             {"name: cohort", "name: cohort2"},
		"version":          {`version: "2"`, `version: "3"`},
		"file description": {"description: a cohort", "description: the cohort"},
		"identifier":       {"unit: years", "unit: years\n    identifier: true"},
	}
	for what, e := range edits {
		if !strings.Contains(exampleSchema, e[0]) {
			t.Fatalf("%s: %q not in the example", what, e[0])
		}
		changed, err := Parse([]byte(strings.Replace(exampleSchema, e[0], e[1], 1)), "b.yaml")
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if changed.Hash() == base.Hash() {
			t.Errorf("%s: the hash did not change", what)
		}
	}
	// Column order counts.
	swapped := base
	swapped.Columns = []Column{base.Columns[1], base.Columns[0], base.Columns[2]}
	if swapped.Hash() == base.Hash() {
		t.Error("column order: the hash did not change")
	}
}

func TestParseErrors(t *testing.T) {
	const head = "name: s\nversion: '1'\ncolumns:\n"
	tests := []struct {
		name string
		in   string
		want []string // each a line of the error
	}{
		{"empty file", "", []string{"s.yaml: dataset: invalid schema: the file is empty"}},
		{"not yaml", "name: [", []string{"s.yaml: dataset: invalid schema: line 1: did not find expected node content"}},
		{"two documents", head + "  - {name: a, kind: numeric}\n---\nname: t\n", []string{"s.yaml:5: dataset: invalid schema: a second YAML document; a schema file holds one"}},
		{"unknown key", head + "  - name: a\n    kind: numeric\n    colour: red\n", []string{"s.yaml:6: column 1 (a) colour: dataset: invalid schema: unknown field (known: name, kind, levels, range, decimals, step, zero_missing, identifier, unit, description, missing)"}},
		{"unknown top key", "nam: s\n" + head, []string{
			"s.yaml:1: nam: dataset: invalid schema: unknown field (known: name, version, description, missing, label, columns)",
			"s.yaml:4: columns: dataset: invalid schema: want a list of columns, got nothing"}},
		{"duplicate key", head + "  - name: a\n    kind: numeric\n    kind: categorical\n", []string{"s.yaml:6: column 1 (a) kind: dataset: invalid schema: given twice (first on line 5)"}},
		{"duplicate column", head + "  - {name: a, kind: numeric}\n  - {name: b, kind: numeric}\n  - {name: a, kind: numeric}\n", []string{"s.yaml:6: column 3 (a) name: dataset: invalid schema: also the name of column 1"}},
		{"levels on numeric", head + "  - name: a\n    kind: numeric\n    levels: ['0', '1']\n", []string{"s.yaml:6: column 1 (a) levels: dataset: invalid schema: a numeric column has no levels (make it categorical)"}},
		{"range off its step", head + "  - name: a\n    kind: numeric\n    range: {min: 0, max: 10.5}\n    decimals: 0\n", []string{"s.yaml:7: column 1 (a) range: dataset: invalid schema: [0, 10.5] is not on the step 1: min and max must be multiples of it"}},
		{"range off its step", head + "  - name: a\n    kind: numeric\n    range: {min: 0.1, max: 1}\n    step: 0.25\n", []string{"s.yaml:7: column 1 (a) range: dataset: invalid schema: [0.1, 1] is not on the step 0.25: min and max must be multiples of it"}},
		{"min above max", head + "  - {name: a, kind: numeric, range: {min: 5, max: 1}}\n", []string{"s.yaml:4: column 1 (a) range: dataset: invalid schema: min 5 is above max 1"}},
		{"too many decimals", head + "  - {name: a, kind: numeric, range: {min: 0, max: 1.0000001}}\n", []string{"s.yaml:4: column 1 (a) range max: dataset: invalid schema: 1.0000001 has more than 6 decimals"}},
		{"not a number", head + "  - {name: a, kind: numeric, range: {min: 0, max: 1e12}}\n", []string{`s.yaml:4: column 1 (a) range max: dataset: invalid schema: "1e12" is not a decimal number of magnitude at most 1000000000`}},
		{"decimals and step", head + "  - {name: a, kind: numeric, range: {min: 0, max: 1}, decimals: 1, step: 0.5}\n", []string{"s.yaml:4: column 1 (a) step: dataset: invalid schema: give decimals or step, not both"}},
		{"precision without range", head + "  - {name: a, kind: numeric, decimals: 1}\n", []string{"s.yaml:4: column 1 (a): dataset: invalid schema: a precision (decimals or step) needs a range"}},
		{"decimals 7", head + "  - {name: a, kind: numeric, range: {min: 0, max: 1}, decimals: 7}\n", []string{"s.yaml:4: column 1 (a) decimals: dataset: invalid schema: want a whole number from 0 to 6"}},
		{"unknown kind", head + "  - {name: a, kind: text}\n", []string{`s.yaml:4: column 1 (a) kind: dataset: invalid schema: "text" is not a kind; want numeric or categorical`}},
		{"no kind, no name", head + "  - {unit: m}\n", []string{"s.yaml:4: column 1 name: dataset: invalid schema: missing", "s.yaml:4: column 1 kind: dataset: invalid schema: missing"}},
		{"no levels", head + "  - {name: a, kind: categorical}\n", []string{"s.yaml:4: column 1 (a) levels: dataset: invalid schema: a categorical column needs at least one level"}},
		{"level spelled long", head + "  - {name: a, kind: categorical, levels: ['0', '1.0']}\n", []string{`s.yaml:4: column 1 (a) levels: dataset: invalid schema: level 2 "1.0": a number written as 1.0; write 1`}},
		{"level twice", head + "  - {name: a, kind: categorical, levels: [x, y, x]}\n", []string{`s.yaml:4: column 1 (a) levels: dataset: invalid schema: level 3 "x": the same as level 1`}},
		{"level is a default missing text", head + "  - {name: a, kind: categorical, levels: [NA, B]}\n", []string{`s.yaml:4: column 1 (a) levels: dataset: invalid schema: "NA" is a level and, by default, a missing value; list the column's missing texts`}},
		{"missing is a level", head + "  - {name: a, kind: categorical, levels: ['0', '9'], missing: ['9.0']}\n", []string{`s.yaml:4: column 1 (a) missing: dataset: invalid schema: "9.0" is also a level of the column`}},
		{"missing twice", head + "  - {name: a, kind: numeric, missing: [NA, NA]}\n", []string{`s.yaml:4: column 1 (a) missing: dataset: invalid schema: "NA" listed twice`}},
		{"zero_missing on categorical", head + "  - {name: a, kind: categorical, levels: [x], zero_missing: true}\n", []string{`s.yaml:4: column 1 (a) zero_missing: dataset: invalid schema: only a numeric column reads 0 as missing; list "0" under missing`}},
		{"identifier not a bool", head + "  - {name: a, kind: numeric, identifier: 1}\n", []string{"s.yaml:4: column 1 (a) identifier: dataset: invalid schema: want true or false"}},
		{"identifier label", "name: s\nversion: '1'\nlabel: {column: a, positive: [y]}\ncolumns:\n  - {name: a, kind: categorical, levels: [x, y], identifier: true}\n", []string{`s.yaml:3: label: dataset: invalid schema: column "a" is an identifier, which names a record: it cannot be the label`}},
		{"zero_missing not a bool", head + "  - {name: a, kind: numeric, zero_missing: yes}\n", []string{"s.yaml:4: column 1 (a) zero_missing: dataset: invalid schema: want true or false"}},
		{"range on categorical", head + "  - {name: a, kind: categorical, levels: [x], range: {min: 0, max: 1}}\n", []string{"s.yaml:4: column 1 (a) range: dataset: invalid schema: a categorical column has no range"}},
		{"bad name", "name: 'my schema'\nversion: '1'\ncolumns: [{name: a, kind: numeric}]\n", []string{`s.yaml:1: name: dataset: invalid schema: "my schema" is not a schema name: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or a digit`}},
		{"long name", "name: " + strings.Repeat("x y", 1000) + "\nversion: '1'\ncolumns: [{name: a, kind: numeric}]\n", []string{
			`s.yaml:1: name: dataset: invalid schema: "` + strings.Repeat("x y", 13) + `x…" is not a schema name: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or a digit`}},
		{"no columns", "name: s\nversion: '1'\n", []string{"s.yaml:1: columns: dataset: invalid schema: missing; a schema declares at least one column"}},
		{"columns not a list", "name: s\nversion: '1'\ncolumns: {a: 1}\n", []string{"s.yaml:3: columns: dataset: invalid schema: want a list of columns, got a mapping"}},
		{"null name", "name:\nversion: '1'\ncolumns: [{name: a, kind: numeric}]\n", []string{`s.yaml:1: name: dataset: invalid schema: no value; write "" for an empty text`}},
		{"null text", head + "  - {name: a, kind: numeric, missing: [NA, NULL, ~]}\n", []string{
			`s.yaml:4: column 1 (a) missing: dataset: invalid schema: NULL is YAML's null; write it in quotes ("NULL") for that text`,
			`s.yaml:4: column 1 (a) missing: dataset: invalid schema: ~ is YAML's null; write it in quotes ("~") for that text`}},
		{"alias", "name: &n s\nversion: *n\ncolumns: [{name: a, kind: numeric}]\n", []string{"s.yaml:1: name: dataset: invalid schema: anchors and aliases are not allowed in a schema file", "s.yaml:2: version: dataset: invalid schema: anchors and aliases are not allowed in a schema file"}},
		{"several problems", head + "  - {name: a, kind: numeric, levels: [x]}\n  - {name: b, kind: categorical, levels: [x], range: {min: 0, max: 1}}\n", []string{
			"s.yaml:4: column 1 (a) levels: dataset: invalid schema: a numeric column has no levels (make it categorical)",
			"s.yaml:5: column 2 (b) range: dataset: invalid schema: a categorical column has no range"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.in), "s.yaml")
			if !errors.Is(err, ErrSchema) {
				t.Fatalf("error %v, want ErrSchema", err)
			}
			var se *SchemaError
			if !errors.As(err, &se) || se.File != "s.yaml" {
				t.Fatalf("error %#v is no SchemaError naming the file", err)
			}
			if got := err.Error(); got != strings.Join(tt.want, "\n") {
				t.Fatalf("error =\n%s\nwant\n%s", got, strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestLoadFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "cohort.yaml")
	if err := os.WriteFile(p, []byte(exampleSchema), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := LoadFile(p)
	if err != nil || s.Name != "cohort" {
		t.Fatalf("LoadFile: %v", err)
	}
	if _, err := LoadFile(filepath.Join(t.TempDir(), "none.yaml")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
}

// TestBuiltinSchemas: every embedded file parses, Lookup finds it by name,
// and the built-in refs are pinned, since data sets and circuits will be
// named by them.
func TestBuiltinSchemas(t *testing.T) {
	want := map[string]string{
		"heart-disease": "heart-disease@335383b2756eb1e84b486cdbecd43fbdc0b657cd25c18ddd463fd4c2dfb9f342",
		"breast-cancer": "breast-cancer@b4e48bb17b41f0a10b02ca637df01d5bc5671ea32935885605a68f58bb4a9c23",
	}
	if got := strings.Join(Builtin(), ","); got != "breast-cancer,heart-disease" {
		t.Fatalf("Builtin() = %s", got)
	}
	for name, ref := range want {
		s, err := Lookup(name)
		if err != nil {
			t.Fatal(err)
		}
		if s.ID != name || s.Name != name {
			t.Errorf("%s: ID %q Name %q", name, s.ID, s.Name)
		}
		if err := s.Validate(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if ref != "" && s.Ref() != ref {
			t.Errorf("%s: Ref %s, want %s", name, s.Ref(), ref)
		}
		t.Logf("%s", s.Ref())
	}
	hd, _ := Lookup("heart-disease")
	hd.Columns[0].Name = "changed"
	hd.Columns[1].Levels[0] = "changed"
	hd.Columns[3].Range.Max = 1
	again, _ := Lookup("heart-disease")
	for _, s := range []Schema{HeartDisease, again} {
		if s.Columns[0].Name != "age" || s.Columns[1].Levels[0] != "0" || s.Columns[3].Range.Max != 300_000_000 {
			t.Fatal("changing a Lookup result changed the built-in schema")
		}
	}
}

// TestParseDocExample: the example in Parse's documentation parses.
func TestParseDocExample(t *testing.T) {
	s, err := Parse([]byte(`name: cohort
version: "1"
missing: ["", NA, "NULL"]
columns:
  - name: age
    kind: numeric
    unit: years
    range: {min: 18, max: 110}
    decimals: 0
  - name: smoker
    kind: categorical
    levels: [never, former, current]
  - name: ldl
    kind: numeric
    unit: mmol/l
    range: {min: 0, max: 20}
    step: 0.01
    zero_missing: true
`), "doc.yaml")
	if err != nil || len(s.Columns) != 3 || s.Columns[2].Range.Step != 10_000 {
		t.Fatalf("%+v, %v", s, err)
	}
}

// TestFeatures checks the default features: every column but the label
// and the identifiers.
func TestFeatures(t *testing.T) {
	if got := strings.Join(BreastCancer.Features(""), ","); strings.Contains(got, "id,") || strings.Contains(got, "diagnosis") || !strings.HasPrefix(got, "radius_mean,") {
		t.Errorf("breast-cancer features %s", got)
	}
	if got := strings.Join(HeartDisease.Features("sex"), ","); strings.Contains(got, "sex") || !strings.Contains(got, "num") {
		t.Errorf("heart-disease features against sex: %s", got)
	}
}
