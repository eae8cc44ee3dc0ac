package compute

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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

// path returns the file of what is kept under kind (a contribution's
// slot, or kindTerms, kindAdmission or kindRelease) for a task's round: the SHA-256 of
// the length-prefixed parts, so no two (task, round, kind) share a file.
// A task ID that is empty, longer than 255 bytes or has a '/' or a
// control character (a schedule's runs have IDs with ':'), or an unknown
// slot, is refused.
func (s *Store) path(taskID string, round int, kind string) (string, error) {
	if taskID == "" || len(taskID) > 255 || strings.ContainsFunc(taskID, func(r rune) bool { return r == '/' || unicode.IsControl(r) || r == utf8.RuneError }) {
		return "", fmt.Errorf("compute: task ID %q is empty, too long or has a '/' or a control character", taskID)
	}
	switch kind {
	case workflows.SlotStats, workflows.SlotTrain, workflows.SlotEval, workflows.SlotMask, kindTerms, kindAdmission, kindRelease:
	default:
		return "", fmt.Errorf("compute: unknown contribution slot %q", kind)
	}
	h := sha256.New()
	for _, part := range []string{taskID, strconv.Itoa(round), kind} {
		h.Write(binary.BigEndian.AppendUint32(nil, uint32(len(part))))
		h.Write([]byte(part))
	}
	return filepath.Join(s.Dir, hex.EncodeToString(h.Sum(nil)[:16])+".contrib"), nil
}

// Kinds of record kept beside the contributions.
const (
	kindTerms     = "terms"
	kindAdmission = "admission"
	kindRelease   = "release"
)

// SaveRelease records that a DP training round was released under the
// privacy key key (PrivacyKey), once: the same round released again
// under another key (an update over another model or other rows, which
// would be a second release of the round) is refused.
func (s *Store) SaveRelease(taskID string, round int, key string) error {
	return s.saveOnce(taskID, round, kindRelease, key)
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
	p, err := s.path(taskID, round, slot)
	if err != nil {
		return "", err
	}
	if err := s.write(p, buf); err != nil {
		return "", fmt.Errorf("compute: write contribution: %w", err)
	}
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:]), nil
}

// Load returns the contribution saved for the round's slot and its
// commitment.
func (s *Store) Load(taskID string, round int, slot string) (field.Vector, string, error) {
	p, err := s.path(taskID, round, slot)
	if err != nil {
		return nil, "", err
	}
	buf, err := os.ReadFile(p)
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

// Terms are what a statistics contribution (or a DP training round's
// update) was computed for, saved beside
// it: its aggregation must keep to them, whatever the coordinator asks
// then, so that a release can neither lay the vector out as other columns
// (a small cell judged as a sum, noise of another column's scale) nor
// drop the noise of a task the node admitted as differentially private.
type Terms struct {
	// Columns are the columns summarized, in vector order.
	Columns []string `json:"columns"`
	// DP is the differential privacy the task asked for, if any.
	DP *workflows.DP `json:"dp,omitempty"`
	// MaxRowsPerNode is the bound every count is checked against in the
	// aggregation (0: none): the only bound the node takes part in.
	MaxRowsPerNode int64 `json:"max_rows_per_node,omitempty"`
	// ClipNorm is, for a DP training round's update, the L1 bound each
	// row's gradient was clipped to, which its noise is scaled to.
	ClipNorm float64 `json:"clip_norm,omitempty"`
}

// SaveTerms stores the terms of the round's statistics contribution. Terms
// once saved are not changed: a local map run again for the round must
// ask for the same (its retry does), else it fails.
func (s *Store) SaveTerms(taskID string, round int, t Terms) error {
	return s.saveOnce(taskID, round, kindTerms, t)
}

// LoadTerms returns the terms saved for the round's statistics
// contribution, or an error wrapping ErrNoContribution.
func (s *Store) LoadTerms(taskID string, round int) (Terms, error) {
	var t Terms
	return t, s.load(taskID, round, kindTerms, &t)
}

// Admission is what a node admitted a task for (AdmitTask), which its
// local computations for the task keep to whatever they are asked later.
type Admission struct {
	Type string `json:"type"`
	// Columns are, for a statistics task, the columns it summarizes, and
	// for a training task its label and features.
	Columns []string      `json:"columns"`
	DP      *workflows.DP `json:"dp,omitempty"`
	// Releases is, for a DP training task, the most releases at DP it is
	// charged for (its rounds).
	Releases int `json:"releases,omitempty"`
}

// SaveAdmission records a task's admission. A task admitted once is
// admitted again only on the same terms.
func (s *Store) SaveAdmission(taskID string, a Admission) error {
	return s.saveOnce(taskID, 0, kindAdmission, a)
}

// LoadAdmission returns a task's admission, or an error wrapping
// ErrNoContribution if the node never admitted it.
func (s *Store) LoadAdmission(taskID string) (Admission, error) {
	var a Admission
	return a, s.load(taskID, 0, kindAdmission, &a)
}

// saveOnce writes v as kind's record, unless one is there: then it must
// say the same.
func (s *Store) saveOnce(taskID string, round int, kind string, v any) error {
	p, err := s.path(taskID, round, kind)
	if err != nil {
		return err
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	old, err := os.ReadFile(p)
	switch {
	case err == nil:
		if !bytes.Equal(old, b) {
			return fmt.Errorf("compute: task %s round %d was taken on other terms (%s) than now (%s)", taskID, round, old, b)
		}
		return nil
	case !errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("compute: read %s: %w", kind, err)
	}
	if err := s.write(p, b); err != nil {
		return fmt.Errorf("compute: write %s: %w", kind, err)
	}
	return nil
}

// write replaces the file at p with b (mode 0600), whole or not at all.
func (s *Store) write(p string, b []byte) error {
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return err
	}
	if err := os.WriteFile(p+".tmp", b, 0o600); err != nil {
		return err
	}
	return os.Rename(p+".tmp", p)
}

func (s *Store) load(taskID string, round int, kind string, v any) error {
	p, err := s.path(taskID, round, kind)
	if err != nil {
		return err
	}
	b, err := os.ReadFile(p)
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%w (%s) for task %s round %d", ErrNoContribution, kind, taskID, round)
	}
	if err != nil {
		return fmt.Errorf("compute: read %s: %w", kind, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("compute: %s of task %s round %d: %w", kind, taskID, round, err)
	}
	return nil
}
