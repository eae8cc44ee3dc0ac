package dataset

import (
	"bytes"
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
