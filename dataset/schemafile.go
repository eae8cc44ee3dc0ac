package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/twopm/twopm/fixed"
)

// MaxSchemaColumns is the most columns a schema file may declare.
const MaxSchemaColumns = 4096

// MaxSchemaBytes is the size of the largest schema file Parse reads.
const MaxSchemaBytes = 4 << 20

// SchemaError locates a problem in a schema file. Line counts from 1; it
// is 0 when the problem has no place in the file (a schema built in Go).
type SchemaError struct {
	File  string
	Line  int
	Field string // such as "name" or "column 3 (chol) range"
	Err   error
}

func (e *SchemaError) Error() string {
	loc := e.File
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	if loc != "" {
		loc += ": "
	}
	if e.Field == "" {
		return loc + e.Err.Error()
	}
	return loc + e.Field + ": " + e.Err.Error()
}

func (e *SchemaError) Unwrap() error { return e.Err }

// MaxProblems is the most problems an error of the reader or the schema
// parser lists; it counts the rest.
const MaxProblems = 50

// Problems is every problem found in one file: the first MaxProblems in
// file order, each a *ParseError or a *SchemaError, and the number of
// further ones. errors.Is and errors.As see every listed problem.
type Problems struct {
	List []error
	More int
}

func (p *Problems) Error() string {
	lines := make([]string, len(p.List))
	for i, e := range p.List {
		lines[i] = e.Error()
	}
	if p.More > 0 {
		lines = append(lines, fmt.Sprintf("… and %d more problems", p.More))
	}
	return strings.Join(lines, "\n")
}

func (p *Problems) Unwrap() []error { return p.List }

// add records a problem, counting it beyond MaxProblems.
func (p *Problems) add(err error) {
	if len(p.List) < MaxProblems {
		p.List = append(p.List, err)
	} else {
		p.More++
	}
}

// Brief returns err's message on one line: for a *Problems, its first
// problem and how many more there are; otherwise err.Error() with line
// breaks replaced by spaces. For a heartbeat or a log line, where the
// whole list would be too long.
func Brief(err error) string {
	var p *Problems
	if errors.As(err, &p) && p.Count() > 1 {
		return fmt.Sprintf("%v (and %d more problems)", p.List[0], p.Count()-1)
	}
	return strings.ReplaceAll(err.Error(), "\n", " ")
}

// Count returns the number of problems found, listed or not.
func (p *Problems) Count() int { return len(p.List) + p.More }

// err returns p, or nil when it holds no problem.
func (p *Problems) err() error {
	if p.Count() == 0 {
		return nil
	}
	return p
}

// LoadFile reads the schema file at path (see Parse).
func LoadFile(path string) (Schema, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Schema{}, fmt.Errorf("dataset: read schema file: %w", err)
	}
	return Parse(b, path)
}

// Parse reads a schema file; file names it in errors. It returns every
// problem at once, as a *Problems of *SchemaError each wrapping ErrSchema
// and naming the file, the line and the field. The schema's ID is its
// Name.
//
// A schema file is one YAML document, a mapping
// with these keys (any other key is an error):
//
//	name:        required; letters, digits, '.', '_', '-' (at most 64),
//	             starting with a letter or a digit
//	version:     required; letters, digits, '.', '_', '+', '-' (at most 32)
//	description: optional text
//	missing:     optional list of the cell texts that mean a missing value
//	             in every column that declares none; default ["", NA, "?"]
//	label:       optional {column: C, positive: [L, ...]}: the binary label
//	             a model of the table predicts unless a task names another,
//	             a categorical column and its levels that count as positive
//	columns:     required list of columns, in the order of a headerless file
//
// and each column a mapping with these keys:
//
//	name:         required; no surrounding spaces or control characters
//	kind:         required; numeric or categorical
//	levels:       categorical only, required: the values the column may
//	              take, in order (the first is the reference level of an
//	              encoding); a level that is a number must be written in
//	              its shortest form ("1", not "1.0"), and matches any
//	              spelling of that number in a data file
//	range:        numeric only, optional: {min: X, max: Y}, the values
//	              allowed; without it, any value of magnitude up to 1e9
//	decimals:     numeric with a range: the precision of the values, 0 to 6
//	              decimals (default 6); or
//	step:         numeric with a range: the precision as a step (0.5, 0.25);
//	              min and max must be multiples of it
//	zero_missing: numeric only, optional: true reads a 0 as missing
//	identifier:   optional: true for a column that names a record (a
//	              sample or patient number), never a model's feature unless
//	              a task lists it
//	unit:         optional text ("mg/dl"); surrounding spaces are dropped
//	description:  optional text; surrounding spaces and newlines are dropped
//	missing:      optional list of the cell texts that mean a missing
//	              value in this column, replacing the file's list
//
// Numbers are decimals with at most six decimals (the fixed-point
// precision of package fixed). A missing text may not also be a level of
// its column. Quote a text that YAML would read as something else: "NULL"
// and "~" (null), "0" and "1.5" as levels are fine either way. Anchors,
// aliases and tags other than the plain YAML ones are refused.
//
// For example:
//
//	name: cohort
//	version: "1"
//	missing: ["", NA, "NULL"]
//	columns:
//	  - name: age
//	    kind: numeric
//	    unit: years
//	    range: {min: 18, max: 110}
//	    decimals: 0
//	  - name: smoker
//	    kind: categorical
//	    levels: [never, former, current]
//	  - name: ldl
//	    kind: numeric
//	    unit: mmol/l
//	    range: {min: 0, max: 20}
//	    step: 0.01
//	    zero_missing: true
func Parse(b []byte, file string) (Schema, error) {
	if len(b) > MaxSchemaBytes {
		return Schema{}, &Problems{List: []error{&SchemaError{File: file, Err: fmt.Errorf("%w: %d bytes, at most %d", ErrSchema, len(b), MaxSchemaBytes)}}}
	}
	d := &decoder{file: file, lines: map[string]int{}, refused: map[string]bool{}}
	s := d.document(b)
	if d.probs.Count() == 0 {
		for _, fe := range s.problems() {
			d.probs.add(&SchemaError{File: file, Line: d.line(fe.key), Field: fe.field, Err: fe.err})
		}
	}
	if err := d.probs.err(); err != nil {
		return Schema{}, err
	}
	s.ID = s.Name
	return s, nil
}

// Validate returns every problem of s (see Parse for what a schema file
// may declare) as a *Problems of *SchemaError, or nil.
func (s Schema) Validate() error {
	var p Problems
	for _, fe := range s.problems() {
		p.add(&SchemaError{Field: fe.field, Err: fe.err})
	}
	return p.err()
}

// decoder turns the YAML nodes of a schema file into a Schema, recording
// each field's line and every structural problem.
type decoder struct {
	file  string
	probs Problems
	lines map[string]int // field key → line
	// refused holds the keys of fields refused with a problem already,
	// which are then not reported missing.
	refused map[string]bool
}

func (d *decoder) fail(n *yaml.Node, field, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	d.failAt(line, field, format, args...)
}

func (d *decoder) failAt(line int, field, format string, args ...any) {
	d.probs.add(&SchemaError{File: d.file, Line: line, Field: field, Err: fmt.Errorf("%w: %s", ErrSchema, fmt.Sprintf(format, args...))})
}

// line returns the line of a field key, or of its nearest recorded parent.
func (d *decoder) line(key string) int {
	for {
		if l, ok := d.lines[key]; ok {
			return l
		}
		i := strings.LastIndexByte(key, '/')
		if i < 0 {
			return d.lines[""]
		}
		key = key[:i]
	}
}

func (d *decoder) document(b []byte) Schema {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&doc); err != nil {
		msg := err.Error()
		if errors.Is(err, io.EOF) {
			msg = "the file is empty"
		}
		d.fail(nil, "", "%s", strings.TrimPrefix(msg, "yaml: "))
		return Schema{}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		d.fail(&extra, "", "a second YAML document; a schema file holds one")
		return Schema{}
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		d.fail(&doc, "", "not a YAML document")
		return Schema{}
	}
	root := doc.Content[0]
	d.lines[""] = root.Line
	fields := d.mapping(root, "", "", []string{"name", "version", "description", "missing", "label", "columns"})
	if fields == nil {
		return Schema{}
	}
	var s Schema
	s.Name = d.text(fields["name"], "name", "name", true)
	s.Version = d.text(fields["version"], "version", "version", true)
	s.Description = strings.TrimSpace(d.text(fields["description"], "description", "description", false))
	var missing []string
	if n := fields["missing"]; n != nil {
		missing = d.texts(n, "missing", "missing")
	}
	if n := fields["label"]; n != nil {
		d.lines["label"] = n.Line
		lf := d.mapping(n, "label", "label", []string{"column", "positive"})
		if lf != nil {
			l := &Label{Column: d.text(lf["column"], "label/column", "label column", true)}
			if p := lf["positive"]; p != nil {
				l.Positive = d.texts(p, "label/positive", "label positive")
			} else {
				d.fail(n, "label", "positive: missing; say which levels count as positive")
			}
			s.Label = l
		}
	}
	cols := fields["columns"]
	switch {
	case cols == nil:
		d.fail(root, "columns", "missing; a schema declares at least one column")
		return s
	case cols.Kind != yaml.SequenceNode:
		d.fail(cols, "columns", "want a list of columns, got %s", nodeKind(cols))
		return s
	case len(cols.Content) > MaxSchemaColumns:
		d.fail(cols, "columns", "%d columns, at most %d", len(cols.Content), MaxSchemaColumns)
		return s
	}
	d.lines["columns"] = cols.Line
	for i, n := range cols.Content {
		c := d.column(n, i)
		if c.Missing == nil && missing != nil {
			c.Missing = slices.Clone(missing)
		}
		s.Columns = append(s.Columns, c)
	}
	return s
}

func (d *decoder) column(n *yaml.Node, i int) Column {
	key := fmt.Sprintf("columns/%d", i)
	d.lines[key] = n.Line
	// The column's name labels its other fields' errors, so read it first.
	label := fmt.Sprintf("column %d", i+1)
	if n.Kind == yaml.MappingNode {
		for k := 0; k+1 < len(n.Content); k += 2 {
			if n.Content[k].Value == "name" && n.Content[k+1].Kind == yaml.ScalarNode && n.Content[k+1].Value != "" {
				label = fmt.Sprintf("column %d (%s)", i+1, clip(n.Content[k+1].Value))
				break
			}
		}
	}
	fields := d.mapping(n, key, label, []string{"name", "kind", "levels", "range", "decimals", "step", "zero_missing", "identifier", "unit", "description", "missing"})
	if fields == nil {
		return Column{}
	}
	var c Column
	c.Name = d.text(fields["name"], key+"/name", label+" name", true)
	switch kind := d.text(fields["kind"], key+"/kind", label+" kind", true); kind {
	case "numeric":
		c.Kind = Numeric
	case "categorical":
		c.Kind = Categorical
	case "":
	default:
		d.fail(fields["kind"], label+" kind", "%q is not a kind; want numeric or categorical", clip(kind))
	}
	if l := fields["levels"]; l != nil {
		c.Levels = d.texts(l, key+"/levels", label+" levels")
		if c.Levels == nil {
			c.Levels = []string{}
		}
	}
	c.Unit = strings.TrimSpace(d.text(fields["unit"], key+"/unit", label+" unit", false))
	c.Description = strings.TrimSpace(d.text(fields["description"], key+"/description", label+" description", false))
	if m := fields["missing"]; m != nil {
		c.Missing = d.texts(m, key+"/missing", label+" missing")
		if c.Missing == nil {
			c.Missing = []string{}
		}
	}
	c.ZeroMissing = d.flag(fields, "zero_missing", key, label)
	c.Identifier = d.flag(fields, "identifier", key, label)
	dec, step := fields["decimals"], fields["step"]
	if r := fields["range"]; r != nil {
		c.Range = d.rangeOf(r, key+"/range", label+" range")
	}
	switch {
	case dec != nil && step != nil:
		d.fail(step, label+" step", "give decimals or step, not both")
	case (dec != nil || step != nil) && fields["range"] == nil:
		d.fail(firstNode(dec, step), label, "a precision (decimals or step) needs a range")
	case dec != nil && c.Range != nil:
		d.lines[key+"/range"] = dec.Line
		v := d.text(dec, key+"/decimals", label+" decimals", true)
		k, err := strconv.Atoi(v)
		if err != nil || k < 0 || k > 6 {
			d.fail(dec, label+" decimals", "want a whole number from 0 to 6")
		} else {
			c.Range.Step = fixed.Scale / pow10(k)
		}
	case step != nil && c.Range != nil:
		d.lines[key+"/range"] = step.Line
		q, ok := d.number(step, label+" step")
		if ok && q <= 0 {
			d.fail(step, label+" step", "must be above 0")
		} else if ok {
			c.Range.Step = q
		}
	}
	return c
}

// flag reads the optional true-or-false field name of a column's fields.
func (d *decoder) flag(fields map[string]*yaml.Node, name, key, label string) bool {
	z := fields[name]
	if z == nil {
		return false
	}
	d.lines[key+"/"+name] = z.Line
	if z.Kind != yaml.ScalarNode || z.Tag != "!!bool" {
		d.fail(z, label+" "+name, "want true or false")
		return false
	}
	v, _ := strconv.ParseBool(strings.ToLower(z.Value))
	return v
}

func firstNode(ns ...*yaml.Node) *yaml.Node {
	for _, n := range ns {
		if n != nil {
			return n
		}
	}
	return nil
}

func pow10(k int) int64 {
	p := int64(1)
	for range k {
		p *= 10
	}
	return p
}

// rangeOf reads {min: X, max: Y}; its step is 1 fixed-point unit until a
// precision sets it.
func (d *decoder) rangeOf(n *yaml.Node, key, label string) *Range {
	d.lines[key] = n.Line
	fields := d.mapping(n, key, label, []string{"min", "max"})
	if fields == nil {
		return nil
	}
	r := &Range{Step: 1}
	ok := true
	for _, k := range []string{"min", "max"} {
		v := fields[k]
		if v == nil {
			d.fail(n, label, "%s is missing", k)
			ok = false
			continue
		}
		q, good := d.number(v, label+" "+k)
		ok = ok && good
		if k == "min" {
			r.Min = q
		} else {
			r.Max = q
		}
	}
	if !ok {
		return nil
	}
	return r
}

// number reads a decimal with at most six decimals and magnitude at most
// fixed.MaxAbs, in fixed-point units.
func (d *decoder) number(n *yaml.Node, field string) (int64, bool) {
	if !d.scalar(n, field) {
		return 0, false
	}
	q, err := fixed.Parse(n.Value)
	if err != nil {
		d.fail(n, field, "%q is not a decimal number of magnitude at most %d", clip(n.Value), int64(fixed.MaxAbs))
		return 0, false
	}
	exact, _ := new(big.Rat).SetString(n.Value)
	if exact.Cmp(fixed.Rat(big.NewInt(q), 1)) != 0 {
		d.fail(n, field, "%s has more than 6 decimals", clip(n.Value))
		return 0, false
	}
	return q, true
}

// mapping checks that n is a mapping with no unknown or repeated key and
// returns its values by key, or nil after reporting a problem that stops
// its reading.
func (d *decoder) mapping(n *yaml.Node, key, label string, known []string) map[string]*yaml.Node {
	if n.Kind != yaml.MappingNode {
		d.fail(n, label, "want a mapping of fields, got %s", nodeKind(n))
		return nil
	}
	out := map[string]*yaml.Node{}
	seen := map[string]int{}
	for k := 0; k+1 < len(n.Content); k += 2 {
		kn, vn := n.Content[k], n.Content[k+1]
		field := strings.TrimSpace(label + " " + kn.Value)
		if kn.Kind != yaml.ScalarNode || kn.Tag == "!!merge" {
			d.fail(kn, label, "a key that is not a plain field name")
			continue
		}
		if !slices.Contains(known, kn.Value) {
			d.fail(kn, field, "unknown field (known: %s)", strings.Join(known, ", "))
			continue
		}
		if first, dup := seen[kn.Value]; dup {
			d.fail(kn, field, "given twice (first on line %d)", first)
			continue
		}
		seen[kn.Value] = kn.Line
		if vn.Kind == yaml.AliasNode || vn.Anchor != "" {
			d.fail(vn, field, "anchors and aliases are not allowed in a schema file")
			d.refused[strings.TrimPrefix(key+"/"+kn.Value, "/")] = true
			continue
		}
		out[kn.Value] = vn
		d.lines[strings.TrimPrefix(key+"/"+kn.Value, "/")] = vn.Line
	}
	return out
}

// scalar reports whether n is a plain scalar (string, number or boolean).
func (d *decoder) scalar(n *yaml.Node, field string) bool {
	switch {
	case n.Kind == yaml.AliasNode || n.Anchor != "":
		d.fail(n, field, "anchors and aliases are not allowed in a schema file")
	case n.Kind != yaml.ScalarNode:
		d.fail(n, field, "want a single value, got %s", nodeKind(n))
	case n.Tag == "!!null" && n.Value != "":
		d.fail(n, field, `%s is YAML's null; write it in quotes ("%s") for that text`, n.Value, n.Value)
	case n.Tag == "!!null":
		d.fail(n, field, `no value; write "" for an empty text`)
	case n.Tag != "!!str" && n.Tag != "!!int" && n.Tag != "!!float" && n.Tag != "!!bool":
		d.fail(n, field, "values tagged %s are not allowed", n.Tag)
	default:
		return true
	}
	return false
}

// text reads a scalar as text; a required field that is absent is a
// problem.
func (d *decoder) text(n *yaml.Node, key, field string, required bool) string {
	if n == nil {
		if required && !d.refused[key] {
			d.failAt(d.line(key), field, "missing")
		}
		return ""
	}
	d.lines[key] = n.Line
	if !d.scalar(n, field) {
		return ""
	}
	return n.Value
}

// texts reads a list of scalars.
func (d *decoder) texts(n *yaml.Node, key, field string) []string {
	d.lines[key] = n.Line
	if n.Kind != yaml.SequenceNode {
		d.fail(n, field, "want a list, got %s", nodeKind(n))
		return nil
	}
	var out []string
	for _, e := range n.Content {
		if d.scalar(e, field) {
			out = append(out, e.Value)
		}
	}
	return out
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return "a single value"
	}
	return "a YAML document"
}

// fieldProblem is a problem of one field of a Schema.
type fieldProblem struct {
	key   string // "name", "columns/3/range": finds the line in a file
	field string // "name", "column 4 (chol) range": names the field to a person
	err   error
}

var (
	schemaNameRE    = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)
	schemaVersionRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._+-]{0,31}$`)
)

// problems returns every problem of s, in field order.
func (s Schema) problems() []fieldProblem {
	var ps []fieldProblem
	bad := func(key, field, format string, args ...any) {
		ps = append(ps, fieldProblem{key: key, field: field, err: fmt.Errorf("%w: %s", ErrSchema, fmt.Sprintf(format, args...))})
	}
	if !schemaNameRE.MatchString(s.name()) {
		bad("name", "name", "%q is not a schema name: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or a digit", clip(s.name()))
	}
	if !schemaVersionRE.MatchString(s.Version) {
		bad("version", "version", "%q is not a version: 1 to 32 letters, digits, '.', '_', '+' or '-', starting with a letter or a digit", clip(s.Version))
	}
	if err := checkText(s.Description, true); err != "" {
		bad("description", "description", "%s", err)
	}
	if len(s.Columns) == 0 {
		bad("columns", "columns", "no column; a schema declares at least one")
	}
	if s.Label != nil {
		if _, _, err := s.Label.Index(s); err != nil {
			bad("label", "label", "%v", err)
		} else if s.Columns[s.Index(s.Label.Column)].Identifier {
			bad("label", "label", "column %q is an identifier, which names a record: it cannot be the label", clip(s.Label.Column))
		}
	}
	if len(s.Columns) > MaxSchemaColumns {
		bad("columns", "columns", "%d columns, at most %d", len(s.Columns), MaxSchemaColumns)
	}
	first := map[string]int{}
	for i, c := range s.Columns {
		key := fmt.Sprintf("columns/%d", i)
		label := fmt.Sprintf("column %d (%s)", i+1, clip(c.Name))
		switch err := checkText(c.Name, false); {
		case c.Name == "":
			label = fmt.Sprintf("column %d", i+1)
			bad(key+"/name", label+" name", "empty")
		case err != "":
			bad(key+"/name", label+" name", "%s", err)
		case strings.TrimSpace(c.Name) != c.Name:
			bad(key+"/name", label+" name", "has surrounding spaces, which a header never matches")
		case len(c.Name) > 128:
			bad(key+"/name", label+" name", "longer than 128 bytes")
		}
		if j, dup := first[c.Name]; dup && c.Name != "" {
			bad(key+"/name", label+" name", "also the name of column %d", j+1)
		} else {
			first[c.Name] = i
		}
		for _, f := range []struct{ key, text string }{{"unit", c.Unit}, {"description", c.Description}} {
			if err := checkText(f.text, f.key == "description"); err != "" {
				bad(key+"/"+f.key, label+" "+f.key, "%s", err)
			}
		}
		ix := newLevelIndex(c.Levels)
		switch c.Kind {
		case Numeric:
			if c.Levels != nil {
				bad(key+"/levels", label+" levels", "a numeric column has no levels (make it categorical)")
			}
			if c.Range != nil {
				if err := rangeProblem(*c.Range); err != "" {
					bad(key+"/range", label+" range", "%s", err)
				}
			}
		case Categorical:
			if c.Range != nil {
				bad(key+"/range", label+" range", "a categorical column has no range")
			}
			if c.ZeroMissing {
				bad(key+"/zero_missing", label+" zero_missing", "only a numeric column reads 0 as missing; list \"0\" under missing")
			}
			if len(c.Levels) == 0 {
				bad(key+"/levels", label+" levels", "a categorical column needs at least one level")
			}
			for k, lv := range c.Levels {
				if msg := levelProblem(c.Levels, k, ix); msg != "" {
					bad(key+"/levels", label+" levels", "level %d %q: %s", k+1, clip(lv), msg)
				}
			}
		default:
			bad(key+"/kind", label+" kind", "unknown kind %d", c.Kind)
		}
		seen := map[string]bool{}
		for _, m := range c.Missing {
			switch {
			case seen[m]:
				bad(key+"/missing", label+" missing", "%q listed twice", clip(m))
			case strings.TrimSpace(m) != m:
				bad(key+"/missing", label+" missing", "%q has surrounding spaces; cells are compared after trimming theirs", clip(m))
			case checkText(m, false) != "":
				bad(key+"/missing", label+" missing", "%q: %s", clip(m), checkText(m, false))
			case c.Kind == Categorical && ix.match(m) >= 0:
				bad(key+"/missing", label+" missing", "%q is also a level of the column", clip(m))
			}
			seen[m] = true
		}
		if c.Missing == nil && c.Kind == Categorical {
			for _, m := range DefaultMissing() {
				if ix.match(m) >= 0 {
					bad(key+"/levels", label+" levels", "%q is a level and, by default, a missing value; list the column's missing texts", m)
				}
			}
		}
	}
	return ps
}

// clip shortens a text quoted in a problem to 40 characters.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	return string([]rune(s)[:40]) + "…"
}

// checkText returns what is wrong with a name, unit or description, or "".
func checkText(s string, multiline bool) string {
	if !utf8.ValidString(s) {
		return "not valid UTF-8"
	}
	for _, r := range s {
		if unicode.IsControl(r) && !(multiline && (r == '\n' || r == '\t')) {
			return "holds a control character"
		}
	}
	return ""
}

// rangeProblem returns what is wrong with a numeric range, or "".
func rangeProblem(r Range) string {
	f := fixed.Format
	switch {
	case r.Step < 1:
		return "the step must be above 0"
	case r.Min > r.Max:
		return fmt.Sprintf("min %s is above max %s", f(r.Min), f(r.Max))
	case r.Min < -fixed.MaxAbs*fixed.Scale || r.Max > fixed.MaxAbs*fixed.Scale:
		return fmt.Sprintf("[%s, %s] goes beyond ±%d", f(r.Min), f(r.Max), int64(fixed.MaxAbs))
	case r.Min%r.Step != 0 || r.Max%r.Step != 0:
		return fmt.Sprintf("[%s, %s] is not on the step %s: min and max must be multiples of it", f(r.Min), f(r.Max), f(r.Step))
	}
	return ""
}

// levelProblem returns what is wrong with level k of levels, or "".
func levelProblem(levels []string, k int, ix levelIndex) string {
	lv := levels[k]
	if lv == "" || strings.TrimSpace(lv) != lv {
		return "empty or with surrounding spaces"
	}
	if msg := checkText(lv, false); msg != "" {
		return msg
	}
	if q, err := fixed.Parse(lv); err == nil && fixed.Format(q) != lv {
		return fmt.Sprintf("a number written as %s; write %s", clip(lv), fixed.Format(q))
	}
	if j := ix.match(lv); j >= 0 && j < k {
		return fmt.Sprintf("the same as level %d", j+1)
	}
	return ""
}

// levelIndex finds the level a token spells in constant time: a level
// that is a number by its value (any spelling of it), any other level by
// its exact spelling; the first of equal levels.
type levelIndex struct {
	words map[string]int
	nums  map[int64]int
}

func newLevelIndex(levels []string) levelIndex {
	ix := levelIndex{words: map[string]int{}, nums: map[int64]int{}}
	for k, lv := range levels {
		if q, err := fixed.Parse(lv); err == nil {
			if _, dup := ix.nums[q]; !dup {
				ix.nums[q] = k
			}
		} else if _, dup := ix.words[lv]; !dup {
			ix.words[lv] = k
		}
	}
	return ix
}

// match returns the index of the level tok spells, or -1.
func (ix levelIndex) match(tok string) int {
	if q, err := fixed.Parse(tok); err == nil {
		if k, ok := ix.nums[q]; ok {
			return k
		}
		return -1
	}
	if k, ok := ix.words[tok]; ok {
		return k
	}
	return -1
}
