//go:build integration

package integration

import (
	"context"
	"encoding/json"
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
)

// TestDemoStatsJSON runs the demo command as a user would and checks its
// output contract and its numbers against the files.
func TestDemoStatsJSON(t *testing.T) {
	tmp := t.TempDir()
	bin := buildTwopm(t, tmp)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	off := 20000
	cmd := exec.CommandContext(ctx, bin, "demo", "stats", "--json",
		"--state-dir", filepath.Join(tmp, "state"), "--tools-dir", toolsDir(t), "--data-dir", dataDir(t),
		"--temporal-port", strconv.Itoa(7233+off), "--ui-port", strconv.Itoa(8233+off),
		"--s3-port", strconv.Itoa(9000+off), "--s3-console-port", strconv.Itoa(9001+off),
		"--node-port-base", strconv.Itoa(7301+off))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("demo stats: %v\n%s", err, stderr.String())
	}
	t.Logf("demo stats took %s", time.Since(start))
	var res struct {
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
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	if err := dec.Decode(&res); err != nil {
		t.Fatalf("stdout is not one JSON object: %v\n%s", err, out)
	}
	if dec.More() {
		t.Fatalf("stdout holds more than one JSON value:\n%s", out)
	}
	if res.TaskID == "" || res.Protocol != "additive" || !strings.HasPrefix(res.Artifact, "s3://twopm/stats/") || !slices.Equal(res.Nodes, devnet.Hospitals) {
		t.Fatalf("result header %+v", res)
	}
	var files []string
	for _, h := range devnet.Hospitals {
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
	if !strings.Contains(stderr.String(), "network up") {
		t.Errorf("no progress on stderr:\n%s", stderr.String())
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
