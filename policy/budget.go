package policy

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
)

// Budget is a node's differential-privacy budget per data set: the ε and
// δ that the differentially private tasks it takes part in may spend
// together within any Period. Tasks compose by basic composition: their
// ε add up, and so do their δ. Tasks that ask for no differential privacy
// spend none (the disclosure rules govern them).
type Budget struct {
	Epsilon float64       `yaml:"epsilon" json:"epsilon"`
	Delta   float64       `yaml:"delta" json:"delta"`
	Period  time.Duration `yaml:"period" json:"period"`
}

// DefaultBudget is the budget of a policy that names none: ε = 10 and no
// δ in any 30 days.
func DefaultBudget() Budget { return Budget{Epsilon: 10, Period: 30 * 24 * time.Hour} }

func (b Budget) validate() error {
	var errs []error
	if math.IsNaN(b.Epsilon) || b.Epsilon < 0 || math.IsInf(b.Epsilon, 0) {
		errs = append(errs, fmt.Errorf("privacy_budget: epsilon %v is not a finite number ≥ 0", b.Epsilon))
	}
	if math.IsNaN(b.Delta) || b.Delta < 0 || b.Delta >= 1 {
		errs = append(errs, fmt.Errorf("privacy_budget: delta %v is not in [0, 1)", b.Delta))
	}
	if b.Period < time.Hour {
		errs = append(errs, fmt.Errorf("privacy_budget: period %s is shorter than an hour", b.Period))
	}
	return errors.Join(errs...)
}

// Spent is what a data set's differentially private tasks spent within a
// budget's period.
type Spent struct {
	Epsilon float64 `json:"epsilon"`
	Delta   float64 `json:"delta"`
	Tasks   int     `json:"tasks"`
}

type charge struct {
	At      time.Time `json:"at"`
	Epsilon float64   `json:"epsilon"`
	Delta   float64   `json:"delta"`
}

// Accountant keeps the privacy spent per data set in a file in the node's
// state directory, so a restart forgets no charge. Charging a task that
// was charged before charges nothing: retries and later rounds of one
// task are one release.
type Accountant struct {
	path string
	mu   sync.Mutex
}

// NewAccountant keeps its file in dir.
func NewAccountant(dir string) *Accountant {
	return &Accountant{path: filepath.Join(dir, "privacy.json")}
}

// ErrBudget is a task that would spend more than the budget has left.
var ErrBudget = errors.New("policy: privacy budget exhausted")

// Fits returns nil if dataset's budget b has eps and delta left at now,
// or if a release whose key starts with prefix was charged within the
// period (a task charged before); else an error wrapping ErrBudget, as
// Charge's. It charges nothing.
func (a *Accountant) Fits(dataset, prefix string, eps, delta float64, b Budget, now time.Time) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	all, err := a.load()
	if err != nil {
		return err
	}
	charges := all[dataset]
	for key, c := range charges {
		if strings.HasPrefix(key, prefix) && now.Sub(c.At) <= b.Period {
			return nil
		}
	}
	return overspent(charges, eps, delta, b, now)
}

// overspent returns an error wrapping ErrBudget if charges leave less
// than eps and delta of b at now.
func overspent(charges map[string]charge, eps, delta float64, b Budget, now time.Time) error {
	spent := window(charges, b.Period, now)
	const slack = 1e-9 // float sums of ε: 0.1 ten times is 1
	if spent.Epsilon+eps <= b.Epsilon+slack && spent.Delta+delta <= b.Delta+slack {
		return nil
	}
	var next time.Time
	for _, c := range charges {
		if now.Sub(c.At) <= b.Period && (next.IsZero() || c.At.Before(next)) {
			next = c.At
		}
	}
	msg := fmt.Sprintf("the task asks for ε = %g, δ = %g; the data set has spent ε = %g, δ = %g of ε = %g, δ = %g in the last %s",
		eps, delta, spent.Epsilon, spent.Delta, b.Epsilon, b.Delta, b.Period)
	if !next.IsZero() {
		msg += fmt.Sprintf("; the oldest charge frees up at %s", next.Add(b.Period).UTC().Format(time.RFC3339))
	}
	return fmt.Errorf("%w: %s", ErrBudget, msg)
}

// Charge spends eps and delta of dataset's budget b for task at now, or
// returns an error wrapping ErrBudget, saying what is left and when more
// frees up, if that would exceed b within its period.
func (a *Accountant) Charge(dataset, task string, eps, delta float64, b Budget, now time.Time) (Spent, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	all, err := a.load()
	if err != nil {
		return Spent{}, err
	}
	charges := all[dataset]
	if charges == nil {
		charges = map[string]charge{}
	}
	spent := window(charges, b.Period, now)
	if _, ok := charges[task]; ok {
		return spent, nil
	}
	if err := overspent(charges, eps, delta, b, now); err != nil {
		return spent, err
	}
	for id, c := range charges {
		if now.Sub(c.At) > b.Period {
			delete(charges, id) // no longer counts
		}
	}
	charges[task] = charge{At: now, Epsilon: eps, Delta: delta}
	all[dataset] = charges
	if err := writeJSON(a.path, all); err != nil {
		return Spent{}, fmt.Errorf("policy: privacy ledger: %w", err)
	}
	return window(charges, b.Period, now), nil
}

// Spent returns what dataset's tasks spent in the period before now.
func (a *Accountant) Spent(dataset string, period time.Duration, now time.Time) (Spent, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	all, err := a.load()
	if err != nil {
		return Spent{}, err
	}
	return window(all[dataset], period, now), nil
}

func (a *Accountant) load() (map[string]map[string]charge, error) {
	all := map[string]map[string]charge{}
	if err := readJSON(a.path, &all); err != nil {
		return nil, fmt.Errorf("policy: privacy ledger: %w", err)
	}
	return all, nil
}

func window(charges map[string]charge, period time.Duration, now time.Time) Spent {
	var s Spent
	// in a fixed order, so the float sums do not depend on map order
	for _, id := range slices.Sorted(maps.Keys(charges)) {
		c := charges[id]
		if now.Sub(c.At) <= period {
			s.Epsilon += c.Epsilon
			s.Delta += c.Delta
			s.Tasks++
		}
	}
	return s
}

// readJSON decodes the file at path into v; a missing file leaves v as it
// is.
func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// writeJSON replaces the file at path with v, whole or not at all.
func writeJSON(path string, v any) error {
	out, err := json.Marshal(v)
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, out, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
