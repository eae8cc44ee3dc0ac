package additive

import (
	"fmt"
	"testing"

	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/memnet"
)

// BenchmarkAggregate runs all parties in one process over memnet; its
// baseline is BenchmarkPlainSum, the same sum computed in the clear.
func BenchmarkAggregate(b *testing.B) {
	for _, n := range []int{2, 4} {
		b.Run(fmt.Sprintf("parties=%d/length=10000", n), func(b *testing.B) {
			inputs := make([]field.Vector, n)
			for i := range inputs {
				inputs[i] = make(field.Vector, 10000)
			}
			for b.Loop() {
				nw := memnet.New(n)
				tr := make([]*memnet.Transport, n)
				for i := range tr {
					tr[i] = nw.Party(i)
				}
				if _, errs := run(b, nw, tr, inputs); errs[0] != nil {
					b.Fatal(errs[0])
				}
			}
		})
	}
}

func BenchmarkPlainSum(b *testing.B) {
	for _, n := range []int{2, 4} {
		b.Run(fmt.Sprintf("parties=%d/length=10000", n), func(b *testing.B) {
			inputs := make([]field.Vector, n)
			for i := range inputs {
				inputs[i] = make(field.Vector, 10000)
			}
			for b.Loop() {
				sum := make(field.Vector, 10000)
				for _, in := range inputs {
					sum.AddInPlace(in)
				}
			}
		})
	}
}
