package infer

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/mascot"
)

// MaxNodes is the largest number of serving nodes: a session has the
// client and the nodes, at most mascot.MaxParties parties.
const MaxNodes = mascot.MaxParties - 1

// Share is what one serving node stores of a model: additive shares of
// its fixed-point weights w, of their MAC m = β·w under a random key β,
// and of β. Summed over the nodes of one split, W gives w, M gives β·w and
// Beta gives β; one node's share alone is uniformly random and says
// nothing about them (except with a single node, which holds w itself).
//
// A Share marshals to JSON with every field element as a decimal string
// in [0, p):
//
//	{"kind": "lr", "features": 2, "node": 1, "nodes": 3,
//	 "w": ["…", "…", "…"], "m": ["…", "…", "…"], "beta": "…"}
type Share struct {
	// Kind is the model kind, model.LR or model.HLR.
	Kind string
	// Features is the model's feature count d.
	Features int
	// Node is the party index of the node that holds this share in an
	// inference session, 1 to Nodes (party 0 is the client).
	Node int
	// Nodes is the number of serving nodes the model was split among.
	Nodes int
	// W is the node's share of the weights [w_0, w_1, …, w_d] (intercept
	// first, as in model.Model), fixed point with FracBits fractional
	// bits; d+1 elements.
	W field.Vector
	// M is the node's share of β·w; d+1 elements.
	M field.Vector
	// Beta is the node's share of the MAC key β.
	Beta field.Element
}

// Split secret-shares the weights of m among n serving nodes, drawing
// every random value from rnd (nil means crypto/rand.Reader). It draws a
// nonzero key β and gives node j (1 to n) additive shares of w, of β·w and
// of β. Whoever runs Split knows the weights, as the model's publisher
// does; it hands each share to its node and keeps none.
//
// Split fails with ErrUnsupportedModel for an mlp model, and with
// ErrBadInput for an invalid model, more than MaxFeatures features, a
// weight of magnitude 2^40 or more, or n outside [1, MaxNodes]; with the
// error of rnd if it fails.
func Split(m *model.Model, n int, rnd io.Reader) ([]Share, error) {
	if err := checkModel(m); err != nil {
		return nil, fmt.Errorf("split: %w", err)
	}
	if n < 1 || n > MaxNodes {
		return nil, fmt.Errorf("split: %w: %d nodes, want 1 to %d", ErrBadInput, n, MaxNodes)
	}
	if rnd == nil {
		rnd = rand.Reader
	}
	w, err := encode(m.Weights, "weight")
	if err != nil {
		return nil, fmt.Errorf("split: %w", err)
	}
	var beta field.Element
	for beta.IsZero() {
		if beta, err = field.Random(rnd); err != nil {
			return nil, fmt.Errorf("split: draw mac key: %w", err)
		}
	}
	mac := make(field.Vector, len(w))
	for i, v := range w {
		mac[i] = beta.Mul(v)
	}
	out := make([]Share, n)
	for j := range out {
		out[j] = Share{Kind: m.Kind, Features: m.Features, Node: j + 1, Nodes: n}
	}
	ws, err := splitVector(w, n, rnd)
	if err != nil {
		return nil, fmt.Errorf("split: %w", err)
	}
	ms, err := splitVector(mac, n, rnd)
	if err != nil {
		return nil, fmt.Errorf("split: %w", err)
	}
	bs, err := splitVector(field.Vector{beta}, n, rnd)
	if err != nil {
		return nil, fmt.Errorf("split: %w", err)
	}
	for j := range out {
		out[j].W, out[j].M, out[j].Beta = ws[j], ms[j], bs[j][0]
	}
	return out, nil
}

// splitVector returns n random vectors that sum to v.
func splitVector(v field.Vector, n int, rnd io.Reader) ([]field.Vector, error) {
	out := make([]field.Vector, n)
	last := append(field.Vector(nil), v...)
	for j := range n - 1 {
		r, err := field.RandomVector(rnd, len(v))
		if err != nil {
			return nil, fmt.Errorf("draw shares: %w", err)
		}
		out[j] = r
		last.SubInPlace(r)
	}
	out[n-1] = last
	return out, nil
}

// Validate reports every problem of s at once, wrapping ErrBadInput or,
// for a kind other than lr and hlr, ErrUnsupportedModel: features outside
// [0, MaxFeatures], Nodes outside [1, MaxNodes], Node outside [1, Nodes],
// W or M not of length Features+1.
func (s Share) Validate() error {
	var bad []string
	sentinel := ErrBadInput
	if s.Kind != model.LR && s.Kind != model.HLR {
		bad = append(bad, fmt.Sprintf("kind %q is not lr or hlr", s.Kind))
		sentinel = ErrUnsupportedModel
	}
	if s.Features < 0 || s.Features > MaxFeatures {
		bad = append(bad, fmt.Sprintf("features is %d, want 0 to %d", s.Features, MaxFeatures))
	}
	if s.Nodes < 1 || s.Nodes > MaxNodes {
		bad = append(bad, fmt.Sprintf("nodes is %d, want 1 to %d", s.Nodes, MaxNodes))
	}
	if s.Node < 1 || s.Node > s.Nodes {
		bad = append(bad, fmt.Sprintf("node is %d, want 1 to %d", s.Node, s.Nodes))
	}
	if len(s.W) != s.Features+1 {
		bad = append(bad, fmt.Sprintf("w has %d elements, want %d", len(s.W), s.Features+1))
	}
	if len(s.M) != s.Features+1 {
		bad = append(bad, fmt.Sprintf("m has %d elements, want %d", len(s.M), s.Features+1))
	}
	if len(bad) == 0 {
		return nil
	}
	return fmt.Errorf("%w: share: %s", sentinel, strings.Join(bad, "; "))
}

// shareJSON is the wire form of a Share.
type shareJSON struct {
	Kind     string   `json:"kind"`
	Features int      `json:"features"`
	Node     int      `json:"node"`
	Nodes    int      `json:"nodes"`
	W        []string `json:"w"`
	M        []string `json:"m"`
	Beta     string   `json:"beta"`
}

// MarshalJSON writes s in the form shown on Share.
func (s Share) MarshalJSON() ([]byte, error) {
	return json.Marshal(shareJSON{
		Kind: s.Kind, Features: s.Features, Node: s.Node, Nodes: s.Nodes,
		W: elementStrings(s.W), M: elementStrings(s.M), Beta: s.Beta.String(),
	})
}

// UnmarshalJSON reads the form shown on Share. It rejects a field element
// that is not a decimal integer in [0, p), then runs Validate.
func (s *Share) UnmarshalJSON(b []byte) error {
	var j shareJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	w, err := parseElements(j.W, "w")
	if err != nil {
		return err
	}
	m, err := parseElements(j.M, "m")
	if err != nil {
		return err
	}
	beta, err := parseElements([]string{j.Beta}, "beta")
	if err != nil {
		return err
	}
	out := Share{Kind: j.Kind, Features: j.Features, Node: j.Node, Nodes: j.Nodes, W: w, M: m, Beta: beta[0]}
	if err := out.Validate(); err != nil {
		return err
	}
	*s = out
	return nil
}

func elementStrings(v field.Vector) []string {
	out := make([]string, len(v))
	for i, e := range v {
		out[i] = e.String()
	}
	return out
}

// errElement is returned for a share element that does not parse; it
// names the vector and the position only.
var errElement = errors.New("not a decimal integer in [0, p)")

func parseElements(ss []string, what string) (field.Vector, error) {
	p := field.Modulus()
	out := make(field.Vector, len(ss))
	for i, s := range ss {
		v, ok := new(big.Int).SetString(s, 10)
		if !ok || v.Sign() < 0 || v.Cmp(p) >= 0 {
			return nil, fmt.Errorf("%w: share %s[%d]: %w", ErrBadInput, what, i, errElement)
		}
		out[i] = field.FromBig(v)
	}
	return out, nil
}
