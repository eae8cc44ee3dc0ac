// Package infer implements the activities of paid inference on published
// models (workflow Inference and ShareModel): on the coordinator,
// CheckInference, DeliverInference and RefundInference, which read and
// settle the model market contract; on a serving node, PlainPredict,
// PrivatePredict and StoreModelShare.
//
// A serving node trusts neither the coordinator nor the workflow with what
// it is asked to do: before it evaluates anything it reads the request on
// chain itself and checks that it is paid, still pending, for this model,
// and bound by its commitment to the very input (plain) or client key
// (private) it was handed. A coordinator that swapped in its own key to
// receive a private prediction, or altered a plain input, is refused.
package infer

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/workflows"
)

// CardPrefix is where a published model's card is stored in the artifact
// store: CardPrefix + model ID + ".json".
const CardPrefix = "published/"

// CardKey is the artifact-store key of model id's card.
func CardKey(id uint64) string { return fmt.Sprintf("%s%d.json", CardPrefix, id) }

// Card is what a client needs to query a published model, and no more: the
// schema and encoding its rows are written in, not its weights. The
// publisher writes it next to the model artifact.
type Card struct {
	ModelID  uint64           `json:"model_id"`
	TaskID   string           `json:"task_id"`
	Round    int              `json:"round"`
	Artifact string           `json:"artifact_sha256"`
	Kind     string           `json:"kind"`
	Schema   string           `json:"schema"`
	Features []string         `json:"features"` // design-matrix column names
	Encoding dataset.Encoding `json:"encoding"`
	Private  bool             `json:"private"`
	PriceWei string           `json:"price_wei"`
	Nodes    []string         `json:"nodes"` // serving nodes
}

// Commitment domains: a plain request commits to its input row, a private
// one to its client's certificate.
const (
	plainDomain   = "twopm/infer/plain/v1\x00"
	privateDomain = "twopm/infer/private/v1\x00"
)

// PlainCommitment is the commitment a plain request to model puts on
// chain: it binds the input row, so that no one between the client and the
// serving node can change it.
func PlainCommitment(model uint64, input string) [32]byte {
	return sha256.Sum256(fmt.Appendf(nil, "%s%d\x00%s", plainDomain, model, input))
}

// PrivateCommitment is the commitment a private request to model puts on
// chain: it binds the fingerprint of the client's TLS certificate, so the
// serving nodes reveal the prediction to that key and no other.
func PrivateCommitment(model uint64, fingerprint string) [32]byte {
	return sha256.Sum256(fmt.Appendf(nil, "%s%d\x00%s", privateDomain, model, strings.ToLower(fingerprint)))
}

// CanonicalRow reads the one row of text, a CSV of schema with or without
// a header (columns matched by name, extra columns ignored, as a node
// reads its table), and writes it as one line in schema order that
// EncodeRow reads (dataset.Schema.FormatRow). It refuses anything but
// exactly one row.
func CanonicalRow(text string, schema dataset.Schema) (string, error) {
	t, err := dataset.Read(strings.NewReader(text), "input", schema)
	if err != nil {
		return "", fmt.Errorf("infer: %w", err)
	}
	if len(t.Rows) != 1 {
		return "", fmt.Errorf("infer: the input has %d rows, want exactly one (one request per row)", len(t.Rows))
	}
	return schema.FormatRow(t.Rows[0])
}

// EncodeRow reads one row of schema from line (comma-separated, '?' for a
// missing value, the label may be '?') and encodes it with enc. It refuses
// anything but exactly one row.
func EncodeRow(line string, schema dataset.Schema, enc dataset.Encoding) ([]float64, error) {
	line = strings.TrimRight(line, "\r\n")
	if strings.ContainsAny(line, "\r\n") {
		return nil, errors.New("infer: the input must be exactly one row (one request per row)")
	}
	t, err := dataset.Read(strings.NewReader(line+"\n"), "input", schema)
	if err != nil {
		return nil, err
	}
	if len(t.Rows) != 1 {
		return nil, fmt.Errorf("infer: the input has %d rows, want exactly one", len(t.Rows))
	}
	x, _, _, _, err := enc.EncodeAll(t)
	if err != nil {
		return nil, err
	}
	if want := len(enc.Names(schema)); len(x) != want {
		return nil, fmt.Errorf("infer: the row encodes to %d features, the model takes %d", len(x), want)
	}
	return x, nil
}

// errNotServable is wrapped by checkRequest's errors about a request that
// cannot be served.
var errNotServable = errors.New("refused")

// checkRequest reads request id on chain and checks that it is pending,
// for model, and carries commitment. It returns the request and its model.
func checkRequest(ctx context.Context, m *chain.Market, id, model uint64, commitment [32]byte) (chain.InferenceRequest, chain.PublishedModel, error) {
	req, err := m.GetRequest(ctx, id)
	if err != nil {
		return req, chain.PublishedModel{}, err
	}
	switch {
	case req.Status == chain.RequestNone:
		return req, chain.PublishedModel{}, fmt.Errorf("%w: request %d is not on chain: it was never paid", errNotServable, id)
	case req.Status == chain.RequestDelivered:
		return req, chain.PublishedModel{}, fmt.Errorf("%w: request %d was already delivered", errNotServable, id)
	case req.Status == chain.RequestRefunded:
		return req, chain.PublishedModel{}, fmt.Errorf("%w: request %d was refunded", errNotServable, id)
	case req.ModelID != model:
		return req, chain.PublishedModel{}, fmt.Errorf("%w: request %d is for model %d, not %d", errNotServable, id, req.ModelID, model)
	case req.Commitment != commitment:
		return req, chain.PublishedModel{}, fmt.Errorf("%w: request %d commits to another input or client key than the one given", errNotServable, id)
	}
	mod, err := m.Model(ctx, model)
	return req, mod, err
}

// split is the contract's revenue split of amount over the model's
// holders: each gets amount·weight/total, rounded down; the remainder goes
// back to the requester.
func split(mod chain.PublishedModel, amount *big.Int) ([]workflows.InferPayment, *big.Int) {
	left := new(big.Int).Set(amount)
	var out []workflows.InferPayment
	for i, h := range mod.Holders {
		v := new(big.Int).Mul(amount, mod.Weights[i])
		v.Quo(v, mod.TotalWeight)
		left.Sub(left, v)
		out = append(out, workflows.InferPayment{Account: h.Hex(), PaidWei: v.String()})
	}
	return out, left
}
