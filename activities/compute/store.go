package compute

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/workflows"
)

// ErrNoContribution is returned by Store.Load when the local map of a task
// round has not run on this node.
var ErrNoContribution = errors.New("compute: no local contribution")

// Store keeps a node's contributions between the local map and the secure
// aggregation, on the node's own disk (files of mode 0600), so that a
// restarted node worker still has them. A contribution never leaves the
// node but as secret shares.
type Store struct {
	Dir string
}

func (s *Store) path(taskID string, round int, slot string) string {
	name := taskID + "\x00" + strconv.Itoa(round)
	if slot != "" {
		name += "\x00" + slot
	}
	h := sha256.Sum256([]byte(name))
	return filepath.Join(s.Dir, hex.EncodeToString(h[:16])+".contrib")
}

// Save stores v for the round's slot (workflows.SlotStats, SlotTrain or
// SlotEval) and returns its commitment: the hex SHA-256 of a fresh 32-byte
// secret salt followed by the encoded vector.
func (s *Store) Save(taskID string, round int, slot string, v field.Vector) (string, error) {
	salt := make([]byte, 32)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("compute: salt: %w", err)
	}
	buf := v.AppendBytes(salt)
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return "", fmt.Errorf("compute: store dir: %w", err)
	}
	p := s.path(taskID, round, slot)
	tmp := p + ".tmp"
	if err := os.WriteFile(tmp, buf, 0o600); err != nil {
		return "", fmt.Errorf("compute: write contribution: %w", err)
	}
	if err := os.Rename(tmp, p); err != nil {
		return "", fmt.Errorf("compute: write contribution: %w", err)
	}
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:]), nil
}

// Load returns the contribution saved for the round's slot and its
// commitment.
func (s *Store) Load(taskID string, round int, slot string) (field.Vector, string, error) {
	buf, err := os.ReadFile(s.path(taskID, round, slot))
	if errors.Is(err, os.ErrNotExist) {
		return nil, "", fmt.Errorf("%w for task %s round %d", ErrNoContribution, taskID, round)
	}
	if err != nil {
		return nil, "", fmt.Errorf("compute: read contribution: %w", err)
	}
	if len(buf) < 32 {
		return nil, "", fmt.Errorf("compute: contribution file of task %s round %d is truncated", taskID, round)
	}
	v, err := field.DecodeVector(buf[32:])
	if err != nil {
		return nil, "", fmt.Errorf("compute: contribution file of task %s round %d: %w", taskID, round, err)
	}
	sum := sha256.Sum256(buf)
	return v, hex.EncodeToString(sum[:]), nil
}

// Terms are what a statistics contribution was computed for, saved beside
// it: its aggregation must keep to them, whatever the coordinator asks
// then, so that a release can neither lay the vector out as other columns
// (a small cell judged as a sum, noise of another column's scale) nor
// drop the noise of a task the node admitted as differentially private.
type Terms struct {
	// Columns are the columns summarized, in vector order.
	Columns []string `json:"columns"`
	// DP is the differential privacy the task asked for, if any.
	DP *workflows.DP `json:"dp,omitempty"`
}

// SaveTerms stores the terms of the round's statistics contribution.
func (s *Store) SaveTerms(taskID string, round int, t Terms) error {
	b, err := json.Marshal(t)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return fmt.Errorf("compute: store dir: %w", err)
	}
	p := s.path(taskID, round, "terms")
	if err := os.WriteFile(p+".tmp", b, 0o600); err != nil {
		return fmt.Errorf("compute: write terms: %w", err)
	}
	if err := os.Rename(p+".tmp", p); err != nil {
		return fmt.Errorf("compute: write terms: %w", err)
	}
	return nil
}

// LoadTerms returns the terms saved for the round's statistics
// contribution, or an error wrapping ErrNoContribution.
func (s *Store) LoadTerms(taskID string, round int) (Terms, error) {
	var t Terms
	b, err := os.ReadFile(s.path(taskID, round, "terms"))
	if errors.Is(err, os.ErrNotExist) {
		return t, fmt.Errorf("%w (terms) for task %s round %d", ErrNoContribution, taskID, round)
	}
	if err != nil {
		return t, fmt.Errorf("compute: read terms: %w", err)
	}
	if err := json.Unmarshal(b, &t); err != nil {
		return t, fmt.Errorf("compute: terms of task %s round %d: %w", taskID, round, err)
	}
	return t, nil
}
