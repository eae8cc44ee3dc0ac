package policy

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Watcher holds a node's policy, read again from its file whenever the
// file changes (its size or modification time), so an operator changes
// the policy without restarting the node. A file that no longer parses
// keeps the last good policy in force, and Current says why.
type Watcher struct {
	path string

	mu      sync.Mutex
	cur     *Policy
	stamp   fileStamp
	lastErr error
}

type fileStamp struct {
	size int64
	mod  time.Time
}

// Watch reads the policy at path, or, for an empty path, serves Default.
// A file that does not read or parse at start is an error.
func Watch(path string) (*Watcher, error) {
	w := &Watcher{path: path, cur: Default()}
	if path == "" {
		return w, nil
	}
	if _, err := w.Current(); err != nil {
		return nil, err
	}
	return w, nil
}

// Current returns the policy in force, reading the file again if it
// changed; a nil Watcher serves Default. err is the failure to read a
// changed file, whose last good policy stays in force.
func (w *Watcher) Current() (*Policy, error) {
	if w == nil {
		return Default(), nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.path == "" {
		return w.cur, nil
	}
	fi, err := os.Stat(w.path)
	if err != nil {
		w.lastErr = fmt.Errorf("policy: %w", err)
		return w.cur, w.lastErr
	}
	st := fileStamp{size: fi.Size(), mod: fi.ModTime()}
	if st == w.stamp && w.stamp != (fileStamp{}) {
		return w.cur, w.lastErr
	}
	b, err := os.ReadFile(w.path)
	if err != nil {
		w.lastErr = fmt.Errorf("policy: %w", err)
		return w.cur, w.lastErr
	}
	p, err := Parse(b, w.path)
	w.stamp = st
	if err != nil {
		w.lastErr = err
		return w.cur, err
	}
	w.cur, w.lastErr = p, nil
	return p, nil
}

// Ledger counts the tasks a node admitted, for MaxTasksPerDay, in a file
// in its state directory, so a restart forgets none. Admitting a task it
// already admitted counts nothing: retries and later rounds of one task
// are one task.
type Ledger struct {
	path string
	mu   sync.Mutex
}

// NewLedger keeps its file in dir.
func NewLedger(dir string) *Ledger { return &Ledger{path: filepath.Join(dir, "admitted.json")} }

// Admit records task at now unless that would make more than max tasks
// (0: no bound) within the 24 hours before now, and reports whether it
// did; a task admitted before is admitted again.
func (l *Ledger) Admit(task string, now time.Time, max int) (bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	tasks := map[string]time.Time{}
	if err := readJSON(l.path, &tasks); err != nil {
		return false, fmt.Errorf("policy: ledger: %w", err)
	}
	if _, ok := tasks[task]; ok {
		return true, nil
	}
	recent := 0
	for id, at := range tasks {
		if now.Sub(at) > 24*time.Hour {
			delete(tasks, id) // no longer counts
			continue
		}
		recent++
	}
	if max > 0 && recent >= max {
		return false, nil
	}
	tasks[task] = now
	if err := writeJSON(l.path, tasks); err != nil {
		return false, fmt.Errorf("policy: ledger: %w", err)
	}
	return true, nil
}
