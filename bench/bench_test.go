package bench

import (
	"context"
	"strings"
	"testing"

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
		if _, err := aggregateOnce(context.Background(), Mascot, xs, want, "b"); err != nil {
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
