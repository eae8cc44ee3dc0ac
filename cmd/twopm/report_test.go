package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/twopm/twopm/baseline"
	"github.com/twopm/twopm/workflows"
)

func TestDrawReport(t *testing.T) {
	res := workflows.TrainResult{TaskID: "train-x", Model: "lr", Schema: "heart-disease"}
	var curve []baseline.Point
	for r := 1; r <= 12; r++ {
		res.History = append(res.History, workflows.RoundMetrics{Round: r, ValLoss: 0.7 - 0.02*float64(r), ValAccuracy: 0.6 + 0.015*float64(r)})
		curve = append(curve, baseline.Point{Round: r, ValLoss: 0.68 - 0.02*float64(r), ValAccuracy: 0.62 + 0.015*float64(r)})
	}
	dir := t.TempDir()
	png := filepath.Join(dir, "report.png")
	if err := drawReport(res, curve, png); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(png)
	if err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) || len(b) < 10_000 {
		t.Fatalf("report.png: %d bytes, %v", len(b), err)
	}
	if err := drawReport(res, nil, filepath.Join(dir, "report.gif")); err == nil {
		t.Fatal("a .gif was accepted")
	}
	if os.Getenv("TWOPM_KEEP_REPORT") != "" {
		_ = os.WriteFile(os.Getenv("TWOPM_KEEP_REPORT"), b, 0o644)
	}
}

func TestPrintStatsShowsProofVerdicts(t *testing.T) {
	yes, no := true, false
	var b strings.Builder
	printStats(&b, workflows.StatsResult{TaskID: "t1", ProofSRS: "dev (insecure: its secret is public)", Chain: &workflows.Settlement{
		ChainID: 1337, EscrowWei: "4", RefundWei: "1",
		Payments: []workflows.Payment{
			{Node: "cleveland", PaidWei: "1", ProofVerified: &yes},
			{Node: "va", PaidWei: "0", ProofVerified: &no, Reason: "proof rejected on chain (proof invalid off chain)"},
		}}})
	out := b.String()
	for _, want := range []string{"refund 1 wei", "dev (insecure", "cleveland", "verified on chain", "va", "proof rejected on chain"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// task result prints a withheld value as its rule, the rules the result
// follows, and the nodes their policies left out.
func TestPrintStatsShowsWithheldValues(t *testing.T) {
	var b strings.Builder
	rule := "min_nodes"
	printStats(&b, workflows.StatsResult{TaskID: "t1", Schema: "heart-disease",
		Columns: map[string]workflows.ColumnStats{
			"chol": {Suppressed: map[string]string{"count": rule, "missing": rule, "mean": rule, "variance": rule}},
			"sex":  {Count: 40, Histogram: map[string]int64{"1": 37}, Suppressed: map[string]string{"0": "min_cell_count"}},
		},
		Disclosure: &workflows.Disclosure{MinCell: 5, MinRows: 5, MinNodes: 2},
		Refused:    []string{"va (its policy: requester mallory is not admitted)"}})
	out := b.String()
	for _, want := range []string{"(min_nodes)", "0:(min_cell_count) 1:37", "min cell count 5, min rows 5, min nodes 2", "withheld, by the rule named",
		"left out by their policies: va (its policy: requester mallory is not admitted)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
