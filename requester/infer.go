package requester

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/rs/zerolog"
	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/client"

	ainfer "github.com/twopm/twopm/activities/infer"
	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/activities/train"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/infer"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/p2p"
	"github.com/twopm/twopm/workflows"
)

// Market is the client's access to the model market: publishing trained
// models and paying for inference, from Signer's account.
type Market struct {
	Market   *chain.Market
	Escrow   *chain.Escrow
	Registry *chain.Registry
	Signer   *chain.Signer
	// Objects is the network's artifact store, where models and their
	// cards are.
	Objects store.Objects
}

// ErrNoMarket is returned by PublishModel and Infer when the client has no
// Market.
var ErrNoMarket = errors.New("requester: publishing and inference need the model market and a chain account")

// PublishOptions are the terms of a published model.
type PublishOptions struct {
	// PriceWei is what each inference request pays; more than zero.
	PriceWei *big.Int
	// Timeout is how long the network has to answer a request before the
	// requester may take the payment back. Zero means 5 minutes.
	Timeout time.Duration
	// Private shares the model's weights among its serving nodes, so that
	// it can be queried without revealing the input or the weights.
	Private bool
}

// Published is a model published by PublishModel.
type Published struct {
	ModelID uint64      `json:"model_id"`
	Card    ainfer.Card `json:"card"`
	// Holders are the data holders that share the revenue, with their
	// weights (accepted contributions to the training task).
	Holders []Holder `json:"holders"`
	// Shares are, for a private model, the nodes that stored a weight
	// share and its hash.
	Shares []workflows.StoreShareOutput `json:"shares,omitempty"`
}

// Holder is a data holder of a published model.
type Holder struct {
	Node    string `json:"node"`
	Account string `json:"address"`
	Weight  string `json:"weight"`
}

// PublishModel publishes the final model of training task taskID on the
// model market, priced per request. The holders are the task's nodes that
// were paid for at least one round: the contract reads them and counts
// their accepted contributions from the escrow itself. A private model's weights are then split into
// additive shares, one per holder, and handed to each over a mutually
// authenticated TLS link (workflow ShareModel); they never pass through
// Temporal. A task's model has one live listing at a time: publishing it
// again with the same terms returns the listing, with other terms it fails
// until the listing is retired (RetireModel).
func (c *Client) PublishModel(ctx context.Context, taskID string, opt PublishOptions) (Published, error) {
	m := c.Market
	if m == nil {
		return Published{}, ErrNoMarket
	}
	if opt.PriceWei == nil || opt.PriceWei.Sign() <= 0 {
		return Published{}, errors.New("publish: the price must be more than 0 wei")
	}
	if opt.Timeout == 0 {
		opt.Timeout = 5 * time.Minute
	}
	if opt.Timeout < 2*workflows.InferSettleMargin {
		return Published{}, fmt.Errorf("publish: a timeout of %s leaves the network no time to answer; give at least %s", opt.Timeout, 2*workflows.InferSettleMargin)
	}
	res, err := c.TrainingResult(ctx, taskID, false)
	if err != nil {
		return Published{}, err
	}
	if res.Chain == nil {
		return Published{}, fmt.Errorf("publish: task %s was not paid through escrow: its data holders cannot be paid for its model", taskID)
	}
	var art train.ModelArtifact
	if err := m.Objects.GetJSON(ctx, res.Final, &art); err != nil {
		return Published{}, err
	}
	var enc dataset.Encoding
	if err := m.Objects.GetJSON(ctx, art.Encoding, &enc); err != nil {
		return Published{}, err
	}
	if opt.Private && art.Model.Kind == model.MLP {
		return Published{}, fmt.Errorf("publish: private inference evaluates logistic models (lr, hlr); task %s trained an %s", taskID, art.Model.Kind)
	}
	sha, err := hex.DecodeString(res.Final.SHA256)
	if err != nil || len(sha) != 32 {
		return Published{}, fmt.Errorf("publish: task %s's final model hash %q is not a SHA-256", taskID, res.Final.SHA256)
	}
	id, err := m.Market.Publish(ctx, m.Signer, taskID, uint32(art.Round), [32]byte(sha), opt.PriceWei, opt.Timeout, opt.Private)
	if err != nil {
		return Published{}, fmt.Errorf("publish the model of task %s: %w", taskID, err)
	}
	mod, err := m.Market.Model(ctx, id)
	if err != nil {
		return Published{}, err
	}
	peers, err := servingPeers(ctx, m.Registry, mod)
	if err != nil {
		return Published{}, err
	}
	pub := Published{ModelID: id, Card: ainfer.Card{ModelID: id, TaskID: taskID, Round: art.Round, Artifact: res.Final.SHA256,
		Kind: art.Model.Kind, Schema: art.Schema, Features: art.Features, Encoding: enc, Private: opt.Private, PriceWei: opt.PriceWei.String()}}
	names := map[string]string{}
	for _, p := range peers {
		pub.Card.Nodes = append(pub.Card.Nodes, p.ID)
		names[p.Account] = p.ID
	}
	for i, h := range mod.Holders {
		pub.Holders = append(pub.Holders, Holder{Node: names[h.Hex()], Account: h.Hex(), Weight: mod.Weights[i].String()})
	}
	if err := m.Objects.PutAt(ctx, ainfer.CardKey(id), pub.Card); err != nil {
		return Published{}, err
	}
	if opt.Private {
		if pub.Shares, err = c.shareModel(ctx, id, &art.Model, peers); err != nil {
			return pub, fmt.Errorf("model %d is published but its weights were not shared; publish again: %w", id, err)
		}
	}
	return pub, nil
}

// RetireModel retires published model id: it takes no more requests, and
// pending ones are still answered or refunded. Only its publisher may.
func (c *Client) RetireModel(ctx context.Context, id uint64) error {
	if c.Market == nil {
		return ErrNoMarket
	}
	return c.Market.Market.Retire(ctx, c.Market.Signer, id)
}

// servingPeers looks up a model's holders in the node registry, in the
// contract's order: the order of the parties of every private session. A
// private model needs every holder (each holds a share of the weights); a
// plain one is served by its active holders, at least one.
func servingPeers(ctx context.Context, reg *chain.Registry, mod chain.PublishedModel) ([]workflows.NodeInfo, error) {
	var out []workflows.NodeInfo
	for _, h := range mod.Holders {
		n, ok, err := reg.Node(ctx, h)
		if err != nil {
			return nil, err
		}
		if !ok && mod.Private {
			return nil, fmt.Errorf("serving node %s is not active in the node registry, and a private model needs every holder's weight share", h.Hex())
		}
		if ok {
			out = append(out, workflows.NodeInfo{ID: n.Name, Addr: n.Endpoint, Fingerprint: hex.EncodeToString(n.TlsFingerprint[:]), Account: h.Hex()})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("model %d has no serving node: none of its holders is active in the node registry", mod.ID)
	}
	return out, nil
}

// ephemeral makes a one-time TLS identity and a host for a client session.
// The caller calls the returned cleanup.
func ephemeral(id string) (*p2p.Identity, *p2p.Host, func(), error) {
	dir, err := os.MkdirTemp("", "twopm-client-")
	if err != nil {
		return nil, nil, nil, err
	}
	ident, err := p2p.LoadOrCreateIdentity(dir, id)
	if err != nil {
		_ = os.RemoveAll(dir)
		return nil, nil, nil, err
	}
	// Party 0 dials every other party; its listener only completes the
	// Host.
	host, err := p2p.Listen("127.0.0.1:0", ident, zerolog.Nop())
	if err != nil {
		_ = os.RemoveAll(dir)
		return nil, nil, nil, err
	}
	return ident, host, func() { _ = host.Close(); _ = os.RemoveAll(dir) }, nil
}

// shareModel splits the weights and hands every serving node its share.
func (c *Client) shareModel(ctx context.Context, id uint64, mdl *model.Model, peers []workflows.NodeInfo) ([]workflows.StoreShareOutput, error) {
	shares, err := infer.Split(mdl, len(peers), rand.Reader)
	if err != nil {
		return nil, err
	}
	ident, host, cleanup, err := ephemeral(workflows.PublisherID)
	if err != nil {
		return nil, err
	}
	defer cleanup()
	nonce := make([]byte, 8)
	_, _ = rand.Read(nonce)
	session := fmt.Sprintf("share/%d/%x", id, nonce)
	in := workflows.ShareInput{ModelID: id, Session: session, Peers: peers, PublisherFingerprint: ident.Fingerprint}
	run, err := c.T.ExecuteWorkflow(ctx, client.StartWorkflowOptions{ID: "share-" + session[6:], TaskQueue: workflows.CoordinatorQueue,
		WorkflowIDConflictPolicy: enumspb.WORKFLOW_ID_CONFLICT_POLICY_FAIL}, workflows.ShareModelName, in)
	if err != nil {
		return nil, err
	}
	all := append([]p2p.Peer{{ID: workflows.PublisherID, Fingerprint: ident.Fingerprint}}, toPeers(peers)...)
	octx, cancel := context.WithTimeout(ctx, time.Minute)
	sess, err := host.Open(octx, p2p.SessionConfig{ID: session, Self: 0, Peers: all})
	cancel()
	if err != nil {
		return nil, errors.Join(err, run.Get(ctx, nil))
	}
	defer func() { _ = sess.Close() }()
	want := make([][32]byte, len(shares))
	for j := range shares {
		body, err := json.Marshal(shares[j])
		if err != nil {
			return nil, err
		}
		want[j] = sha256.Sum256(body)
		if err := sess.Send(ctx, j+1, body); err != nil {
			return nil, err
		}
	}
	for j := range shares {
		got, err := sess.Recv(ctx, j+1)
		if err != nil {
			return nil, err
		}
		if !bytes.Equal(got, want[j][:]) {
			return nil, fmt.Errorf("node %s stored another share than it was sent", peers[j].ID)
		}
	}
	var res workflows.ShareResult
	if err := run.Get(ctx, &res); err != nil {
		return nil, err
	}
	return res.Nodes, nil
}

func toPeers(ns []workflows.NodeInfo) []p2p.Peer {
	out := make([]p2p.Peer, len(ns))
	for i, n := range ns {
		out[i] = p2p.Peer{ID: n.ID, Addr: n.Addr, Fingerprint: n.Fingerprint}
	}
	return out
}

// InferOptions is one inference request.
type InferOptions struct {
	ModelID uint64
	// Input is one row in the model's schema, as in its data files.
	Input string
	// Private keeps the input and the weights secret: the client
	// secret-shares its encoded row into a MASCOT session with the serving
	// nodes and alone learns the prediction.
	Private bool
}

// InferOutcome is the answer to an inference request.
type InferOutcome struct {
	RequestID  uint64               `json:"request_id"`
	ModelID    uint64               `json:"model_id"`
	Private    bool                 `json:"private"`
	Prediction workflows.Prediction `json:"prediction"`
	// Logit is the model's log-odds for the row.
	Logit   float64 `json:"logit"`
	PaidWei string  `json:"paid_wei"`
	// Payments are the data holders' shares of PaidWei.
	Payments []workflows.InferPayment `json:"payments,omitempty"`
	Nodes    []string                 `json:"nodes"`
	// BytesSent counts the serving nodes' traffic of a private session.
	BytesSent int64 `json:"bytes_sent,omitempty"`
}

// ErrRefunded is wrapped by Infer's error when the network failed to answer
// and the payment came back.
var ErrRefunded = errors.New("requester: inference failed and was refunded")

// Infer pays for one request on model opt.ModelID and returns the
// prediction. In plain mode the serving node that answers sees the input;
// in private mode no one but this client sees the input or the prediction.
// The payment is escrowed on chain first; it goes to the model's data
// holders on delivery, and if the network fails it is refunded and
// withdrawn to the client's account, and the error wraps ErrRefunded.
func (c *Client) Infer(ctx context.Context, opt InferOptions) (InferOutcome, error) {
	m := c.Market
	if m == nil {
		return InferOutcome{}, ErrNoMarket
	}
	out := InferOutcome{ModelID: opt.ModelID, Private: opt.Private}
	mod, err := m.Market.Model(ctx, opt.ModelID)
	if err != nil {
		return out, err
	}
	if mod.Retired {
		return out, fmt.Errorf("model %d is retired: it takes no more requests", opt.ModelID)
	}
	if opt.Private && !mod.Private {
		return out, fmt.Errorf("model %d is published for plain inference only: its weights are not shared among its nodes", opt.ModelID)
	}
	if !opt.Private && mod.Private {
		return out, fmt.Errorf("model %d is served privately only: use private mode", opt.ModelID)
	}
	var card ainfer.Card
	if err := m.Objects.GetAt(ctx, ainfer.CardKey(opt.ModelID), &card); err != nil {
		return out, fmt.Errorf("model %d's card: %w", opt.ModelID, err)
	}
	if card.Artifact != hex.EncodeToString(mod.Artifact[:]) {
		return out, fmt.Errorf("model %d's card is for artifact %s, the chain says %x", opt.ModelID, card.Artifact, mod.Artifact)
	}
	schema, err := m.Objects.Schemas().Resolve(ctx, card.Schema)
	if err != nil {
		return out, fmt.Errorf("model %d: %w", opt.ModelID, err)
	}
	// Bad input fails before paying. The row goes out in schema order,
	// whatever its file's column order or header.
	if opt.Input, err = ainfer.CanonicalRow(opt.Input, schema); err != nil {
		return out, err
	}
	x, err := ainfer.EncodeRow(opt.Input, schema, card.Encoding)
	if err != nil {
		return out, err
	}
	in := workflows.InferInput{ModelID: opt.ModelID, Private: opt.Private}
	var commitment [32]byte
	var ident *p2p.Identity
	var host *p2p.Host
	if opt.Private {
		var cleanup func()
		if ident, host, cleanup, err = ephemeral(workflows.InferClientID); err != nil {
			return out, err
		}
		defer cleanup()
		in.ClientFingerprint = ident.Fingerprint
		commitment = ainfer.PrivateCommitment(opt.ModelID, ident.Fingerprint)
	} else {
		in.Input = opt.Input
		commitment = ainfer.PlainCommitment(opt.ModelID, opt.Input)
	}
	in.RequestID, err = m.Market.Request(ctx, m.Signer, opt.ModelID, commitment, mod.Price)
	if err != nil {
		return out, fmt.Errorf("pay for a request on model %d: %w", opt.ModelID, err)
	}
	out.RequestID = in.RequestID
	run, err := c.T.ExecuteWorkflow(ctx, client.StartWorkflowOptions{ID: workflows.InferWorkflowID(in.RequestID), TaskQueue: workflows.CoordinatorQueue,
		WorkflowIDConflictPolicy: enumspb.WORKFLOW_ID_CONFLICT_POLICY_FAIL}, workflows.InferenceName, in)
	if err != nil {
		return out, fmt.Errorf("request %d is paid but did not start (it is refundable after its deadline): %w", in.RequestID, err)
	}
	var clientErr error
	if opt.Private {
		var r infer.Result
		r, clientErr = c.privateClient(ctx, host, ident, in, mod, x)
		out.Prediction = workflows.Prediction{Probability: r.Prob}
		out.Logit = r.Logit
	}
	var res workflows.InferResult
	if err := run.Get(ctx, &res); err != nil {
		got, werr := m.Market.Withdraw(ctx, m.Signer)
		if werr != nil {
			return out, fmt.Errorf("request %d: %w (withdrawing the refund failed: %v)", in.RequestID, err, werr)
		}
		return out, fmt.Errorf("%w: request %d (%s wei withdrawn: the refund and any earlier remainders): %w", ErrRefunded, in.RequestID, got, err)
	}
	if clientErr != nil {
		return out, fmt.Errorf("request %d was delivered but this client's side of the session failed: %w", in.RequestID, clientErr)
	}
	if !opt.Private {
		out.Prediction = *res.Prediction
	}
	if out.Prediction.Probability >= 0.5 {
		out.Prediction.Class = 1
	}
	out.PaidWei, out.Payments, out.Nodes, out.BytesSent = res.PaidWei, res.Payments, res.Nodes, res.BytesSent
	return out, nil
}

// privateClient runs the client's party of a private request's session.
func (c *Client) privateClient(ctx context.Context, host *p2p.Host, ident *p2p.Identity, in workflows.InferInput, mod chain.PublishedModel, x []float64) (infer.Result, error) {
	peers, err := servingPeers(ctx, c.Market.Registry, mod)
	if err != nil {
		return infer.Result{}, err
	}
	all := append([]p2p.Peer{{ID: ident.NodeID, Fingerprint: ident.Fingerprint}}, toPeers(peers)...)
	octx, cancel := context.WithTimeout(ctx, time.Minute)
	sess, err := host.Open(octx, p2p.SessionConfig{ID: workflows.InferSession(in.RequestID), Self: 0, Peers: all})
	cancel()
	if err != nil {
		return infer.Result{}, err
	}
	defer func() { _ = sess.Close() }()
	return infer.Client(ctx, sess, mascot.Config{Session: workflows.InferSession(in.RequestID)}, x)
}
