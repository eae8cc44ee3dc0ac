package contribution

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/kzg"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/scs"
	"golang.org/x/crypto/sha3"

	"github.com/twopm/twopm/circuits/pedersen"
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
	_, _, l, err := s.check()
	return l, err
}

// check validates s and derives its packing and the columns the circuit
// proves.
func (s Shape) check() (dataset.Packing, []statColumn, stats.Layout, error) {
	var errs []error
	if s.Rows < 1 || s.Rows > fixed.MaxRows {
		errs = append(errs, fmt.Errorf("rows %d not in [1, %d]", s.Rows, fixed.MaxRows))
	}
	// Sums of squares must not wrap: Rows · (2^51 · fixed.Scale)² < r
	// bounds every code any field can hold.
	bound := new(big.Int).Lsh(big.NewInt(fixed.Scale), 51)
	bound.Mul(bound, bound)
	bound.Mul(bound, big.NewInt(int64(s.Rows)))
	if bound.Cmp(fr.Modulus()) >= 0 {
		errs = append(errs, fmt.Errorf("rows %d: sums of squares may wrap", s.Rows))
	}
	if len(s.Schema.Columns) == 0 {
		errs = append(errs, errors.New("schema has no columns"))
	}
	p, err := s.Schema.Packing()
	if err != nil {
		errs = append(errs, err)
	}
	l, err := stats.NewLayout(s.Schema, s.Columns)
	if err != nil {
		errs = append(errs, err)
	}
	cols := make([]statColumn, len(l.Columns))
	for i, lc := range l.Columns {
		cols[i] = statColumn{index: lc.Index, offset: lc.Offset}
		for f, fl := range p.Fields {
			if fl.Column == lc.Index {
				cols[i].fields = append(cols[i].fields, f)
			}
		}
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
		return dataset.Packing{}, nil, stats.Layout{}, fmt.Errorf("%w: %w", ErrShape, err)
	}
	return p, cols, l, nil
}

// slots is the number of row slots of the circuit: Rows rounded up to
// whole commitment blocks.
func (s Shape) slots() int {
	return (s.Rows + dataset.CommitBlockRows - 1) / dataset.CommitBlockRows * dataset.CommitBlockRows
}

// Circuit returns the circuit of shape s with every witness slice
// allocated and no value assigned. It returns an error wrapping ErrShape
// for an invalid shape.
func (s Shape) Circuit() (*Circuit, error) {
	p, cols, _, err := s.check()
	if err != nil {
		return nil, err
	}
	c := &Circuit{
		Code:    make([][]frontend.Variable, s.slots()),
		packing: p,
		zero:    p.ZeroLeaves(),
		cols:    cols,
		opening: newOpening(p, cols, s.Rows),
	}
	for i := range c.Code {
		c.Code[i] = make([]frontend.Variable, len(p.Fields))
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
	return CompileCircuit(c)
}

// CompileCircuit compiles any circuit for PLONK over BN254, as Compile
// compiles a statistics circuit.
func CompileCircuit(c frontend.Circuit) (constraint.ConstraintSystem, error) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), scs.NewBuilder, c)
	if err != nil {
		return nil, fmt.Errorf("compile: %w", err)
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
	// Binding is the value NewBinding gives the proof's task round, node
	// and data set.
	Binding fr.Element
	// Commitment is the Pedersen commitment to the contribution.
	Commitment pedersen.Point
}

// Binding names what a proof is bound to: one attempt of one round of one
// task on one task contract of one chain, and the node and data set that
// contribute. The task contract builds the same from what it knows.
type Binding struct {
	// ChainID is the chain's ID (block.chainid).
	ChainID uint64
	// Contract is the task escrow contract's address.
	Contract [20]byte
	// TaskKey is the task's on-chain key, chain.TaskKey(taskID).
	TaskKey [32]byte
	// Round and Attempt are the round and its attempt (from 1); the
	// contract takes both as uint32.
	Round, Attempt uint32
	// Node is the contributing node's chain account.
	Node [20]byte
	// Dataset is the node's data hub ID of the data set it proves from.
	Dataset [32]byte
}

// NewBinding returns the Binding public input of a proof:
// keccak256(abi.encode(chainID, contract, taskKey, round, attempt, node,
// dataset)) mod r, every value one 32-byte word (numbers big-endian,
// addresses left-padded with zeros), exactly as TaskEscrow.binding computes
// it on chain. A proof made for one of them is worthless for any other:
// another chain or deployment, task, round, attempt, node or data set.
func NewBinding(in Binding) fr.Element {
	var words [7][32]byte
	binary.BigEndian.PutUint64(words[0][24:], in.ChainID)
	copy(words[1][12:], in.Contract[:])
	words[2] = in.TaskKey
	binary.BigEndian.PutUint32(words[3][28:], in.Round)
	binary.BigEndian.PutUint32(words[4][28:], in.Attempt)
	copy(words[5][12:], in.Node[:])
	words[6] = in.Dataset
	h := sha3.NewLegacyKeccak256()
	for _, w := range words {
		h.Write(w[:])
	}
	var b fr.Element
	b.SetBigInt(new(big.Int).SetBytes(h.Sum(nil)))
	return b
}

// NewMask draws a commitment mask uniformly below 2^MaskBits from rand.
func NewMask(rand io.Reader) (*big.Int, error) {
	var buf [MaskBits / 8]byte
	if _, err := io.ReadFull(rand, buf[:]); err != nil {
		return nil, fmt.Errorf("contribution: mask: %w", err)
	}
	return new(big.Int).SetBytes(buf[:]), nil
}

// checkMask returns an error wrapping ErrTable for a mask that is nil,
// negative or too wide.
func checkMask(mask *big.Int) error {
	if mask == nil || mask.Sign() < 0 || mask.BitLen() > MaskBits {
		return fmt.Errorf("%w: mask not in [0, 2^%d)", ErrTable, MaskBits)
	}
	return nil
}

// Input returns what the node feeds into the aggregation for table t: the
// statistics vector of stats.LocalMap for the shape's layout, then the
// mask as two MaskPartBits-bit parts, low first. The aggregate of the
// nodes' inputs is what CheckAggregate checks against their commitments.
func (s Shape) Input(t *dataset.Table, mask *big.Int) (field.Vector, error) {
	_, in, err := s.input(t, mask)
	return in, err
}

// input is Input, also returning t's commitment root.
func (s Shape) input(t *dataset.Table, mask *big.Int) ([32]byte, field.Vector, error) {
	root, err := s.fits(t)
	if err != nil {
		return root, nil, err
	}
	if err := checkMask(mask); err != nil {
		return root, nil, err
	}
	_, _, l, _ := s.check()
	lo, hi := MaskParts(mask)
	return root, append(stats.LocalMap(t, l), lo, hi), nil
}

// MaskParts splits a mask below 2^MaskBits into the two MaskPartBits-bit
// parts, low first, that a node feeds the aggregation.
func MaskParts(mask *big.Int) (lo, hi field.Element) {
	l := new(big.Int).And(mask, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), MaskPartBits), big.NewInt(1)))
	return field.FromBig(l), field.FromBig(new(big.Int).Rsh(mask, MaskPartBits))
}

// MaskSum joins the aggregated parts of the nodes' masks into their sum
// modulo the commitment group's order. It returns an error wrapping
// ErrBinding for a negative part, which no sum of honest parts is.
func MaskSum(lo, hi field.Element) (*big.Int, error) {
	l, h := lo.Signed(), hi.Signed()
	if l.Sign() < 0 || h.Sign() < 0 {
		return nil, fmt.Errorf("%w: negative mask sum", ErrBinding)
	}
	m := new(big.Int).Add(l, h.Lsh(h, MaskPartBits))
	return m.Mod(m, pedersen.Order()), nil
}

// Commit returns the Pedersen commitment of table t's contribution under
// mask, as the circuit computes it.
func (s Shape) Commit(t *dataset.Table, mask *big.Int) (pedersen.Point, error) {
	_, c, err := s.commit(t, mask)
	return c, err
}

// commit is Commit, also returning t's commitment root.
func (s Shape) commit(t *dataset.Table, mask *big.Int) ([32]byte, pedersen.Point, error) {
	root, in, err := s.input(t, mask)
	if err != nil {
		return root, pedersen.Point{}, err
	}
	p, cols, l, _ := s.check()
	o := newOpening(p, cols, s.Rows)
	vals, err := o.values(p, cols, in[:l.Len()], int64(len(t.Rows)), 1)
	if err != nil {
		return root, pedersen.Point{}, fmt.Errorf("%w: %w", ErrTable, err)
	}
	c, err := o.generators().Commit(o.pack(vals), mask)
	if err != nil {
		return root, pedersen.Point{}, fmt.Errorf("%w: %w", ErrTable, err)
	}
	return root, c, nil
}

// CheckAggregate checks the aggregate of the nodes' Inputs, as the MPC
// reveals it, against the commitments in their verified proofs: the sum
// of the commitments must open to the aggregate statistics under the
// aggregate mask. rows[i] is node i's registered row count. A node that
// fed the aggregation anything other than the statistics it proved makes
// the check fail (unless it finds a discrete-log relation between the
// generators). It returns an error wrapping ErrBinding when the check
// fails or the aggregate is malformed, and ErrShape for an invalid shape.
func (s Shape) CheckAggregate(commitments []pedersen.Point, rows []int, aggregate field.Vector) error {
	p, cols, l, err := s.check()
	if err != nil {
		return err
	}
	if len(commitments) != len(rows) || len(commitments) == 0 {
		return fmt.Errorf("%w: %d commitments for %d row counts", ErrBinding, len(commitments), len(rows))
	}
	if len(aggregate) != l.Len()+2 {
		return fmt.Errorf("%w: aggregate of %d elements, want %d", ErrBinding, len(aggregate), l.Len()+2)
	}
	var total int64
	for _, r := range rows {
		if r < 1 || r > s.Rows {
			return fmt.Errorf("%w: row count %d not in [1, %d]", ErrBinding, r, s.Rows)
		}
		total += int64(r)
	}
	o := newOpening(p, cols, s.Rows)
	vals, err := o.values(p, cols, aggregate[:l.Len()], total, len(commitments))
	if err != nil {
		return err
	}
	mask, err := MaskSum(aggregate[l.Len()], aggregate[l.Len()+1])
	if err != nil {
		return err
	}
	want, err := o.generators().Commit(o.pack(vals), mask)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBinding, err)
	}
	if got := pedersen.Sum(commitments...); !got.Equal(&want) {
		return fmt.Errorf("%w: the aggregate does not open the sum of the proven commitments", ErrBinding)
	}
	return nil
}

// Witness computes the claim of table t for shape s, binding and mask,
// and the full and public witnesses that prove it. It returns an error
// wrapping ErrShape for an invalid shape and ErrTable for a table that
// does not fit or a bad mask.
func Witness(t *dataset.Table, binding fr.Element, mask *big.Int, s Shape) (full, public witness.Witness, c Claim, err error) {
	a, c, err := s.assign(t, binding, mask)
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

// assign returns the assignment and claim for t.
func (s Shape) assign(t *dataset.Table, binding fr.Element, mask *big.Int) (*Circuit, Claim, error) {
	root, commitment, err := s.commit(t, mask)
	if err != nil {
		return nil, Claim{}, err
	}
	a, err := s.Circuit()
	if err != nil {
		return nil, Claim{}, err
	}
	for i, codes := range a.Code {
		for f, fl := range a.packing.Fields {
			codes[f] = 0
			if i < len(t.Rows) {
				codes[f] = fl.Code(t.Rows[i][fl.Column])
			}
		}
	}
	a.Mask = mask
	c := Claim{Root: root, Rows: len(t.Rows), Binding: binding, Commitment: commitment}
	if err := c.assign(a, s.Rows); err != nil {
		return nil, Claim{}, err
	}
	return a, c, nil
}

// fits checks t against s and returns its commitment root;
// CommitmentRoot checks its cells.
func (s Shape) fits(t *dataset.Table) ([32]byte, error) {
	var root [32]byte
	if _, _, _, err := s.check(); err != nil {
		return root, err
	}
	var errs []error
	if t.Schema.ID != s.Schema.ID || len(t.Schema.Columns) != len(s.Schema.Columns) {
		errs = append(errs, fmt.Errorf("schema %s with %d columns, want %s with %d", t.Schema.ID, len(t.Schema.Columns), s.Schema.ID, len(s.Schema.Columns)))
	}
	if len(t.Rows) < 1 || len(t.Rows) > s.Rows {
		errs = append(errs, fmt.Errorf("%d rows, want 1 to %d", len(t.Rows), s.Rows))
	}
	if len(errs) == 0 {
		var err error
		if root, err = t.CommitmentRoot(); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return root, fmt.Errorf("%w: %w", ErrTable, err)
	}
	return root, nil
}

// assign sets the public fields of a, a circuit of a shape with the
// given rows, from c.
func (c Claim) assign(a *Circuit, rows int) error {
	var root fr.Element
	if err := root.SetBytesCanonical(c.Root[:]); err != nil {
		return fmt.Errorf("%w: root is not a field element: %w", ErrClaim, err)
	}
	if c.Rows < 1 || c.Rows > rows {
		return fmt.Errorf("%w: %d rows, want 1 to %d", ErrClaim, c.Rows, rows)
	}
	if !c.Commitment.IsOnCurve() {
		return fmt.Errorf("%w: commitment is not a curve point", ErrClaim)
	}
	a.Root = root
	a.Rows = c.Rows
	a.Binding = c.Binding
	a.Commitment = [2]frontend.Variable{c.Commitment.X, c.Commitment.Y}
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
	if err := c.assign(a, s.Rows); err != nil {
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
func Prove(ccs constraint.ConstraintSystem, pk plonk.ProvingKey, full witness.Witness, opts ...backend.ProverOption) (plonk.Proof, error) {
	proof, err := plonk.Prove(ccs, pk, full, opts...)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrProve, err)
	}
	return proof, nil
}

// Verify checks a proof against a public witness from PublicWitness. It
// returns an error wrapping ErrInvalidProof when it does not verify.
func Verify(proof plonk.Proof, vk plonk.VerifyingKey, public witness.Witness, opts ...backend.VerifierOption) error {
	if err := plonk.Verify(proof, vk, public, opts...); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidProof, err)
	}
	return nil
}
