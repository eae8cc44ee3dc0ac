package dataset

import (
	"strings"
	"testing"
)

func TestCommitmentRoot(t *testing.T) {
	read := func(s string) *Table {
		t.Helper()
		tab, err := Read(strings.NewReader(s), "x", HeartDisease)
		if err != nil {
			t.Fatal(err)
		}
		return tab
	}
	a := read("63,1,1,145,233,1,2,150,0,2.3,3,0,6,0\n67,1,4,160,286,0,2,108,1,1.5,2,3,3,2\n37,0,3,?,250,0,0,187,0,3.5,3,?,3,0\n")
	root := a.CommitmentRoot()
	if root == [32]byte{} || a.CommitmentRoot() != root {
		t.Fatal("root is zero or not deterministic")
	}
	// Any change of a value, a missing mark or the row order changes it.
	for _, changed := range []string{
		"63,1,1,145,233,1,2,150,0,2.3,3,0,6,0\n67,1,4,160,286,0,2,108,1,1.5,2,3,3,2\n37,0,3,0,250,0,0,187,0,3.5,3,?,3,0\n",
		"63,1,1,145,233,1,2,150,0,2.3,3,0,6,0\n67,1,4,160,286,0,2,108,1,1.5,2,3,3,2\n37,0,3,?,250,0,0,187,0,3.6,3,?,3,0\n",
		"67,1,4,160,286,0,2,108,1,1.5,2,3,3,2\n63,1,1,145,233,1,2,150,0,2.3,3,0,6,0\n37,0,3,?,250,0,0,187,0,3.5,3,?,3,0\n",
		"63,1,1,145,233,1,2,150,0,2.3,3,0,6,0\n67,1,4,160,286,0,2,108,1,1.5,2,3,3,2\n",
	} {
		if read(changed).CommitmentRoot() == root {
			t.Fatalf("changed table has the same root:\n%s", changed)
		}
	}
	if (&Table{}).CommitmentRoot() != [32]byte{} {
		t.Fatal("empty table has a non-zero root")
	}
}
