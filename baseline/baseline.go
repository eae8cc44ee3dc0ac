// Package baseline evaluates federated models the way a demo or a test
// needs: it rebuilds, from the data files, exactly the rows each node
// trains on and the consortium's common held-out test rows, trains the
// centralized model on the pooled training rows with the same model and
// hyperparameters, and scores both on the test rows. It reads every file,
// so it runs only where all the data is, never on a node.
package baseline

import (
	"context"
	"fmt"

	"github.com/twopm/twopm/activities/compute"
	"github.com/twopm/twopm/activities/train"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/source"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/workflows"
)

// Node is one node's data as the node sees it.
type Node struct {
	// Data is the node's CSV file; Source, if set, is read instead (a
	// node that reads a source file: a database, a CSV with options).
	Data   string
	Source source.Source
	View   compute.View
	// Holdout is, for a proven task, its holdout key (train.HoldoutKey),
	// which says the node's validation rows.
	Holdout [32]byte
	// Left says the node's contributions were left out of the model (a
	// proven task excluded it as unproven): its rows count toward the test
	// split only, so the centralized model pools what the federated one saw.
	Left bool
}

// Split is the data of a federation: the pooled training and validation
// rows of all nodes and the common test rows.
type Split struct {
	Train, Val, Test model.Data
}

// Build encodes the rows of nodes with enc, splitting each node's view of
// its file into training and validation rows as LocalTrain does; a node
// left out of the model adds no training or validation rows. Nodes that
// read the same file hold out the same test rows, which count once.
func Build(nodes []Node, schema dataset.Schema, spec workflows.TrainSpec, enc dataset.Encoding) (Split, error) {
	spec = spec.WithDefaults()
	if _, err := train.Resolve(spec, schema); err != nil {
		return Split{}, err
	}
	var trains, vals, tests []*dataset.Table
	seenTest := map[string]bool{}
	for _, n := range nodes {
		var t *dataset.Table
		var err error
		key := n.Data
		if n.Source != nil {
			t, err = n.Source.Read(context.Background(), schema)
			key = n.Source.String()
		} else {
			t, err = dataset.ReadFile(n.Data, schema)
		}
		if err != nil {
			return Split{}, err
		}
		rows, held, err := n.View.Apply(t)
		if err != nil {
			return Split{}, err
		}
		tr, va, err := train.SplitRows(rows, spec, n.Holdout)
		if err != nil {
			return Split{}, err
		}
		if !n.Left {
			trains, vals = append(trains, tr), append(vals, va)
		}
		if !seenTest[key] {
			seenTest[key] = true
			tests = append(tests, held)
		}
	}
	var s Split
	for _, p := range []struct {
		dst    *model.Data
		tables []*dataset.Table
	}{{&s.Train, trains}, {&s.Val, vals}, {&s.Test, tests}} {
		var err error
		if *p.dst, err = encode(enc, schema, p.tables); err != nil {
			return Split{}, err
		}
	}
	return s, nil
}

func encode(enc dataset.Encoding, schema dataset.Schema, tables []*dataset.Table) (model.Data, error) {
	d := model.Data{Cols: len(enc.Names(schema))}
	for _, t := range tables {
		x, y, rows, err := enc.Encode(t)
		if err != nil {
			return model.Data{}, err
		}
		d.X, d.Y, d.Rows = append(d.X, x...), append(d.Y, y...), d.Rows+rows
	}
	return d, nil
}

// Point is a centralized model's validation scores after a round.
type Point struct {
	Round       int     `json:"round"`
	ValLoss     float64 `json:"val_loss"`
	ValAccuracy float64 `json:"val_accuracy"`
}

// Centralized trains the spec's model on the pooled training rows: for lr
// and mlp, rounds rounds of the spec's local epochs, as one node holding
// every row would, keeping the round with the lowest validation loss; for
// hlr, Newton's method to convergence.
func Centralized(spec workflows.TrainSpec, s Split, rounds int) (*model.Model, error) {
	m, _, err := CentralizedCurve(spec, s, rounds)
	return m, err
}

// CentralizedCurve is Centralized that also returns the validation scores
// after every round (one point for hlr).
func CentralizedCurve(spec workflows.TrainSpec, s Split, rounds int) (*model.Model, []Point, error) {
	spec = spec.WithDefaults()
	p := model.Params{LearningRate: spec.Params.LearningRate, Epochs: spec.Params.Epochs, BatchSize: spec.Params.BatchSize,
		Hidden: spec.Params.Hidden, L2: spec.Params.L2, Mu: spec.Params.Mu, Seed: spec.Params.Seed}.WithDefaults()
	m, err := model.New(spec.Model, s.Train.Cols, p)
	if err != nil {
		return nil, nil, err
	}
	if spec.Model == model.HLR {
		beta, _, err := model.FitNewton(s.Train, spec.Params.L2, spec.Tol, 100)
		if err != nil {
			return nil, nil, fmt.Errorf("baseline: centralized Newton fit: %w", err)
		}
		m.Weights = beta
		sc := Score(m, s.Val)
		return m, []Point{{Round: 1, ValLoss: sc.Loss, ValAccuracy: sc.Accuracy}}, nil
	}
	best, bestLoss := m, m.Loss(s.Val, 0)
	var curve []Point
	for r := 1; r <= rounds; r++ {
		if m, err = m.Train(s.Train, p, r); err != nil {
			return nil, nil, err
		}
		sc := Score(m, s.Val)
		curve = append(curve, Point{Round: r, ValLoss: sc.Loss, ValAccuracy: sc.Accuracy})
		if sc.Loss < bestLoss {
			best, bestLoss = m, sc.Loss
		}
	}
	return best, curve, nil
}

// Scores are a model's metrics on a data set.
type Scores struct {
	Accuracy float64 `json:"accuracy"`
	AUC      float64 `json:"auc"`
	Loss     float64 `json:"loss"`
	Rows     int     `json:"rows"`
}

// Score evaluates m on d.
func Score(m *model.Model, d model.Data) Scores {
	p := m.PredictAll(d)
	return Scores{Accuracy: model.Accuracy(p, d.Y), AUC: model.AUC(p, d.Y), Loss: model.LogLoss(p, d.Y), Rows: d.Rows}
}
