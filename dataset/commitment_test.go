package dataset

import (
	"encoding/hex"
	"errors"
	"strings"
	"testing"
)

const threeRows = "63,1,1,145,233,1,2,150,0,2.3,3,0,6,0\n67,1,4,160,286,0,2,108,1,1.5,2,3,3,2\n37,0,3,?,250,0,0,187,0,3.5,3,?,3,0\n"

func readHeart(t *testing.T, s string) *Table {
	t.Helper()
	tab, err := Read(strings.NewReader(s), "x", HeartDisease)
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

func root(t *testing.T, tab *Table) [32]byte {
	t.Helper()
	r, err := tab.CommitmentRoot()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestCommitmentRoot(t *testing.T) {
	a := readHeart(t, threeRows)
	r := root(t, a)
	if r == [32]byte{} || root(t, a) != r {
		t.Fatal("root is zero or not deterministic")
	}
	// The format is part of what nodes register on chain: a change to it
	// must be deliberate.
	const golden = "0156902752ccc39efd49ceb0a2a885536a41721faf529df87147a4ea3906df3a"
	if got := hex.EncodeToString(r[:]); got != golden {
		t.Errorf("root of the three-row table = %s, want %s", got, golden)
	}
	allMissing := strings.Repeat("?,", 13) + "?\n"
	// Any change of a value, a level, a missing mark, the row order or the
	// row count changes it, even an appended row of missing cells, which
	// packs to zero bits like the rows past the end of the table.
	for _, changed := range []string{
		strings.Replace(threeRows, "37,0,3,?", "37,0,3,120", 1),
		strings.Replace(threeRows, "3.5", "3.6", 1),
		strings.Replace(threeRows, "63,1,1", "63,1,2", 1),
		"67,1,4,160,286,0,2,108,1,1.5,2,3,3,2\n63,1,1,145,233,1,2,150,0,2.3,3,0,6,0\n37,0,3,?,250,0,0,187,0,3.5,3,?,3,0\n",
		threeRows[:strings.LastIndex(threeRows[:len(threeRows)-1], "\n")+1],
		threeRows + allMissing,
	} {
		if root(t, readHeart(t, changed)) == r {
			t.Fatalf("changed table has the same root:\n%s", changed)
		}
	}
	// A table over more than one block (32 rows), changed in its second.
	long := strings.Split(strings.Repeat(threeRows, 12), "\n")
	lr := root(t, readHeart(t, strings.Join(long, "\n")))
	long[35] = strings.Replace(long[35], "37,0,3,?,250", "37,0,3,?,251", 1)
	if root(t, readHeart(t, strings.Join(long, "\n"))) == lr {
		t.Fatal("a change in row 36 left the root as it was")
	}
}

func TestCommitmentRootRejectsOffRangeCells(t *testing.T) {
	tab := readHeart(t, threeRows)
	tab.Rows[1][9].Q = 1_550_000 // oldpeak 1.55: off the 0.1 grid
	if _, err := tab.CommitmentRoot(); !errors.Is(err, ErrSchemaMismatch) {
		t.Errorf("off-grid value: err = %v, want ErrSchemaMismatch", err)
	}
	tab = readHeart(t, threeRows)
	tab.Rows[0][2].Level = 4 // cp has four levels
	if _, err := tab.CommitmentRoot(); !errors.Is(err, ErrSchemaMismatch) {
		t.Errorf("level out of range: err = %v, want ErrSchemaMismatch", err)
	}
	tab = readHeart(t, threeRows)
	tab.Rows[2] = tab.Rows[2][:5]
	if _, err := tab.CommitmentRoot(); !errors.Is(err, ErrSchemaMismatch) {
		t.Errorf("short row: err = %v, want ErrSchemaMismatch", err)
	}
}

func TestPackingHeartDisease(t *testing.T) {
	p, err := HeartDisease.Packing()
	if err != nil {
		t.Fatal(err)
	}
	bits := 0
	for _, f := range p.Fields {
		bits += f.Bits
	}
	// age 7, trestbps 9, chol 10, thalach 9, oldpeak 8 bits; 28 level bits.
	if bits != 71 {
		t.Errorf("a row takes %d bits, want 71", bits)
	}
	if p.Elements != 10 {
		t.Errorf("a block packs into %d elements, want 10", p.Elements)
	}
}

func TestReaderRange(t *testing.T) {
	for _, bad := range []string{
		"63,1,1,145,1233,1,2,150,0,2.3,3,0,6,0\n", // chol above 1000
		"63,1,1,145,233,1,2,150,0,2.35,3,0,6,0\n", // oldpeak finer than 0.1
		"-1,1,1,145,233,1,2,150,0,2.3,3,0,6,0\n",  // negative age
	} {
		if _, err := Read(strings.NewReader(bad), "x", HeartDisease); !errors.Is(err, ErrValue) {
			t.Errorf("%q: err = %v, want ErrValue", bad, err)
		}
	}
}
