package dataset

import (
	"fmt"
	"math/big"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// The commitment format. A table is committed to in blocks of
// CommitBlockRows rows. Each row is a sequence of bit fields (see
// CommitFields): a numeric cell is one field holding its code, a
// categorical cell one bit per level. A block's fields, row after row, are
// packed into BN254 scalar field elements of at most CommitElementBits
// bits, lowest bits first, a field never straddling two elements; rows
// past the end of the table are all-zero. A block's leaf is the Poseidon2
// sponge of its elements; the leaves sit at the bottom of a Merkle tree of
// CommitDepth levels whose unused leaves are the leaf of an all-zero
// block; the root is the hash of the tree's root and the row count.
const (
	// CommitBlockRows is the number of rows per leaf.
	CommitBlockRows = 32
	// CommitDepth is the depth of the tree: 2^21 leaves of 32 rows hold
	// fixed.MaxRows rows.
	CommitDepth = 21
	// CommitElementBits is the most bits packed into one field element,
	// so that a packed element is below the modulus and unique.
	CommitElementBits = 248
)

// Poseidon2 parameters: width 3 (rate 2, capacity 1), 8 full and 56
// partial rounds, gnark-crypto's round constants for BN254.
const (
	PoseidonWidth         = 3
	PoseidonFullRounds    = 8
	PoseidonPartialRounds = 56
)

// Domain tags, placed in the capacity element, that keep a leaf, an inner
// node and the root from ever being confused.
const (
	TagLeaf = 1
	TagNode = 2
	TagRoot = 3
)

// CommitField is one bit field of a row in the commitment.
type CommitField struct {
	// Column is the cell's column.
	Column int
	// Level is, for a categorical column, the level whose bit this is (1
	// when the cell has that level; all of a cell's bits are 0 when it is
	// missing). It is −1 for a numeric column, whose field holds the
	// cell's code: 0 when missing, else (Q − Range.Min)/Range.Step + 1.
	Level int
	// Bits is the field's width.
	Bits int
	// Min and Step are the numeric column's Range.Min and Range.Step.
	Min, Step int64
}

// BitPos locates a field in a block: element Element, bits from Offset.
type BitPos struct {
	Element, Offset int
}

// Packing is where each field of each row of a block goes.
type Packing struct {
	// Fields are the fields of one row, in order.
	Fields []CommitField
	// Pos[r][f] is where field f of the block's row r goes.
	Pos [CommitBlockRows][]BitPos
	// Elements is the number of field elements per block.
	Elements int
}

// Packing returns the commitment layout of s. It returns an error for a
// numeric column whose Range is invalid.
func (s Schema) Packing() (Packing, error) {
	var p Packing
	for j, c := range s.Columns {
		if c.Kind == Categorical {
			for k := range c.Levels {
				p.Fields = append(p.Fields, CommitField{Column: j, Level: k, Bits: 1})
			}
			continue
		}
		r, err := c.grid()
		if err != nil {
			return Packing{}, fmt.Errorf("dataset: %w", err)
		}
		codes := uint64((r.Max-r.Min)/r.Step) + 2 // missing, then the grid
		p.Fields = append(p.Fields, CommitField{Column: j, Level: -1, Bits: bits.Len64(codes - 1), Min: r.Min, Step: r.Step})
	}
	elem, off := 0, 0
	for r := range CommitBlockRows {
		p.Pos[r] = make([]BitPos, len(p.Fields))
		for f, fl := range p.Fields {
			if off+fl.Bits > CommitElementBits {
				elem, off = elem+1, 0
			}
			p.Pos[r][f] = BitPos{Element: elem, Offset: off}
			off += fl.Bits
		}
	}
	p.Elements = elem + 1
	return p, nil
}

// Code returns the value of field f for a cell. The cell must have come
// from the reader for the field's column.
func (f CommitField) Code(c Cell) uint64 {
	switch {
	case c.Missing:
		return 0
	case f.Level >= 0:
		if c.Level == f.Level {
			return 1
		}
		return 0
	default:
		return uint64((c.Q-f.Min)/f.Step) + 1
	}
}

// check returns an error wrapping ErrSchemaMismatch for a row that has
// the wrong number of cells or a cell the field cannot hold: a level out
// of range, or a numeric value off its column's range or step.
func (p Packing) check(row []Cell, s Schema) error {
	if len(row) != len(s.Columns) {
		return fmt.Errorf("%w: %d cells, want %d", ErrSchemaMismatch, len(row), len(s.Columns))
	}
	for _, fl := range p.Fields {
		c := row[fl.Column]
		if c.Missing {
			continue
		}
		if fl.Level >= 0 {
			if fl.Level == 0 && (c.Level < 0 || c.Level >= len(s.Columns[fl.Column].Levels)) {
				return fmt.Errorf("%w: column %d: level %d", ErrSchemaMismatch, fl.Column, c.Level)
			}
			continue
		}
		if c.Q < fl.Min || (c.Q-fl.Min)%fl.Step != 0 || uint64((c.Q-fl.Min)/fl.Step)+1 >= 1<<fl.Bits {
			return fmt.Errorf("%w: column %d: value %d off its range", ErrSchemaMismatch, fl.Column, c.Q)
		}
	}
	return nil
}

// pack returns the elements of one block of rows, which check accepted;
// rows may be fewer than CommitBlockRows.
func (p Packing) pack(rows [][]Cell) []fr.Element {
	acc := make([]*big.Int, p.Elements)
	for i := range acc {
		acc[i] = new(big.Int)
	}
	var v big.Int
	for r, row := range rows {
		for f, fl := range p.Fields {
			code := fl.Code(row[fl.Column])
			if code == 0 {
				continue
			}
			pos := p.Pos[r][f]
			v.SetUint64(code)
			acc[pos.Element].Or(acc[pos.Element], v.Lsh(&v, uint(pos.Offset)))
		}
	}
	out := make([]fr.Element, len(acc))
	for i, a := range acc {
		out[i].SetBigInt(a)
	}
	return out
}

// Sponge hashes xs with Poseidon2 under a domain tag: the state starts as
// (0, 0, tag), absorbs two elements at a time into its first two
// elements (an odd tail with 0) and is permuted after each pair; the hash
// is the state's first element.
func Sponge(tag uint64, xs ...fr.Element) fr.Element {
	perm := poseidon2.NewPermutation(PoseidonWidth, PoseidonFullRounds, PoseidonPartialRounds)
	var st [PoseidonWidth]fr.Element
	st[2].SetUint64(tag)
	for i := 0; i < len(xs); i += 2 {
		st[0].Add(&st[0], &xs[i])
		if i+1 < len(xs) {
			st[1].Add(&st[1], &xs[i+1])
		}
		_ = perm.Permutation(st[:]) // cannot fail: the state has the permutation's width
	}
	return st[0]
}

// ZeroLeaves returns the hash of an all-zero subtree of height h for
// h = 0 … CommitDepth, for packing p: the leaf of an all-zero block, then
// each level's node over two copies of the level below.
func (p Packing) ZeroLeaves() []fr.Element {
	z := make([]fr.Element, CommitDepth+1)
	z[0] = Sponge(TagLeaf, make([]fr.Element, p.Elements)...)
	for h := 1; h <= CommitDepth; h++ {
		z[h] = Sponge(TagNode, z[h-1], z[h-1])
	}
	return z
}

// CommitmentRoot returns the commitment to t's rows in the format above, as
// the big-endian encoding of a BN254 scalar field element. The circuits of
// package circuits/contribution recompute it from the private cells. It
// returns an error for a schema whose ranges are invalid or a table with
// more rows than the tree holds.
func (t *Table) CommitmentRoot() ([32]byte, error) {
	p, err := t.Schema.Packing()
	if err != nil {
		return [32]byte{}, err
	}
	if len(t.Rows) > CommitBlockRows<<CommitDepth {
		return [32]byte{}, fmt.Errorf("%w: %d rows, the commitment holds %d", ErrTooManyRows, len(t.Rows), CommitBlockRows<<CommitDepth)
	}
	for i, row := range t.Rows {
		if err := p.check(row, t.Schema); err != nil {
			return [32]byte{}, fmt.Errorf("row %d: %w", i, err)
		}
	}
	var leaves []fr.Element
	for b := 0; b < len(t.Rows); b += CommitBlockRows {
		leaves = append(leaves, Sponge(TagLeaf, p.pack(t.Rows[b:min(b+CommitBlockRows, len(t.Rows))])...))
	}
	root := p.Root(leaves, uint64(len(t.Rows)))
	return root.Bytes(), nil
}

// Root returns the commitment root over the leaves of the first blocks
// and a row count: the tree of CommitDepth levels, all-zero leaves after
// the given ones, hashed with the row count.
func (p Packing) Root(leaves []fr.Element, rows uint64) fr.Element {
	zero := p.ZeroLeaves()
	level := leaves
	for h := range CommitDepth {
		if len(level)%2 == 1 {
			level = append(level, zero[h])
		}
		next := make([]fr.Element, len(level)/2)
		for i := range next {
			next[i] = Sponge(TagNode, level[2*i], level[2*i+1])
		}
		level = next
	}
	top := zero[CommitDepth]
	if len(level) == 1 {
		top = level[0]
	}
	var n fr.Element
	n.SetUint64(rows)
	return Sponge(TagRoot, top, n)
}
