package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/twopm/twopm/dataset"
)

// runTwopm runs the command line in-process and returns its output.
func runTwopm(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := newRoot()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := root.Execute()
	return out.String(), err
}

const cohortSchema = `# the cohort table
name: cohort
version: "1"
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
    range: {min: 0, max: 20}
    decimals: 2
    missing: ["", NA, "NULL"]
`

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSchemaShow(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.yaml", cohortSchema)
	// The same schema, reordered and recommented.
	b := writeFile(t, dir, "b.yaml", `columns:
- {kind: numeric, name: age, range: {max: 110, min: 18}, decimals: 0, unit: years}
- {name: sex, levels: [F, M], kind: categorical}   # sex
- {name: ldl, kind: numeric, unit: mmol/l, step: 0.01, range: {min: 0, max: 20}, missing: ["NULL", NA, ""]}
version: 1
name: cohort
`)
	outA, err := runTwopm(t, "schema", "show", a)
	if err != nil {
		t.Fatal(err)
	}
	outB, err := runTwopm(t, "schema", "show", b)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := dataset.LoadFile(a)
	if !strings.HasPrefix(outA, "# ref: "+s.Ref()+"\nname: cohort\n") || outA != outB {
		t.Fatalf("show a:\n%s\nshow b:\n%s", outA, outB)
	}
	out, err := runTwopm(t, "schema", "show", "heart-disease")
	if err != nil || !strings.HasPrefix(out, "# ref: "+dataset.HeartDisease.Ref()+"\n") || !strings.Contains(out, "zero_missing: true") {
		t.Fatalf("show heart-disease: %v\n%s", err, out)
	}
	if _, err := runTwopm(t, "schema", "show", "no-such"); err == nil || !strings.Contains(err.Error(), "built-in: breast-cancer, heart-disease") {
		t.Fatalf("show no-such: %v", err)
	}
	bad := writeFile(t, dir, "bad.yaml", strings.Replace(cohortSchema, "levels: [F, M]", "levels: [F, M, F]", 1))
	if _, err := runTwopm(t, "schema", "show", bad); !errors.Is(err, dataset.ErrSchema) || !strings.Contains(err.Error(), "bad.yaml:12: column 2 (sex) levels") {
		t.Fatalf("show bad.yaml: %v", err)
	}
}

func TestSchemaCheck(t *testing.T) {
	dir := t.TempDir()
	schema := writeFile(t, dir, "cohort.yaml", cohortSchema)
	tests := []struct {
		name    string
		data    string
		args    []string
		wantErr bool
		want    []string // lines the output holds
		secrets []string // values it must not hold
	}{
		{name: "header, NA, extra and reordered columns",
			data: "site,ldl,sex,age,notes\nA,3.25,F,40,x\nB,NA,M,NA,\nC,NULL,,77,\"a, b\"\n",
			want: []string{"3 rows, with a header, no problem against cohort@"}},
		{name: "headerless in schema order", data: "40,F,3.25\n41,M,\n",
			want: []string{"2 rows, no header, no problem"}},
		{name: "semicolons", data: "age;sex;ldl\n40;F;3.25\n", args: []string{"--delimiter", ";"},
			want: []string{"1 rows, with a header"}},
		{name: "header lacks a column", data: "age,ldl\n40,3.25\n", wantErr: true,
			want: []string{`:1: dataset: bad header: no column "sex"`, "1 problems against cohort@"}},
		{name: "bad cells", data: "sex,age,ldl\nX,40,3.25\nF,130,3.251\nF,40\nM,18.5,?\n", wantErr: true,
			want: []string{
				":2: column 1 (sex): dataset: bad value: not one of the levels [F M]",
				":3: column 2 (age): dataset: bad value: outside the column's range [18, 110]",
				":3: column 3 (ldl): dataset: bad value: finer than the column's precision 0.01",
				":4: dataset: wrong number of columns: 2, want 3 (as many as the header)",
				":5: column 2 (age): dataset: bad value: finer than the column's precision 1",
				":5: column 3 (ldl): dataset: bad value: fixed: not a decimal number",
				"6 problems against cohort@"},
			secrets: []string{"130", "3.251", "18.5"}},
		{name: "header no on a headered file", data: "age,sex,ldl\n40,F,3.25\n", args: []string{"--header", "no"}, wantErr: true,
			want: []string{":1: column 1 (age): dataset: bad value"}},
		{name: "empty", data: "", wantErr: true, want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := writeFile(t, t.TempDir(), "data.csv", tt.data)
			out, err := runTwopm(t, append([]string{"schema", "check", "--schema", schema, data}, tt.args...)...)
			if (err != nil) != tt.wantErr {
				t.Fatalf("error %v, want one: %v\n%s", err, tt.wantErr, out)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			// The file's path is random (a temporary directory) and may hold a
			// secret's digits by chance: only the rest of the output counts.
			rest := strings.ReplaceAll(out, data, "FILE")
			for _, s := range tt.secrets {
				if strings.Contains(rest, s) {
					t.Errorf("output repeats the value %q:\n%s", s, out)
				}
			}
		})
	}
	// A problem list ends with exit status 1 and no further message.
	data := writeFile(t, dir, "bad.csv", "age,sex,ldl\n400,F,1\n")
	_, err := runTwopm(t, "schema", "check", "--schema", schema, data)
	var ec exitCode
	if !errors.As(err, &ec) || ec != 1 {
		t.Fatalf("error %v, want exit code 1", err)
	}
	for _, args := range [][]string{
		{"schema", "check", data},
		{"schema", "check", "--schema", schema, "--delimiter", ";;", data},
		{"schema", "check", "--schema", schema, "--header", "maybe", data},
		{"schema", "check", "--schema", filepath.Join(dir, "none.yaml"), data},
		{"schema", "check", "--schema", schema, filepath.Join(dir, "none.csv")},
	} {
		if _, err := runTwopm(t, args...); err == nil || errors.As(err, &ec) {
			t.Errorf("%v: error %v, want a message", args, err)
		}
	}
	// The built-in files check against the built-in schemas.
	p := filepath.Join("..", "..", "..", "..", "shared", "data", "heart-disease", "processed.cleveland.data")
	if d := os.Getenv("TWOPM_DATA_DIR"); d != "" {
		p = filepath.Join(d, "heart-disease", "processed.cleveland.data")
	}
	if _, err := os.Stat(p); err == nil {
		out, err := runTwopm(t, "schema", "check", "--schema", "heart-disease", p)
		if err != nil || !strings.Contains(out, "303 rows, no header, no problem") {
			t.Fatalf("cleveland: %v\n%s", err, out)
		}
	}
}

func TestSchemaInfer(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("record,age,sex,ldl,visit\n")
	for i := range 120 {
		ldl := []string{"2.31", "NA", "4.05", "3.5", "NULL", "5.77"}[i%6]
		b.WriteString(strings.Join([]string{"R" + string(rune('a'+i%26)) + string(rune('a'+i/26)) + "-secret", []string{"34", "58", "71", "45"}[i%4] + "", []string{"F", "M"}[i%2], ldl, []string{"1", "2", "3"}[i%3]}, ",") + "\n")
	}
	sample := writeFile(t, dir, "sample.csv", b.String())
	out, err := runTwopm(t, "schema", "infer", sample)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "# DRAFT schema") || strings.Contains(out, "secret") {
		t.Fatalf("infer output:\n%s", out)
	}
	for _, w := range []string{`column "record" holds text`, "name: sample", "levels: [F, M]", `missing: ["", '?', NA, "NULL"]`, "decimals: 2"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	// The draft, written to a file, checks the sample.
	draft := filepath.Join(dir, "draft.yaml")
	if _, err := runTwopm(t, "schema", "infer", "-o", draft, sample); err != nil {
		t.Fatal(err)
	}
	if out, err := runTwopm(t, "schema", "check", "--schema", draft, sample); err != nil || !strings.Contains(out, "120 rows, with a header, no problem") {
		t.Fatalf("check against the draft: %v\n%s", err, out)
	}
	if _, err := runTwopm(t, "schema", "infer", filepath.Join(dir, "none.csv")); err == nil {
		t.Fatal("infer of a missing file succeeded")
	}
	if _, err := runTwopm(t, "schema", "infer", "--max-levels", "0", sample); err == nil {
		t.Fatal("--max-levels 0 accepted")
	}
	headerless := writeFile(t, dir, "headerless.csv", "63.0,1.0,1.0,145.0,233.0,1.0,2.0,150.0,0.0,2.3,3.0,0.0,6.0,0\n")
	if out, err := runTwopm(t, "schema", "infer", headerless); !errors.Is(err, dataset.ErrHeader) || strings.Contains(out+err.Error(), "233") {
		t.Fatalf("infer of a headerless file: %v\n%s", err, out)
	}
	empty := writeFile(t, dir, "empty.csv", "")
	if _, err := runTwopm(t, "schema", "infer", empty); !errors.Is(err, dataset.ErrEmpty) {
		t.Fatalf("infer of an empty file: %v", err)
	}
}
