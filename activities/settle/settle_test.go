package settle

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	plonkbn254 "github.com/consensys/gnark/backend/plonk/bn254"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	"go.temporal.io/sdk/temporal"

	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/chain/chaintest"
	"github.com/twopm/twopm/devchain"
	"github.com/twopm/twopm/workflows"
)

// network starts a development chain, deploys the contracts and returns
// the coordinator's activities (account 2) and the deployment.
func network(t *testing.T) (context.Context, *Activities, chain.Deployment) {
	t.Helper()
	ctx, c, d := chaintest.Deployed(t)
	return ctx, &Activities{Chain: c, Escrow: chain.NewEscrow(c, d.TaskEscrow), Contract: d.TaskEscrow, Signer: chain.NewSigner(devchain.Key(2))}, d
}

func isBadInput(err error) bool {
	var app *temporal.ApplicationError
	return errors.As(err, &app) && app.Type() == workflows.ErrTypeBadInput
}

// TestCheckEscrow: before its first round, a paid task's escrow must match
// its spec — coordinator, circuit and the registry's verifier, payment,
// rounds, deposit — or the task fails as bad input; a task without escrow
// would run unpaid and fails too (finding 11 of issue 18).
func TestCheckEscrow(t *testing.T) {
	ctx, a, _ := network(t)
	requester := chain.NewSigner(devchain.Key(1))
	const circuit = "stats-heart-disease-v1"
	pay := big.NewInt(1e15)
	create := func(id string, payWei int64, rounds uint32, coord *chain.Signer, circuit string, deposit int64) {
		t.Helper()
		if err := a.Escrow.CreateTask(ctx, requester, id, [32]byte{1}, rounds, big.NewInt(payWei), coord.Address(), circuit, big.NewInt(deposit)); err != nil {
			t.Fatal(err)
		}
	}
	spec := func(id string) workflows.EscrowCheckInput {
		return workflows.EscrowCheckInput{TaskID: id, Circuit: circuit, PaymentWei: pay.String(), Rounds: 1, Nodes: 4}
	}
	create("good", 1e15, 1, a.Signer, circuit, 4e15)
	if err := a.CheckEscrow(ctx, spec("good")); err != nil {
		t.Fatalf("matching escrow: %v", err)
	}
	create("cheap", 1e9, 1, a.Signer, circuit, 4e15)
	create("short", 1e15, 1, a.Signer, circuit, 3e15)
	create("other coordinator", 1e15, 1, requester, circuit, 4e15)
	create("unproven", 1e15, 1, a.Signer, "", 4e15)
	create("two rounds", 1e15, 2, a.Signer, circuit, 8e15)
	create("cancelling", 1e15, 1, a.Signer, circuit, 4e15)
	if _, err := a.Escrow.RequestCancel(ctx, requester, "cancelling"); err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{
		"never escrowed":    "no escrow on chain",
		"cheap":             "pays 1000000000 wei per contribution",
		"short":             "deposit 3000000000000000 wei, the spec needs 4000000000000000",
		"other coordinator": "coordinator " + requester.Address().Hex(),
		"unproven":          "not the spec's \"" + circuit + "\"",
		"two rounds":        "2 rounds, the spec 1",
	} {
		err := a.CheckEscrow(ctx, spec(id))
		if !isBadInput(err) || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want bad input saying %q", id, err, want)
		}
	}
	// A task whose requester asked to cancel it does not start.
	var app *temporal.ApplicationError
	if err := a.CheckEscrow(ctx, spec("cancelling")); !errors.As(err, &app) || app.Type() != workflows.ErrTypeTaskCancelled ||
		!strings.Contains(err.Error(), "asked on chain to cancel") {
		t.Errorf("cancelling: %v, want %s", err, workflows.ErrTypeTaskCancelled)
	}
	// An unproven spec matches an unproven task.
	in := spec("unproven")
	in.Circuit = ""
	if err := a.CheckEscrow(ctx, in); err != nil {
		t.Fatalf("unproven task: %v", err)
	}
}

// TestSettleRoundReportsInactiveNodes: a node that left the registry
// before its round was recorded is reported unpaid with the reason, and a
// retried SettleRound finds everything done.
func TestSettleRoundReportsInactiveNodes(t *testing.T) {
	ctx, a, d := network(t)
	requester := chain.NewSigner(devchain.Key(1))
	stay, leave := chain.NewSigner(devchain.Key(3)), chain.NewSigner(devchain.Key(4))
	reg := chain.NewRegistry(a.Chain, d.NodeRegistry)
	for i, n := range []*chain.Signer{stay, leave} {
		if err := reg.Register(ctx, n, "n", [32]byte{byte(i + 1)}, "127.0.0.1:1"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := reg.Leave(ctx, leave); err != nil {
		t.Fatal(err)
	}
	if err := a.Escrow.CreateTask(ctx, requester, "t", [32]byte{1}, 1, big.NewInt(1e15), a.Signer.Address(), "", big.NewInt(2e15)); err != nil {
		t.Fatal(err)
	}
	in := workflows.SettleInput{TaskID: "t", Round: 1, Result: strings.Repeat("ab", 32), Nodes: []string{"stay", "leave"},
		Accounts: []string{stay.Address().Hex(), leave.Address().Hex()}, Settle: true}
	for range 2 {
		out, err := a.SettleRound(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		if out.Payments[0].PaidWei != "1000000000000000" || out.Payments[1].PaidWei != "0" || !strings.Contains(out.Payments[1].Reason, "not an active node") ||
			out.RefundWei != "1000000000000000" {
			t.Fatalf("settlement %+v", out)
		}
	}
}

// s3 is an in-process S3 endpoint serving objects by key, for
// store.Objects in unit tests.
func s3(t *testing.T, objects map[string][]byte) store.Objects {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, ok := objects[strings.TrimPrefix(r.URL.Path, "/twopm/")]
		if r.Method != http.MethodGet || !ok {
			w.Header().Set("Content-Type", "application/xml")
			w.WriteHeader(http.StatusNotFound)
			_, _ = io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>no such key</Message></Error>`)
			return
		}
		w.Header().Set("Last-Modified", time.Unix(0, 0).UTC().Format(http.TimeFormat))
		w.Header().Set("ETag", `"0"`)
		w.Header().Set("Content-Length", strconv.Itoa(len(b)))
		_, _ = w.Write(b)
	}))
	t.Cleanup(srv.Close)
	c, err := minio.New(strings.TrimPrefix(srv.URL, "http://"), &minio.Options{Creds: credentials.NewStaticV4("k", "s", ""), Region: "us-east-1"})
	if err != nil {
		t.Fatal(err)
	}
	return store.Objects{S3: c, Bucket: "twopm"}
}

// TestSettleProvenRoundWithTheWorkflowsAttempt: a proven round is recorded
// with the attempt the workflow passes; a node that reports another
// attempt in its proof's output cannot make the round unrecordable and
// leave the other nodes unpaid (issue 18, finding 4).
func TestSettleProvenRoundWithTheWorkflowsAttempt(t *testing.T) {
	ctx, a, _ := network(t)
	requester := chain.NewSigner(devchain.Key(1))
	if err := a.Escrow.CreateTask(ctx, requester, "t", [32]byte{1}, 1, big.NewInt(1e15), a.Signer.Address(), "stats-heart-disease-v1", big.NewInt(2e15)); err != nil {
		t.Fatal(err)
	}
	// A proof that decodes: the chain rejects it (unknown data set), but
	// records the round.
	var buf bytes.Buffer
	proof := new(plonkbn254.Proof)
	proof.BatchedProof.ClaimedValues = make([]fr.Element, 6)
	if _, err := proof.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	h := sha256.Sum256(buf.Bytes())
	ref := workflows.ArtifactRef{Key: "proofs/t/round-1/n-" + hex.EncodeToString(h[:]) + ".plonk", SHA256: hex.EncodeToString(h[:])}
	// A proof that decodes but is short of claimed values.
	var short bytes.Buffer
	if _, err := new(plonkbn254.Proof).WriteTo(&short); err != nil {
		t.Fatal(err)
	}
	hs := sha256.Sum256(short.Bytes())
	shortRef := workflows.ArtifactRef{Key: "proofs/t/round-1/n-" + hex.EncodeToString(hs[:]) + ".plonk", SHA256: hex.EncodeToString(hs[:])}
	a.Objects = s3(t, map[string][]byte{ref.Key: buf.Bytes(), shortRef.Key: short.Bytes()})
	nodes := []*chain.Signer{chain.NewSigner(devchain.Key(3)), chain.NewSigner(devchain.Key(4))}
	in := workflows.SettleInput{TaskID: "t", Round: 1, Attempt: 1, Result: strings.Repeat("ab", 32), Nodes: []string{"honest", "liar"}}
	for i, n := range nodes {
		in.Accounts = append(in.Accounts, n.Address().Hex())
		in.Proofs = append(in.Proofs, workflows.ProveOutput{Node: in.Nodes[i], Attempt: 1 + 98*i, DatasetID: strings.Repeat("cd", 32),
			Commitment: [2]string{"1", "2"}, Proof: ref, Verified: true})
	}
	if _, err := a.SettleRound(ctx, in); err != nil {
		t.Fatalf("node liar reported attempt 99: %v", err)
	}
	if st, err := a.Escrow.ContributionStatus(ctx, "t", 1, nodes[0].Address()); err != nil || st == 0 {
		t.Fatalf("honest node's contribution status %d, %v: the round was not recorded", st, err)
	}
	in.Attempt = 0
	in.Round = 2
	if _, err := a.SettleRound(ctx, in); !isBadInput(err) {
		t.Fatalf("a proven round without the workflow's attempt: %v, want bad input", err)
	}
	// A malformed proof is an error, not a panic.
	in.Attempt, in.Proofs[1].Proof = 1, shortRef
	if _, err := a.SettleRound(ctx, in); err == nil || !strings.Contains(err.Error(), "claimed values") {
		t.Fatalf("a proof short of claimed values: %v", err)
	}
}

// TestCheckEscrowBeforeEachRound: before each round or attempt after the
// first, the coordinator asks only whether the task may start one: an open
// task may; one whose requester asked to cancel it fails as TaskCancelled,
// not retried, so no round starts whose result the requester could read
// and then close the task before its recording (a review of finding 12 of
// issue 18); a settled one fails as bad input.
func TestCheckEscrowBeforeEachRound(t *testing.T) {
	ctx, a, _ := network(t)
	requester := chain.NewSigner(devchain.Key(1))
	for _, id := range []string{"open", "cancelling", "settled"} {
		if err := a.Escrow.CreateTask(ctx, requester, id, [32]byte{1}, 2, big.NewInt(1e15), a.Signer.Address(), "", big.NewInt(2e15)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := a.Escrow.RequestCancel(ctx, requester, "cancelling"); err != nil {
		t.Fatal(err)
	}
	if err := a.Escrow.Settle(ctx, a.Signer, "settled"); err != nil {
		t.Fatal(err)
	}
	check := func(id string) error {
		return a.CheckEscrow(ctx, workflows.EscrowCheckInput{TaskID: id, OpenOnly: true})
	}
	if err := check("open"); err != nil {
		t.Fatalf("open task: %v", err)
	}
	var app *temporal.ApplicationError
	err := check("cancelling")
	if !errors.As(err, &app) || app.Type() != workflows.ErrTypeTaskCancelled || !app.NonRetryable() || !strings.Contains(err.Error(), "asked on chain to cancel") {
		t.Fatalf("cancel pending: %v, want a non-retryable %s", err, workflows.ErrTypeTaskCancelled)
	}
	if err := check("settled"); !isBadInput(err) || !strings.Contains(err.Error(), "settled") {
		t.Fatalf("settled task: %v, want bad input", err)
	}
	if err := check("never escrowed"); !isBadInput(err) || !strings.Contains(err.Error(), "no escrow on chain") {
		t.Fatalf("unknown task: %v, want bad input", err)
	}
}
