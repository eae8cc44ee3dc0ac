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
