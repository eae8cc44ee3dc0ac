package main

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/devchain"
	"github.com/twopm/twopm/devchain/devchaintest"
)

// TestSchemaRegister registers a schema file on a development chain from
// the hub's owner, again (no change), lists it, and is refused for a
// changed file under the same version and for an account that does not
// own the hub.
func TestSchemaRegister(t *testing.T) {
	url := devchaintest.Start(t, 20*time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := chain.Dial(ctx, chain.Config{RPC: url, ChainID: devchain.ChainID})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	d, err := chain.Deploy(ctx, c, chain.NewSigner(devchain.Key(0)), big.NewInt(1e15), 3600)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := writeFile(t, dir, "cohort.yaml", cohortSchema)
	s, err := dataset.LoadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	rpc := []string{"--chain-rpc", url, "--data-hub", d.DataHub.Hex()}
	register := func(key, path string) (string, error) {
		return runTwopm(t, append([]string{"schema", "register", path, "--uri", "https://c.example/cohort.yaml", "--chain-dev-key", key}, rpc...)...)
	}
	for range 2 {
		out, err := register("0", file)
		if err != nil || !strings.Contains(out, s.Ref()) {
			t.Fatalf("register: %q, %v", out, err)
		}
	}
	out, err := runTwopm(t, append([]string{"schema", "list"}, rpc...)...)
	if err != nil || !strings.Contains(out, s.Ref()) || !strings.Contains(out, "heart-disease@") {
		t.Fatalf("list: %q, %v", out, err)
	}
	changed := writeFile(t, dir, "changed.yaml", strings.Replace(cohortSchema, "max: 110", "max: 120", 1))
	if _, err := register("0", changed); err == nil || !strings.Contains(err.Error(), "new version") {
		t.Fatalf("changed file under version 1: %v", err)
	}
	other := writeFile(t, dir, "v2.yaml", strings.Replace(strings.Replace(cohortSchema, "max: 110", "max: 120", 1), `version: "1"`, `version: "2"`, 1))
	if _, err := register("3", other); err == nil || !strings.Contains(err.Error(), "OwnableUnauthorizedAccount") {
		t.Fatalf("a non-owner registered: %v", err)
	}
}
