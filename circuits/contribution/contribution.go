package contribution

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
	"github.com/consensys/gnark-crypto/kzg"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/scs"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/fixed"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/stats"
)

// Shape fixes the size of a circuit: one constraint system, proving key and
// verifying key serve every table of that schema with at most Rows rows.
type Shape struct {
	// Rows is the number of row slots, at least 1; a table with 1 to Rows
	// rows fits, the other slots are padding.
	Rows int
	// Schema is the tables' schema. Every cell of a row enters its leaf of
	// the commitment, so the circuit holds all its columns.
	Schema dataset.Schema
	// Columns names the columns whose statistics are proven, in the order
	// of stats.NewLayout. Empty means every column of Schema.
	Columns []string
}

// Layout returns the layout of the proven statistics. It returns an error
// wrapping ErrShape for an invalid shape.
func (s Shape) Layout() (stats.Layout, error) {
	_, l, err := s.check()
	return l, err
}

// check validates s and derives the columns the circuit proves.
func (s Shape) check() ([]statColumn, stats.Layout, error) {
	var errs []error
	if s.Rows < 1 || s.Rows > fixed.MaxRows {
		errs = append(errs, fmt.Errorf("rows %d not in [1, %d]", s.Rows, fixed.MaxRows))
	}
	// Sums of squares must not wrap: Rows · MaxAbsQ² < r.
	bound := new(big.Int).Mul(big.NewInt(MaxAbsQ), big.NewInt(MaxAbsQ))
	bound.Mul(bound, big.NewInt(int64(s.Rows)))
	if bound.Cmp(fr.Modulus()) >= 0 {
		errs = append(errs, fmt.Errorf("rows %d: sums of squares may wrap", s.Rows))
	}
	if len(s.Schema.Columns) == 0 {
		errs = append(errs, errors.New("schema has no columns"))
	}
	l, err := stats.NewLayout(s.Schema, s.Columns)
	if err != nil {
		errs = append(errs, err)
	}
	cols := make([]statColumn, len(l.Columns))
	for i, lc := range l.Columns {
		cols[i] = statColumn{index: lc.Index, offset: lc.Offset}
		seen := map[int64]bool{}
		for k, lv := range lc.Levels {
			// As dataset reads them: a number is its own value, a word is
			// its index times Scale.
			q, err := fixed.Parse(lv)
			if err != nil {
				q = int64(k) * fixed.Scale
			}
			if seen[q] {
				errs = append(errs, fmt.Errorf("column %s: two levels have the value %d", lc.Name, q))
			}
			seen[q] = true
			cols[i].levels = append(cols[i].levels, big.NewInt(q))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, stats.Layout{}, fmt.Errorf("%w: %w", ErrShape, err)
	}
	return cols, l, nil
}

// Circuit returns the circuit of shape s with every witness slice
// allocated and no value assigned. It returns an error wrapping ErrShape
// for an invalid shape.
func (s Shape) Circuit() (*Circuit, error) {
	cols, l, err := s.check()
	if err != nil {
		return nil, err
	}
	w := len(s.Schema.Columns)
	c := &Circuit{
		Stats:   make([]frontend.Variable, l.Len()),
		Active:  make([]frontend.Variable, s.Rows),
		Q:       make([][]frontend.Variable, s.Rows),
		Missing: make([][]frontend.Variable, s.Rows),
		Level:   make([][][]frontend.Variable, s.Rows),
		width:   w,
		cols:    cols,
	}
	for i := range s.Rows {
		c.Q[i] = make([]frontend.Variable, w)
		c.Missing[i] = make([]frontend.Variable, w)
		c.Level[i] = make([][]frontend.Variable, len(cols))
		for ci, col := range cols {
			c.Level[i][ci] = make([]frontend.Variable, len(col.levels))
		}
	}
	return c, nil
}

// Compile compiles the circuit of shape s for PLONK over BN254. It returns
// an error wrapping ErrShape for an invalid shape.
func Compile(s Shape) (constraint.ConstraintSystem, error) {
	c, err := s.Circuit()
	if err != nil {
		return nil, err
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), scs.NewBuilder, c)
	if err != nil {
		return nil, fmt.Errorf("contribution: compile: %w", err)
	}
	return ccs, nil
}

// Setup derives the proving and verifying keys of ccs from a KZG SRS in
// canonical and Lagrange form, each at least plonk.SRSSize(ccs) long.
// Production must load the SRS of a powers-of-tau ceremony; this package
// does not (tests use gnark's test/unsafekzg, whose toxic waste is known).
func Setup(ccs constraint.ConstraintSystem, srs, srsLagrange kzg.SRS) (plonk.ProvingKey, plonk.VerifyingKey, error) {
	pk, vk, err := plonk.Setup(ccs, srs, srsLagrange)
	if err != nil {
		return nil, nil, fmt.Errorf("contribution: setup: %w", err)
	}
	return pk, vk, nil
}

// Claim is what a proof shows, the public part of its witness.
type Claim struct {
	// Root is the table's dataset CommitmentRoot.
	Root [32]byte
	// Rows is the number of rows of the table.
	Rows int
	// Binding is the task round's value from NewBinding.
	Binding fr.Element
	// Stats is the contribution in the order of the shape's Layout, each
	// value in the BN254 scalar field; a negative sum is r − |Σq|.
	Stats []fr.Element
}

// Contribution returns c.Stats as the vector stats.LocalMap computes in the
// MPC field: each element read as a signed integer in (−r/2, r/2).
func (c Claim) Contribution() field.Vector {
	half := new(big.Int).Rsh(fr.Modulus(), 1)
	v := make(field.Vector, len(c.Stats))
	for i, e := range c.Stats {
		b := e.BigInt(new(big.Int))
		if b.Cmp(half) > 0 {
			b.Sub(b, fr.Modulus())
		}
		v[i] = field.FromBig(b)
	}
	return v
}

// NewBinding returns MiMC(taskKey mod r, round), the Binding of a task
// round. taskKey is the task's on-chain key, chain.TaskKey(taskID). The
// verifier computes it itself, so a proof made for one round of one task
// is worthless for any other.
func NewBinding(taskKey [32]byte, round uint64) fr.Element {
	var k fr.Element
	k.SetBytes(taskKey[:])
	kb := k.Bytes()
	var rb [fr.Bytes]byte
	binary.BigEndian.PutUint64(rb[fr.Bytes-8:], round)
	h := mimc.NewMiMC()
	h.Write(kb[:]) // canonical blocks: Write cannot fail
	h.Write(rb[:])
	var b fr.Element
	b.SetBytes(h.Sum(nil))
	return b
}

// Witness computes the claim of table t for shape s and binding, and the
// full and public witnesses that prove it. It returns an error wrapping
// ErrShape for an invalid shape and ErrTable for a table that does not fit.
func Witness(t *dataset.Table, binding fr.Element, s Shape) (full, public witness.Witness, c Claim, err error) {
	if _, _, err := s.check(); err != nil {
		return nil, nil, Claim{}, err
	}
	if err := s.fits(t); err != nil {
		return nil, nil, Claim{}, err
	}
	a, c, err := s.assign(t, binding)
	if err != nil {
		return nil, nil, Claim{}, err
	}
	full, err = frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		return nil, nil, Claim{}, fmt.Errorf("contribution: witness: %w", err)
	}
	public, err = full.Public()
	if err != nil {
		return nil, nil, Claim{}, fmt.Errorf("contribution: public witness: %w", err)
	}
	return full, public, c, nil
}

// assign returns the assignment and claim for t, which must fit s but may
// hold values out of range.
func (s Shape) assign(t *dataset.Table, binding fr.Element) (*Circuit, Claim, error) {
	a, err := s.Circuit()
	if err != nil {
		return nil, Claim{}, err
	}
	var stats = make([]fr.Element, len(a.Stats))
	one := fr.One()
	for i := range s.Rows {
		var row []dataset.Cell
		if i < len(t.Rows) {
			row = t.Rows[i]
		}
		a.Active[i] = boolInt(row != nil)
		for j := range a.width {
			var cell dataset.Cell
			if row != nil {
				cell = row[j]
			}
			if cell.Missing {
				cell.Q = 0
			}
			a.Q[i][j] = cell.Q
			a.Missing[i][j] = boolInt(cell.Missing)
		}
		for ci, col := range a.cols {
			for k := range col.levels {
				a.Level[i][ci][k] = 0
			}
			if row == nil {
				continue
			}
			cell := row[col.index]
			if cell.Missing {
				stats[col.offset+slotMissing].Add(&stats[col.offset+slotMissing], &one)
				continue
			}
			var q, q2 fr.Element
			q.SetInt64(cell.Q)
			q2.Square(&q)
			stats[col.offset+slotCount].Add(&stats[col.offset+slotCount], &one)
			stats[col.offset+slotSum].Add(&stats[col.offset+slotSum], &q)
			stats[col.offset+slotSumSq].Add(&stats[col.offset+slotSumSq], &q2)
			if len(col.levels) > 0 {
				a.Level[i][ci][cell.Level] = 1
				k := col.offset + slotsFixed + cell.Level
				stats[k].Add(&stats[k], &one)
			}
		}
	}
	c := Claim{Root: t.CommitmentRoot(), Rows: len(t.Rows), Binding: binding, Stats: stats}
	if err := c.assign(a); err != nil {
		return nil, Claim{}, err
	}
	return a, c, nil
}

// fits checks t against s.
func (s Shape) fits(t *dataset.Table) error {
	var errs []error
	if t.Schema.ID != s.Schema.ID || len(t.Schema.Columns) != len(s.Schema.Columns) {
		errs = append(errs, fmt.Errorf("schema %s with %d columns, want %s with %d", t.Schema.ID, len(t.Schema.Columns), s.Schema.ID, len(s.Schema.Columns)))
	}
	if len(t.Rows) < 1 || len(t.Rows) > s.Rows {
		errs = append(errs, fmt.Errorf("%d rows, want 1 to %d", len(t.Rows), s.Rows))
	}
	cols, _, _ := s.check()
	for i, row := range t.Rows {
		if len(row) != len(s.Schema.Columns) {
			errs = append(errs, fmt.Errorf("row %d has %d cells, want %d", i, len(row), len(s.Schema.Columns)))
			continue
		}
		for j, cell := range row {
			if !cell.Missing && (cell.Q > MaxAbsQ || cell.Q < -MaxAbsQ) {
				errs = append(errs, fmt.Errorf("row %d column %d: |Q| above %d", i, j, int64(MaxAbsQ)))
			}
		}
		for _, col := range cols {
			cell := row[col.index]
			if cell.Missing || len(col.levels) == 0 {
				continue
			}
			if cell.Level < 0 || cell.Level >= len(col.levels) || col.levels[cell.Level].Int64() != cell.Q {
				errs = append(errs, fmt.Errorf("row %d column %d: value does not match level %d", i, col.index, cell.Level))
			}
		}
		if len(errs) > 10 {
			break
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("%w: %w", ErrTable, err)
	}
	return nil
}

// assign sets the public fields of a from c.
func (c Claim) assign(a *Circuit) error {
	var root fr.Element
	if err := root.SetBytesCanonical(c.Root[:]); err != nil {
		return fmt.Errorf("%w: root is not a field element: %w", ErrClaim, err)
	}
	if c.Rows < 1 || c.Rows > len(a.Active) {
		return fmt.Errorf("%w: %d rows, want 1 to %d", ErrClaim, c.Rows, len(a.Active))
	}
	if len(c.Stats) != len(a.Stats) {
		return fmt.Errorf("%w: %d statistics, want %d", ErrClaim, len(c.Stats), len(a.Stats))
	}
	a.Root = root
	a.Rows = c.Rows
	a.Binding = c.Binding
	for i := range c.Stats {
		a.Stats[i] = c.Stats[i]
	}
	return nil
}

// PublicWitness returns the public witness a verifier builds from a claim:
// the root registered on chain, the statistics it was sent and the binding
// it computed with NewBinding. It returns an error wrapping ErrShape for an
// invalid shape and ErrClaim for a claim that does not fit it.
func PublicWitness(s Shape, c Claim) (witness.Witness, error) {
	a, err := s.Circuit()
	if err != nil {
		return nil, err
	}
	if err := c.assign(a); err != nil {
		return nil, err
	}
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return nil, fmt.Errorf("contribution: public witness: %w", err)
	}
	return w, nil
}

// Prove makes a PLONK proof for a full witness from Witness. It returns an
// error wrapping ErrProve when the witness does not satisfy ccs.
func Prove(ccs constraint.ConstraintSystem, pk plonk.ProvingKey, full witness.Witness) (plonk.Proof, error) {
	proof, err := plonk.Prove(ccs, pk, full)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrProve, err)
	}
	return proof, nil
}

// Verify checks a proof against a public witness from PublicWitness. It
// returns an error wrapping ErrInvalidProof when it does not verify.
func Verify(proof plonk.Proof, vk plonk.VerifyingKey, public witness.Witness) error {
	if err := plonk.Verify(proof, vk, public); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidProof, err)
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
