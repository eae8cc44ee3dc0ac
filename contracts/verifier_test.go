package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/twopm/twopm/circuits/contribution"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/contracts/bindings/plonkverifier"
	"github.com/twopm/twopm/dataset"
)

// TestVerifierTakesTheKey: the one verifier contract checks a proof with
// the key it is given. An honest proof verifies with its circuit's key;
// with any one word of that key changed, with another circuit's key, or
// with a key of the wrong length, it does not. A word the contract did
// not read from its argument (a constant of the circuit it was exported
// from, left in) would let a changed word through.
func TestVerifierTakesTheKey(t *testing.T) {
	e := newEnv(t)
	k, err := narrowKeys()
	if err != nil {
		t.Fatal(err)
	}
	vk, err := setup.SolidityVK(k.VK)
	if err != nil {
		t.Fatal(err)
	}
	if pinned, _ := e.devVK("stats-narrow-test"); !bytes.Equal(vk, pinned) {
		t.Fatal("the narrow circuit's key is not the one the binary pins")
	}
	p, inputs := proveDirect(t, k, narrowTable(t, "1.5,1,-2", "?,0,3"))
	ver := e.verifier()
	b := plonkverifier.NewPlonkVerifier()
	// verifies reports whether the contract accepts p with key, false for
	// a revert as for a false result (the escrow rejects both).
	verifies := func(key []byte) bool {
		ok, err := bind.Call(ver.bound, &bind.CallOpts{Context: e.ctx}, b.PackVerify(key, p, inputs), b.UnpackVerify)
		return err == nil && ok
	}
	if !verifies(vk) {
		t.Fatal("an honest proof does not verify with its circuit's key")
	}
	gas, err := e.client.EstimateGas(e.ctx, ethereum.CallMsg{From: e.owner.addr, To: &ver.addr, Data: b.PackVerify(vk, p, inputs)})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gas PlonkVerifier.Verify (narrow circuit, %d public inputs): %d", len(inputs), gas)

	for w := 0; w < len(vk)/32; w++ {
		bad := bytes.Clone(vk)
		bad[32*w+31] ^= 1
		if verifies(bad) {
			t.Errorf("the proof verifies with word %d of the key changed", w)
		}
	}
	other, _ := e.devVK("hlr-heart-disease-test")
	if verifies(other) {
		t.Error("the proof verifies with another circuit's key")
	}
	for _, bad := range [][]byte{nil, vk[:len(vk)-32], append(bytes.Clone(vk), make([]byte, 32)...)} {
		if _, err := bind.Call(ver.bound, &bind.CallOpts{Context: e.ctx}, b.PackVerify(bad, p, inputs), b.UnpackVerify); err == nil {
			t.Errorf("a key of %d bytes did not revert", len(bad))
		}
	}
}

// TestVerifierTakesADerivedCircuit: a circuit derived from a schema and a
// size class (setup.StatsFor; here 64 rows of the narrow schema, not the
// named 4-row version) is verified by the same contract with its own key,
// and not with the named version's.
func TestVerifierTakesADerivedCircuit(t *testing.T) {
	e := newEnv(t)
	v, err := setup.StatsFor(setup.NarrowSchema, 3)
	if err != nil {
		t.Fatal(err)
	}
	srs, err := setup.DevSRSFor(v)
	if err != nil {
		t.Fatal(err)
	}
	k, err := setup.NewKeys(v, srs)
	if err != nil {
		t.Fatal(err)
	}
	vk, err := setup.SolidityVK(k.VK)
	if err != nil {
		t.Fatal(err)
	}
	p, inputs := proveDirect(t, k, narrowTable(t, "1.5,1,-2", "?,0,3", "2,1,1"))
	b := plonkverifier.NewPlonkVerifier()
	ver := e.verifier()
	verifies := func(key []byte) bool {
		ok, err := bind.Call(ver.bound, &bind.CallOpts{Context: e.ctx}, b.PackVerify(key, p, inputs), b.UnpackVerify)
		return err == nil && ok
	}
	if !verifies(vk) {
		t.Fatalf("an honest proof of %s does not verify with its key", v.ID)
	}
	named, _ := e.devVK(setup.StatsNarrowTest.ID)
	if verifies(named) {
		t.Fatal("a proof of the 64-row circuit verifies with the 4-row circuit's key")
	}
}

// proveDirect proves tab's statistics contribution with k (a statistics
// circuit's keys) under a fixed binding and mask, and returns the proof
// as the verifier contract takes it, with its public inputs.
func proveDirect(t *testing.T, k *setup.Keys, tab *dataset.Table) ([]byte, []*big.Int) {
	t.Helper()
	full, public, _, err := contribution.Witness(tab, contribution.NewBinding(contribution.Binding{ChainID: 1, TaskKey: [32]byte{3}, Round: 1, Attempt: 1}),
		big.NewInt(99), k.Version.Shape)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := contribution.Prove(k.CCS, k.PK, full, setup.ProverOptions()...)
	if err != nil {
		t.Fatal(err)
	}
	var inputs []*big.Int
	for _, x := range public.Vector().(fr.Vector) {
		inputs = append(inputs, x.BigInt(new(big.Int)))
	}
	return solidityProof(t, proof), inputs
}
