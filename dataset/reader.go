package dataset

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/twopm/twopm/fixed"
)

// Cell is one value of a table in fixed-point form (see package fixed).
type Cell struct {
	// Q is round(value · fixed.Scale); 0 when Missing. For a categorical
	// column whose level is not a number ("M", "B"), Q is the level's index
	// in Levels times fixed.Scale, so its mean is the share of rows above
	// the first level.
	Q       int64
	Missing bool
	Level   int // index into the column's Levels for a categorical column
}

// Table is a data file read into memory.
type Table struct {
	Schema Schema
	File   string
	Rows   [][]Cell
}

// ReadFile reads and checks a whole data file against the schema. Lines
// may end in "\n" or "\r\n"; blank lines are skipped. It returns a
// *ParseError for the first bad line and an error wrapping ErrEmpty for a
// file with no rows.
func ReadFile(path string, s Schema) (*Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("dataset: open data file: %w", err)
	}
	defer func() { _ = f.Close() }() // read-only
	return Read(f, path, s)
}

// Read is ReadFile for an open reader; name is used in errors.
func Read(r io.Reader, name string, s Schema) (*Table, error) {
	t := &Table{Schema: s, File: name}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		raw := bytes.TrimRight(sc.Bytes(), "\r")
		if len(bytes.TrimSpace(raw)) == 0 {
			continue
		}
		row, err := parseRow(raw, s)
		if err != nil {
			var pe *ParseError
			if errors.As(err, &pe) {
				pe.File, pe.Line = name, line
				return nil, pe
			}
			return nil, &ParseError{File: name, Line: line, Err: err}
		}
		if len(t.Rows) >= fixed.MaxRows {
			return nil, &ParseError{File: name, Line: line, Err: fmt.Errorf("%w: more than %d", ErrTooManyRows, fixed.MaxRows)}
		}
		t.Rows = append(t.Rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{File: name, Line: line + 1, Err: fmt.Errorf("dataset: read: %w", err)}
	}
	if len(t.Rows) == 0 {
		return nil, fmt.Errorf("%w: %s", ErrEmpty, name)
	}
	return t, nil
}

func parseRow(raw []byte, s Schema) ([]Cell, error) {
	fields := bytes.Split(raw, []byte(","))
	if len(fields) != len(s.Columns) {
		return nil, fmt.Errorf("%w: %d, want %d (%s schema)", ErrColumnCount, len(fields), len(s.Columns), s.ID)
	}
	row := make([]Cell, len(fields))
	for i, f := range fields {
		c, err := parseCell(string(bytes.TrimSpace(f)), s.Columns[i])
		if err != nil {
			return nil, &ParseError{Column: i + 1, Name: s.Columns[i].Name, Err: err}
		}
		row[i] = c
	}
	return row, nil
}

func parseCell(tok string, col Column) (Cell, error) {
	if tok == "?" || tok == "" {
		return Cell{Missing: true}, nil
	}
	if col.Kind == Categorical {
		// A level that is not a number matches only its exact spelling.
		for k, lv := range col.Levels {
			if _, err := fixed.Parse(lv); err != nil && tok == lv {
				return Cell{Q: int64(k) * fixed.Scale, Level: k}, nil
			}
		}
	}
	q, err := fixed.Parse(tok)
	if err != nil {
		return Cell{}, fmt.Errorf("%w: %w", ErrValue, err)
	}
	if col.Kind != Categorical {
		if q == 0 && col.ZeroMissing {
			return Cell{Missing: true}, nil
		}
		if err := inRange(q, col); err != nil {
			return Cell{}, err
		}
		return Cell{Q: q}, nil
	}
	for k, lv := range col.Levels {
		if lq, err := fixed.Parse(lv); err == nil && lq == q {
			return Cell{Q: q, Level: k}, nil
		}
	}
	return Cell{}, fmt.Errorf("%w: not one of the levels %v", ErrValue, col.Levels)
}

// inRange checks a numeric value against its column's Range.
func inRange(q int64, col Column) error {
	r, err := col.grid()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrValue, err)
	}
	if q < r.Min || q > r.Max {
		return fmt.Errorf("%w: %s outside the column's range [%s, %s]", ErrValue, fixed.Format(q), fixed.Format(r.Min), fixed.Format(r.Max))
	}
	if (q-r.Min)%r.Step != 0 {
		return fmt.Errorf("%w: %s is finer than the column's precision %s", ErrValue, fixed.Format(q), fixed.Format(r.Step))
	}
	return nil
}
