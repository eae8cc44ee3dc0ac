package infer

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/activities/train"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/workflows"
)

// Coordinator holds the coordinator's chain connection for the inference
// activities. A nil Market means the coordinator has no model market, and
// every request is refused as bad input.
type Coordinator struct {
	Market   *chain.Market
	Registry *chain.Registry
	Signer   *chain.Signer
}

// CheckInference checks request in on chain (paid, pending, for this model,
// bound to this input or client key, before its deadline) and returns the
// model's serving nodes: its holders that the node registry lists as active
// (registered, staked, not leaving). A plain request needs one of them, as
// one node evaluates the model; a private request needs every holder,
// because the weights are split into additive shares, one per holder, and
// the MASCOT session needs them all: a holder that left makes it refused
// (and refunded), naming the holder. It only reads, so it is safe to
// retry; a request that is not payable fails as bad input.
func (c *Coordinator) CheckInference(ctx context.Context, in workflows.InferInput) (workflows.InferPlan, error) {
	if c == nil || c.Market == nil || c.Registry == nil {
		return workflows.InferPlan{}, activities.BadInput(errors.New("infer: the coordinator has no model market or node registry configured"))
	}
	commitment := PlainCommitment(in.ModelID, in.Input)
	if in.Private {
		commitment = PrivateCommitment(in.ModelID, in.ClientFingerprint)
	}
	req, mod, err := checkRequest(ctx, c.Market, in.RequestID, in.ModelID, commitment)
	if err != nil {
		return workflows.InferPlan{}, classify(err)
	}
	// The deadline is in chain time; the workflow counts in its own clock,
	// so it gets the time left as the chain sees it.
	head, err := c.Market.Client().Eth().HeaderByNumber(ctx, nil)
	if err != nil {
		return workflows.InferPlan{}, fmt.Errorf("infer: read the chain's head: %w", err)
	}
	left := time.Duration(int64(req.Deadline)-int64(head.Time)) * time.Second
	deadline := time.Now().Add(left)
	sha := hex.EncodeToString(mod.Artifact[:])
	plan := workflows.InferPlan{Deadline: deadline, Model: workflows.ArtifactRef{Key: train.ModelPrefix + sha + ".json", SHA256: sha}}
	// The request is paid and this one's: what follows refuses it with a
	// refund.
	switch {
	case in.Private && !mod.Private:
		plan.Refuse = fmt.Sprintf("model %d is published for plain inference only: its weights are not shared among its nodes", in.ModelID)
		return plan, nil
	case !in.Private && mod.Private:
		plan.Refuse = fmt.Sprintf("model %d is served privately only: a plain request would show its weights to the serving node", in.ModelID)
		return plan, nil
	case left <= 0:
		plan.Refuse = fmt.Sprintf("request %d expired at chain time %d", in.RequestID, req.Deadline)
		return plan, nil
	}
	var gone []string
	for _, h := range mod.Holders {
		n, ok, err := c.Registry.Node(ctx, h)
		if err != nil {
			return workflows.InferPlan{}, err
		}
		if !ok {
			gone = append(gone, holderName(n.Name, h))
			continue
		}
		plan.Nodes = append(plan.Nodes, n.Name)
		plan.Peers = append(plan.Peers, workflows.NodeInfo{ID: n.Name, Queue: workflows.NodeQueue(n.Name), Addr: n.Endpoint,
			Fingerprint: hex.EncodeToString(n.TlsFingerprint[:]), Account: h.Hex()})
	}
	switch {
	case in.Private && len(gone) > 0:
		plan.Refuse = fmt.Sprintf("private model %d needs every holder's weight share, and %s no longer active in the node registry",
			in.ModelID, isAre(gone))
		return plan, nil
	case len(plan.Nodes) == 0:
		plan.Refuse = fmt.Sprintf("model %d has no serving node: %s no longer active in the node registry", in.ModelID, isAre(gone))
		return plan, nil
	}
	zerolog.Ctx(ctx).Info().Uint64("request", in.RequestID).Uint64("model", in.ModelID).Bool("private", in.Private).
		Strs("nodes", plan.Nodes).Strs("inactive_holders", gone).Time("deadline", deadline).Msg("inference request checked")
	return plan, nil
}

// DeliverInference delivers request in.RequestID with result hash in.Result:
// the contract credits the payment to the model's data holders. A retry
// after a crash finds the request delivered and pays nothing twice.
func (c *Coordinator) DeliverInference(ctx context.Context, in workflows.DeliverInput) (workflows.InferDelivery, error) {
	if c == nil || c.Market == nil {
		return workflows.InferDelivery{}, activities.BadInput(errors.New("infer: the coordinator has no model market configured"))
	}
	b, err := hex.DecodeString(in.Result)
	if err != nil || len(b) != 32 {
		return workflows.InferDelivery{}, activities.BadInput(fmt.Errorf("infer: result %q is not a hex SHA-256", in.Result))
	}
	if err := c.Market.Deliver(ctx, c.Signer, in.RequestID, [32]byte(b)); err != nil {
		return workflows.InferDelivery{}, classify(err)
	}
	req, err := c.Market.GetRequest(ctx, in.RequestID)
	if err != nil {
		return workflows.InferDelivery{}, err
	}
	mod, err := c.Market.Model(ctx, req.ModelID)
	if err != nil {
		return workflows.InferDelivery{}, err
	}
	pays, rest := split(mod, req.Amount)
	for i := range pays {
		if c.Registry == nil {
			break
		}
		// A holder that left the registry is paid all the same (it
		// trained the model); its name is gone once its stake is withdrawn.
		if n, _, err := c.Registry.Node(ctx, mod.Holders[i]); err == nil && n.Name != "" {
			pays[i].Node = n.Name
		}
	}
	paid := new(big.Int).Sub(req.Amount, rest)
	zerolog.Ctx(ctx).Info().Uint64("request", in.RequestID).Str("paid_wei", paid.String()).Msg("inference delivered")
	return workflows.InferDelivery{PaidWei: paid.String(), RefundWei: rest.String(), Payments: pays}, nil
}

// RefundInference refunds request in.RequestID to its requester after the
// inference failed. A retry finds it refunded and refunds nothing twice.
func (c *Coordinator) RefundInference(ctx context.Context, in workflows.DeliverInput) (workflows.InferDelivery, error) {
	if c == nil || c.Market == nil {
		return workflows.InferDelivery{}, activities.BadInput(errors.New("infer: the coordinator has no model market configured"))
	}
	if err := c.Market.Refund(ctx, c.Signer, in.RequestID); err != nil {
		return workflows.InferDelivery{}, classify(err)
	}
	req, err := c.Market.GetRequest(ctx, in.RequestID)
	if err != nil {
		return workflows.InferDelivery{}, err
	}
	zerolog.Ctx(ctx).Info().Uint64("request", in.RequestID).Str("refund_wei", req.Amount.String()).Msg("inference refunded")
	return workflows.InferDelivery{PaidWei: "0", RefundWei: req.Amount.String()}, nil
}

// holderName names a holder by its registered name, if the registry still
// has one, and its account.
func holderName(name string, account common.Address) string {
	if name == "" {
		return "holder " + account.Hex()
	}
	return fmt.Sprintf("holder %s (%s)", name, account.Hex())
}

// isAre lists holders with the verb that agrees with them.
func isAre(holders []string) string {
	if len(holders) == 1 {
		return holders[0] + " is"
	}
	return strings.Join(holders, ", ") + " are"
}

// classify makes a contract revert bad input (not retried); anything
// else, such as an unreachable chain, stays retryable.
func classify(err error) error {
	if errors.Is(err, chain.ErrReverted) || errors.Is(err, chain.ErrDelivered) || errors.Is(err, chain.ErrRefunded) ||
		errors.Is(err, chain.ErrUnknownModel) || errors.Is(err, errNotServable) {
		return activities.BadInput(fmt.Errorf("infer: %w", err))
	}
	return err
}
