package dataset

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
)

// The PCG stream (second seed word) of each function, so that Split and
// Partition called with the same seed draw different numbers.
const (
	splitStream     = 1
	partitionStream = 2
)

// Split divides t's labelled rows into a held-out test table and the rest,
// stratified by l and reproducible from seed. Rows whose label is missing
// go to neither table. Both tables keep t's Schema and File, keep the
// original row order and share their rows with t.
//
// Rows are chosen as follows, so that any implementation can reproduce the
// split. The generator is math/rand/v2's rand.NewPCG(seed, 1), used only
// through its Uint64 method. The labelled rows are grouped by class,
// negatives (0) first, then positives (1), each group listing its row
// indices in file order. For each group in turn, with n rows, the list is
// shuffled by Fisher–Yates: for i from n−1 down to 1, swap elements i and
// j = uniform(i+1). uniform(m) draws x = Uint64(), forms the 128-bit
// product x·m, redraws while its low 64 bits are below (2^64 − m) mod m,
// and returns its high 64 bits (Lemire's method). The first
// k = math.Round(fraction·n) rows of the shuffled group (rounding half away
// from zero) go to test; the generator then continues with the next group.
//
// To reproduce the three-hospital breast-cancer simulation:
//
//	all, _ := ReadFile("wdbc.data", BreastCancer)
//	rest, test, _ := Split(all, BreastCancerLabel, 0.2, seed)
//	hospitals, _ := Partition(rest, BreastCancerLabel, 3, seed)
//
// Split returns an error wrapping ErrArgument for a nil table or a
// fraction outside [0, 1), the errors of Label.Index, and one wrapping
// ErrSchemaMismatch for a row that does not fit t.Schema.
func Split(t *Table, l Label, fraction float64, seed uint64) (rest, test *Table, err error) {
	if t == nil {
		return nil, nil, fmt.Errorf("%w: nil table", ErrArgument)
	}
	if !(fraction >= 0 && fraction < 1) { // also rejects NaN
		return nil, nil, fmt.Errorf("%w: fraction must be in [0, 1)", ErrArgument)
	}
	groups, err := classes(t, l)
	if err != nil {
		return nil, nil, err
	}
	src := rand.NewPCG(seed, splitStream)
	dest := unassigned(len(t.Rows))
	for _, g := range groups {
		shuffle(src, g)
		k := int(math.Round(fraction * float64(len(g))))
		for j, i := range g {
			dest[i] = 0
			if j < k {
				dest[i] = 1
			}
		}
	}
	out := deal(t, dest, 2)
	return out[0], out[1], nil
}

// Partition deals t's labelled rows into parts tables, stratified by l and
// reproducible from seed, as when one data set simulates several
// hospitals. Rows whose label is missing go to no part. Each part keeps
// t's Schema and File, keeps the original row order and shares its rows
// with t.
//
// Rows are dealt as follows. The generator is rand.NewPCG(seed, 2), used
// only through Uint64. The negatives, then the positives, are each
// shuffled exactly as in Split. Then the shuffled negatives followed by the
// shuffled positives are dealt round-robin by one counter: the d-th row
// dealt (from 0) goes to part d mod parts. So in every part the count of
// each class, and the total, differ from every other part's by at most 1,
// and the first parts get the extras.
//
// Partition returns an error wrapping ErrArgument for a nil table or
// unless 1 ≤ parts ≤ the number of labelled rows (no part is empty), the
// errors of Label.Index, and one wrapping ErrSchemaMismatch for a row that
// does not fit t.Schema.
func Partition(t *Table, l Label, parts int, seed uint64) ([]*Table, error) {
	if t == nil {
		return nil, fmt.Errorf("%w: nil table", ErrArgument)
	}
	if parts < 1 {
		return nil, fmt.Errorf("%w: parts must be at least 1", ErrArgument)
	}
	groups, err := classes(t, l)
	if err != nil {
		return nil, err
	}
	if n := len(groups[0]) + len(groups[1]); parts > n {
		return nil, fmt.Errorf("%w: %d parts for %d labelled rows", ErrArgument, parts, n)
	}
	src := rand.NewPCG(seed, partitionStream)
	dest := unassigned(len(t.Rows))
	d := 0
	for _, g := range groups {
		shuffle(src, g)
		for _, i := range g {
			dest[i] = d % parts
			d++
		}
	}
	return deal(t, dest, parts), nil
}

// MaxHoldoutEvery is the largest HoldoutRows every.
const MaxHoldoutEvery = 256

// HoldoutRows returns which of the row positions 0 to n−1 are held out
// for validation under key: position i is held out when the first 8
// bytes of SHA-256("twopm holdout" ‖ key ‖ i as 8 bytes big-endian), read
// as a big-endian integer, are 0 mod every. About one position in every
// is held out, at random for whoever does not know key.
//
// A proven task holds rows out this way, with a key drawn after the
// nodes' tables are fixed (activities/train.HoldoutKey): a node cannot
// choose which of its rows are held out by the order of its file, as it
// could if rows were held out by index. HoldoutRows returns an error
// wrapping ErrArgument unless n ≥ 0 and 2 ≤ every ≤ MaxHoldoutEvery.
func HoldoutRows(key [32]byte, n, every int) ([]bool, error) {
	if n < 0 || every < 2 || every > MaxHoldoutEvery {
		return nil, fmt.Errorf("%w: holdout of 1 in %d of %d rows: want 2 to %d", ErrArgument, every, n, MaxHoldoutEvery)
	}
	out := make([]bool, n)
	buf := make([]byte, 0, len(holdoutTag)+32+8)
	for i := range out {
		buf = append(append(append(buf[:0], holdoutTag...), key[:]...), binary.BigEndian.AppendUint64(nil, uint64(i))...)
		h := sha256.Sum256(buf)
		out[i] = binary.BigEndian.Uint64(h[:8])%uint64(every) == 0
	}
	return out, nil
}

const holdoutTag = "twopm holdout"

// classes returns the indices of t's negative and positive rows, in order.
func classes(t *Table, l Label) ([2][]int, error) {
	var g [2][]int
	col, positive, err := l.Index(t.Schema)
	if err != nil {
		return g, err
	}
	for i, row := range t.Rows {
		y, ok, err := labelOf(row, len(t.Schema.Columns), col, positive, i+1)
		if err != nil {
			return g, err
		}
		if ok {
			g[y] = append(g[y], i)
		}
	}
	return g, nil
}

// unassigned returns n destinations of -1: no table.
func unassigned(n int) []int {
	dest := make([]int, n)
	for i := range dest {
		dest[i] = -1
	}
	return dest
}

// deal returns n tables like t; table p holds, in t's order, the rows i
// with dest[i] == p.
func deal(t *Table, dest []int, n int) []*Table {
	out := make([]*Table, n)
	for p := range out {
		out[p] = &Table{Schema: t.Schema, File: t.File}
	}
	for i, row := range t.Rows {
		if p := dest[i]; p >= 0 {
			out[p].Rows = append(out[p].Rows, row)
		}
	}
	return out
}

// shuffle permutes p in place by Fisher–Yates driven by src: for i from
// len(p)−1 down to 1 it swaps p[i] and p[uniform(src, i+1)].
func shuffle(src *rand.PCG, p []int) {
	for i := len(p) - 1; i > 0; i-- {
		j := uniform(src, uint64(i+1))
		p[i], p[j] = p[j], p[i]
	}
}

// uniform returns an integer uniform in [0, m), m > 0, by Lemire's
// multiply-and-reject method: x·m for x = src.Uint64(), redrawn while the
// low 64 bits are below (2^64 − m) mod m; the high 64 bits are the result.
func uniform(src *rand.PCG, m uint64) uint64 {
	threshold := -m % m
	for {
		hi, lo := bits.Mul64(src.Uint64(), m)
		if lo >= threshold {
			return hi
		}
	}
}
