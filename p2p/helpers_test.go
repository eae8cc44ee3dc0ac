package p2p

import (
	"bytes"
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// logBuf collects a test's log lines; they are printed if the test fails.
type logBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func newLogger(t *testing.T) (zerolog.Logger, *logBuf) {
	t.Helper()
	lb := &logBuf{}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("log:\n%s", lb.String())
		}
	})
	return zerolog.New(lb).Level(zerolog.DebugLevel).With().Timestamp().Logger(), lb
}

// node is one node process of a test: an identity and a listening Host.
type node struct {
	id   *Identity
	host *Host
}

func newIdentity(t testing.TB, nodeID string) *Identity {
	t.Helper()
	id, err := LoadOrCreateIdentity(filepath.Join(t.TempDir(), "identity"), nodeID)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func newNode(t *testing.T, lg zerolog.Logger, id *Identity) *node {
	t.Helper()
	h, err := Listen("127.0.0.1:0", id, lg.With().Str("node", id.NodeID).Logger())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close() })
	return &node{id: id, host: h}
}

func newNodes(t *testing.T, lg zerolog.Logger, names ...string) []*node {
	t.Helper()
	nodes := make([]*node, len(names))
	for i, name := range names {
		nodes[i] = newNode(t, lg, newIdentity(t, name))
	}
	return nodes
}

// peer returns n's entry in a peer list.
func (n *node) peer() Peer {
	return Peer{ID: n.id.NodeID, Addr: n.host.Addr(), Fingerprint: n.id.Fingerprint}
}

func peersOf(nodes []*node) []Peer {
	peers := make([]Peer, len(nodes))
	for i, n := range nodes {
		peers[i] = n.peer()
	}
	return peers
}

// openAll opens session sid on every node at once and fails the test if
// any Open fails. The sessions are closed when the test ends.
func openAll(t *testing.T, ctx context.Context, nodes []*node, sid string) []*Session {
	t.Helper()
	peers := peersOf(nodes)
	ss := make([]*Session, len(nodes))
	errs := make([]error, len(nodes))
	var wg sync.WaitGroup
	for i, n := range nodes {
		wg.Go(func() {
			ss[i], errs[i] = n.host.Open(ctx, SessionConfig{ID: sid, Self: i, Peers: peers})
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("party %d: %v", i, err)
		}
		t.Cleanup(func() { _ = ss[i].Close() })
	}
	return ss
}

// openPair opens session sid between two fresh nodes, hospital-a and
// hospital-b, under a context that ends after 5 seconds or with the test.
func openPair(t *testing.T, sid string) (context.Context, []*Session) {
	t.Helper()
	lg, _ := newLogger(t)
	nodes := newNodes(t, lg, "hospital-a", "hospital-b")
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	t.Cleanup(cancel)
	return ctx, openAll(t, ctx, nodes, sid)
}

// forEach runs f for every party at once and returns the errors.
func forEach(n int, f func(i int) error) []error {
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { errs[i] = f(i) })
	}
	wg.Wait()
	return errs
}
