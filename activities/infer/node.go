package infer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"go.temporal.io/sdk/temporal"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/activities/aggregate"
	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/activities/train"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/dataset"
	mpcinfer "github.com/twopm/twopm/infer"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/p2p"
	"github.com/twopm/twopm/workflows"
)

// FaultPrefix marks a node fault (such as "infer-bad-mac") that applies to
// private inference sessions only, not to the node's aggregations.
const FaultPrefix = "infer-"

// Node holds what a serving node needs for the inference activities.
type Node struct {
	NodeID string
	// Account is the node's chain account: a node stores weight shares
	// only of models it is a holder of.
	Account common.Address
	Host    *p2p.Host
	// Dir keeps the node's shares of private models' weights, one file per
	// model, readable by the node's user only.
	Dir     string
	Objects store.Objects
	// Market is the model market the node checks every request on. Nil
	// means the node serves no inference.
	Market *chain.Market
	// ConnectTimeout bounds how long a session waits for its peers. Zero
	// means 30 seconds.
	ConnectTimeout time.Duration
	// Fault, if set, makes this node cheat in every private session (see
	// mascot.Config.Fault). Empty in production.
	Fault string
}

// PlainPredict evaluates the model on the request's input in the clear,
// after checking on chain that the request is paid, pending, for this model
// and committed to exactly this input. It is a pure function of the
// request and the stored model, so a retry computes the same answer.
func (n *Node) PlainPredict(ctx context.Context, in workflows.PlainInput) (workflows.PlainOutput, error) {
	lg := zerolog.Ctx(ctx).With().Uint64("request", in.RequestID).Uint64("model", in.ModelID).Str("node", n.NodeID).Logger()
	if n.Market == nil {
		return workflows.PlainOutput{}, activities.BadInput(fmt.Errorf("infer: node %s serves no inference (no model market configured)", n.NodeID))
	}
	_, mod, err := checkRequest(ctx, n.Market, in.RequestID, in.ModelID, PlainCommitment(in.ModelID, in.Input))
	if err != nil {
		return workflows.PlainOutput{}, classify(err)
	}
	if sha := hex.EncodeToString(mod.Artifact[:]); in.Model.SHA256 != sha || in.Model.Key != train.ModelPrefix+sha+".json" {
		return workflows.PlainOutput{}, activities.BadInput(fmt.Errorf("infer: model %d on chain is artifact %s, not %s", in.ModelID, sha, in.Model.SHA256))
	}
	var art train.ModelArtifact
	if err := n.Objects.GetJSON(ctx, in.Model, &art); err != nil {
		return workflows.PlainOutput{}, err
	}
	var enc dataset.Encoding
	if err := n.Objects.GetJSON(ctx, art.Encoding, &enc); err != nil {
		return workflows.PlainOutput{}, err
	}
	schema, err := n.Objects.Schemas().Resolve(ctx, art.Schema)
	if err != nil {
		return workflows.PlainOutput{}, store.SchemaError(err)
	}
	x, err := EncodeRow(in.Input, schema, enc)
	if err != nil {
		return workflows.PlainOutput{}, activities.BadInput(err)
	}
	if err := art.Model.Validate(); err != nil {
		return workflows.PlainOutput{}, activities.BadInput(err)
	}
	p := art.Model.Predict(x)
	out := workflows.PlainOutput{Prediction: workflows.Prediction{Probability: p}}
	if p >= 0.5 {
		out.Prediction.Class = 1
	}
	body, err := json.Marshal(struct {
		Request    uint64               `json:"request_id"`
		Model      uint64               `json:"model_id"`
		Prediction workflows.Prediction `json:"prediction"`
	}{in.RequestID, in.ModelID, out.Prediction})
	if err != nil {
		return workflows.PlainOutput{}, err
	}
	h := sha256.Sum256(body)
	out.ResultHash = hex.EncodeToString(h[:])
	lg.Info().Msg("plain prediction made")
	return out, nil
}

// PrivatePredict runs this node's party of a private request's MASCOT
// session with the client (party 0) and the model's other serving nodes,
// inputting its share of the weights. The node learns nothing of the input
// or the prediction. Before it connects it checks on chain that the request
// is paid, pending, for this model and committed to the client key the
// session will reveal the prediction to. It is tried once: a session
// cannot resume with one party.
func (n *Node) PrivatePredict(ctx context.Context, in workflows.PrivateInput) (workflows.PrivateOutput, error) {
	lg := zerolog.Ctx(ctx).With().Uint64("request", in.RequestID).Uint64("model", in.ModelID).Str("node", n.NodeID).Logger()
	if n.Market == nil {
		return workflows.PrivateOutput{}, activities.BadInput(fmt.Errorf("infer: node %s serves no inference (no model market configured)", n.NodeID))
	}
	if in.Self < 1 || in.Self >= len(in.Peers) || in.Peers[in.Self].ID != n.NodeID {
		return workflows.PrivateOutput{}, activities.BadInput(fmt.Errorf("infer: node %s is not party %d of session %s", n.NodeID, in.Self, in.Session))
	}
	if in.Peers[0].Fingerprint != in.ClientFingerprint {
		return workflows.PrivateOutput{}, activities.BadInput(errors.New("infer: party 0 of the session is not the request's client"))
	}
	_, mod, err := checkRequest(ctx, n.Market, in.RequestID, in.ModelID, PrivateCommitment(in.ModelID, in.ClientFingerprint))
	if err != nil {
		return workflows.PrivateOutput{}, classify(err)
	}
	if !mod.Private {
		return workflows.PrivateOutput{}, activities.BadInput(fmt.Errorf("infer: model %d is not published for private inference", in.ModelID))
	}
	share, err := n.loadShare(in.ModelID)
	if err != nil {
		return workflows.PrivateOutput{}, activities.BadInput(err)
	}
	stop := activities.Heartbeat(ctx, 5*time.Second)
	defer stop()
	sess, err := n.open(ctx, in.Session, in.Self, in.Peers)
	if err != nil {
		lg.Warn().Err(err).Msg("private session did not open")
		return workflows.PrivateOutput{}, aborted(in.Session, err)
	}
	err = mpcinfer.Node(ctx, sess, mascot.Config{Session: in.Session, Fault: n.Fault}, share)
	if err != nil {
		_ = sess.Close()
		lg.Warn().Err(err).Msg("private inference aborted")
		return workflows.PrivateOutput{}, aborted(in.Session, err)
	}
	if err := sess.Close(); err != nil {
		return workflows.PrivateOutput{}, aborted(in.Session, err)
	}
	h := sha256.Sum256(fmt.Appendf(nil, "twopm/infer/private/result\x00%s\x00%d\x00%s", in.Session, in.ModelID, in.ClientFingerprint))
	lg.Info().Int64("bytes_sent", sess.BytesSent()).Msg("private inference done")
	return workflows.PrivateOutput{Node: n.NodeID, BytesSent: sess.BytesSent(), ResultHash: hex.EncodeToString(h[:])}, nil
}

// StoreModelShare receives this node's share of a private model's weights
// from the model's publisher (party 0 of the session), checks it, stores it
// and answers with its SHA-256. The node stores shares only of models it
// is a holder of. Storing again replaces the share: the shares of one
// sharing belong together, and a node holding a share of another sharing
// than its peers fails every request's MAC check rather than answer wrong.
func (n *Node) StoreModelShare(ctx context.Context, in workflows.StoreShareInput) (workflows.StoreShareOutput, error) {
	lg := zerolog.Ctx(ctx).With().Uint64("model", in.ModelID).Str("node", n.NodeID).Logger()
	if n.Market == nil {
		return workflows.StoreShareOutput{}, activities.BadInput(fmt.Errorf("infer: node %s serves no inference (no model market configured)", n.NodeID))
	}
	if in.Self < 1 || in.Self >= len(in.Peers) || in.Peers[in.Self].ID != n.NodeID {
		return workflows.StoreShareOutput{}, activities.BadInput(fmt.Errorf("infer: node %s is not party %d of session %s", n.NodeID, in.Self, in.Session))
	}
	mod, err := n.Market.Model(ctx, in.ModelID)
	if err != nil {
		return workflows.StoreShareOutput{}, classify(err)
	}
	if !mod.Private {
		return workflows.StoreShareOutput{}, activities.BadInput(fmt.Errorf("infer: model %d is not published for private inference", in.ModelID))
	}
	holder := false
	for _, h := range mod.Holders {
		holder = holder || h == n.Account
	}
	if !holder {
		return workflows.StoreShareOutput{}, activities.BadInput(fmt.Errorf("infer: node %s (%s) is not a holder of model %d", n.NodeID, n.Account.Hex(), in.ModelID))
	}
	sess, err := n.open(ctx, in.Session, in.Self, in.Peers)
	if err != nil {
		return workflows.StoreShareOutput{}, aborted(in.Session, err)
	}
	defer func() { _ = sess.Close() }()
	body, err := sess.Recv(ctx, 0)
	if err != nil {
		return workflows.StoreShareOutput{}, aborted(in.Session, err)
	}
	var share mpcinfer.Share
	if err := json.Unmarshal(body, &share); err != nil {
		return workflows.StoreShareOutput{}, activities.BadInput(fmt.Errorf("infer: the publisher's share of model %d does not decode: %w", in.ModelID, err))
	}
	if err := share.Validate(); err != nil {
		return workflows.StoreShareOutput{}, activities.BadInput(fmt.Errorf("infer: the publisher's share of model %d: %w", in.ModelID, err))
	}
	if err := n.saveShare(in.ModelID, body); err != nil {
		return workflows.StoreShareOutput{}, err
	}
	h := sha256.Sum256(body)
	if err := sess.Send(ctx, 0, h[:]); err != nil {
		return workflows.StoreShareOutput{}, aborted(in.Session, err)
	}
	lg.Info().Str("sha256", hex.EncodeToString(h[:8])).Msg("weight share stored")
	return workflows.StoreShareOutput{Node: n.NodeID, SHA256: hex.EncodeToString(h[:])}, nil
}

func (n *Node) open(ctx context.Context, session string, self int, peers []workflows.NodeInfo) (*p2p.Session, error) {
	ps := make([]p2p.Peer, len(peers))
	for i, p := range peers {
		ps[i] = p2p.Peer{ID: p.ID, Addr: p.Addr, Fingerprint: p.Fingerprint}
	}
	timeout := n.ConnectTimeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	octx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	return n.Host.Open(octx, p2p.SessionConfig{ID: session, Self: self, Peers: ps})
}

func (n *Node) sharePath(model uint64) string {
	return filepath.Join(n.Dir, "model-"+strconv.FormatUint(model, 10)+".json")
}

// saveShare writes a share atomically, readable by the node's user only.
func (n *Node) saveShare(model uint64, body []byte) error {
	if err := os.MkdirAll(n.Dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(n.Dir, ".share-*")
	if err != nil {
		return err
	}
	defer func() { _ = os.Remove(tmp.Name()) }()
	if _, err := tmp.Write(body); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), n.sharePath(model))
}

func (n *Node) loadShare(model uint64) (mpcinfer.Share, error) {
	var s mpcinfer.Share
	body, err := os.ReadFile(n.sharePath(model))
	if errors.Is(err, os.ErrNotExist) {
		return s, fmt.Errorf("infer: node %s holds no share of model %d: publish it again with --private to share its weights", n.NodeID, model)
	}
	if err != nil {
		return s, err
	}
	if err := json.Unmarshal(body, &s); err != nil {
		return s, fmt.Errorf("infer: node %s: the stored share of model %d does not decode: %w", n.NodeID, model, err)
	}
	return s, s.Validate()
}

// aborted turns a failed session into the error the workflow reports. The
// message says which check failed, never a value.
func aborted(session string, err error) error {
	switch {
	case errors.Is(err, mpcinfer.ErrShareCheck):
		return temporal.NewApplicationError("private inference aborted: a serving node's stored weight share failed its MAC: "+err.Error(), workflows.ErrTypeMACCheck)
	case errors.Is(err, mpcinfer.ErrOutputStage):
		return temporal.NewApplicationError("private inference aborted while the prediction was opened to the client, which may hold it: "+err.Error(), workflows.ErrTypeOutputStage)
	case strings.HasPrefix(session, "share/"):
		return aggregate.Aborted("sharing the model", err)
	}
	return aggregate.Aborted("private inference", err)
}
