package dataset

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const good = "63.0,1.0,1.0,145.0,233.0,1.0,2.0,150.0,0.0,2.3,3.0,0.0,6.0,0\n"

func TestRead(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantRows int
		wantErr  error
		wantLine int
		wantCol  int
		wantMsg  string
	}{
		{name: "one row", in: good, wantRows: 1},
		{name: "crlf and blank lines", in: "\r\n" + strings.ReplaceAll(good, "\n", "\r\n") + "\n" + good, wantRows: 2},
		{name: "missing values", in: "28,1,2,130,132,0,2,185,0,0,?,?,?,0\n", wantRows: 1},
		{name: "empty file", in: "", wantErr: ErrEmpty},
		{name: "blank file", in: "\n\r\n  \n", wantErr: ErrEmpty},
		{name: "too few columns", in: good + "1,2,3\n", wantErr: ErrColumnCount, wantLine: 2,
			wantMsg: "x.data:2: dataset: wrong number of columns: 3, want 14 (heart-disease schema)"},
		{name: "too many columns", in: strings.TrimSuffix(good, "\n") + ",9\n", wantErr: ErrColumnCount, wantLine: 1},
		{name: "malformed number", in: good + good + strings.Replace(good, "233.0", "abc", 1), wantErr: ErrValue, wantLine: 3, wantCol: 5,
			wantMsg: "x.data:3: column 5 (chol): dataset: bad value: fixed: not a decimal number"},
		{name: "unknown level", in: strings.Replace(good, "63.0,1.0", "63.0,5", 1), wantErr: ErrValue, wantLine: 1, wantCol: 2},
		{name: "out of range", in: strings.Replace(good, "145.0", "1e12", 1), wantErr: ErrValue, wantLine: 1, wantCol: 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := Read(strings.NewReader(tt.in), "x.data", HeartDisease)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Read error = %v, want %v", err, tt.wantErr)
			}
			if tt.wantErr != nil {
				var pe *ParseError
				if tt.wantLine > 0 {
					if !errors.As(err, &pe) || pe.Line != tt.wantLine || pe.Column != tt.wantCol {
						t.Fatalf("Read error = %#v, want line %d column %d", err, tt.wantLine, tt.wantCol)
					}
				}
				if tt.wantMsg != "" && err.Error() != tt.wantMsg {
					t.Fatalf("Read error = %q, want %q", err, tt.wantMsg)
				}
				return
			}
			if len(tab.Rows) != tt.wantRows {
				t.Fatalf("got %d rows, want %d", len(tab.Rows), tt.wantRows)
			}
		})
	}
}

// TestErrorsDoNotRepeatValues: an error about a bad value must not carry the
// value, since errors reach workflow history.
func TestErrorsDoNotRepeatValues(t *testing.T) {
	in := strings.Replace(good, "233.0", "secret-7731", 1)
	_, err := Read(strings.NewReader(in), "x.data", HeartDisease)
	if err == nil || strings.Contains(err.Error(), "7731") || strings.Contains(err.Error(), "145") {
		t.Fatalf("error %q repeats row content", err)
	}
}

func TestCells(t *testing.T) {
	tab, err := Read(strings.NewReader("32,1,1,95,0,?,0,127,0,.7,1,?,?,1\n"), "x", HeartDisease)
	if err != nil {
		t.Fatal(err)
	}
	row := tab.Rows[0]
	if row[0].Q != 32_000_000 || row[9].Q != 700_000 || !row[5].Missing || row[2].Level != 0 || row[13].Level != 1 {
		t.Fatalf("unexpected cells %+v", row)
	}
	// chol 0 (row[4]) is the files' mark of an unmeasured value; a 0 in a
	// column without ZeroMissing (oldpeak, row[9]) is a measurement.
	if !row[4].Missing || row[4].Q != 0 || row[3].Missing {
		t.Fatalf("chol 0 read as %+v, trestbps 95 as %+v", row[4], row[3])
	}
	tab, err = Read(strings.NewReader("32,1,1,0.0,180,?,0,127,0,0,1,?,?,1\n"), "x", HeartDisease)
	if err != nil {
		t.Fatal(err)
	}
	if row = tab.Rows[0]; !row[3].Missing || row[4].Missing || row[4].Q != 180_000_000 || row[9].Missing || row[9].Q != 0 {
		t.Fatalf("trestbps 0.0, chol 180 and oldpeak 0 read as %+v, %+v, %+v", row[3], row[4], row[9])
	}
}

func TestReadFileNotFound(t *testing.T) {
	_, err := ReadFile(filepath.Join(t.TempDir(), "none.data"), HeartDisease)
	if !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("error = %v, want os.ErrNotExist", err)
	}
}

// TestRealFiles reads the four hospitals' files when they are beside the
// repository.
func TestRealFiles(t *testing.T) {
	want := map[string]int{"cleveland": 303, "hungarian": 294, "switzerland": 123, "va": 200}
	for name, rows := range want {
		p := filepath.Join("..", "..", "shared", "data", "heart-disease", "processed."+name+".data")
		if _, err := os.Stat(p); err != nil {
			t.Skipf("data not found at %s", p)
		}
		tab, err := ReadFile(p, HeartDisease)
		if err != nil {
			t.Fatal(err)
		}
		if len(tab.Rows) != rows {
			t.Errorf("%s: %d rows, want %d", name, len(tab.Rows), rows)
		}
	}
}

func TestLookup(t *testing.T) {
	if _, err := Lookup("heart-disease"); err != nil {
		t.Fatal(err)
	}
	if _, err := Lookup("nope"); !errors.Is(err, ErrUnknownSchema) {
		t.Fatalf("Lookup(nope) error = %v", err)
	}
}

// TestRangeErrorsDoNotRepeatValues: a value outside its column's range or
// finer than its precision is reported without the value.
func TestRangeErrorsDoNotRepeatValues(t *testing.T) {
	for _, in := range []string{
		strings.Replace(good, "63.0,", "987,", 1),      // age above 120
		strings.Replace(good, ",2.3,", ",2.37654,", 1), // oldpeak finer than 0.1
	} {
		_, err := Read(strings.NewReader(in), "x.data", HeartDisease)
		if !errors.Is(err, ErrValue) {
			t.Fatalf("error %v, want ErrValue", err)
		}
		if strings.Contains(err.Error(), "987") || strings.Contains(err.Error(), "2.37654") {
			t.Errorf("error %q repeats the cell's value", err)
		}
	}
}

// FormatRow writes a row back as a line Read reads as the same row, in
// schema order whatever the file's, missing cells as missing.
func TestFormatRow(t *testing.T) {
	s, err := Parse([]byte(exampleSchema), "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := Read(strings.NewReader("ldl,sex,age,extra\n-1,M,40,x\n3.25,F,NA,y\n"), "in.csv", s)
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range tab.Rows {
		line, err := s.FormatRow(row)
		if err != nil {
			t.Fatal(err)
		}
		again, err := ReadWith(strings.NewReader(line+"\n"), "line", s, ReadOptions{Header: HeaderNo})
		if err != nil || len(again.Rows) != 1 || !slices.Equal(again.Rows[0], row) {
			t.Errorf("row %d written as %q reads back as %v, %v", i+1, line, again, err)
		}
	}
	if line, _ := s.FormatRow(tab.Rows[0]); line != "40,M,-1" && line != "40,M," {
		t.Errorf("row 1 written as %q", line)
	}
	if _, err := s.FormatRow(tab.Rows[0][:2]); !errors.Is(err, ErrValue) {
		t.Errorf("a short row: %v", err)
	}
}
