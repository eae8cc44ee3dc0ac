package p2p

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// BenchmarkRelay measures what the relay costs a link: the time to open a
// two-party session and to send 64 MiB across it in 1 MiB messages, each
// way, through the relay and directly on the same machine, and reports
// the relay's times over the direct ones (open_ratio, transfer_ratio).
func BenchmarkRelay(b *testing.B) {
	lg := zerolog.Nop()
	const msg, total = 1 << 20, 64 << 20
	payload := make([]byte, msg)
	run := func(direct int) (open, transfer time.Duration) {
		rn := newRelayNet(b, lg, direct, "bench-a", "bench-b")
		defer func() {
			_ = rn.relay.Close()
			for _, n := range rn.nodes {
				_ = n.host.Close()
			}
		}()
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		rn.ready(direct)
		start := time.Now()
		ss, errs := rn.open(ctx, "bench")
		defer closeAll(ss)
		if err := errors.Join(errs...); err != nil {
			b.Fatal(err)
		}
		open = time.Since(start)
		start = time.Now()
		errs = forEach(2, func(i int) error {
			done := make(chan error, 1)
			go func() {
				for range total / msg {
					m, err := ss[i].Recv(ctx, 1-i)
					if err != nil {
						done <- err
						return
					}
					ss[i].Recycle(1-i, m)
				}
				done <- nil
			}()
			for range total / msg {
				if err := ss[i].Send(ctx, 1-i, payload); err != nil {
					return err
				}
			}
			return <-done
		})
		if err := errors.Join(errs...); err != nil {
			b.Fatal(err)
		}
		return open, time.Since(start)
	}
	var directOpen, directXfer, relayOpen, relayXfer time.Duration
	for b.Loop() {
		o, x := run(2)
		directOpen, directXfer = directOpen+o, directXfer+x
		o, x = run(0)
		relayOpen, relayXfer = relayOpen+o, relayXfer+x
	}
	b.ReportMetric(float64(relayOpen)/float64(directOpen), "open_ratio")
	b.ReportMetric(float64(relayXfer)/float64(directXfer), "transfer_ratio")
	b.ReportMetric(float64(2*total)/relayXfer.Seconds()*float64(b.N)/1e6, "relay_MB/s")
	b.ReportMetric(float64(2*total)/directXfer.Seconds()*float64(b.N)/1e6, "direct_MB/s")
}
