package setup

import (
	"errors"
	"strings"
	"testing"

	"github.com/twopm/twopm/dataset"
)

// TestEstimate: a derived circuit's constraints, extrapolated from its two
// smallest classes, are within 3% of the compiled circuit's, and a circuit
// whose estimate exceeds the machine is refused, saying both amounts.
func TestEstimate(t *testing.T) {
	hd := dataset.HeartDisease
	for _, kind := range []string{KindStats, KindHLR} {
		v, err := Derive(kind, hd, 300)
		if err != nil {
			t.Fatal(err)
		}
		e, err := EstimateOf(v)
		if err != nil {
			t.Fatal(err)
		}
		ccs, err := v.Compile()
		if err != nil {
			t.Fatal(err)
		}
		got, want := float64(e.Constraints), float64(ccs.GetNbConstraints())
		if got < 0.97*want || got > 1.03*want || e.Domain < ccs.GetNbConstraints() || e.Domain >= 2*ccs.GetNbConstraints() {
			t.Errorf("%s: estimated %d constraints, domain %d; compiled %d", v.ID, e.Constraints, e.Domain, ccs.GetNbConstraints())
		}
		t.Logf("%s: %s (compiled: %d constraints)", v.ID, e, ccs.GetNbConstraints())
	}

	v, err := StatsFor(hd, 16384)
	if err != nil {
		t.Fatal(err)
	}
	defer func(f func() (uint64, error)) { machineMemory = f }(machineMemory)
	machineMemory = func() (uint64, error) { return 1 << 30, nil }
	if _, err := CheckMachine(v); !errors.Is(err, ErrBeyondMachine) || !strings.Contains(err.Error(), "this machine has 1.00 GiB") {
		t.Errorf("16384 rows on 1 GiB: %v, want ErrBeyondMachine", err)
	}
	machineMemory = func() (uint64, error) { return 64 << 30, nil }
	if e, err := CheckMachine(v); err != nil || e.Bytes > 64<<30 {
		t.Errorf("16384 rows on 64 GiB: %v, %v", e, err)
	}
	if have, err := MachineMemory(); err != nil {
		t.Errorf("MachineMemory: %d, %v", have, err)
	}
}
