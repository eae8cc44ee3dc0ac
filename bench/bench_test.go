package bench

import (
	"context"
	"strings"
	"testing"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/mpc/field"
)

func TestAggregateChecksEveryProtocol(t *testing.T) {
	if testing.Short() {
		t.Skip("runs three protocols over loopback TLS")
	}
	for _, p := range []string{Plain, Additive, Mascot} {
		r, err := Aggregate(context.Background(), AggregateConfig{Protocol: p, Parties: 3, Length: 50, Runs: 1})
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if r.Protocol != p || r.Seconds <= 0 || r.RatioVsPlain <= 0 || r.RatioVsAdditive <= 0 || (p != Plain && r.BytesSent == 0) {
			t.Fatalf("%s: %+v", p, r)
		}
	}
}

// With Relay, the protocol also runs through a relay, every party's sum
// checked, and is reported against the direct links.
func TestAggregateThroughARelay(t *testing.T) {
	if testing.Short() {
		t.Skip("runs MASCOT over loopback TLS")
	}
	r, err := Aggregate(context.Background(), AggregateConfig{Protocol: Additive, Parties: 3, Length: 50, Runs: 1, Relay: true})
	if err != nil {
		t.Fatal(err)
	}
	if r.RelaySeconds <= 0 || r.RelayRatio <= 0 {
		t.Fatalf("%+v", r)
	}
}

func TestTriplesReportsRateAndBytes(t *testing.T) {
	if testing.Short() {
		t.Skip("runs MASCOT over loopback TLS")
	}
	r, err := Triples(context.Background(), TriplesConfig{Parties: 2, Count: 100})
	if err != nil {
		t.Fatal(err)
	}
	if r.TriplesPerSecond <= 0 || r.BytesPerTriple < 1000 || r.Count != 100 {
		t.Fatalf("%+v", r)
	}
}

func TestBadConfig(t *testing.T) {
	_, err := Aggregate(context.Background(), AggregateConfig{Protocol: "rot13", Parties: 1, Length: -1})
	if err == nil {
		t.Fatal("bad config accepted")
	}
	for _, want := range []string{`protocol "rot13"`, "parties 1", "length -1"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if _, err := Triples(context.Background(), TriplesConfig{Parties: 1}); err == nil {
		t.Fatal("one party accepted")
	}
}

// BenchmarkMascotAggregateTLS is one 4-party, 10,000-value MASCOT
// aggregation over loopback TLS, for profiling.
func BenchmarkMascotAggregateTLS(b *testing.B) {
	xs := make([]field.Vector, 4)
	for i := range xs {
		xs[i] = make(field.Vector, 10_000)
	}
	want := make(field.Vector, 10_000)
	for b.Loop() {
		if _, err := aggregateOnce(context.Background(), Mascot, false, xs, want, "b"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMascotTriplesTLS generates 4,096 triples among 2 parties over
// loopback TLS, for profiling.
func BenchmarkMascotTriplesTLS(b *testing.B) {
	for b.Loop() {
		if _, err := Triples(context.Background(), TriplesConfig{Parties: 2, Count: 4096}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBenchProveRejectsBadConfig(t *testing.T) {
	for _, cfg := range []ProveConfig{
		{Circuit: "groth"},
		{Rows: -1},
		{Rows: 1 << 20},
		{Data: "/nonexistent/heart.data"},
	} {
		if _, err := BenchProve(context.Background(), cfg); err == nil {
			t.Errorf("BenchProve(%+v) succeeded", cfg)
		}
	}
}

// TestBenchProveAnySchema: bench prove measures the circuits of a schema
// other than heart-disease, on seeded synthetic rows: a proof that
// verifies in Go and on chain, its constraints and the process's peak
// memory (the lr circuit not under the race detector); a schema without
// a label has no lr circuit.
func TestBenchProveAnySchema(t *testing.T) {
	s, err := dataset.Parse([]byte(`name: tiny
version: "1"
label: {column: y, positive: ["1"]}
columns:
  - {name: x, kind: numeric, range: {min: 0, max: 10}, decimals: 1}
  - {name: c, kind: categorical, levels: [a, b, c]}
  - {name: y, kind: categorical, levels: ["0", "1"]}
`), "tiny")
	if err != nil {
		t.Fatal(err)
	}
	circuits := []string{CircuitStats, CircuitLR}
	if raceEnabled {
		circuits = circuits[:1]
	}
	for _, circuit := range circuits {
		r, err := BenchProve(context.Background(), ProveConfig{Circuit: circuit, Rows: 8, Schema: &s})
		if err != nil {
			t.Fatalf("%s: %v", circuit, err)
		}
		if r.Schema != s.Ref() || r.Rows != 8 || r.Constraints == 0 || r.VerifyGas == nil || *r.VerifyGas == 0 || r.PeakRSSBytes <= 0 {
			t.Errorf("%s: %+v", circuit, r)
		}
	}
	s.Label = nil
	if _, err := BenchProve(context.Background(), ProveConfig{Circuit: CircuitLR, Rows: 8, Schema: &s}); err == nil || !strings.Contains(err.Error(), "no label") {
		t.Errorf("lr on a schema without a label: %v", err)
	}
}
