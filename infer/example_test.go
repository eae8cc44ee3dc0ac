package infer_test

import (
	"context"
	"fmt"
	"sync"

	"github.com/twopm/twopm/infer"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/mpc/memnet"
)

// Example splits a model among three serving nodes and runs one private
// inference in memory: the nodes input their shares, the client its row,
// and only the client learns the result.
func Example() {
	m := &model.Model{Kind: model.LR, Features: 3, Weights: []float64{-1.5, 0.8, -0.25, 2}}
	shares, err := infer.Split(m, 3, nil)
	if err != nil {
		panic(err)
	}
	nw := memnet.New(len(shares) + 1)
	cfg := mascot.Config{Session: "example/inference-1"}
	ctx := context.Background()
	var wg sync.WaitGroup
	for _, s := range shares {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := infer.Node(ctx, nw.Party(s.Node), cfg, s); err != nil {
				panic(err)
			}
		}()
	}
	x := []float64{1.2, -0.3, 0.9}
	res, err := infer.Client(ctx, nw.Party(0), cfg, x)
	wg.Wait()
	if err != nil {
		panic(err)
	}
	plain, _ := infer.Plain(m, x)
	fmt.Printf("private: logit %.4f, probability %.4f\n", res.Logit, res.Prob)
	fmt.Printf("plain:   logit %.4f, probability %.4f\n", plain.Logit, plain.Prob)
	// Output:
	// private: logit 1.3350, probability 0.7917
	// plain:   logit 1.3350, probability 0.7917
}
