package contribution_test

import (
	"crypto/rand"
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
	// Its mask hides the statistics in the commitment; the node feeds it
	// into the aggregation with them (shape.Input).
	binding := contribution.NewBinding(contribution.Binding{ChainID: 1337, TaskKey: [32]byte{0x2b}, Round: 1, Attempt: 1})
	mask, err := contribution.NewMask(rand.Reader)
	if err != nil {
		panic(err)
	}
	full, _, claim, err := contribution.Witness(tab, binding, mask, shape)
	if err != nil {
		panic(err)
	}
	proof, err := contribution.Prove(ccs, pk, full)
	if err != nil {
		panic(err)
	}

	// The verifier: the root and row count it takes from the chain, the
	// binding it computes, the commitment it was sent. It learns nothing
	// of the statistics.
	public, err := contribution.PublicWitness(shape, contribution.Claim{
		Root: claim.Root, Rows: 1, Binding: binding, Commitment: claim.Commitment,
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("verify:", contribution.Verify(proof, vk, public))
	// Output: verify: <nil>
}
