package dataset

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/twopm/twopm/fixed"
)

// dataPath returns the path of a shared data file, or skips the test when
// the data is not beside the repository.
func dataPath(t *testing.T, parts ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{"..", "..", "shared", "data"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("data not found at %s", p)
	}
	return p
}

func TestBreastCancerSchema(t *testing.T) {
	s, err := Lookup("breast-cancer")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Columns) != 32 {
		t.Fatalf("%d columns, want 32", len(s.Columns))
	}
	want := map[int]string{0: "id", 1: "diagnosis", 2: "radius_mean", 9: "concave_points_mean",
		11: "fractal_dimension_mean", 12: "radius_se", 21: "fractal_dimension_se", 22: "radius_worst", 31: "fractal_dimension_worst"}
	for i, name := range want {
		if s.Columns[i].Name != name {
			t.Errorf("column %d = %q, want %q", i+1, s.Columns[i].Name, name)
		}
	}
	for i, c := range s.Columns {
		if (c.Kind == Categorical) != (i == 1) {
			t.Errorf("column %q has kind %v", c.Name, c.Kind)
		}
	}
	_, err = Lookup("nope")
	if !errors.Is(err, ErrUnknownSchema) || !strings.Contains(err.Error(), "breast-cancer, heart-disease") {
		t.Fatalf("Lookup(nope) error = %v", err)
	}
}

func TestWordLevels(t *testing.T) {
	row := "842302,%s,17.99,10.38,122.8,1001,0.1184,0.2776,0.3001,0.1471,0.2419,0.07871,1.095,0.9053,8.589,153.4,0.006399,0.04904,0.05373,0.01587,0.03003,0.006193,25.38,17.33,184.6,2019,0.1622,0.6656,0.7119,0.2654,0.4601,0.1189\n"
	tests := []struct {
		name      string
		diagnosis string
		wantLevel int
		wantErr   error
	}{
		{name: "benign", diagnosis: "B", wantLevel: 0},
		{name: "malignant", diagnosis: "M", wantLevel: 1},
		{name: "missing", diagnosis: "?", wantLevel: -1},
		{name: "lower case", diagnosis: "m", wantErr: ErrValue},
		{name: "number", diagnosis: "0", wantErr: ErrValue},
		{name: "other word", diagnosis: "X", wantErr: ErrValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.Replace(row, "%s", tt.diagnosis, 1)
			tab, err := Read(strings.NewReader(in), "x", BreastCancer)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Read error = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Column != 2 {
					t.Fatalf("error %v does not locate column 2", err)
				}
				return
			}
			c := tab.Rows[0][1]
			if tt.wantLevel < 0 {
				if !c.Missing {
					t.Fatalf("cell %+v, want missing", c)
				}
				return
			}
			if c.Level != tt.wantLevel || c.Q != int64(tt.wantLevel)*fixed.Scale || c.Missing {
				t.Fatalf("cell %+v, want level %d", c, tt.wantLevel)
			}
			if id := tab.Rows[0][0].Q; id != 842302*fixed.Scale {
				t.Fatalf("id = %d", id)
			}
		})
	}
}

func TestBreastCancerFile(t *testing.T) {
	tab, err := ReadFile(dataPath(t, "breast-cancer", "wdbc.data"), BreastCancer)
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Rows) != 569 {
		t.Fatalf("%d rows, want 569", len(tab.Rows))
	}
	counts := map[int]int{}
	for _, row := range tab.Rows {
		for j, c := range row {
			if c.Missing {
				t.Fatalf("column %d has a missing value", j+1)
			}
		}
		counts[row[1].Level]++
	}
	if counts[1] != 212 || counts[0] != 357 {
		t.Fatalf("%d M and %d B, want 212 and 357", counts[1], counts[0])
	}
}
