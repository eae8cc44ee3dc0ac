package baseline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/workflows"
)

// TestBuildLeavesOutNodesTrainingRows checks that a node left out of the
// model adds its test rows and no training or validation rows.
func TestBuildLeavesOutNodesTrainingRows(t *testing.T) {
	dir := os.Getenv("TWOPM_DATA_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "data")
	}
	file := func(h string) string { return filepath.Join(dir, "heart-disease", "processed."+h+".data") }
	spec := workflows.TrainSpec{Model: workflows.ModelLR, Schema: dataset.HeartDisease.ID}
	tab, err := dataset.ReadFile(file("cleveland"), dataset.HeartDisease)
	if err != nil {
		t.Fatal(err)
	}
	probe, err := dataset.NewEncoding(dataset.HeartDisease, dataset.HeartDiseaseLabel, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := dataset.Pooled(dataset.HeartDisease, probe.Features, tab)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := dataset.NewEncoding(dataset.HeartDisease, dataset.HeartDiseaseLabel, nil, st)
	if err != nil {
		t.Fatal(err)
	}
	build := func(leftVA bool) Split {
		t.Helper()
		var nodes []Node
		for _, h := range []string{"cleveland", "va"} {
			n := Node{Data: file(h), Left: leftVA && h == "va"}
			n.View.Holdout, n.View.Seed = 0.2, 1
			nodes = append(nodes, n)
		}
		s, err := Build(nodes, dataset.HeartDisease, spec, enc)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	all, left := build(false), build(true)
	if left.Test.Rows != all.Test.Rows || left.Test.Rows == 0 {
		t.Errorf("test rows %d with va left out, %d with it", left.Test.Rows, all.Test.Rows)
	}
	if left.Train.Rows >= all.Train.Rows || left.Val.Rows >= all.Val.Rows {
		t.Errorf("va left out: %d training and %d validation rows, %d and %d with it", left.Train.Rows, left.Val.Rows, all.Train.Rows, all.Val.Rows)
	}
}
