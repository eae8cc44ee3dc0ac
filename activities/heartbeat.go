package activities

import (
	"context"
	"time"

	"go.temporal.io/sdk/activity"
)

// Heartbeat records an activity heartbeat with details now and then every
// interval, until the returned stop is called or ctx ends, so that a long
// computation (a proof, a secure-computation session) is not taken for a
// lost worker.
func Heartbeat(ctx context.Context, every time.Duration, details ...any) (stop func()) {
	hctx, cancel := context.WithCancel(ctx)
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			activity.RecordHeartbeat(ctx, details...)
			select {
			case <-hctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return cancel
}
