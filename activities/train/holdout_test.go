package train

import (
	"testing"

	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/workflows"
)

// A node that knows the task's spec but not what is drawn after it
// registers cannot choose its held-out rows by ordering its file: it puts
// the rows it wants kept out of the proven gradient where an index-based
// holdout would hold them out, and most of them stay in.
func TestHoldoutNotChosenByFileOrder(t *testing.T) {
	tab := heartDisease(t, "cleveland")
	spec := workflows.TrainSpec{Model: workflows.ModelHLR, Circuit: setup.HLRHeartDisease.ID, PaymentWei: "1",
		Params: workflows.TrainParams{Seed: 3}}.WithDefaults()
	// The rows the node would like to hide from the gradient, placed at
	// the positions i with i mod every = Seed mod every.
	every := int(1/spec.Validation + 0.5)
	chosen := map[int]bool{}
	for i := range tab.Rows {
		if i%every == int(spec.Params.Seed%uint64(every)) {
			chosen[i] = true
		}
	}
	tasks := []string{"train-a", "train-b", "train-c"}
	for _, task := range tasks {
		_, val, err := SplitRows(tab, spec, HoldoutKey(task, "0123"))
		if err != nil {
			t.Fatal(err)
		}
		hit := 0
		for _, r := range val.Rows {
			for i, s := range tab.Rows {
				if &s[0] == &r[0] && chosen[i] {
					hit++
				}
			}
		}
		// 1/every of them by chance: about 12 of 61; all 61 by choice.
		if hit > len(chosen)/2 {
			t.Errorf("task %s: %d of the %d rows the node placed are held out", task, hit, len(chosen))
		}
		if len(val.Rows) < len(tab.Rows)/(2*every) || len(val.Rows) > 2*len(tab.Rows)/every {
			t.Errorf("task %s: %d of %d rows held out, want about 1/%d", task, len(val.Rows), len(tab.Rows), every)
		}
	}
}
