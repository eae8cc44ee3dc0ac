package dataset

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/twopm/twopm/fixed"
)

// InferOptions says how Infer reads a sample.
type InferOptions struct {
	// Delimiter separates cells. Zero means ','.
	Delimiter rune
	// MaxLevels is the most distinct values a column may have to be
	// proposed as categorical. Zero means 12.
	MaxLevels int
}

// Draft is a schema proposed from a sample, for a person to review.
type Draft struct {
	Schema Schema
	// Rows is the number of rows read.
	Rows int
	// Notes say what a reviewer should look at: columns left out, cells
	// that fit no proposal. They give counts, never values.
	Notes []string
}

// missingVocabulary are the texts Infer takes for a missing value; only
// these, never a text of the sample, are proposed as missing texts.
var missingVocabulary = []string{"", "NA", "?", "N/A", "n/a", "na", "NaN", "nan", "NULL", "null", "None", ".", "-", "#N/A"}

// Infer proposes a schema from a sample file with a header, named name
// (its base name, cleaned, becomes the schema's name). A column whose
// cells are all numbers (or missing) is numeric, unless they are whole
// numbers with at most MaxLevels distinct values: then it is categorical
// with those levels in increasing order. A column with other texts and at
// most MaxLevels distinct values is categorical with its texts as levels,
// sorted; one with more is left out with a note, since a schema column is
// numeric or categorical (a header reader ignores it). A numeric column's
// range is the sample's, rounded outward to a power of ten (so that it
// does not give away the smallest and largest value), and its precision
// the most decimals a cell uses. Missing texts are the ones of a fixed
// vocabulary (NA, NULL, ".", …) the column uses beyond the defaults.
//
// Infer never puts a cell's text in the schema or the notes except as a
// level of a column with at most MaxLevels distinct values. It returns an
// error wrapping ErrEmpty for a sample without a header or rows, and one
// wrapping ErrHeader when the first line looks like a row of data (a cell
// is a number, or also appears in its column below), whose cells would
// otherwise become column names.
func Infer(r io.Reader, name string, o InferOptions) (Draft, error) {
	if o.MaxLevels == 0 {
		o.MaxLevels = 12
	}
	d := o.Delimiter
	if d == 0 {
		d = ','
	}
	cr := csv.NewReader(r)
	cr.Comma = d
	cr.FieldsPerRecord = -1
	var header []string
	for header == nil {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return Draft{}, fmt.Errorf("%w: %s has no header", ErrEmpty, name)
		}
		if err != nil {
			return Draft{}, fmt.Errorf("dataset: read %s: %w", name, err)
		}
		if !blank(rec) {
			header = rec
		}
	}
	header[0] = strings.TrimPrefix(header[0], "\ufeff")
	for i, h := range header {
		if _, err := fixed.Parse(strings.TrimSpace(h)); err == nil {
			return Draft{}, fmt.Errorf("%w: %s: cell %d of the first line is a number; infer needs a first line that names the columns", ErrHeader, name, i+1)
		}
	}
	var draft Draft
	cols := make([]*columnSample, len(header))
	seen := map[string]bool{}
	for i, h := range header {
		h = strings.TrimSpace(h)
		switch {
		case h == "":
			draft.Notes = append(draft.Notes, fmt.Sprintf("cell %d of the header is empty: its column is left out", i+1))
		case seen[h]:
			draft.Notes = append(draft.Notes, fmt.Sprintf("the header names %q twice: cell %d is left out", h, i+1))
		case checkText(h, false) != "":
			draft.Notes = append(draft.Notes, fmt.Sprintf("cell %d of the header %s: its column is left out", i+1, checkText(h, false)))
		default:
			seen[h] = true
			cols[i] = &columnSample{name: h, distinct: map[string]int64{}, missing: map[string]bool{}}
		}
	}
	short := 0
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			short++
			continue
		}
		if err != nil {
			return Draft{}, fmt.Errorf("dataset: read %s: %w", name, err)
		}
		if blank(rec) {
			continue
		}
		if len(rec) != len(header) {
			short++
			continue
		}
		draft.Rows++
		for i, c := range cols {
			if c != nil {
				tok := strings.TrimSpace(rec[i])
				c.add(tok, o.MaxLevels)
				c.asHeader = c.asHeader || tok == c.name
			}
		}
	}
	if short > 0 {
		draft.Notes = append(draft.Notes, fmt.Sprintf("%d lines have a number of cells other than the header's, or broken quotes, and were not read", short))
	}
	if draft.Rows == 0 {
		return Draft{}, fmt.Errorf("%w: %s has a header but no rows", ErrEmpty, name)
	}
	for i, c := range cols {
		if c != nil && c.asHeader {
			// A header cell that is also a cell below it: the first line
			// is likely a row of data, whose cells must not become names.
			return Draft{}, fmt.Errorf("%w: %s: cell %d of the first line also appears in its column below, so the first line looks like a row of data; infer needs a first line that names the columns", ErrHeader, name, i+1)
		}
	}
	draft.Schema = Schema{Name: schemaNameFrom(name), Version: "1"}
	draft.Schema.ID = draft.Schema.Name
	for _, c := range cols {
		if c == nil {
			continue
		}
		col, note := c.propose(o.MaxLevels)
		if note != "" {
			draft.Notes = append(draft.Notes, note)
		}
		if col != nil {
			draft.Schema.Columns = append(draft.Schema.Columns, *col)
		}
	}
	if len(draft.Schema.Columns) == 0 {
		return Draft{}, fmt.Errorf("dataset: %s: no column could be proposed (%s)", name, strings.Join(draft.Notes, "; "))
	}
	return draft, nil
}

// columnSample gathers what Infer needs of one column.
type columnSample struct {
	name     string
	cells    int64
	missing  map[string]bool // vocabulary texts seen
	nMissing int64
	numbers  int64
	others   int64 // neither a number nor missing
	min, max int64
	decimals int
	// distinct counts the texts (numbers in canonical form) while there
	// are at most MaxLevels of them; nil after.
	distinct map[string]int64
	whole    bool // every number is whole
	asHeader bool // a cell equals the column's header text
}

func (c *columnSample) add(tok string, maxLevels int) {
	c.cells++
	if slices.Contains(missingVocabulary, tok) {
		c.missing[tok] = true
		c.nMissing++
		return
	}
	key := tok
	if q, err := fixed.Parse(tok); err == nil {
		if c.numbers == 0 {
			c.min, c.max, c.whole = q, q, true
		}
		c.numbers++
		c.min, c.max = min(c.min, q), max(c.max, q)
		c.decimals = max(c.decimals, decimalsUsed(q))
		c.whole = c.whole && q%fixed.Scale == 0
		key = fixed.Format(q)
	} else {
		c.others++
	}
	if c.distinct != nil {
		c.distinct[key]++
		if len(c.distinct) > maxLevels {
			c.distinct = nil
		}
	}
}

// decimalsUsed returns the fewest decimals that write q exactly.
func decimalsUsed(q int64) int {
	for d := 0; d < 6; d++ {
		if q%(fixed.Scale/pow10(d)) == 0 {
			return d
		}
	}
	return 6
}

// propose returns the column to propose, or nil, and a note.
func (c *columnSample) propose(maxLevels int) (*Column, string) {
	col := &Column{Name: c.name}
	var extra []string
	for _, m := range missingVocabulary {
		if c.missing[m] && !slices.Contains(DefaultMissing(), m) {
			extra = append(extra, m)
		}
	}
	if extra != nil {
		col.Missing = append(DefaultMissing(), extra...)
	}
	present := c.numbers + c.others
	switch {
	case present == 0:
		return nil, fmt.Sprintf("column %q is missing in every row: left out", c.name)
	case c.distinct != nil && (c.others > 0 || c.whole):
		col.Kind = Categorical
		for lv := range c.distinct {
			col.Levels = append(col.Levels, lv)
		}
		slices.SortFunc(col.Levels, compareLevels)
		return col, ""
	case c.others > 0 && c.others*20 > present:
		return nil, fmt.Sprintf("column %q holds text with more than %d distinct values: left out (a schema column is numeric or categorical)", c.name, maxLevels)
	}
	col.Kind = Numeric
	step := fixed.Scale / pow10(c.decimals)
	unit := step
	for unit <= (c.max-c.min)/10 || unit <= max(abs(c.min), abs(c.max))/100 {
		unit *= 10
	}
	lo, hi := floorTo(c.min, unit), ceilTo(c.max, unit)
	limit := int64(fixed.MaxAbs) * fixed.Scale
	col.Range = &Range{Min: max(lo, -limit), Max: min(hi, limit), Step: step}
	var note string
	if c.others > 0 {
		note = fmt.Sprintf("column %q: %d cells are neither numbers nor missing; twopm schema check lists them", c.name, c.others)
	}
	return col, note
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func floorTo(x, unit int64) int64 {
	q := x / unit * unit
	if q > x {
		q -= unit
	}
	return q
}

func ceilTo(x, unit int64) int64 {
	q := x / unit * unit
	if q < x {
		q += unit
	}
	return q
}

// compareLevels orders numbers by value before words, words bytewise.
func compareLevels(a, b string) int {
	qa, ea := fixed.Parse(a)
	qb, eb := fixed.Parse(b)
	switch {
	case ea == nil && eb == nil:
		return int(sign(qa - qb))
	case ea == nil:
		return -1
	case eb == nil:
		return 1
	}
	return strings.Compare(a, b)
}

func sign(x int64) int64 {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

var nameJunk = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// schemaNameFrom makes a schema name of a file's base name.
func schemaNameFrom(file string) string {
	base := filepath.Base(file)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	n := strings.Trim(nameJunk.ReplaceAllString(base, "-"), "-._")
	if len(n) > 64 {
		n = n[:64]
	}
	if !schemaNameRE.MatchString(n) {
		return "draft"
	}
	return n
}

// YAML returns the draft as a schema file that starts with a comment
// marking it a draft to review, followed by its notes.
func (d Draft) YAML(source string) ([]byte, error) {
	body, err := d.Schema.YAML()
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# DRAFT schema proposed by twopm schema infer from %s (%d rows).\n", filepath.Base(source), d.Rows)
	b.WriteString(`# A person must review it before any hospital uses it: the kind of each
# column; the levels and their order (the first is the reference level);
# the ranges, which are the sample's rounded outward and should be widened
# to every value the column may hold; the precision; the missing texts;
# units and descriptions. Columns left out are listed below.
`)
	for _, n := range d.Notes {
		b.WriteString("# NOTE: " + strings.ReplaceAll(n, "\n", " ") + "\n")
	}
	b.Write(body)
	return []byte(b.String()), nil
}
