package dataset

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

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
	// Header reports whether the file's first line was a header.
	Header bool
}

// HeaderMode says whether a data file's first line names its columns.
type HeaderMode int

const (
	// HeaderAuto decides from the first line (see ReadOptions).
	HeaderAuto HeaderMode = iota
	// HeaderYes: the first line is a header.
	HeaderYes
	// HeaderNo: every line is a row, its cells in schema order.
	HeaderNo
)

// ParseHeaderMode reads "auto", "yes" or "no".
func ParseHeaderMode(s string) (HeaderMode, error) {
	switch s {
	case "auto", "":
		return HeaderAuto, nil
	case "yes":
		return HeaderYes, nil
	case "no":
		return HeaderNo, nil
	}
	return 0, fmt.Errorf("dataset: header mode %q, want auto, yes or no", s)
}

// ParseDelimiter reads a delimiter as a person writes it: one character,
// or "tab" (or `\t`) for a tab; "" means a comma. It refuses a text of
// several characters and a character that cannot separate cells.
func ParseDelimiter(s string) (rune, error) {
	switch s {
	case "":
		return ',', nil
	case "tab", `\t`:
		return '\t', nil
	}
	r, n := utf8.DecodeRuneInString(s)
	if n != len(s) {
		return 0, fmt.Errorf("dataset: delimiter %q: want a single character, or tab", s)
	}
	return r, delimiterProblem(r)
}

// delimiterProblem says why d cannot separate cells, or nil.
func delimiterProblem(d rune) error {
	if d == '"' || d == '\r' || d == '\n' || d == utf8.RuneError || !utf8.ValidRune(d) {
		return fmt.Errorf("dataset: %q cannot separate cells", d)
	}
	return nil
}

// ReadOptions says how a data file is laid out. The zero value reads the
// built-in files: comma-separated, header detected.
//
// With a header, the schema's columns are found by name (surrounding
// spaces trimmed, case counts) in any order; other columns are ignored,
// and a schema column the header lacks, or names twice, is an error.
// Without one, the cells of a row are the schema's columns in order.
//
// HeaderAuto takes the first line for a header when it names a column of
// the schema and does not read as a row of data; it takes it for a row
// when it reads as one and does not name every column. A first line that
// names every column and also reads as a row is refused (ErrHeader), since
// either guess could be wrong; one that names some columns but is no row
// is a header, so the columns it lacks are reported by name; one that
// names no column and has no cell that reads as a value of any column is
// refused as a header of other names. A data row is thus never taken for
// a header without an error.
type ReadOptions struct {
	// Delimiter separates the cells of a line. Zero means ','. It may
	// not be '"', '\r', '\n' or the Unicode replacement character.
	Delimiter rune
	// Header says whether the first line is a header. Zero means
	// HeaderAuto.
	Header HeaderMode
}

// ReadFile reads and checks a whole data file against the schema, with
// the default ReadOptions. See ReadFileWith.
func ReadFile(path string, s Schema) (*Table, error) {
	return ReadFileWith(path, s, ReadOptions{})
}

// ReadFileWith reads and checks a whole data file against the schema.
// Cells follow CSV rules (RFC 4180 quoting, a field may be quoted to hold
// the delimiter), lines may end in "\n" or "\r\n", blank lines are
// skipped, cells are trimmed of surrounding spaces, and a cell equal to
// one of its column's missing texts is missing. It returns a *Problems
// listing every bad line and cell (the first MaxProblems, each a
// *ParseError naming the line and the column, never the value) and an
// error wrapping ErrEmpty for a file with no rows.
func ReadFileWith(path string, s Schema, o ReadOptions) (*Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("dataset: open data file: %w", err)
	}
	defer func() { _ = f.Close() }() // read-only
	return ReadWith(f, path, s, o)
}

// Read is ReadFile for an open reader; name is used in errors.
func Read(r io.Reader, name string, s Schema) (*Table, error) {
	return ReadWith(r, name, s, ReadOptions{})
}

// ReadWith is ReadFileWith for an open reader; name is used in errors.
func ReadWith(r io.Reader, name string, s Schema, o ReadOptions) (*Table, error) {
	rd, err := newRowReader(r, name, s, o)
	if err != nil {
		return nil, err
	}
	t := &Table{Schema: s, File: name, Header: rd.header}
	var probs Problems
	for {
		row, line, err := rd.next(&probs)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			probs.add(err)
			break
		}
		if row == nil || probs.Count() > 0 {
			continue // a bad row, or rows no longer kept after a problem
		}
		if len(t.Rows) >= fixed.MaxRows {
			probs.add(&ParseError{File: name, Line: line, Err: fmt.Errorf("%w: more than %d", ErrTooManyRows, fixed.MaxRows)})
			break
		}
		t.Rows = append(t.Rows, row)
	}
	if err := probs.err(); err != nil {
		return nil, err
	}
	if len(t.Rows) == 0 {
		return nil, fmt.Errorf("%w: %s", ErrEmpty, name)
	}
	return t, nil
}

// rowReader reads the rows of one data file.
type rowReader struct {
	cr    *csv.Reader
	name  string
	s     Schema
	first []string // the first record when it turned out to be a row
	line1 int
	// idx[j] is the position in a line of schema column j; width is the
	// number of cells a line has.
	idx   []int
	width int
	// header reports whether the file has a header.
	header bool
	// pending is a CSV error of the first line, for next to report.
	pending error
	// started reports whether a record has been read.
	started bool
	// levels[j] finds the levels of schema column j.
	levels []levelIndex
}

func newRowReader(r io.Reader, name string, s Schema, o ReadOptions) (*rowReader, error) {
	d := o.Delimiter
	if d == 0 {
		d = ','
	}
	if err := delimiterProblem(d); err != nil {
		return nil, err
	}
	if len(s.Columns) == 0 {
		return nil, fmt.Errorf("%w: schema %s has no column", ErrSchema, s.ID)
	}
	cr := csv.NewReader(r)
	cr.Comma = d
	cr.FieldsPerRecord = -1
	rd := &rowReader{cr: cr, name: name, s: s, width: len(s.Columns), levels: make([]levelIndex, len(s.Columns))}
	for j, c := range s.Columns {
		if c.Kind == Categorical {
			rd.levels[j] = newLevelIndex(c.Levels)
		}
	}
	rd.idx = make([]int, len(s.Columns))
	for j := range rd.idx {
		rd.idx[j] = j
	}
	if o.Header == HeaderNo {
		return rd, nil
	}
	// Find the first line that is not blank.
	var rec []string
	for {
		var err error
		rec, err = cr.Read()
		if errors.Is(err, io.EOF) {
			return rd, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if o.Header == HeaderYes || !errors.As(err, &pe) {
				return nil, &Problems{List: []error{rd.csvError(err)}}
			}
			// Not a header anyone could read: a bad first row.
			rd.pending = err
			return rd, nil
		}
		if !blank(rec) {
			break
		}
	}
	rec[0] = strings.TrimPrefix(rec[0], "\ufeff") // a byte-order mark
	rd.started = true
	line, _ := cr.FieldPos(0)
	names := make([]string, len(rec))
	named := 0
	for i, f := range rec {
		names[i] = strings.TrimSpace(f)
		if s.Index(names[i]) >= 0 {
			named++
		}
	}
	isHeader := o.Header == HeaderYes
	if o.Header == HeaderAuto && named > 0 {
		var scratch Problems
		isRow := rd.parse(rec, line, &scratch) != nil
		all := true
		for _, c := range s.Columns {
			all = all && slices.Contains(names, c.Name)
		}
		switch {
		case isRow && all:
			return nil, &Problems{List: []error{&ParseError{File: name, Line: line, Err: fmt.Errorf("%w: the first line names every column of the schema and also reads as a row of data; say whether the file has a header", ErrHeader)}}}
		case !isRow:
			isHeader = true
		}
	}
	if o.Header == HeaderAuto && named == 0 && !anyCell(rec, s) {
		// Not one cell of the line reads as a value of any column: a
		// header, but of other names than the schema's.
		return nil, &Problems{List: []error{&ParseError{File: name, Line: line, Err: fmt.Errorf("%w: the first line is no row of data and names no column of the schema (%s)", ErrHeader, strings.Join(s.Names(), ", "))}}}
	}
	if !isHeader {
		rd.first, rd.line1 = rec, line
		return rd, nil
	}
	var probs Problems
	for j, c := range s.Columns {
		at := -1
		for i, n := range names {
			if n != c.Name {
				continue
			}
			if at >= 0 {
				probs.add(&ParseError{File: name, Line: line, Err: fmt.Errorf("%w: column %q named twice (cells %d and %d)", ErrHeader, c.Name, at+1, i+1)})
				break
			}
			at = i
		}
		if at < 0 {
			probs.add(&ParseError{File: name, Line: line, Err: fmt.Errorf("%w: no column %q", ErrHeader, c.Name)})
		}
		rd.idx[j] = at
	}
	if err := probs.err(); err != nil {
		return nil, err
	}
	rd.width, rd.header = len(rec), true
	return rd, nil
}

// anyCell reports whether some cell of rec reads as a value of some
// column of s.
func anyCell(rec []string, s Schema) bool {
	for _, f := range rec {
		for _, c := range s.Columns {
			if _, err := c.ParseCell(f); err == nil {
				return true
			}
		}
	}
	return false
}

func blank(rec []string) bool {
	return len(rec) == 1 && strings.TrimSpace(rec[0]) == ""
}

// next returns the next row and its line, a nil row after recording its
// problems, or io.EOF at the end. Other errors end the reading.
func (rd *rowReader) next(probs *Problems) ([]Cell, int, error) {
	if rd.pending != nil {
		err := rd.pending
		rd.pending = nil
		probs.add(rd.csvError(err))
		return nil, 0, nil
	}
	rec, line := rd.first, rd.line1
	if rec != nil {
		rd.first = nil
	} else {
		for {
			var err error
			rec, err = rd.cr.Read()
			if errors.Is(err, io.EOF) {
				return nil, 0, io.EOF
			}
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				probs.add(rd.csvError(err))
				return nil, pe.StartLine, nil
			}
			if err != nil {
				return nil, 0, &ParseError{File: rd.name, Err: fmt.Errorf("dataset: read: %w", err)}
			}
			if !blank(rec) {
				break
			}
		}
		line, _ = rd.cr.FieldPos(0)
		if !rd.started {
			rec[0] = strings.TrimPrefix(rec[0], "\ufeff") // a byte-order mark
		}
	}
	rd.started = true
	return rd.parse(rec, line, probs), line, nil
}

// parse reads one record, recording its problems; nil if it has any.
func (rd *rowReader) parse(rec []string, line int, probs *Problems) []Cell {
	if len(rec) != rd.width {
		want := fmt.Sprintf("(%s schema)", rd.s.ID)
		if rd.header {
			want = "(as many as the header)"
		}
		probs.add(&ParseError{File: rd.name, Line: line, Err: fmt.Errorf("%w: %d, want %d %s", ErrColumnCount, len(rec), rd.width, want)})
		return nil
	}
	row := make([]Cell, len(rd.s.Columns))
	ok := true
	for j, col := range rd.s.Columns {
		i := rd.idx[j]
		c, err := col.parseCell(rec[i], rd.levels[j])
		if err != nil {
			l, _ := rd.cr.FieldPos(i) // the line the cell starts on
			probs.add(&ParseError{File: rd.name, Line: l, Column: i + 1, Name: col.Name, Err: err})
			ok = false
			continue
		}
		row[j] = c
	}
	if !ok {
		return nil
	}
	return row
}

// csvError turns a CSV syntax error into a ParseError; the csv package's
// messages name positions, never cell contents.
func (rd *rowReader) csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{File: rd.name, Line: pe.Line, Err: fmt.Errorf("%w: %w", ErrValue, pe.Err)}
	}
	return &ParseError{File: rd.name, Err: fmt.Errorf("dataset: read: %w", err)}
}

// ParseCell reads one cell of c from its text: surrounding spaces are
// trimmed, a text among c.MissingTexts() is missing, a numeric cell must
// be a decimal number in c.Range (a 0 is missing when ZeroMissing), and a
// categorical cell must spell one of c.Levels (a level that is a number in
// any decimal spelling: "1.0" is level "1"). Errors wrap ErrValue and
// never contain the text.
func (c Column) ParseCell(s string) (Cell, error) {
	var ix levelIndex
	if c.Kind == Categorical {
		ix = newLevelIndex(c.Levels)
	}
	return c.parseCell(s, ix)
}

// FormatRow writes row, a row of s, as one headerless CSV line in schema
// order (no line end) that Read gives back: a level as spelled in the
// schema, a number in its shortest decimal form, a missing cell as its
// column's first missing text, quoted where CSV needs it.
func (s Schema) FormatRow(row []Cell) (string, error) {
	if len(row) != len(s.Columns) {
		return "", fmt.Errorf("%w: a row of %d cells for %d columns", ErrValue, len(row), len(s.Columns))
	}
	rec := make([]string, len(row))
	for i, c := range row {
		col := s.Columns[i]
		switch {
		case c.Missing && len(col.MissingTexts()) == 0:
			return "", fmt.Errorf("%w: column %s has no text for a missing value", ErrValue, col.Name)
		case c.Missing:
			rec[i] = col.MissingTexts()[0]
		case col.Kind == Categorical && (c.Level < 0 || c.Level >= len(col.Levels)):
			return "", fmt.Errorf("%w: column %s has no level %d", ErrValue, col.Name, c.Level)
		case col.Kind == Categorical:
			rec[i] = col.Levels[c.Level]
		default:
			rec[i] = fixed.Format(c.Q)
		}
	}
	var b strings.Builder
	w := csv.NewWriter(&b)
	if err := w.Write(rec); err != nil {
		return "", err
	}
	w.Flush()
	return strings.TrimRight(b.String(), "\r\n"), w.Error()
}

// parseCell is ParseCell with the column's level index made once.
func (c Column) parseCell(s string, ix levelIndex) (Cell, error) {
	tok := strings.TrimSpace(s)
	if slices.Contains(c.MissingTexts(), tok) {
		return Cell{Missing: true}, nil
	}
	if c.Kind == Categorical {
		k := ix.match(tok)
		if k < 0 {
			if len(c.Levels) > 12 {
				return Cell{}, fmt.Errorf("%w: not one of the column's %d levels", ErrValue, len(c.Levels))
			}
			return Cell{}, fmt.Errorf("%w: not one of the levels %v", ErrValue, c.Levels)
		}
		if q, err := fixed.Parse(c.Levels[k]); err == nil {
			return Cell{Q: q, Level: k}, nil
		}
		return Cell{Q: int64(k) * fixed.Scale, Level: k}, nil
	}
	q, err := fixed.Parse(tok)
	if err != nil {
		return Cell{}, fmt.Errorf("%w: %w", ErrValue, err)
	}
	if q == 0 && c.ZeroMissing {
		return Cell{Missing: true}, nil
	}
	if err := inRange(q, c); err != nil {
		return Cell{}, err
	}
	return Cell{Q: q}, nil
}

// inRange checks a numeric value against its column's Range; its errors
// give the range, not the value.
func inRange(q int64, col Column) error {
	r, err := col.grid()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrValue, err)
	}
	if q < r.Min || q > r.Max {
		return fmt.Errorf("%w: outside the column's range [%s, %s]", ErrValue, fixed.Format(r.Min), fixed.Format(r.Max))
	}
	if (q-r.Min)%r.Step != 0 {
		return fmt.Errorf("%w: finer than the column's precision %s", ErrValue, fixed.Format(r.Step))
	}
	return nil
}
