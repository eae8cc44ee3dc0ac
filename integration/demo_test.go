//go:build integration

package integration

import (
	"context"
	"encoding/json"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/twopm/twopm/devnet"
	"github.com/twopm/twopm/workflows"
)

// TestDemoStatsJSON runs the demo command as a user would and checks its
// output contract and its numbers against the files.
// demoResult is the JSON output of demo stats.
type demoResult struct {
	TaskID   string   `json:"task_id"`
	Nodes    []string `json:"nodes"`
	Protocol string   `json:"protocol"`
	Artifact string   `json:"artifact"`
	Columns  map[string]struct {
		Count     *int64           `json:"count"`
		Mean      *float64         `json:"mean"`
		Variance  *float64         `json:"variance"`
		Missing   *int64           `json:"missing"`
		Histogram map[string]int64 `json:"histogram"`
	} `json:"columns"`
	Chain *struct {
		ChainID      int64  `json:"chain_id"`
		TaskContract string `json:"task_contract"`
		EscrowWei    string `json:"escrow_wei"`
		Payments     []struct {
			Node          string `json:"node"`
			Address       string `json:"address"`
			PaidWei       string `json:"paid_wei"`
			ProofVerified *bool  `json:"proof_verified"`
			Reason        string `json:"reason"`
		} `json:"payments"`
		RefundWei string `json:"refund_wei"`
	} `json:"chain"`
	Proofs []struct {
		Node     string `json:"node"`
		Verified bool   `json:"verified"`
		Reason   string `json:"reason"`
	} `json:"proofs"`
	Unproven []workflows.UnprovenNode `json:"unproven"`
	Inject   *struct {
		Faults         map[string]string `json:"faults"`
		FailedAttempts int               `json:"failed_attempts"`
		Error          string            `json:"error"`
		Excluded       []string          `json:"excluded"`
	} `json:"inject"`
}

// runDemo runs demo stats --json with ports shifted by off and returns
// its decoded output and stderr.
func runDemo(t *testing.T, tmp string, off int, args ...string) (demoResult, string) {
	t.Helper()
	var res demoResult
	stderr := runDemoJSON(t, tmp, off, &res, append([]string{"demo", "stats"}, args...)...)
	return res, stderr
}

// runDemoJSON runs a demo command with --json and ports shifted by off,
// decodes its one JSON object into res and returns its stderr.
func runDemoJSON(t *testing.T, tmp string, off int, res any, args ...string) string {
	t.Helper()
	checkPortOffset(t, off)
	bin := buildTwopm(t, tmp)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(args, "--json",
		"--state-dir", filepath.Join(tmp, "state"), "--tools-dir", toolsDir(t), "--data-dir", dataDir(t),
		"--temporal-port", strconv.Itoa(7233+off), "--ui-port", strconv.Itoa(8233+off),
		"--s3-port", strconv.Itoa(9000+off), "--s3-console-port", strconv.Itoa(9001+off),
		"--node-port-base", strconv.Itoa(7301+off), "--chain-port", strconv.Itoa(8545+off))...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v: %v\n%s", args, err, stderr.String())
	}
	t.Logf("%v took %s", args, time.Since(start))
	dec := json.NewDecoder(strings.NewReader(string(out)))
	if err := dec.Decode(res); err != nil {
		t.Fatalf("stdout is not one JSON object: %v\n%s", err, out)
	}
	if dec.More() {
		t.Fatalf("stdout holds more than one JSON value:\n%s", out)
	}
	return stderr.String()
}

// checkColumns compares a result with statistics computed directly from
// the data files of hospitals.
func checkDemoColumns(t *testing.T, res demoResult, hospitals []string) {
	t.Helper()
	var files []string
	for _, h := range hospitals {
		files = append(files, filepath.Join(dataDir(t), "heart-disease", "processed."+h+".data"))
	}
	want, _ := directStats(t, files)
	if len(res.Columns) != 14 {
		t.Fatalf("%d columns, want 14", len(res.Columns))
	}
	for _, name := range heartColumns {
		c, ok := res.Columns[name]
		w := want[name]
		if !ok || c.Count == nil || c.Missing == nil || c.Mean == nil || c.Variance == nil {
			t.Fatalf("column %s lacks a field: %+v", name, c)
		}
		if *c.Count != w.count || *c.Missing != w.missing || !close(*c.Mean, w.mean) || !close(*c.Variance, w.variance) {
			t.Errorf("%s: got %d %d %v %v, want %d %d %v %v", name, *c.Count, *c.Missing, *c.Mean, *c.Variance, w.count, w.missing, w.mean, w.variance)
		}
		if categorical[name] != (c.Histogram != nil) {
			t.Errorf("%s: histogram %v, categorical %v", name, c.Histogram, categorical[name])
		}
		for lv, n := range w.hist {
			if c.Histogram[lv] != n {
				t.Errorf("%s histogram %v, want %v", name, c.Histogram, w.hist)
			}
		}
	}
}

func TestDemoStatsJSON(t *testing.T) {
	tmp := t.TempDir()
	off := 20000
	res, stderr := runDemo(t, tmp, off)
	if res.TaskID == "" || res.Protocol != "mascot" || !strings.HasPrefix(res.Artifact, "s3://twopm/stats/") ||
		!slices.Equal(res.Nodes, devnet.Hospitals) || res.Inject != nil {
		t.Fatalf("result header %+v", res)
	}
	checkDemoColumns(t, res, devnet.Hospitals)
	checkPayments(t, res, devnet.Hospitals, "", "0")
	if !strings.Contains(stderr, "network up") {
		t.Errorf("no progress on stderr:\n%s", stderr)
	}
	if _, err := os.Stat(filepath.Join(tmp, "state", "temporal.db")); err != nil {
		t.Errorf("no persisted Temporal database: %v", err)
	}
	// The demo stopped its network: the Temporal port is free again.
	l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(7233+off))
	if err != nil {
		t.Errorf("demo left the Temporal port in use: %v", err)
	} else {
		l.Close()
	}
}

// TestDemoInjectBadShare: va alters its shares in every MASCOT session; the
// MAC check fails every attempt, the task waits, the demo retries the
// round without va, and the result is exactly the statistics of the other
// three hospitals.
func TestDemoInjectBadShare(t *testing.T) {
	res, stderr := runDemo(t, t.TempDir(), 21000, "--inject", "bad-share=va")
	honest := []string{"cleveland", "hungarian", "switzerland"}
	if res.Protocol != "mascot" || !slices.Equal(res.Nodes, honest) || res.Inject == nil {
		t.Fatalf("result header %+v\n%s", res, stderr)
	}
	in := res.Inject
	if in.Faults["va"] != "bad-share" || !slices.Equal(in.Excluded, []string{"va"}) || in.FailedAttempts != 3 ||
		!strings.Contains(in.Error, "MAC check failed") {
		t.Fatalf("inject report %+v", in)
	}
	checkDemoColumns(t, res, honest)
	// The deposit covered four hospitals; va was not paid and its share
	// went back to the requester.
	checkPayments(t, res, honest, "", "1000000000000000")
	if !strings.Contains(stderr, "retry-round "+res.TaskID+" --exclude va") {
		t.Errorf("stderr does not show the operator's retry:\n%s", stderr)
	}
}

// TestDemoInjectBadProof: va corrupts its proof. The coordinator finds it
// invalid off chain, so the attempt fails and the round runs again without
// va: the published statistics are those of the other three hospitals
// alone, the result names va as unproven, and va is neither paid nor
// listed among the payments.
func TestDemoInjectBadProof(t *testing.T) {
	res, stderr := runDemo(t, t.TempDir(), 14000, "--inject", "bad-proof=va")
	honest := slices.DeleteFunc(slices.Clone(devnet.Hospitals), func(h string) bool { return h == "va" })
	if !slices.Equal(res.Nodes, honest) || res.Inject == nil || res.Inject.Faults["va"] != "bad-proof" {
		t.Fatalf("result header %+v\n%s", res, stderr)
	}
	if len(res.Unproven) != 1 || res.Unproven[0].Node != "va" || res.Unproven[0].Round != 1 || res.Unproven[0].Reason == "" {
		t.Fatalf("unproven %+v, want va in round 1 with a reason", res.Unproven)
	}
	checkDemoColumns(t, res, honest)
	checkPayments(t, res, honest, "", "1000000000000000")
}

// checkPayments checks the settlement of a demo task, a proven one: every
// node but rejected proved its contribution and was paid 0.001 ether,
// rejected's proof was found invalid off chain and on chain and it was
// paid nothing, and payments plus the refund equal the deposit.
func checkPayments(t *testing.T, res demoResult, nodes []string, rejected, refund string) {
	t.Helper()
	c := res.Chain
	if c == nil || c.ChainID != 1337 || c.TaskContract == "" || len(c.Payments) != len(nodes) || c.RefundWei != refund {
		t.Fatalf("chain settlement %+v", c)
	}
	if len(res.Proofs) != len(nodes) {
		t.Fatalf("%d proofs for %d nodes", len(res.Proofs), len(nodes))
	}
	sum, ok := new(big.Int).SetString(c.RefundWei, 10)
	if !ok {
		t.Fatalf("refund %q", c.RefundWei)
	}
	for i, p := range c.Payments {
		want := big.NewInt(1e15)
		verified := p.Node != rejected
		if !verified {
			want = new(big.Int)
		}
		w, ok := new(big.Int).SetString(p.PaidWei, 10)
		if p.Node != nodes[i] || !ok || w.Cmp(want) != 0 || !strings.HasPrefix(p.Address, "0x") ||
			p.ProofVerified == nil || *p.ProofVerified != verified || (p.Reason == "") == !verified {
			t.Fatalf("payment %+v", p)
		}
		if pr := res.Proofs[i]; pr.Node != p.Node || pr.Verified != verified {
			t.Fatalf("off-chain check of %s: %+v", p.Node, pr)
		}
		sum.Add(sum, w)
	}
	if sum.String() != c.EscrowWei {
		t.Fatalf("payments and refund %v, escrow %s", sum, c.EscrowWei)
	}
}
