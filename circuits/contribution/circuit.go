package contribution

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/hash/mimc"
	"github.com/consensys/gnark/std/rangecheck"

	"github.com/twopm/twopm/fixed"
)

// MaxAbsQ is the largest magnitude of a cell's fixed-point value Q the
// circuit accepts: fixed.MaxAbs · fixed.Scale = 10^15.
const MaxAbsQ = fixed.MaxAbs * fixed.Scale

// rangeBits is enough bits for Q + MaxAbsQ ∈ [0, 2·10^15] < 2^51.
const rangeBits = 51

// missingCell is what a missing cell commits to, as in dataset: 2^63.
var missingCell = new(big.Int).Lsh(big.NewInt(1), 63)

// Slots of a column in the statistics vector, as in package stats.
const (
	slotCount = iota
	slotSum
	slotSumSq
	slotMissing
	slotsFixed
)

// statColumn is one column whose statistics the circuit proves.
type statColumn struct {
	index  int        // position in the schema, hence in a row
	offset int        // first slot in Stats
	levels []*big.Int // fixed-point value of each level; nil for numeric
}

// Circuit proves that a table committed to by Root yields the statistics
// Stats. Build it with Shape.Circuit (Compile does); its exported fields
// are the witness. Row slots at and after Rows are padding: they must be
// all zero and contribute nothing.
type Circuit struct {
	// Root is the table's dataset CommitmentRoot as a field element.
	Root frontend.Variable `gnark:",public"`
	// Rows is the number of table rows, 1 to the shape's Rows.
	Rows frontend.Variable `gnark:",public"`
	// Binding ties the proof to one task round; see NewBinding.
	Binding frontend.Variable `gnark:",public"`
	// Stats is the contribution in stats.Layout order: per column count,
	// Σq, Σq², missing, then one count per level of a categorical column.
	// A negative sum is the field element r − |Σq|.
	Stats []frontend.Variable `gnark:",public"`

	// Active[i] is 1 for a table row and 0 for a padding slot.
	Active []frontend.Variable
	// Q[i][j] is the fixed-point value of cell j of row slot i, 0 when
	// missing or padding; a negative value is r − |Q|.
	Q [][]frontend.Variable
	// Missing[i][j] is 1 for a missing cell.
	Missing [][]frontend.Variable
	// Level[i][c][k] is 1 when the cell of row slot i in statistics column
	// c (a categorical one) is present and has level k; empty for numeric
	// columns.
	Level [][][]frontend.Variable

	width int // cells per row
	cols  []statColumn
}

// Define declares the constraints.
func (c *Circuit) Define(api frontend.API) error {
	n := len(c.Active)
	if n == 0 || len(c.Q) != n || len(c.Missing) != n || len(c.Level) != n {
		return fmt.Errorf("%w: circuit not built by Shape.Circuit", ErrShape)
	}
	h, err := mimc.NewMiMC(api)
	if err != nil {
		return fmt.Errorf("contribution: mimc: %w", err)
	}
	rc := rangecheck.New(api)

	// Table rows fill a prefix of the slots: Active is 1…1 0…0, starting
	// with 1, and adds up to Rows.
	api.AssertIsEqual(c.Active[0], 1)
	var rows frontend.Variable = 0
	for i, a := range c.Active {
		api.AssertIsBoolean(a)
		if i > 0 {
			api.AssertIsEqual(api.Mul(a, c.Active[i-1]), a)
		}
		rows = api.Add(rows, a)
	}
	api.AssertIsEqual(rows, c.Rows)

	// Cells: present = active − missing must be boolean, so a padding slot
	// has no missing cell; Q is 0 unless present; |Q| ≤ MaxAbsQ. A cell
	// commits to Q + missing·2^63, which is 2^63 for a missing cell.
	present := make([][]frontend.Variable, n)
	leaves := make([]frontend.Variable, n)
	cells := make([]frontend.Variable, c.width)
	for i := range n {
		present[i] = make([]frontend.Variable, c.width)
		for j := range c.width {
			q, m := c.Q[i][j], c.Missing[i][j]
			api.AssertIsBoolean(m)
			p := api.Sub(c.Active[i], m)
			api.AssertIsBoolean(p)
			api.AssertIsEqual(api.Mul(q, p), q)
			rc.Check(api.Add(q, MaxAbsQ), rangeBits)
			rc.Check(api.Sub(MaxAbsQ, q), rangeBits)
			present[i][j] = p
			cells[j] = api.Add(q, api.Mul(m, missingCell))
		}
		h.Reset()
		h.Write(i)
		h.Write(cells...)
		leaves[i] = api.Mul(c.Active[i], h.Sum())
	}
	api.AssertIsEqual(c.merkleRoot(api, &h, leaves), c.Root)

	// Statistics.
	for ci, col := range c.cols {
		var count, sum, sumSq, missing frontend.Variable = 0, 0, 0, 0
		hist := make([]frontend.Variable, len(col.levels))
		for k := range hist {
			hist[k] = 0
		}
		for i := range n {
			q, p := c.Q[i][col.index], present[i][col.index]
			count = api.Add(count, p)
			missing = api.Add(missing, c.Missing[i][col.index])
			sum = api.Add(sum, q)
			sumSq = api.MulAcc(sumSq, q, q)
			if len(col.levels) == 0 {
				continue
			}
			// One-hot level of a present cell, consistent with its value.
			var ones, value frontend.Variable = 0, 0
			for k, lq := range col.levels {
				l := c.Level[i][ci][k]
				api.AssertIsBoolean(l)
				ones = api.Add(ones, l)
				value = api.Add(value, api.Mul(l, lq))
				hist[k] = api.Add(hist[k], l)
			}
			api.AssertIsEqual(ones, p)
			api.AssertIsEqual(value, q)
		}
		api.AssertIsEqual(c.Stats[col.offset+slotCount], count)
		api.AssertIsEqual(c.Stats[col.offset+slotSum], sum)
		api.AssertIsEqual(c.Stats[col.offset+slotSumSq], sumSq)
		api.AssertIsEqual(c.Stats[col.offset+slotMissing], missing)
		for k := range hist {
			api.AssertIsEqual(c.Stats[col.offset+slotsFixed+k], hist[k])
		}
	}
	// Binding enters no constraint: PLONK fixes every public input through
	// its own gate row and hashes it into the Fiat–Shamir transcript, so a
	// proof only verifies with the Binding it was made for.
	return nil
}

// merkleRoot returns the root dataset.CommitmentRoot computes for a table
// whose leaves are leaves[:Rows] (the rest being zero): the tree over the
// first w leaves, w the least power of two ≥ Rows. The trees over the first
// 1, 2, 4, … leaves are all prefixes of the tree over every slot; the one
// of width 2^L is picked when row 2^(L−1) is active and row 2^L is not.
func (c *Circuit) merkleRoot(api frontend.API, h *mimc.MiMC, leaves []frontend.Variable) frontend.Variable {
	width := 1
	for width < len(leaves) {
		width *= 2
	}
	level := make([]frontend.Variable, width)
	for i := range level {
		level[i] = 0
		if i < len(leaves) {
			level[i] = leaves[i]
		}
	}
	tops := []frontend.Variable{level[0]} // tops[L] is the root of width 2^L
	for len(level) > 1 {
		next := make([]frontend.Variable, len(level)/2)
		for i := range next {
			h.Reset()
			h.Write(level[2*i], level[2*i+1])
			next[i] = h.Sum()
		}
		level = next
		tops = append(tops, level[0])
	}
	active := func(i int) frontend.Variable {
		if i < len(c.Active) {
			return c.Active[i]
		}
		return 0
	}
	root := api.Mul(api.Sub(1, active(1)), tops[0])
	for l := 1; l < len(tops); l++ {
		root = api.MulAcc(root, api.Sub(active(1<<(l-1)), active(1<<l)), tops[l])
	}
	return root
}
