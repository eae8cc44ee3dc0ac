package contribution

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/permutation/poseidon2"
	"github.com/consensys/gnark/std/rangecheck"

	"github.com/twopm/twopm/dataset"
)

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
	fields []int      // its fields in dataset.Packing: one numeric, or one per level
	levels []*big.Int // fixed-point value of each level; nil for numeric
}

// Circuit proves that a table committed to by Root yields statistics
// whose Pedersen commitment is Commitment. Build it with Shape.Circuit
// (Compile does); its exported fields are the witness. Row slots at and
// after Rows must hold zero codes: the circuit enforces it (TableRoot), so
// no row is counted that the public row count leaves out.
type Circuit struct {
	// Root is the table's dataset CommitmentRoot as a field element.
	Root frontend.Variable `gnark:",public"`
	// Rows is the number of table rows, 1 to the shape's Rows.
	Rows frontend.Variable `gnark:",public"`
	// Binding ties the proof to one task round; see NewBinding.
	Binding frontend.Variable `gnark:",public"`
	// Commitment is the Pedersen commitment (a Baby Jubjub point) to the
	// contribution's entries under Mask; see Shape.Commit.
	Commitment [2]frontend.Variable `gnark:",public"`

	// Code[i][f] is field f of row slot i, as dataset.CommitField.Code
	// gives it; all zero for a slot past the table's rows.
	Code [][]frontend.Variable
	// Mask is the commitment's mask, below 2^MaskBits.
	Mask frontend.Variable

	packing dataset.Packing
	zero    []fr.Element // dataset.Packing.ZeroLeaves
	cols    []statColumn
	opening opening
}

// Define declares the constraints.
func (c *Circuit) Define(api frontend.API) error {
	root, err := TableRoot(api, c.packing, c.zero, c.Code, c.Rows)
	if err != nil {
		return err
	}
	api.AssertIsEqual(root, c.Root)

	// The committed entries (see newOpening). A slot past the table's rows
	// holds zero codes, so it is neither present nor counted.
	vals := make([]frontend.Variable, 0, len(c.opening.entries))
	for _, col := range c.cols {
		if col.levels == nil {
			var count, sum, sumSq frontend.Variable = 0, 0, 0
			for _, row := range c.Code {
				code := row[col.fields[0]]
				present := api.Sub(1, api.IsZero(code))
				// v′ = code − 1 for a present cell; code is 0 for a
				// missing one.
				v := api.Sub(code, present)
				count = api.Add(count, present)
				sum = api.Add(sum, v)
				sumSq = api.MulAcc(sumSq, v, v)
			}
			vals = append(vals, count, sum, sumSq)
			continue
		}
		hist := make([]frontend.Variable, len(col.levels))
		for k := range hist {
			hist[k] = 0
		}
		for _, row := range c.Code {
			var present frontend.Variable = 0
			for k, f := range col.fields {
				present = api.Add(present, row[f])
				hist[k] = api.Add(hist[k], row[f])
			}
			api.AssertIsBoolean(present) // at most one level
		}
		vals = append(vals, hist...)
	}
	// Their bits, placed in the packed scalars; headroom bits are zero.
	scalars := make([][]frontend.Variable, c.opening.scalars)
	for i, e := range c.opening.entries {
		bs := api.ToBinary(vals[i], e.bits)
		s := scalars[e.scalar]
		for len(s) < e.offset {
			s = append(s, nil)
		}
		scalars[e.scalar] = append(s, bs...)
	}
	point, err := c.opening.generators().Circuit(api, scalars, api.ToBinary(c.Mask, MaskBits))
	if err != nil {
		return fmt.Errorf("contribution: %w", err)
	}
	api.AssertIsEqual(point.X, c.Commitment[0])
	api.AssertIsEqual(point.Y, c.Commitment[1])
	// Binding enters no constraint: PLONK fixes every public input through
	// its own gate row and hashes it into the Fiat–Shamir transcript, so a
	// proof only verifies with the Binding it was made for.
	return nil
}

// TableRoot returns, in a circuit, the root dataset.Table.CommitmentRoot
// computes for the table whose codes (dataset.CommitField.Code, a multiple
// of dataset.CommitBlockRows of row slots, all-zero past the table) and
// row count are given: the blocks' leaves, the tree over them with the
// all-zero leaves zero (dataset.Packing.ZeroLeaves) beyond, the root with
// the row count. It range checks every code to its field's width, so the
// packing is unique.
func TableRoot(api frontend.API, p dataset.Packing, zero []fr.Element, codes [][]frontend.Variable, rows frontend.Variable) (frontend.Variable, error) {
	n := len(codes)
	if n == 0 || n%dataset.CommitBlockRows != 0 || len(zero) != dataset.CommitDepth+1 {
		return nil, fmt.Errorf("%w: %d row slots", ErrShape, n)
	}
	perm, err := poseidon2.NewPoseidon2FromParameters(api, dataset.PoseidonWidth, dataset.PoseidonFullRounds, dataset.PoseidonPartialRounds)
	if err != nil {
		return nil, fmt.Errorf("contribution: poseidon2: %w", err)
	}
	h := sponge{api: api, perm: perm}
	rc := rangecheck.New(api)
	for _, row := range codes {
		for f, fl := range p.Fields {
			if fl.Bits == 1 {
				api.AssertIsBoolean(row[f])
			} else {
				rc.Check(row[f], fl.Bits)
			}
		}
	}
	// rows lies in [1, n] and every slot at or past it is empty, so the
	// rows the root is hashed with are the rows the slots hold: past is
	// 1 from slot rows on. The codes are range checked, hence
	// non-negative and small, so a slot is empty iff their sum is zero.
	var past frontend.Variable = 0
	for i := 1; i <= n; i++ {
		past = api.Add(past, api.IsZero(api.Sub(rows, i)))
		if i == n {
			break
		}
		var sum frontend.Variable = 0
		for _, code := range codes[i] {
			sum = api.Add(sum, code)
		}
		api.AssertIsEqual(api.Mul(past, sum), 0)
	}
	api.AssertIsEqual(past, 1) // rows is one of 1..n
	level := make([]frontend.Variable, 0, n/dataset.CommitBlockRows)
	for b := 0; b < n; b += dataset.CommitBlockRows {
		elems := make([]frontend.Variable, p.Elements)
		for e := range elems {
			elems[e] = 0
		}
		for r := range dataset.CommitBlockRows {
			for f, pos := range p.Pos[r] {
				elems[pos.Element] = api.MulAcc(elems[pos.Element], codes[b+r][f], new(big.Int).Lsh(big.NewInt(1), uint(pos.Offset)))
			}
		}
		level = append(level, h.sum(dataset.TagLeaf, elems...))
	}
	for hgt := range dataset.CommitDepth {
		if len(level)%2 == 1 {
			level = append(level, zero[hgt])
		}
		next := make([]frontend.Variable, len(level)/2)
		for i := range next {
			next[i] = h.sum(dataset.TagNode, level[2*i], level[2*i+1])
		}
		level = next
	}
	return h.sum(dataset.TagRoot, level[0], rows), nil
}

// Sponge is dataset.Sponge in a circuit.
func Sponge(api frontend.API, tag uint64, xs ...frontend.Variable) (frontend.Variable, error) {
	perm, err := poseidon2.NewPoseidon2FromParameters(api, dataset.PoseidonWidth, dataset.PoseidonFullRounds, dataset.PoseidonPartialRounds)
	if err != nil {
		return nil, fmt.Errorf("contribution: poseidon2: %w", err)
	}
	return sponge{api: api, perm: perm}.sum(tag, xs...), nil
}

// sponge is dataset.Sponge in a circuit.
type sponge struct {
	api  frontend.API
	perm *poseidon2.Permutation
}

func (s sponge) sum(tag uint64, xs ...frontend.Variable) frontend.Variable {
	st := []frontend.Variable{0, 0, tag}
	for i := 0; i < len(xs); i += 2 {
		st[0] = s.api.Add(st[0], xs[i])
		if i+1 < len(xs) {
			st[1] = s.api.Add(st[1], xs[i+1])
		}
		// Cannot fail: the state has the permutation's width.
		_ = s.perm.Permutation(st)
	}
	return st[0]
}
