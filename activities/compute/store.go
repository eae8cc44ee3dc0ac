package compute

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/twopm/twopm/mpc/field"
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
