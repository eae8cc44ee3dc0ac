package p2p

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"
)

func TestSessionExchange(t *testing.T) {
	lg, logs := newLogger(t)
	nodes := newNodes(t, lg, "hospital-a", "hospital-b", "hospital-c")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ss := openAll(t, ctx, nodes, "task-x/round-1/attempt-1")
	n := len(ss)
	for i, s := range ss {
		if s.Parties() != n || s.Self() != i {
			t.Fatalf("party %d: Parties() = %d, Self() = %d", i, s.Parties(), s.Self())
		}
	}

	// Small messages both ways on every link.
	small := func(from, to int) []byte { return fmt.Appendf(nil, "secret-payload %d->%d", from, to) }
	if err := exchange(ctx, ss, small); err != nil {
		t.Fatalf("small: %v", err)
	}

	// 1 MiB from everyone to everyone, all sent before anyone receives.
	const size = 1 << 20
	big := make([][][]byte, n) // big[from][to]
	for i := range big {
		big[i] = make([][]byte, n)
		for j := range n {
			if j != i {
				big[i][j] = make([]byte, size)
				_, _ = rand.Read(big[i][j])
			}
		}
	}
	errs := forEach(n, func(i int) error {
		for j := range n {
			if j != i {
				if err := ss[i].Send(ctx, j, big[i][j]); err != nil {
					return err
				}
			}
		}
		return nil
	})
	for i, err := range errs {
		if err != nil {
			t.Fatalf("party %d send big: %v", i, err)
		}
	}
	errs = forEach(n, func(i int) error {
		for j := range n {
			if j == i {
				continue
			}
			got, err := ss[i].Recv(ctx, j)
			if err != nil {
				return err
			}
			if !bytes.Equal(got, big[j][i]) {
				return fmt.Errorf("from %d: 1 MiB message differs", j)
			}
		}
		return nil
	})
	for i, err := range errs {
		if err != nil {
			t.Fatalf("party %d recv big: %v", i, err)
		}
	}

	for i, s := range ss {
		if err := s.Close(); err != nil {
			t.Fatalf("party %d close: %v", i, err)
		}
		want := int64(0)
		for j := range n {
			if j != i {
				want += int64(frameHeader+len(small(i, j))) + frameHeader + size
			}
		}
		if got := s.BytesSent(); got != want {
			t.Errorf("party %d: BytesSent() = %d, want %d", i, got, want)
		}
	}
	if strings.Contains(logs.String(), "secret-payload") {
		t.Error("log contains message contents")
	}
}

func TestConcurrentSessionsDoNotMix(t *testing.T) {
	lg, _ := newLogger(t)
	nodes := newNodes(t, lg, "hospital-a", "hospital-b", "hospital-c")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	sids := []string{"task-x/round-1/attempt-1", "task-y/round-1/attempt-1"}
	sessions := make([][]*Session, len(sids))
	for k, err := range forEach(len(sids), func(k int) error {
		sessions[k] = openAll(t, ctx, nodes, sids[k])
		return nil
	}) {
		if err != nil {
			t.Fatal(k, err)
		}
	}

	const msgs = 50
	n := len(nodes)
	errs := forEach(len(sids)*n, func(x int) error {
		k, i := x/n, x%n
		s := sessions[k][i]
		for m := range msgs {
			for j := range n {
				if j != i {
					if err := s.Send(ctx, j, fmt.Appendf(nil, "%s %d->%d #%d", sids[k], i, j, m)); err != nil {
						return err
					}
				}
			}
		}
		for m := range msgs {
			for j := range n {
				if j == i {
					continue
				}
				got, err := s.Recv(ctx, j)
				if err != nil {
					return err
				}
				if want := fmt.Sprintf("%s %d->%d #%d", sids[k], j, i, m); string(got) != want {
					return fmt.Errorf("session %s party %d: got %q, want %q", sids[k], i, got, want)
				}
			}
		}
		return nil
	})
	for _, err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

func TestOpenDuplicateSession(t *testing.T) {
	lg, _ := newLogger(t)
	nodes := newNodes(t, lg, "hospital-a", "hospital-b")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	openAll(t, ctx, nodes, "s")
	_, err := nodes[0].host.Open(ctx, SessionConfig{ID: "s", Self: 0, Peers: peersOf(nodes)})
	if err == nil || !strings.Contains(err.Error(), "already open") {
		t.Fatalf("second Open of one session: err = %v, want already open", err)
	}
}

func TestPeerAuth(t *testing.T) {
	lg, _ := newLogger(t)
	a := newNode(t, lg, newIdentity(t, "hospital-a"))
	b := newNode(t, lg, newIdentity(t, "hospital-b"))
	// Impostors: other keys under the honest nodes' IDs.
	fakeA := newNode(t, lg, newIdentity(t, "hospital-a"))
	fakeB := newNode(t, lg, newIdentity(t, "hospital-b"))

	type party struct {
		node  *node
		peers []Peer
	}
	// hijacked is b's entry with b's pinned fingerprint but fakeB's address.
	hijacked := b.peer()
	hijacked.Addr = fakeB.host.Addr()
	tests := []struct {
		name     string
		parties  [2]party // parties[i] plays index i
		wantAuth [2]bool
	}{
		{
			name: "acceptor presents wrong certificate",
			parties: [2]party{
				{a, []Peer{a.peer(), hijacked}},
				{fakeB, []Peer{a.peer(), fakeB.peer()}},
			},
			wantAuth: [2]bool{true, false}, // the dialer notices in the handshake
		},
		{
			name: "dialer presents wrong certificate",
			parties: [2]party{
				{fakeA, []Peer{fakeA.peer(), b.peer()}},
				{b, []Peer{a.peer(), b.peer()}},
			},
			wantAuth: [2]bool{true, true}, // the acceptor notices and rejects the dialer
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			sid := "auth/" + tt.name
			done := make(chan int, 2)
			errs := make([]error, 2)
			for i, p := range tt.parties {
				go func() {
					s, err := p.node.host.Open(ctx, SessionConfig{ID: sid, Self: i, Peers: p.peers})
					if s != nil {
						_ = s.Close()
					}
					errs[i] = err
					done <- i
				}()
			}
			// Once every party that must detect the impostor has returned,
			// the others are not waited for.
			left := 0
			for _, w := range tt.wantAuth {
				if w {
					left++
				}
			}
			for range 2 {
				if i := <-done; tt.wantAuth[i] {
					if left--; left == 0 {
						cancel()
					}
				}
			}
			for i, err := range errs {
				if got := errors.Is(err, ErrPeerAuth); got != tt.wantAuth[i] {
					t.Errorf("party %d: err = %v, want ErrPeerAuth %v", i, err, tt.wantAuth[i])
				}
				if err == nil {
					t.Errorf("party %d: Open succeeded with an impostor", i)
				}
			}
			// The detecting acceptor or dialer names the peer and both
			// fingerprints.
			for i, p := range tt.parties {
				other := p.peers[1-i]
				if !tt.wantAuth[i] || errs[i] == nil || p.node == fakeA {
					continue
				}
				msg := errs[i].Error()
				if !strings.Contains(msg, other.ID) || !strings.Contains(msg, short(other.Fingerprint)) {
					t.Errorf("party %d: error %q does not name peer %s and fingerprint %s", i, msg, other.ID, short(other.Fingerprint))
				}
			}
		})
	}
}

func TestOpenTimeoutNamesMissingPeer(t *testing.T) {
	tests := []struct {
		name      string
		missing   int  // the party that never opens
		closeHost bool // whether its Host is not even listening
	}{
		{name: "acceptor never opens", missing: 2},
		{name: "acceptor not listening", missing: 2, closeHost: true},
		{name: "dialer never opens", missing: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lg, _ := newLogger(t)
			nodes := newNodes(t, lg, "hospital-a", "hospital-b", "hospital-c")
			if tt.closeHost {
				if err := nodes[tt.missing].host.Close(); err != nil {
					t.Fatal(err)
				}
			}
			peers := peersOf(nodes)
			ctx, cancel := context.WithTimeout(context.Background(), 700*time.Millisecond)
			defer cancel()
			errs := forEach(len(nodes), func(i int) error {
				if i == tt.missing {
					return nil
				}
				s, err := nodes[i].host.Open(ctx, SessionConfig{ID: "round-1", Self: i, Peers: peers})
				if err == nil {
					_ = s.Close()
					return errors.New("Open succeeded without all peers")
				}
				return err
			})
			want := "peers never connected: " + nodes[tt.missing].id.NodeID + ":"
			for i, err := range errs {
				if i == tt.missing {
					continue
				}
				if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), want) {
					t.Errorf("party %d: err = %v, want %q wrapping context.DeadlineExceeded", i, err, want)
				}
			}
		})
	}
}

func TestOpenOrder(t *testing.T) {
	tests := []struct {
		name       string
		late       int  // the party that opens late
		lateListen bool // whether its Host also starts listening late
	}{
		{name: "acceptor opens late", late: 2},
		{name: "acceptor listens late", late: 2, lateListen: true},
		{name: "dialer opens late", late: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lg, _ := newLogger(t)
			ids := []*Identity{newIdentity(t, "hospital-a"), newIdentity(t, "hospital-b"), newIdentity(t, "hospital-c")}
			nodes := make([]*node, len(ids))
			var lateAddr string
			for i, id := range ids {
				if i == tt.late && tt.lateListen {
					// Reserve a port that refuses connections for now.
					ln, err := net.Listen("tcp", "127.0.0.1:0")
					if err != nil {
						t.Fatal(err)
					}
					lateAddr = ln.Addr().String()
					_ = ln.Close()
					nodes[i] = &node{id: id}
					continue
				}
				nodes[i] = newNode(t, lg, id)
			}
			peers := make([]Peer, len(nodes))
			for i, n := range nodes {
				if n.host == nil {
					peers[i] = Peer{ID: n.id.NodeID, Addr: lateAddr, Fingerprint: n.id.Fingerprint}
				} else {
					peers[i] = n.peer()
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			ss := make([]*Session, len(nodes))
			errs := forEach(len(nodes), func(i int) error {
				if i == tt.late {
					time.Sleep(300 * time.Millisecond)
					if nodes[i].host == nil {
						h, err := Listen(lateAddr, nodes[i].id, lg)
						if err != nil {
							return err
						}
						t.Cleanup(func() { _ = h.Close() })
						nodes[i].host = h
					}
				}
				var err error
				ss[i], err = nodes[i].host.Open(ctx, SessionConfig{ID: "late", Self: i, Peers: peers})
				return err
			})
			for i, err := range errs {
				if err != nil {
					t.Fatalf("party %d: %v", i, err)
				}
				t.Cleanup(func() { _ = ss[i].Close() })
			}
			// Every link carries a message.
			if err := exchange(ctx, ss, func(from, _ int) []byte { return []byte{byte(from)} }); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestOpenAgainAfterTimeout(t *testing.T) {
	// A dialer whose Open timed out leaves a link pending at the acceptor;
	// the next attempt of the same session must not trip over it.
	lg, _ := newLogger(t)
	nodes := newNodes(t, lg, "hospital-a", "hospital-b")
	peers := peersOf(nodes)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	_, err := nodes[0].host.Open(ctx, SessionConfig{ID: "retry", Self: 0, Peers: peers})
	cancel()
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("first Open: err = %v, want deadline exceeded", err)
	}
	ctx, cancel = context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ss := openAll(t, ctx, nodes, "retry")
	if err := ss[0].Send(ctx, 1, []byte("hi")); err != nil {
		t.Fatal(err)
	}
	if m, err := ss[1].Recv(ctx, 0); err != nil || string(m) != "hi" {
		t.Fatalf("Recv = %q, %v", m, err)
	}
}

func TestRecvFailsWhenLinkBreaks(t *testing.T) {
	tests := []struct {
		name      string
		breakLink func(t *testing.T, nodes []*node, s *Session)
	}{
		{"peer closes session", func(t *testing.T, _ []*node, s *Session) {
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
		}},
		{"peer host closes", func(t *testing.T, nodes []*node, _ *Session) {
			if err := nodes[0].host.Close(); err != nil {
				t.Fatal(err)
			}
		}},
		{"connection drops", func(t *testing.T, _ []*node, s *Session) {
			// As when the peer's process dies: no TLS close_notify.
			_ = s.links[1].conn.NetConn().Close()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lg, _ := newLogger(t)
			nodes := newNodes(t, lg, "hospital-a", "hospital-b")
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			ss := openAll(t, ctx, nodes, "break")
			if err := ss[0].Send(ctx, 1, []byte("last")); err != nil {
				t.Fatal(err)
			}
			if m, err := ss[1].Recv(ctx, 0); err != nil || string(m) != "last" {
				t.Fatalf("Recv = %q, %v", m, err)
			}
			tt.breakLink(t, nodes, ss[0])
			// Failing with a link error, not the context's, shows it failed
			// before the 5 s deadline.
			if _, err := ss[1].Recv(ctx, 0); err == nil || isContextErr(err) {
				t.Fatalf("Recv after the link broke: err = %v, want a link error", err)
			}
			// A broken link fails Send too, once the writer has noticed.
			deadline := time.Now().Add(2 * time.Second)
			for ss[1].Send(ctx, 0, []byte("x")) == nil {
				if time.Now().After(deadline) {
					t.Fatal("Send keeps succeeding on a broken link")
				}
				time.Sleep(10 * time.Millisecond)
			}
		})
	}
}

func TestCloseFlushesQueuedMessages(t *testing.T) {
	ctx, ss := openPair(t, "flush")
	const msgs = 20
	for m := range msgs {
		if err := ss[0].Send(ctx, 1, make([]byte, 64<<10+m)); err != nil {
			t.Fatal(err)
		}
	}
	if err := ss[0].Close(); err != nil {
		t.Fatal(err)
	}
	for m := range msgs {
		got, err := ss[1].Recv(ctx, 0)
		if err != nil {
			t.Fatalf("message %d: %v", m, err)
		}
		if len(got) != 64<<10+m {
			t.Fatalf("message %d: %d bytes, want %d", m, len(got), 64<<10+m)
		}
	}
	if _, err := ss[1].Recv(ctx, 0); err == nil {
		t.Fatal("Recv after the peer closed and all was read: no error")
	}
}

func TestClosedSession(t *testing.T) {
	ctx, ss := openPair(t, "closed")
	if err := ss[0].Close(); err != nil {
		t.Fatal(err)
	}
	if err := ss[0].Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if err := ss[0].Send(ctx, 1, []byte("x")); !errors.Is(err, net.ErrClosed) {
		t.Errorf("Send on closed session: err = %v, want net.ErrClosed", err)
	}
	if _, err := ss[0].Recv(ctx, 1); !errors.Is(err, net.ErrClosed) {
		t.Errorf("Recv on closed session: err = %v, want net.ErrClosed", err)
	}
}

func TestRecvHonoursContext(t *testing.T) {
	ctx, ss := openPair(t, "ctx")

	short, cancelShort := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancelShort()
	if _, err := ss[1].Recv(short, 0); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Recv with nothing sent: err = %v, want deadline exceeded", err)
	}
	canceled, cancelNow := context.WithCancel(ctx)
	cancelNow()
	if err := ss[0].Send(canceled, 1, []byte("x")); !errors.Is(err, context.Canceled) {
		t.Fatalf("Send with canceled ctx: err = %v, want canceled", err)
	}
	// The link still works.
	if err := ss[0].Send(ctx, 1, []byte("after")); err != nil {
		t.Fatal(err)
	}
	if m, err := ss[1].Recv(ctx, 0); err != nil || string(m) != "after" {
		t.Fatalf("Recv = %q, %v", m, err)
	}
}

func TestSendRecvBadParty(t *testing.T) {
	ctx, ss := openPair(t, "bad-party")
	for _, to := range []int{-1, 0, 2} {
		if err := ss[0].Send(ctx, to, nil); err == nil {
			t.Errorf("Send to %d: no error", to)
		}
		if _, err := ss[0].Recv(ctx, to); err == nil {
			t.Errorf("Recv from %d: no error", to)
		}
	}
	if err := ss[0].Send(ctx, 1, make([]byte, maxFrame+1)); err == nil {
		t.Error("Send of more than 64 MiB: no error")
	}
	if err := ss[0].Send(ctx, 1, nil); err != nil {
		t.Fatalf("Send of empty message: %v", err)
	}
	if m, err := ss[1].Recv(ctx, 0); err != nil || len(m) != 0 {
		t.Fatalf("Recv of empty message = %q, %v", m, err)
	}
}

func TestOpenValidatesConfig(t *testing.T) {
	lg, _ := newLogger(t)
	nodes := newNodes(t, lg, "hospital-a", "hospital-b")
	good := peersOf(nodes)
	with := func(i int, f func(*Peer)) []Peer {
		p := append([]Peer(nil), good...)
		f(&p[i])
		return p
	}
	tests := []struct {
		name    string
		cfg     SessionConfig
		wantErr string
	}{
		{"empty session id", SessionConfig{ID: "", Self: 0, Peers: good}, "session id"},
		{"long session id", SessionConfig{ID: strings.Repeat("x", maxSessionID+1), Self: 0, Peers: good}, "session id"},
		{"no peers", SessionConfig{ID: "s", Self: 0}, "no peers"},
		{"self out of range", SessionConfig{ID: "s", Self: 2, Peers: good}, "self 2 out of range"},
		{"self is another node", SessionConfig{ID: "s", Self: 1, Peers: good}, "self is node"},
		{"self fingerprint", SessionConfig{ID: "s", Self: 0, Peers: with(0, func(p *Peer) { p.Fingerprint = good[1].Fingerprint })}, "is not this node's"},
		{"bad fingerprint", SessionConfig{ID: "s", Self: 0, Peers: with(1, func(p *Peer) { p.Fingerprint = "abc" })}, "64 hex digits"},
		{"duplicate id", SessionConfig{ID: "s", Self: 0, Peers: with(1, func(p *Peer) { p.ID = good[0].ID })}, "repeats"},
		{"bad addr", SessionConfig{ID: "s", Self: 0, Peers: with(1, func(p *Peer) { p.Addr = "nowhere" })}, "addr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := nodes[0].host.Open(context.Background(), tt.cfg)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.HasPrefix(err.Error(), "p2p: ") {
				t.Fatalf("err = %v, want one starting with p2p: and containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestOpenFailsWhenHostCloses(t *testing.T) {
	tests := []struct {
		name string
		self int // the party whose Host closes while it waits
	}{
		{name: "dialer", self: 0},
		{name: "acceptor", self: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lg, _ := newLogger(t)
			nodes := newNodes(t, lg, "hospital-a", "hospital-b")
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			n := nodes[tt.self]
			errc := make(chan error, 1)
			go func() {
				_, err := n.host.Open(ctx, SessionConfig{ID: "closing", Self: tt.self, Peers: peersOf(nodes)})
				errc <- err
			}()
			time.Sleep(100 * time.Millisecond)
			if err := n.host.Close(); err != nil {
				t.Fatal(err)
			}
			select {
			case err := <-errc:
				if !errors.Is(err, net.ErrClosed) {
					t.Fatalf("err = %v, want net.ErrClosed", err)
				}
			case <-time.After(time.Second):
				t.Fatal("Open still waiting a second after Host.Close")
			}
		})
	}
}

func TestHelloForAnotherNode(t *testing.T) {
	// The peer list puts node b's key and address under another ID: b's
	// certificate passes the dialer's check, but b refuses a hello that is
	// not for it.
	lg, _ := newLogger(t)
	nodes := newNodes(t, lg, "hospital-a", "hospital-b")
	wrong := nodes[1].peer()
	wrong.ID = "hospital-x"
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := nodes[0].host.Open(ctx, SessionConfig{ID: "s", Self: 0, Peers: []Peer{nodes[0].peer(), wrong}})
	if !errors.Is(err, ErrPeerAuth) || !strings.Contains(err.Error(), "hospital-x") {
		t.Fatalf("err = %v, want ErrPeerAuth naming hospital-x", err)
	}
}

func TestPaceWaitsForThePeerToRead(t *testing.T) {
	lg, _ := newLogger(t)
	nodes := newNodes(t, lg, "hospital-a", "hospital-b")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	ss := openAll(t, ctx, nodes, "pace")
	if err := ss[0].Pace(ctx, 1, 1); err != nil {
		t.Fatalf("Pace with nothing queued: %v", err)
	}
	// More than the peer's inbox and both ends' socket buffers hold, so
	// that the writer stalls while the peer reads nothing.
	const msgs, size = 64, 1 << 20
	for m := range msgs {
		msg := bytes.Repeat([]byte{byte(m)}, size)
		if err := ss[0].Send(ctx, 1, msg); err != nil {
			t.Fatal(err)
		}
	}
	short, cancelShort := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancelShort()
	if err := ss[0].Pace(short, 1, 2*size); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Pace while the peer reads nothing: err = %v, want deadline exceeded", err)
	}
	paced := make(chan error, 1)
	go func() { paced <- ss[0].Pace(ctx, 1, 2*size) }()
	for m := range msgs {
		got, err := ss[1].Recv(ctx, 0)
		if err != nil {
			t.Fatalf("message %d: %v", m, err)
		}
		if len(got) != size || got[0] != byte(m) || got[size-1] != byte(m) {
			t.Fatalf("message %d: %d bytes starting %d, want %d bytes of %d", m, len(got), got[0], size, m)
		}
		ss[1].Recycle(0, got)
	}
	if err := <-paced; err != nil {
		t.Fatalf("Pace once the peer read everything: %v", err)
	}
}

func TestPaceFailsOnBrokenLink(t *testing.T) {
	lg, _ := newLogger(t)
	nodes := newNodes(t, lg, "hospital-a", "hospital-b")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ss := openAll(t, ctx, nodes, "pace-broken")
	for range 64 {
		if err := ss[0].Send(ctx, 1, make([]byte, 1<<20)); err != nil {
			t.Fatal(err)
		}
	}
	paced := make(chan error, 1)
	go func() { paced <- ss[0].Pace(ctx, 1, 1) }()
	_ = ss[1].links[0].conn.NetConn().Close()
	// Failing with a link error, not the context's, shows that Pace
	// noticed the broken link.
	if err := <-paced; err == nil || isContextErr(err) {
		t.Fatalf("Pace on a broken link: err = %v, want a link error", err)
	}
	for _, to := range []int{-1, 0, 2} {
		if err := ss[0].Pace(ctx, to, 1); err == nil {
			t.Errorf("Pace to %d: no error", to)
		}
	}
}

func TestRecycledBuffersCarryEachMessage(t *testing.T) {
	lg, _ := newLogger(t)
	nodes := newNodes(t, lg, "hospital-a", "hospital-b")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ss := openAll(t, ctx, nodes, "recycle")
	// Sizes around the kept buffers' classes, so that a message is often
	// read into a larger buffer a longer one left behind.
	sizes := []int{bufferUnit + 1, 3 * bufferUnit, bufferUnit - 1, 2*bufferUnit + 7, bufferUnit, 3*bufferUnit - 5, 100}
	send := func(i, m int) []byte {
		msg := make([]byte, sizes[i%len(sizes)])
		for j := range msg {
			msg[j] = byte(m + j*7)
		}
		return msg
	}
	for round := range 3 {
		for i := range sizes {
			m := round*len(sizes) + i
			msg := send(i, m)
			if err := ss[0].Send(ctx, 1, msg); err != nil {
				t.Fatal(err)
			}
			clear(msg) // Send keeps a copy
		}
		for i := range sizes {
			m := round*len(sizes) + i
			got, err := ss[1].Recv(ctx, 0)
			if err != nil {
				t.Fatal(err)
			}
			if want := send(i, m); !bytes.Equal(got, want) {
				t.Fatalf("message %d: %d bytes differ from the %d sent", m, len(got), len(want))
			}
			ss[1].Recycle(0, got)
		}
	}
}

func TestBufferClasses(t *testing.T) {
	for _, n := range []int{0, 1, bufferUnit - 1, bufferUnit, bufferUnit + 1, maxFrame} {
		b := getBuffer(n)
		if len(b) != n {
			t.Fatalf("getBuffer(%d) has length %d", n, len(b))
		}
		if n >= bufferUnit && cap(b)%bufferUnit != 0 {
			t.Fatalf("getBuffer(%d) has capacity %d, not a multiple of %d", n, cap(b), bufferUnit)
		}
		putBuffer(b)
	}
	// Buffers getBuffer did not make are not kept: no panic, no effect.
	putBuffer(nil)
	putBuffer(make([]byte, 10, bufferUnit+3))
	putBuffer(make([]byte, 0, maxFrame+bufferUnit))
}

// TestInboxBoundedInBytes: a peer that sends large messages this party
// does not read makes its link stop reading (and TCP push back) once
// inboxLimit bytes of them wait, instead of holding up to inboxSize messages of
// up to 64 MiB each.
func TestInboxBoundedInBytes(t *testing.T) {
	ctx, ss := openPair(t, "inbox-bytes")
	const msgs, size = 12, 8 << 20
	msg := make([]byte, size)
	for range msgs {
		if err := ss[0].Send(ctx, 1, msg); err != nil {
			t.Fatal(err)
		}
	}
	// Wait until the reader has taken in what it will take.
	l := ss[1].links[0]
	last, since := -1, time.Now()
	for time.Since(since) < 500*time.Millisecond {
		if n := len(l.inbox); n != last {
			last, since = n, time.Now()
		}
		if ctx.Err() != nil {
			t.Fatal("the inbox never settled")
		}
		time.Sleep(20 * time.Millisecond)
	}
	held := 0
	for len(l.inbox) > 0 {
		held += len(<-l.inbox)
	}
	if held > inboxLimit {
		t.Fatalf("the link holds %d MiB of unread messages from its peer, want at most %d MiB", held>>20, inboxLimit>>20)
	}
	t.Logf("%d MiB held", held>>20)
}
