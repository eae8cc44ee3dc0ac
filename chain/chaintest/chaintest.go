// Package chaintest gives the tests of packages that talk to the chain a
// development chain with the network's contracts deployed.
package chaintest

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/devchain"
	"github.com/twopm/twopm/devchain/devchaintest"
)

// Deployed starts a development chain (a block every 20 ms), dials it and
// deploys the network's contracts from development account 0, with a
// minimum stake of 10^15 wei and a deregistration delay of an hour. The
// context it returns ends with the test, or after two minutes.
func Deployed(t testing.TB) (context.Context, *chain.Client, chain.Deployment) {
	t.Helper()
	url := devchaintest.Start(t, 20*time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	c, err := chain.Dial(ctx, chain.Config{RPC: url, ChainID: devchain.ChainID})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	d, err := chain.Deploy(ctx, c, chain.NewSigner(devchain.Key(0)), big.NewInt(1e15), 3600)
	if err != nil {
		t.Fatal(err)
	}
	return ctx, c, d
}
