package model

import (
	"fmt"
	"math"
	"strings"
)

// Kinds of model, the values of Model.Kind.
const (
	// LR is L2-regularized logistic regression trained by minibatch SGD.
	LR = "lr"
	// MLP is a network with one tanh hidden layer and a sigmoid output,
	// L2-regularized and trained by minibatch SGD.
	MLP = "mlp"
	// HLR is logistic regression fit by Newton's method on aggregated
	// gradients and negated Hessians (NewtonTerms, NewtonStep).
	HLR = "hlr"
)

// Defaults that WithDefaults puts in place of zero fields.
const (
	DefaultLearningRate = 0.1
	DefaultEpochs       = 1
	DefaultBatchSize    = 32
	DefaultHidden       = 16
	DefaultL2           = 1e-4
)

// Params are the training hyperparameters. Every field is optional; a
// zero field takes the default documented on it (see WithDefaults).
type Params struct {
	// LearningRate is the SGD step size. Zero means 0.1.
	LearningRate float64 `json:"learning_rate"`
	// Epochs is the number of passes over the local data per call to
	// Train, that is per round. Zero means 1.
	Epochs int `json:"epochs"`
	// BatchSize is the number of rows per SGD step; the last batch of an
	// epoch may be smaller, and a value above the row count means
	// full-batch gradient descent. Zero means 32.
	BatchSize int `json:"batch_size"`
	// Hidden is the number of hidden units of an MLP, read by New only.
	// Zero means 16.
	Hidden int `json:"hidden"`
	// L2 is the coefficient of the penalty (L2/2)·||w||² added to the
	// mean cross-entropy of LR and MLP; biases are not penalized. Zero
	// means 1e-4. HLR does not read this field: NewtonStep and FitNewton
	// take their ridge coefficient explicitly, and there 0 means plain
	// maximum likelihood.
	L2 float64 `json:"l2"`
	// Mu is the FedProx coefficient: Train adds (Mu/2)·||w − global||²,
	// over all weights, biases included. Zero means plain FedAvg.
	Mu float64 `json:"mu"`
	// Seed seeds the PRNG that initializes an MLP (New) and shuffles rows
	// (Train, mixed with the round). Zero is a valid seed. Give each node
	// its own seed if nodes should not share a shuffling stream.
	Seed uint64 `json:"seed"`
}

// WithDefaults returns p with every zero field replaced by its default.
// It leaves negative or non-finite values for Validate to report.
func (p Params) WithDefaults() Params {
	if p.LearningRate == 0 {
		p.LearningRate = DefaultLearningRate
	}
	if p.Epochs == 0 {
		p.Epochs = DefaultEpochs
	}
	if p.BatchSize == 0 {
		p.BatchSize = DefaultBatchSize
	}
	if p.Hidden == 0 {
		p.Hidden = DefaultHidden
	}
	if p.L2 == 0 {
		p.L2 = DefaultL2
	}
	return p
}

// Validate reports every negative or non-finite field of p at once, in an
// error wrapping ErrInvalidParams. Zero fields are valid: they mean the
// default.
func (p Params) Validate() error {
	var bad []string
	nonNeg := func(name string, v float64) {
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			bad = append(bad, fmt.Sprintf("%s must be finite and non-negative", name))
		}
	}
	nonNegInt := func(name string, v int) {
		if v < 0 {
			bad = append(bad, fmt.Sprintf("%s is %d, want at least 0", name, v))
		}
	}
	nonNeg("learning_rate", p.LearningRate)
	nonNegInt("epochs", p.Epochs)
	nonNegInt("batch_size", p.BatchSize)
	nonNegInt("hidden", p.Hidden)
	nonNeg("l2", p.L2)
	nonNeg("mu", p.Mu)
	if len(bad) > 0 {
		return fmt.Errorf("%w: %s", ErrInvalidParams, strings.Join(bad, "; "))
	}
	return nil
}
