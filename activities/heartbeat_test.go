package activities

import (
	"context"
	"sync"
	"testing"
	"time"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/converter"
	"go.temporal.io/sdk/testsuite"
)

// TestHeartbeat: heartbeats carry their details while the work runs.
func TestHeartbeat(t *testing.T) {
	var s testsuite.WorkflowTestSuite
	env := s.NewTestActivityEnvironment()
	var mu sync.Mutex
	var got []string
	env.SetOnActivityHeartbeatListener(func(_ *activity.Info, details converter.EncodedValues) {
		var d string
		_ = details.Get(&d)
		mu.Lock()
		got = append(got, d)
		mu.Unlock()
	})
	env.RegisterActivityWithOptions(func(ctx context.Context) error {
		stop := Heartbeat(ctx, time.Millisecond, "proving")
		defer stop()
		time.Sleep(50 * time.Millisecond)
		return nil
	}, activity.RegisterOptions{Name: "work"})
	if _, err := env.ExecuteActivity("work"); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(got) == 0 || got[0] != "proving" {
		t.Fatalf("heartbeats %v", got)
	}
}
