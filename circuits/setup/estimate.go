package setup

import (
	"bufio"
	"errors"
	"fmt"
	"math/bits"
	"os"
	"strconv"
	"strings"
	"sync"
)

// What proving a circuit takes, known before its keys are made: a derived
// circuit is compiled at the two smallest size classes, and its size at
// its own class follows (a circuit's constraints grow by the same amount
// per row slot), so a node or the consortium learns that a circuit is
// beyond the machine in a second or two, not after minutes of setup that
// end with the process killed.

// Bytes of prover memory per element of the PLONK evaluation domain, and
// the prover's fixed share: an upper estimate drawn from peak memory
// measured with twopm bench prove on this project's circuits (2.2 to 3.6
// KiB per element from 2^16 to 2^20; bench prove reports the estimate
// beside the measurement).
const (
	proverBytesPerElement = 3 << 10
	proverBaseBytes       = 128 << 20
)

// Estimate is what proving with a circuit takes.
type Estimate struct {
	Constraints int    // PLONK constraints, compiled or extrapolated
	Domain      int    // evaluation domain: the power of two that holds them
	Bytes       uint64 // prover memory, an upper estimate
}

func (e Estimate) String() string {
	return fmt.Sprintf("about %d constraints, a domain of 2^%d, %s of memory", e.Constraints, bits.Len(uint(e.Domain))-1, gib(e.Bytes))
}

var estimates sync.Map // version ID → Estimate

// EstimateOf returns what proving with v takes. A named version, or a
// derived one of the smallest classes, is compiled; a larger derived one
// is extrapolated from its two smallest classes. Results are kept by ID.
func EstimateOf(v Version) (Estimate, error) {
	if e, ok := estimates.Load(v.ID); ok {
		return e.(Estimate), nil
	}
	n, err := constraintsOf(v)
	if err != nil {
		return Estimate{}, err
	}
	e := EstimateFor(n)
	estimates.Store(v.ID, e)
	return e, nil
}

// EstimateFor returns what proving a circuit of n constraints takes.
func EstimateFor(n int) Estimate {
	e := Estimate{Constraints: n, Domain: 1 << bits.Len(uint(max(n, 1)-1))}
	e.Bytes = uint64(e.Domain)*proverBytesPerElement + proverBaseBytes
	return e
}

func constraintsOf(v Version) (int, error) {
	rows := v.Rows()
	if _, ok := ParseID(v.ID); !ok || rows <= SizeClasses[1] {
		ccs, err := v.Compile()
		if err != nil {
			return 0, err
		}
		return ccs.GetNbConstraints(), nil
	}
	var at [2]int
	for i, r := range SizeClasses[:2] {
		small := v
		if v.HLR != nil {
			h := *v.HLR
			h.Rows = r
			small.HLR = &h
		} else {
			small.Shape.Rows = r
		}
		ccs, err := small.Compile()
		if err != nil {
			return 0, err
		}
		at[i] = ccs.GetNbConstraints()
	}
	per := float64(at[1]-at[0]) / float64(SizeClasses[1]-SizeClasses[0])
	return at[0] + int(per*float64(rows-SizeClasses[0])+0.5), nil
}

// ErrBeyondMachine is returned for a circuit whose proving would need
// more memory than the machine has.
var ErrBeyondMachine = errors.New("setup: circuit beyond this machine's memory")

// CheckMachine reports whether this machine can prove with v (a circuit
// of at most 128 rows always can, and gets the zero Estimate): an error
// wrapping ErrBeyondMachine, saying how much it would take and how much
// there is, when the estimate exceeds the machine's memory (its cgroup's
// limit, if lower). Where the memory cannot be read it checks nothing.
func CheckMachine(v Version) (Estimate, error) {
	if v.Rows() <= SizeClasses[1] {
		// At most 128 rows: under a gigabyte whatever the schema, not
		// worth compiling the circuit twice to say so.
		return Estimate{}, nil
	}
	e, err := EstimateOf(v)
	if err != nil {
		return e, err
	}
	have, err := machineMemory()
	if err != nil || have == 0 {
		return e, nil
	}
	if e.Bytes > have {
		return e, fmt.Errorf("%w: proving with %s takes %s, this machine has %s: use a machine with more memory, or tables in a smaller size class", ErrBeyondMachine, v.ID, e, gib(have))
	}
	return e, nil
}

// machineMemory is MachineMemory; tests set a machine of their own.
var machineMemory = MachineMemory

// MachineMemory returns the memory this process may use: the machine's
// total memory or its cgroup's limit, whichever is lower; 0 where neither
// can be read (not Linux).
func MachineMemory() (uint64, error) {
	total, err := memTotal("/proc/meminfo")
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return 0, nil
		}
		return 0, err
	}
	for _, f := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		if lim, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64); err == nil && lim > 0 && lim < total {
			total = lim
		}
	}
	return total, nil
}

// memTotal reads MemTotal from a meminfo file.
func memTotal(path string) (uint64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer func() { _ = f.Close() }() // read-only
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 3 && fields[0] == "MemTotal:" && fields[2] == "kB" {
			kb, err := strconv.ParseUint(fields[1], 10, 64)
			if err != nil {
				return 0, fmt.Errorf("setup: %s: %w", path, err)
			}
			return kb << 10, nil
		}
	}
	if err := sc.Err(); err != nil {
		return 0, err
	}
	return 0, fmt.Errorf("setup: %s has no MemTotal", path)
}

// gib formats a byte count in GiB.
func gib(b uint64) string { return fmt.Sprintf("%.2f GiB", float64(b)/(1<<30)) }
