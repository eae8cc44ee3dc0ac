// Package bench measures the secure-aggregation protocols of 2PM over real
// links: every party gets its own TLS host on the loopback interface, as
// separate nodes would, and the protocols run over p2p sessions. The
// baselines a figure is compared with are measured in the same run.
package bench

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/additive"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/p2p"
)

// Protocols a benchmark can run. "plain" sums the vectors in one process,
// with no security at all: the floor.
const (
	Plain    = "plain"
	Additive = "additive"
	Mascot   = "mascot"
)

// AggregateConfig configures Aggregate.
type AggregateConfig struct {
	// Protocol is the protocol measured: "mascot", "additive" or "plain".
	// Empty means "mascot".
	Protocol string
	// Parties is the number of parties, 2 to mascot.MaxParties. Zero means 4.
	Parties int
	// Length is the number of field elements each party inputs. Zero means
	// 10,000.
	Length int
	// Runs is how many times each protocol runs after one warm-up run that
	// is not counted (it grows the heap and warms the caches of a fresh
	// process); the median is reported. Zero means 3.
	Runs int
	// Relay also runs Protocol with the parties reaching each other through
	// a relay (p2p.Relay) on the loopback interface, as nodes that open no
	// port do, and reports it against the direct links of the same run.
	Relay bool
	// Progress, if set, gets one line per run.
	Progress func(line string)
}

// AggregateResult is the outcome of Aggregate.
type AggregateResult struct {
	Protocol string `json:"protocol"`
	Parties  int    `json:"parties"`
	Length   int    `json:"length"`
	// Seconds is the median time of one aggregation, from open links to
	// the sum at every party, set-up included.
	Seconds float64 `json:"seconds"`
	// SetupSeconds, for mascot, is the part of Seconds spent in the
	// session set-up (base OTs, OT extension and COPE initialization).
	SetupSeconds float64 `json:"setup_seconds,omitempty"`
	// OnlineSeconds, for mascot, is the part of Seconds after the
	// preprocessing (set-up and authenticated input masks): the inputs'
	// broadcast, the sum and the MAC-checked reveal.
	OnlineSeconds float64 `json:"online_seconds,omitempty"`
	// OnlineRatioVsAdditive is OnlineSeconds over the additive protocol's
	// Seconds.
	OnlineRatioVsAdditive float64 `json:"online_ratio_vs_additive,omitempty"`
	// BytesSent is what all parties sent in one run.
	BytesSent       int64   `json:"bytes_sent"`
	RatioVsPlain    float64 `json:"ratio_vs_plain"`
	RatioVsAdditive float64 `json:"ratio_vs_additive"`
	// RelaySeconds (Relay) is the median time of the protocol through the
	// relay, and RelayRatio it over Seconds, on direct links.
	RelaySeconds float64 `json:"relay_seconds,omitempty"`
	RelayRatio   float64 `json:"relay_ratio,omitempty"`
}

func (c *AggregateConfig) ensureDefaults() error {
	if c.Protocol == "" {
		c.Protocol = Mascot
	}
	if c.Parties == 0 {
		c.Parties = 4
	}
	if c.Length == 0 {
		c.Length = 10_000
	}
	if c.Runs == 0 {
		c.Runs = 3
	}
	var probs []error
	if !slices.Contains([]string{Plain, Additive, Mascot}, c.Protocol) {
		probs = append(probs, fmt.Errorf("protocol %q is not mascot, additive or plain", c.Protocol))
	}
	if c.Parties < 2 || c.Parties > mascot.MaxParties {
		probs = append(probs, fmt.Errorf("parties %d is not in [2, %d]", c.Parties, mascot.MaxParties))
	}
	if c.Length < 1 || c.Length > 1<<22 {
		probs = append(probs, fmt.Errorf("length %d is not in [1, %d]", c.Length, 1<<22))
	}
	if c.Runs < 1 {
		probs = append(probs, fmt.Errorf("runs %d is below 1", c.Runs))
	}
	if len(probs) > 0 {
		return fmt.Errorf("bench: %w", errors.Join(probs...))
	}
	return nil
}

// Aggregate measures cfg.Protocol and, in the same run, the plain sum and
// the additive protocol, and checks that every party's output is the sum.
func Aggregate(ctx context.Context, cfg AggregateConfig) (AggregateResult, error) {
	if err := cfg.ensureDefaults(); err != nil {
		return AggregateResult{}, err
	}
	xs := make([]field.Vector, cfg.Parties)
	want := make(field.Vector, cfg.Length)
	for i := range xs {
		v, err := field.RandomVector(rand.Reader, cfg.Length)
		if err != nil {
			return AggregateResult{}, err
		}
		xs[i] = v
		want.AddInPlace(v)
	}
	measure := func(proto string, relay bool) (AggregateResult, error) {
		var secs, setups, onlines []float64
		var bytes int64
		label := proto
		if relay {
			label += " through a relay"
		}
		for run := range cfg.Runs + 1 {
			r, err := aggregateOnce(ctx, proto, relay, xs, want, fmt.Sprintf("bench-%s-%d", proto, run))
			if err != nil {
				return AggregateResult{}, fmt.Errorf("bench: %s run %d: %w", label, run, err)
			}
			if run == 0 {
				if cfg.Progress != nil {
					cfg.Progress(fmt.Sprintf("%s warm-up: %.4f s, %d bytes (not counted)", label, r.Seconds, r.BytesSent))
				}
				continue
			}
			secs, setups, onlines, bytes = append(secs, r.Seconds), append(setups, r.SetupSeconds), append(onlines, r.OnlineSeconds), r.BytesSent
			if cfg.Progress != nil {
				cfg.Progress(fmt.Sprintf("%s run %d/%d: %.4f s, %d bytes", label, run, cfg.Runs, r.Seconds, r.BytesSent))
			}
		}
		return AggregateResult{Protocol: proto, Parties: cfg.Parties, Length: cfg.Length,
			Seconds: median(secs), SetupSeconds: median(setups), OnlineSeconds: median(onlines), BytesSent: bytes}, nil
	}
	base := map[string]AggregateResult{}
	for _, p := range []string{Plain, Additive, cfg.Protocol} {
		if _, done := base[p]; done {
			continue
		}
		r, err := measure(p, false)
		if err != nil {
			return AggregateResult{}, err
		}
		base[p] = r
	}
	res := base[cfg.Protocol]
	if cfg.Relay && cfg.Protocol != Plain {
		r, err := measure(cfg.Protocol, true)
		if err != nil {
			return AggregateResult{}, err
		}
		res.RelaySeconds, res.RelayRatio = r.Seconds, r.Seconds/res.Seconds
	}
	res.RatioVsPlain = res.Seconds / base[Plain].Seconds
	res.RatioVsAdditive = res.Seconds / base[Additive].Seconds
	if res.OnlineSeconds > 0 {
		res.OnlineRatioVsAdditive = res.OnlineSeconds / base[Additive].Seconds
	}
	return res, nil
}

func aggregateOnce(ctx context.Context, proto string, relay bool, xs []field.Vector, want field.Vector, session string) (AggregateResult, error) {
	if proto == Plain {
		start := time.Now()
		sum := make(field.Vector, len(want))
		for _, x := range xs {
			sum.AddInPlace(x)
		}
		d := time.Since(start)
		if !sum.Equal(want) {
			return AggregateResult{}, errors.New("plain sum is wrong")
		}
		return AggregateResult{Seconds: d.Seconds()}, nil
	}
	var mu sync.Mutex
	var setup, online time.Duration
	d, bytes, err := onLinks(ctx, len(xs), session, relay, func(ctx context.Context, tr mpc.Transport) error {
		var sum field.Vector
		var err error
		switch proto {
		case Additive:
			sum, err = additive.Aggregate(ctx, tr, xs[tr.Self()], rand.Reader)
		case Mascot:
			start := time.Now()
			var s *mascot.Session
			if s, err = mascot.New(ctx, tr, mascot.Config{Session: session}); err != nil {
				return err
			}
			setupDone := time.Now()
			lens := make([]int, len(xs))
			for i := range lens {
				lens[i] = len(want)
			}
			if err = s.PrepareInput(ctx, lens); err != nil {
				return err
			}
			onlineStart := time.Now()
			sum, err = s.Sum(ctx, xs[tr.Self()])
			mu.Lock()
			setup = max(setup, setupDone.Sub(start))
			online = max(online, time.Since(onlineStart))
			mu.Unlock()
		}
		if err == nil && !sum.Equal(want) {
			err = fmt.Errorf("party %d got a wrong sum", tr.Self())
		}
		return err
	})
	return AggregateResult{Seconds: d.Seconds(), SetupSeconds: setup.Seconds(), OnlineSeconds: online.Seconds(), BytesSent: bytes}, err
}

// TriplesConfig configures Triples.
type TriplesConfig struct {
	// Parties is the number of parties. Zero means 2.
	Parties int
	// Count is the number of triples generated. Zero means 100,000.
	Count int
	// Progress, if set, gets a line per batch of 10,000 triples.
	Progress func(line string)
}

// TriplesResult is the outcome of Triples.
type TriplesResult struct {
	Parties int `json:"parties"`
	Count   int `json:"count"`
	// Seconds is the time to generate Count triples after set-up.
	Seconds          float64 `json:"seconds"`
	SetupSeconds     float64 `json:"setup_seconds"`
	TriplesPerSecond float64 `json:"triples_per_second"`
	// BytesPerTriple is what one party sends per triple, on average.
	BytesPerTriple float64 `json:"bytes_per_triple"`
}

// Triples measures MASCOT triple generation after set-up, and checks a
// sample of the triples by opening them.
func Triples(ctx context.Context, cfg TriplesConfig) (TriplesResult, error) {
	if cfg.Parties == 0 {
		cfg.Parties = 2
	}
	if cfg.Count == 0 {
		cfg.Count = 100_000
	}
	if cfg.Parties < 2 || cfg.Parties > mascot.MaxParties || cfg.Count < 1 {
		return TriplesResult{}, fmt.Errorf("bench: parties %d must be in [2, %d] and count %d positive", cfg.Parties, mascot.MaxParties, cfg.Count)
	}
	var mu sync.Mutex
	var setup, gen time.Duration
	var before int64
	_, total, err := onLoopback(ctx, cfg.Parties, "bench-triples", func(ctx context.Context, tr mpc.Transport) error {
		start := time.Now()
		s, err := mascot.New(ctx, tr, mascot.Config{Session: "bench-triples"})
		if err != nil {
			return err
		}
		setupDone := time.Now()
		mu.Lock()
		setup = max(setup, setupDone.Sub(start))
		before += tr.(*p2p.Session).BytesSent()
		mu.Unlock()
		const step = 10_000
		for done := 0; done < cfg.Count; done += step {
			if err := s.Triples(ctx, min(step, cfg.Count-done)); err != nil {
				return err
			}
			if cfg.Progress != nil && tr.Self() == 0 {
				cfg.Progress(fmt.Sprintf("%d/%d triples", min(done+step, cfg.Count), cfg.Count))
			}
		}
		mu.Lock()
		gen = max(gen, time.Since(setupDone))
		mu.Unlock()
		return s.SpotCheck(ctx, min(16, cfg.Count))
	})
	if err != nil {
		return TriplesResult{}, fmt.Errorf("bench: triples: %w", err)
	}
	return TriplesResult{
		Parties: cfg.Parties, Count: cfg.Count, Seconds: gen.Seconds(), SetupSeconds: setup.Seconds(),
		TriplesPerSecond: float64(cfg.Count) / gen.Seconds(),
		BytesPerTriple:   float64(total-before) / float64(cfg.Parties) / float64(cfg.Count),
	}, nil
}

// onLoopback starts n TLS hosts on 127.0.0.1, opens one session among
// them, runs f for every party and returns how long the slowest party's f
// took and the bytes all parties sent.
func onLoopback(ctx context.Context, n int, session string, f func(ctx context.Context, tr mpc.Transport) error) (time.Duration, int64, error) {
	return onLinks(ctx, n, session, false, f)
}

// onLinks is onLoopback with the parties, if relay, opening no port and
// reaching each other through a relay on the loopback interface.
func onLinks(ctx context.Context, n int, session string, relay bool, f func(ctx context.Context, tr mpc.Transport) error) (time.Duration, int64, error) {
	dir, err := os.MkdirTemp("", "twopm-bench-")
	if err != nil {
		return 0, 0, err
	}
	defer func() { _ = os.RemoveAll(dir) }()
	var r *p2p.Relay
	if relay {
		rid, err := p2p.LoadOrCreateIdentity(filepath.Join(dir, "relay"), "relay")
		if err != nil {
			return 0, 0, err
		}
		if r, err = p2p.ListenRelay("127.0.0.1:0", rid, zerolog.Nop()); err != nil {
			return 0, 0, err
		}
		defer func() { _ = r.Close() }()
	}
	hosts := make([]*p2p.Host, n)
	peers := make([]p2p.Peer, n)
	for i := range n {
		id := fmt.Sprintf("bench-%d", i)
		ident, err := p2p.LoadOrCreateIdentity(filepath.Join(dir, id), id)
		if err != nil {
			return 0, 0, err
		}
		addr := "127.0.0.1:0"
		if relay {
			addr = ""
		}
		h, err := p2p.Listen(addr, ident, zerolog.Nop())
		if err != nil {
			return 0, 0, err
		}
		defer func() { _ = h.Close() }()
		hosts[i] = h
		peers[i] = p2p.Peer{ID: id, Addr: h.Addr(), Fingerprint: ident.Fingerprint}
		if relay {
			if err := h.UseRelay(r.Addr(), ""); err != nil {
				return 0, 0, err
			}
			peers[i].Addr = p2p.RelayAddress(r.Addr(), "")
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sessions := make([]*p2p.Session, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sessions[i], errs[i] = hosts[i].Open(ctx, p2p.SessionConfig{ID: session, Self: i, Peers: peers})
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return 0, 0, err
	}
	took := make([]time.Duration, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			errs[i] = f(ctx, sessions[i])
			took[i] = time.Since(start)
			if errs[i] != nil {
				cancel()
			}
		}()
	}
	wg.Wait()
	var bytes int64
	for _, s := range sessions {
		_ = s.Close()
		bytes += s.BytesSent()
	}
	return slices.Max(took), bytes, errors.Join(errs...)
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}
