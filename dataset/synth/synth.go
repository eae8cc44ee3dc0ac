// Package synth makes seeded tables of any size that look like a
// hospital's extract: numeric columns on their schema's range and
// precision, categorical columns on their levels, both correlated through
// a few latent factors, cells missing at random, and a label drawn from the
// other columns by a logistic (or, for more than two levels, softmax)
// model, so that a model trained on the table has something to find. The
// same schema, options and seed give the same rows on every machine.
//
// A generator streams: it keeps one row in memory, whatever the number of
// rows, so a million-row file costs no more memory than a ten-row one.
package synth

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/fixed"
)

// ErrOptions is wrapped by New for options it cannot generate with.
var ErrOptions = errors.New("synth: bad options")

// Options say what to generate.
type Options struct {
	// Rows is how many rows Write makes; at least 1, at most
	// fixed.MaxRows.
	Rows int
	// Seed seeds every draw.
	Seed uint64
	// Missing is the share of cells missing, at random, in every column
	// but the label; in [0, 0.9].
	Missing float64
	// Label, if set, names a categorical column drawn from the others by
	// a logistic model (two levels) or a softmax one (more); otherwise it
	// is drawn as the other categorical columns are.
	Label string
	// Factors is how many latent factors correlate the columns; zero
	// means 2.
	Factors int
}

// Generator makes the rows of one table.
type Generator struct {
	schema dataset.Schema
	opts   Options
	rng    *rand.Rand
	label  int // column index of the label, -1 for none
	cols   []column
	// coef[k][j] is the weight of feature j of the label's level k
	// (level 0 is the reference, all zero); intercept at j = 0.
	coef [][]float64
}

// column is how one column is drawn.
type column struct {
	load     []float64   // loadings on the latent factors (numeric)
	levelW   [][]float64 // per level, loadings on the factors (categorical)
	lo, hi   float64     // range in units (numeric)
	step     float64     // precision in units (numeric)
	features int         // features it gives the label model
}

// New returns a generator of schema s's rows. It fails wrapping
// ErrOptions for options out of range or a Label that is not a
// categorical column of s.
func New(s dataset.Schema, o Options) (*Generator, error) {
	if o.Factors == 0 {
		o.Factors = 2
	}
	var bad []string
	if o.Rows < 1 || o.Rows > fixed.MaxRows {
		bad = append(bad, fmt.Sprintf("rows %d is not in [1, %d]", o.Rows, fixed.MaxRows))
	}
	if !(o.Missing >= 0 && o.Missing <= 0.9) {
		bad = append(bad, fmt.Sprintf("missing %v is not in [0, 0.9]", o.Missing))
	}
	if o.Factors < 1 || o.Factors > 16 {
		bad = append(bad, fmt.Sprintf("factors %d is not in [1, 16]", o.Factors))
	}
	if len(s.Columns) == 0 {
		bad = append(bad, "the schema has no columns")
	}
	label := -1
	if o.Label != "" {
		label = s.Index(o.Label)
		switch {
		case label < 0:
			bad = append(bad, fmt.Sprintf("label %q is not a column of %s", o.Label, s.ID))
		case s.Columns[label].Kind != dataset.Categorical || len(s.Columns[label].Levels) < 2:
			bad = append(bad, fmt.Sprintf("label %q is not a categorical column with two or more levels", o.Label))
		}
	}
	if len(bad) > 0 {
		return nil, fmt.Errorf("%w: %s", ErrOptions, strings.Join(bad, "; "))
	}
	g := &Generator{schema: s, opts: o, label: label, rng: rand.New(rand.NewPCG(o.Seed, 0x2b6d))}
	features := 1 // the intercept
	for i, c := range s.Columns {
		var col column
		switch c.Kind {
		case dataset.Numeric:
			col.lo, col.hi, col.step = -1000, 1000, 0.01
			if c.Range != nil {
				col.lo, col.hi = float64(c.Range.Min)/fixed.Scale, float64(c.Range.Max)/fixed.Scale
				col.step = float64(c.Range.Step) / fixed.Scale
			}
			col.load = g.loadings()
			col.features = 1
		default:
			for range c.Levels {
				col.levelW = append(col.levelW, g.loadings())
			}
			col.features = len(c.Levels) - 1
		}
		if i != label {
			features += col.features
		}
		g.cols = append(g.cols, col)
	}
	if label >= 0 {
		g.coef = make([][]float64, len(s.Columns[label].Levels))
		g.coef[0] = make([]float64, features)
		for k := 1; k < len(g.coef); k++ {
			g.coef[k] = make([]float64, features)
			for j := range g.coef[k] {
				g.coef[k][j] = 0.6 * g.rng.NormFloat64()
			}
		}
	}
	return g, nil
}

// loadings draws a column's weights on the latent factors, their squares
// summing to at most 0.7 so that each column keeps noise of its own.
func (g *Generator) loadings() []float64 {
	w := make([]float64, g.opts.Factors)
	var ss float64
	for k := range w {
		w[k] = g.rng.NormFloat64()
		ss += w[k] * w[k]
	}
	r := math.Sqrt(0.7*g.rng.Float64()) / math.Sqrt(ss)
	for k := range w {
		w[k] *= r
	}
	return w
}

// Coefficients returns the label model: for each level of the label after
// the first, its intercept and then a weight per feature, where a numeric
// column is standardized to its range's center and an eighth of its width
// and a categorical column gives one indicator per level after its first,
// in schema order without the label. Nil without a label.
func (g *Generator) Coefficients() [][]float64 {
	if g.label < 0 {
		return nil
	}
	out := make([][]float64, 0, len(g.coef)-1)
	for _, c := range g.coef[1:] {
		out = append(out, append([]float64(nil), c...))
	}
	return out
}

// Row draws the next row.
func (g *Generator) Row() []dataset.Cell {
	z := make([]float64, g.opts.Factors)
	for k := range z {
		z[k] = g.rng.NormFloat64()
	}
	row := make([]dataset.Cell, len(g.cols))
	x := []float64{1}
	for i, col := range g.cols {
		c := g.schema.Columns[i]
		if i == g.label {
			continue
		}
		if c.Kind == dataset.Numeric {
			v, std := col.draw(g.rng, z)
			row[i] = dataset.Cell{Q: int64(math.Round(v * fixed.Scale))}
			if c.ZeroMissing && row[i].Q == 0 {
				row[i].Q = int64(math.Round(col.step * fixed.Scale))
			}
			x = append(x, std)
		} else {
			lv := argmaxGumbel(g.rng, col.levelW, z)
			row[i] = categorical(c, lv)
			for l := 1; l < len(c.Levels); l++ {
				x = append(x, b2f(l == lv))
			}
		}
		if g.opts.Missing > 0 && g.rng.Float64() < g.opts.Missing {
			row[i] = dataset.Cell{Missing: true}
		}
	}
	if g.label >= 0 {
		c := g.schema.Columns[g.label]
		u := make([]float64, len(g.coef))
		for k, w := range g.coef {
			for j, xj := range x {
				u[k] += w[j] * xj
			}
		}
		row[g.label] = categorical(c, sampleSoftmax(g.rng, u))
	}
	return row
}

// draw returns a numeric value on the column's range and grid, and its
// standardized value.
func (col column) draw(rng *rand.Rand, z []float64) (v, std float64) {
	var s, ss float64
	for k, w := range col.load {
		s += w * z[k]
		ss += w * w
	}
	std = s + math.Sqrt(1-ss)*rng.NormFloat64()
	center, scale := (col.lo+col.hi)/2, (col.hi-col.lo)/8
	v = math.Round((center+scale*std)/col.step) * col.step
	v = math.Min(col.hi, math.Max(col.lo, v))
	return v, (v - center) / math.Max(scale, col.step)
}

func categorical(c dataset.Column, lv int) dataset.Cell {
	cell := dataset.Cell{Level: lv}
	if q, err := fixed.Parse(c.Levels[lv]); err == nil {
		cell.Q = q
	} else {
		cell.Q = int64(lv) * fixed.Scale
	}
	return cell
}

func argmaxGumbel(rng *rand.Rand, w [][]float64, z []float64) int {
	best, bestU := 0, math.Inf(-1)
	for l, wl := range w {
		u := -math.Log(-math.Log(rng.Float64()*(1-1e-12) + 1e-12))
		for k, x := range wl {
			u += 2 * x * z[k]
		}
		if u > bestU {
			best, bestU = l, u
		}
	}
	return best
}

func sampleSoftmax(rng *rand.Rand, u []float64) int {
	m := u[0]
	for _, x := range u {
		m = math.Max(m, x)
	}
	var sum float64
	p := make([]float64, len(u))
	for k, x := range u {
		p[k] = math.Exp(x - m)
		sum += p[k]
	}
	r := rng.Float64() * sum
	for k, pk := range p {
		if r < pk {
			return k
		}
		r -= pk
	}
	return len(u) - 1
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// WriteCSV writes Options.Rows rows to w, comma-separated, with a header
// of the column names when header is set, and missing for a missing cell
// ("NA", "?" or "" as the schema reads them). Numbers are written as
// decimals (fixed.Format), levels as the schema spells them.
func (g *Generator) WriteCSV(w io.Writer, header bool, missing string) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	if header {
		if _, err := bw.WriteString(strings.Join(g.schema.Names(), ",") + "\n"); err != nil {
			return err
		}
	}
	var line []byte
	for range g.opts.Rows {
		line = line[:0]
		for i, c := range g.Row() {
			if i > 0 {
				line = append(line, ',')
			}
			col := g.schema.Columns[i]
			switch {
			case c.Missing:
				line = append(line, missing...)
			case col.Kind == dataset.Categorical:
				line = append(line, col.Levels[c.Level]...)
			default:
				line = append(line, fixed.Format(c.Q)...)
			}
		}
		if _, err := bw.Write(append(line, '\n')); err != nil {
			return err
		}
	}
	return bw.Flush()
}
