package dataset

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// smallSchema is a three-column schema read from a file, as a hospital's
// would be.
func smallSchema(t *testing.T) Schema {
	t.Helper()
	s, err := Parse([]byte(`
name: small
version: "1"
columns:
  - {name: age, kind: numeric, range: {min: 0, max: 120}, decimals: 0}
  - {name: smoker, kind: categorical, levels: ["no", "yes"]}
  - {name: bmi, kind: numeric, range: {min: 10, max: 80}, decimals: 1, missing: ["-99"]}
`), "small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestReadHeader(t *testing.T) {
	s := smallSchema(t)
	tests := []struct {
		name     string
		in       string
		opts     ReadOptions
		wantRows [][]string // per row: age, smoker, bmi as "q", "?" missing
		wantErr  error
		wantMsgs []string // each a line of the error, in order
	}{
		{name: "header in schema order", in: "age,smoker,bmi\n40,no,22.5\n",
			wantRows: [][]string{{"40", "no", "22.5"}}},
		{name: "reordered, extra columns, NA", in: "bmi,site,smoker,notes,age\n22.5,A,yes,x,40\n-99,B,NA,,NA\n23,C,no,\"a, b\",51\n",
			wantRows: [][]string{{"40", "yes", "22.5"}, {"?", "?", "?"}, {"51", "no", "23"}}},
		{name: "bom and spaces in header", in: "\ufeff age , smoker,bmi\r\n40,no,22.5\r\n",
			wantRows: [][]string{{"40", "no", "22.5"}}},
		{name: "headerless with a byte-order mark", in: "\ufeff40,no,22.5\n", opts: ReadOptions{Header: HeaderNo},
			wantRows: [][]string{{"40", "no", "22.5"}}},
		{name: "headerless", in: "40,no,22.5\n\n41,yes,-99\n",
			wantRows: [][]string{{"40", "no", "22.5"}, {"41", "yes", "?"}}},
		{name: "semicolons", in: "smoker;age;bmi\nno;40;22,5\n", opts: ReadOptions{Delimiter: ';'},
			wantErr: ErrValue, wantMsgs: []string{`x.csv:2: column 3 (bmi): dataset: bad value: fixed: not a decimal number`}},
		{name: "tabs", in: "smoker\tage\tbmi\nno\t40\t22.5\n", opts: ReadOptions{Delimiter: '\t'},
			wantRows: [][]string{{"40", "no", "22.5"}}},
		{name: "header lacks columns", in: "age,weight\n40,80\n", wantErr: ErrHeader,
			wantMsgs: []string{`x.csv:1: dataset: bad header: no column "smoker"`, `x.csv:1: dataset: bad header: no column "bmi"`}},
		{name: "column named twice", in: "age,smoker,bmi,age\n40,no,22.5,41\n", wantErr: ErrHeader,
			wantMsgs: []string{`x.csv:1: dataset: bad header: column "age" named twice (cells 1 and 4)`}},
		{name: "header yes on a data line", in: "40,no,22.5\n", opts: ReadOptions{Header: HeaderYes}, wantErr: ErrHeader},
		{name: "header no on a header", in: "age,smoker,bmi\n40,no,22.5\n", opts: ReadOptions{Header: HeaderNo}, wantErr: ErrValue,
			wantMsgs: []string{`x.csv:1: column 1 (age): dataset: bad value: fixed: not a decimal number`, `x.csv:1: column 2 (smoker): dataset: bad value: not one of the levels [no yes]`, `x.csv:1: column 3 (bmi): dataset: bad value: fixed: not a decimal number`}},
		{name: "every bad cell", in: "smoker,age,bmi\nmaybe,40,22.5\nno,130,22.55\nno,40\nyes,,?\n", wantErr: ErrValue, wantMsgs: []string{
			`x.csv:2: column 1 (smoker): dataset: bad value: not one of the levels [no yes]`,
			`x.csv:3: column 2 (age): dataset: bad value: outside the column's range [0, 120]`,
			`x.csv:3: column 3 (bmi): dataset: bad value: finer than the column's precision 0.1`,
			`x.csv:4: dataset: wrong number of columns: 2, want 3 (as many as the header)`,
			`x.csv:5: column 3 (bmi): dataset: bad value: fixed: not a decimal number`}},
		{name: "quote error", in: "age,smoker,bmi\n4\"0,no,22.5\n41,no,22\n", wantErr: ErrValue,
			wantMsgs: []string{`x.csv:2: dataset: bad value: bare " in non-quoted-field`}},
		{name: "header of other names", in: "Age,Smoker,BMI\n40,no,22.5\n", wantErr: ErrHeader,
			wantMsgs: []string{`x.csv:1: dataset: bad header: the first line is no row of data and names no column of the schema (age, smoker, bmi)`}},
		{name: "first row bad, not a header", in: "40,maybe,22.5\n41,no,22\n", wantErr: ErrValue,
			wantMsgs: []string{`x.csv:1: column 2 (smoker): dataset: bad value: not one of the levels [no yes]`}},
		{name: "header only", in: "age,smoker,bmi\n", wantErr: ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := ReadWith(strings.NewReader(tt.in), "x.csv", s, tt.opts)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error = %v, want %v", err, tt.wantErr)
			}
			if tt.wantMsgs != nil {
				if got := strings.Split(err.Error(), "\n"); strings.Join(got, "\n") != strings.Join(tt.wantMsgs, "\n") {
					t.Fatalf("error =\n%s\nwant\n%s", err, strings.Join(tt.wantMsgs, "\n"))
				}
			}
			if err != nil {
				return
			}
			var got [][]string
			for _, row := range tab.Rows {
				var cells []string
				for j, c := range row {
					switch {
					case c.Missing:
						cells = append(cells, "?")
					case s.Columns[j].Kind == Categorical:
						cells = append(cells, s.Columns[j].Levels[c.Level])
					default:
						cells = append(cells, fmt.Sprint(float64(c.Q)/1e6))
					}
				}
				got = append(got, cells)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.wantRows) {
				t.Fatalf("rows %v, want %v", got, tt.wantRows)
			}
		})
	}
}

// TestReadAmbiguousFirstLine: a first line that names every column and
// also reads as a row is refused in auto mode, and read as said otherwise.
func TestReadAmbiguousFirstLine(t *testing.T) {
	s, err := Parse([]byte(`
name: words
version: "1"
columns:
  - {name: a, kind: categorical, levels: [a, b]}
  - {name: b, kind: categorical, levels: [a, b]}
`), "words.yaml")
	if err != nil {
		t.Fatal(err)
	}
	in := "a,b\nb,a\n"
	if _, err := ReadWith(strings.NewReader(in), "x.csv", s, ReadOptions{}); !errors.Is(err, ErrHeader) || !strings.Contains(err.Error(), "say whether the file has a header") {
		t.Fatalf("auto: error %v, want ErrHeader", err)
	}
	for mode, rows := range map[HeaderMode]int{HeaderYes: 1, HeaderNo: 2} {
		tab, err := ReadWith(strings.NewReader(in), "x.csv", s, ReadOptions{Header: mode})
		if err != nil || len(tab.Rows) != rows {
			t.Fatalf("mode %d: %v, want %d rows", mode, err, rows)
		}
	}
	// A row that names one column's level but not every column stays a row.
	tab, err := ReadWith(strings.NewReader("a,a\n"), "x.csv", s, ReadOptions{})
	if err != nil || len(tab.Rows) != 1 {
		t.Fatalf("a,a: %v", err)
	}
}

// TestReadCapsProblems: a file of many bad cells lists the first
// MaxProblems and counts the rest, and no line repeats a value.
func TestReadCapsProblems(t *testing.T) {
	s := smallSchema(t)
	var b strings.Builder
	b.WriteString("age,smoker,bmi\n")
	for i := range 80 {
		fmt.Fprintf(&b, "%d,no,%d\n", 500+i, 1000+i)
	}
	_, err := ReadWith(strings.NewReader(b.String()), "x.csv", s, ReadOptions{})
	var p *Problems
	if !errors.As(err, &p) || len(p.List) != MaxProblems || p.More != 160-MaxProblems || p.Count() != 160 {
		t.Fatalf("error %v: want %d problems listed and %d more", err, MaxProblems, 160-MaxProblems)
	}
	if !strings.HasSuffix(err.Error(), fmt.Sprintf("… and %d more problems", 160-MaxProblems)) {
		t.Fatalf("error does not count the rest: %q", err.Error()[len(err.Error())-60:])
	}
	for _, v := range []string{"500", "579", "1000", "1079"} {
		if strings.Contains(err.Error(), v) {
			t.Fatalf("error repeats value %s", v)
		}
	}
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 2 || pe.Column != 1 || pe.Name != "age" {
		t.Fatalf("first problem %+v, want line 2 column 1 (age)", pe)
	}
}

func TestReadBadDelimiter(t *testing.T) {
	if _, err := ReadWith(strings.NewReader("1\n"), "x", HeartDisease, ReadOptions{Delimiter: '"'}); err == nil {
		t.Fatal(`'"' accepted as a delimiter`)
	}
}

func TestParseCell(t *testing.T) {
	s := smallSchema(t)
	for _, tt := range []struct {
		col  int
		in   string
		want Cell
		bad  bool
	}{
		{0, " 40 ", Cell{Q: 40_000_000}, false},
		{0, "NA", Cell{Missing: true}, false},
		{0, "-99", Cell{}, true},
		{2, "-99", Cell{Missing: true}, false},
		{2, "NA", Cell{}, true}, // bmi lists its own missing texts
		{1, "yes", Cell{Q: 1_000_000, Level: 1}, false},
		{1, "Yes", Cell{}, true},
	} {
		got, err := s.Columns[tt.col].ParseCell(tt.in)
		if (err != nil) != tt.bad || got != tt.want {
			t.Errorf("column %s ParseCell(%q) = %+v, %v", s.Columns[tt.col].Name, tt.in, got, err)
		}
	}
}

func TestBrief(t *testing.T) {
	_, err := ReadWith(strings.NewReader("age,smoker,bmi\n400,no,22.5\n40,maybe,22.5\n"), "x.csv", smallSchema(t), ReadOptions{})
	want := "x.csv:2: column 1 (age): dataset: bad value: outside the column's range [0, 120] (and 1 more problems)"
	if got := Brief(err); got != want {
		t.Fatalf("Brief = %q, want %q", got, want)
	}
	_, err = ReadWith(strings.NewReader("age,smoker,bmi\n400,no,22.5\n"), "x.csv", smallSchema(t), ReadOptions{})
	if got := Brief(err); got != "x.csv:2: column 1 (age): dataset: bad value: outside the column's range [0, 120]" {
		t.Fatalf("Brief = %q", got)
	}
}
