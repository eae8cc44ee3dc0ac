package infer

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"go.temporal.io/sdk/temporal"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/dataset"
	mpcinfer "github.com/twopm/twopm/infer"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/workflows"
)

const row = "63,1,1,145,233,1,2,150,0,2.3,3,0,6,0"

func TestCommitmentsBindWhatTheyCommitTo(t *testing.T) {
	base := PlainCommitment(1, row)
	for name, other := range map[string][32]byte{
		"another model":       PlainCommitment(2, row),
		"another input":       PlainCommitment(1, strings.Replace(row, "63", "64", 1)),
		"a private key":       PrivateCommitment(1, row),
		"model moved to text": PlainCommitment(16, "3,"+row[3:]),
	} {
		if other == base {
			t.Errorf("%s: same commitment", name)
		}
	}
	fp := strings.Repeat("ab", 32)
	if PrivateCommitment(1, fp) != PrivateCommitment(1, strings.ToUpper(fp)) {
		t.Error("a fingerprint's case changes its commitment")
	}
}

func TestEncodeRow(t *testing.T) {
	s := dataset.HeartDisease
	tab, err := dataset.Read(strings.NewReader(row+"\n67,1,4,160,286,0,2,108,1,1.5,2,3,3,2\n41,0,2,130,204,0,2,172,0,1.4,1,0,3,0\n"), "rows", s)
	if err != nil {
		t.Fatal(err)
	}
	var cols []string
	for _, c := range s.Columns {
		if c.Name != dataset.HeartDiseaseLabel.Column {
			cols = append(cols, c.Name)
		}
	}
	stats, err := dataset.Pooled(s, cols, tab)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := dataset.NewEncoding(s, dataset.HeartDiseaseLabel, nil, stats)
	if err != nil {
		t.Fatal(err)
	}
	x, err := EncodeRow(row+"\n", s, enc)
	if err != nil {
		t.Fatal(err)
	}
	if len(x) != len(enc.Names(s)) {
		t.Fatalf("%d features, want %d", len(x), len(enc.Names(s)))
	}
	// The label may be unknown; it is not a feature.
	if _, err := EncodeRow(strings.TrimSuffix(row, "0")+"?", s, enc); err != nil {
		t.Errorf("row without label: %v", err)
	}
	for name, in := range map[string]string{
		"two rows":      row + "\n" + row,
		"short row":     "63,1,1",
		"not a number":  strings.Replace(row, "145", "high", 1),
		"empty":         "",
		"out of range":  strings.Replace(row, "63", "630", 1),
		"carriage row2": row + "\r" + row,
	} {
		if _, err := EncodeRow(in, s, enc); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestSplitMatchesTheContract(t *testing.T) {
	mod := chain.PublishedModel{Holders: []common.Address{{1}, {2}, {3}},
		Weights: []*big.Int{big.NewInt(3), big.NewInt(2), big.NewInt(1)}, TotalWeight: big.NewInt(6)}
	pays, rest := split(mod, big.NewInt(1_000_003))
	want := []string{"500001", "333334", "166667"}
	sum := new(big.Int).Set(rest)
	for i, p := range pays {
		if p.PaidWei != want[i] || p.Account != mod.Holders[i].Hex() {
			t.Errorf("holder %d: %+v, want %s wei", i, p, want[i])
		}
		v, _ := new(big.Int).SetString(p.PaidWei, 10)
		sum.Add(sum, v)
	}
	if rest.Int64() != 1 || sum.Int64() != 1_000_003 {
		t.Errorf("remainder %s, total %s", rest, sum)
	}
}

func TestShareStore(t *testing.T) {
	n := &Node{NodeID: "a", Dir: filepath.Join(t.TempDir(), "models")}
	if _, err := n.loadShare(4); err == nil || !strings.Contains(err.Error(), "holds no share of model 4") {
		t.Fatalf("missing share: %v", err)
	}
	m, err := model.New(model.LR, 3, model.Params{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	m.Weights = []float64{0.5, -1, 2, 0.25}
	shares, err := mpcinfer.Split(m, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	body, err := shares[0].MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if err := n.saveShare(4, body); err != nil {
		t.Fatal(err)
	}
	got, err := n.loadShare(4)
	if err != nil {
		t.Fatal(err)
	}
	if !got.W.Equal(shares[0].W) || got.Node != 1 {
		t.Fatalf("loaded %+v", got)
	}
	if fi, err := os.Stat(n.sharePath(4)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("share file mode %v, %v", fi.Mode(), err)
	}
	if err := os.WriteFile(n.sharePath(4), []byte(`{"kind":"lr"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := n.loadShare(4); err == nil {
		t.Error("a broken share loaded")
	}
}

// TestAbortedSaysWhere: a session's failure becomes the error type the
// workflow acts on; one at the output's opening says that the client may
// hold the prediction, even when it was a failed MAC check there.
func TestAbortedSaysWhere(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("party 2: %w", mpcinfer.ErrShareCheck), workflows.ErrTypeMACCheck},
		{fmt.Errorf("%w: %w", mpcinfer.ErrOutputStage, mascot.ErrMACCheck), workflows.ErrTypeOutputStage},
		{fmt.Errorf("%w: link closed", mpcinfer.ErrOutputStage), workflows.ErrTypeOutputStage},
		{mascot.ErrMACCheck, workflows.ErrTypeMACCheck},
		{errors.New("link closed"), workflows.ErrTypeAggregation},
	} {
		var app *temporal.ApplicationError
		if err := aborted("infer/1", c.err); !errors.As(err, &app) || app.Type() != c.want {
			t.Errorf("%v: got %v, want type %s", c.err, err, c.want)
		}
	}
}

// CanonicalRow takes a row with a header, in any column order, to the
// line in schema order a node encodes, and refuses anything but one row.
func TestCanonicalRow(t *testing.T) {
	s := dataset.HeartDisease
	names := s.Names()
	cells := strings.Split(row, ",")
	slices.Reverse(names)
	slices.Reverse(cells)
	got, err := CanonicalRow(strings.Join(names, ",")+",extra\n"+strings.Join(cells, ",")+",x\n", s)
	if err != nil {
		t.Fatal(err)
	}
	want, err := CanonicalRow(row, s)
	if err != nil || got != want {
		t.Fatalf("with a reversed header %q, %v; without one %q", got, err, want)
	}
	for _, bad := range []string{"", row + "\n" + row + "\n", strings.Join(s.Names(), ",") + "\n"} {
		if _, err := CanonicalRow(bad, s); err == nil {
			t.Errorf("CanonicalRow(%q) succeeded", bad)
		}
	}
}
