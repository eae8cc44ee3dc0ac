package contribution_test

import (
	"fmt"
	"strings"

	"github.com/consensys/gnark/test/unsafekzg"

	"github.com/twopm/twopm/circuits/contribution"
	"github.com/twopm/twopm/dataset"
)

// A node proves the age and sex statistics of its table for round 1 of a
// task; the verifier checks them against the root registered on chain.
func Example() {
	tab, err := dataset.Read(strings.NewReader(
		"63,1,1,145,233,1,2,150,0,2.3,3,0,6,0\n"), "cleveland", dataset.HeartDisease)
	if err != nil {
		panic(err)
	}
	// One row slot keeps the example fast; a real shape has as many as
	// the largest table it serves.
	shape := contribution.Shape{Rows: 1, Schema: dataset.HeartDisease, Columns: []string{"age", "sex"}}

	// Once per shape. unsafekzg is for tests only: production loads the
	// SRS of a ceremony.
	ccs, err := contribution.Compile(shape)
	if err != nil {
		panic(err)
	}
	srs, srsLagrange, err := unsafekzg.NewSRS(ccs)
	if err != nil {
		panic(err)
	}
	pk, vk, err := contribution.Setup(ccs, srs, srsLagrange)
	if err != nil {
		panic(err)
	}

	// The node. The task key would be chain.TaskKey(taskID).
	binding := contribution.NewBinding([32]byte{0x2b}, 1)
	full, _, claim, err := contribution.Witness(tab, binding, shape)
	if err != nil {
		panic(err)
	}
	proof, err := contribution.Prove(ccs, pk, full)
	if err != nil {
		panic(err)
	}

	// The verifier: the root it takes from the chain, the binding it
	// computes, the statistics it was sent.
	claim.Root = tab.CommitmentRoot()
	public, err := contribution.PublicWitness(shape, claim)
	if err != nil {
		panic(err)
	}
	fmt.Println("age count:", claim.Contribution()[0].Signed(), "verify:", contribution.Verify(proof, vk, public))
	// Output: age count: 1 verify: <nil>
}
