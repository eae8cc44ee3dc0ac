package infer

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/mpc/memnet"
)

// deadlineSpy records the deadline of the context of every Recv and fails
// it at once, so the test never waits for the nodes, which do not run.
type deadlineSpy struct {
	mpc.Transport
	mu        sync.Mutex
	deadlines []time.Time
	none      bool // a Recv had no deadline
}

func (d *deadlineSpy) Recv(ctx context.Context, from int) ([]byte, error) {
	dl, ok := ctx.Deadline()
	d.mu.Lock()
	if ok {
		d.deadlines = append(d.deadlines, dl)
	} else {
		d.none = true
	}
	d.mu.Unlock()
	return nil, errors.New("the spy ends the session")
}

// TestClientHasItsOwnDeadline: a client whose caller gives it no deadline
// still stops waiting for a node that stays connected and says nothing.
func TestClientHasItsOwnDeadline(t *testing.T) {
	f := newFixture(t, 71, 3, 0)
	nw := memnet.New(3) // the nodes never run
	spy := &deadlineSpy{Transport: nw.Party(0)}
	start := time.Now()
	_, err := Client(context.Background(), spy, mascot.Config{Session: "infer-test/deadline"}, f.rows[0])
	if spy.none || len(spy.deadlines) == 0 {
		t.Fatalf("the client waited for a node with no deadline of its own (err %v)", err)
	}
	for _, dl := range spy.deadlines {
		if d := dl.Sub(start); d <= 0 || d > 10*time.Minute {
			t.Fatalf("the client's deadline is %v away, want a few minutes at most", d)
		}
	}
}

// TestClientTimeout: a node that stays silent makes the client fail with
// ErrTimeout once its timeout passes, naming the party it waited for.
func TestClientTimeout(t *testing.T) {
	f := newFixture(t, 72, 3, 0)
	shares := split(t, f.m, 2, 72)
	nw := memnet.New(3)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// Node 1 serves; node 2 is connected and silent.
	go func() { _ = Node(ctx, nw.Party(1), mascot.Config{Session: "infer-test/timeout"}, shares[0]) }()
	start := time.Now()
	_, err := Client(context.Background(), nw.Party(0), mascot.Config{Session: "infer-test/timeout"}, f.rows[0], WithTimeout(300*time.Millisecond))
	took := time.Since(start)
	if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "party 2") {
		t.Fatalf("err = %v, want ErrTimeout naming party 2", err)
	}
	if took > 5*time.Second {
		t.Fatalf("the client gave up after %v, want about 300ms", took)
	}
	// The caller's own cancellation is not a timeout.
	cctx, ccancel := context.WithCancel(context.Background())
	ccancel()
	if _, err := Client(cctx, nw.Party(0), mascot.Config{Session: "infer-test/timeout-2"}, f.rows[0]); errors.Is(err, ErrTimeout) || !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled caller: err = %v, want context.Canceled and not ErrTimeout", err)
	}
}
