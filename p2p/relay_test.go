package p2p

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// relayNet is a relay and nodes of a test: the first direct nodes listen,
// the others accept no connection and are reached through the relay.
type relayNet struct {
	relay *Relay
	nodes []*node
	peers []Peer
}

func newRelayNet(t testing.TB, lg zerolog.Logger, direct int, names ...string) *relayNet {
	t.Helper()
	rid := newIdentity(t, "relay")
	r, err := ListenRelay("127.0.0.1:0", rid, lg.With().Str("node", "relay").Logger())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	rn := &relayNet{relay: r}
	for i, name := range names {
		id := newIdentity(t, name)
		addr := "127.0.0.1:0"
		if i >= direct {
			addr = ""
		}
		h, err := Listen(addr, id, lg.With().Str("node", name).Logger())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = h.Close() })
		p := Peer{ID: name, Addr: h.Addr(), Fingerprint: id.Fingerprint}
		if i >= direct {
			if err := h.UseRelay(r.Addr(), rid.Fingerprint); err != nil {
				t.Fatal(err)
			}
			p.Addr = RelayAddress(r.Addr(), rid.Fingerprint)
		}
		rn.nodes = append(rn.nodes, &node{id: id, host: h})
		rn.peers = append(rn.peers, p)
	}
	return rn
}

// ready waits until every relayed node listens at the relay.
func (rn *relayNet) ready(direct int) {
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		rn.relay.mu.Lock()
		n := len(rn.relay.listeners)
		rn.relay.mu.Unlock()
		if n >= len(rn.nodes)-direct {
			return
		}
	}
}

// bareHost is a Host of node name that accepts no connection, closed with
// the test.
func bareHost(t *testing.T, lg zerolog.Logger, name string) *Host {
	t.Helper()
	h, err := Listen("", newIdentity(t, name), lg.With().Str("node", name).Logger())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close() })
	return h
}

// open opens session sid on every node at once.
func (rn *relayNet) open(ctx context.Context, sid string) ([]*Session, []error) {
	ss := make([]*Session, len(rn.nodes))
	errs := forEach(len(rn.nodes), func(i int) error {
		var err error
		ss[i], err = rn.nodes[i].host.Open(ctx, SessionConfig{ID: sid, Self: i, Peers: rn.peers})
		return err
	})
	return ss, errs
}

// exchange has every party send msg(i, j) to every other party j and
// checks what arrives.
func exchange(ctx context.Context, ss []*Session, msg func(from, to int) []byte) error {
	errs := forEach(len(ss), func(i int) error {
		for j := range ss {
			if j != i {
				if err := ss[i].Send(ctx, j, msg(i, j)); err != nil {
					return err
				}
			}
		}
		for j := range ss {
			if j == i {
				continue
			}
			got, err := ss[i].Recv(ctx, j)
			if err != nil {
				return err
			}
			if want := msg(j, i); !bytes.Equal(got, want) {
				return fmt.Errorf("party %d got %q from %d, want %q", i, got, j, want)
			}
		}
		return nil
	})
	return errors.Join(errs...)
}

// note is a small message from one party to another.
func note(from, to int) []byte { return fmt.Appendf(nil, "%d to %d", from, to) }

func closeAll(ss []*Session) {
	for _, s := range ss {
		if s != nil {
			_ = s.Close()
		}
	}
}

// A session whose nodes accept no connection runs through the relay, mixed
// with a node that listens: every link between relayed nodes is spliced
// there, and the nodes' own TLS runs end to end.
func TestRelayedSession(t *testing.T) {
	lg, _ := newLogger(t)
	rn := newRelayNet(t, lg, 1, "direct", "relayed-a", "relayed-b")
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	ss, errs := rn.open(ctx, "relay/1")
	defer closeAll(ss)
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	if err := exchange(ctx, ss, note); err != nil {
		t.Fatal(err)
	}
	// direct dials both relayed nodes through the relay, relayed-a dials
	// relayed-b through it; nobody dials direct.
	if n := rn.relay.Spliced(); n != 3 {
		t.Fatalf("%d links spliced, want 3", n)
	}
	if rn.nodes[1].host.Addr() != "" {
		t.Fatalf("a relayed node listens at %q", rn.nodes[1].host.Addr())
	}
}

// A relay that alters a byte of a spliced link breaks the session: the
// nodes' TLS rejects the record, as it would a tampering network's.
func TestRelayTamperingIsCaught(t *testing.T) {
	lg, _ := newLogger(t)
	rn := newRelayNet(t, lg, 0, "relayed-a", "relayed-b")
	var flip atomic.Bool
	rn.relay.alter = func(p []byte) {
		if flip.Load() && len(p) > 0 {
			p[len(p)/2] ^= 1
		}
	}
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	ss, errs := rn.open(ctx, "relay/tamper")
	defer closeAll(ss)
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	if err := exchange(ctx, ss, note); err != nil {
		t.Fatalf("before tampering: %v", err)
	}
	flip.Store(true)
	if err := exchange(ctx, ss, note); err == nil {
		t.Fatal("a link the relay altered delivered its messages")
	}
	// Altered from the start, no session opens.
	short, cancelShort := context.WithTimeout(ctx, 3*time.Second)
	defer cancelShort()
	ss2, errs := rn.open(short, "relay/tamper-2")
	defer closeAll(ss2)
	if errors.Join(errs...) == nil {
		t.Fatal("a session opened through a relay that alters every link")
	}
}

// A relay that drops its connections and comes back on the same address
// (a restart) is redialed by the nodes, which need no restart.
func TestRelayRestart(t *testing.T) {
	lg, _ := newLogger(t)
	rn := newRelayNet(t, lg, 0, "relayed-a", "relayed-b")
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	ss, errs := rn.open(ctx, "relay/before")
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	closeAll(ss)
	if err := rn.nodes[0].host.RelayError(); err != nil {
		t.Fatalf("connected, the node says %v", err)
	}
	addr := rn.relay.Addr()
	if err := rn.relay.Close(); err != nil {
		t.Fatal(err)
	}
	// The node notices, and says so until the relay is back.
	for deadline := time.Now().Add(5 * time.Second); rn.nodes[0].host.RelayError() == nil && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	if rn.nodes[0].host.RelayError() == nil {
		t.Fatal("the relay is gone and the node does not say so")
	}
	var r *Relay
	var err error
	for range 50 { // the port may take a moment to be free again
		if r, err = ListenRelay(addr, rn.relay.id, lg.With().Str("node", "relay-2").Logger()); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	ss, errs = rn.open(ctx, "relay/after")
	defer closeAll(ss)
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	if err := exchange(ctx, ss, note); err != nil {
		t.Fatal(err)
	}
	if r.Spliced() != 1 {
		t.Fatalf("%d links through the new relay", r.Spliced())
	}
	if err := rn.nodes[0].host.WaitRelay(ctx, 5*time.Second); err != nil {
		t.Fatalf("back on the relay, the node says %v", err)
	}
}

// A node cannot listen in another's place: the relay knows nodes by the
// certificates they present, so a dial for a fingerprint nobody holds
// finds nobody, and the session never opens.
func TestRelayAddressesByCertificate(t *testing.T) {
	lg, _ := newLogger(t)
	rn := newRelayNet(t, lg, 0, "relayed-a", "relayed-b")
	// An impostor under relayed-b's name, with another key.
	h := bareHost(t, lg, "relayed-b")
	if err := h.UseRelay(rn.relay.Addr(), ""); err != nil {
		t.Fatal(err)
	}
	// relayed-b is gone; only the impostor, with another key, is there.
	if err := rn.nodes[1].host.Close(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Second)
	defer cancel()
	s, err := rn.nodes[0].host.Open(ctx, SessionConfig{ID: "relay/impostor", Self: 0, Peers: rn.peers})
	if s != nil {
		_ = s.Close()
		t.Fatal("a session opened with an impostor")
	}
	if !errors.Is(err, context.DeadlineExceeded) || rn.relay.Spliced() != 0 {
		t.Fatalf("open: %v, %d links spliced; want relayed-b never connected", err, rn.relay.Spliced())
	}
}

// conns returns how many connections r holds.
func (r *Relay) connCount() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.conns)
}

// raw speaks the relay protocol from a Host's identity: one connection
// with request req, and the relay's one-byte answer if answer is set.
func rawRelay(t *testing.T, h *Host, addr string, req []byte, answer bool) (*tls.Conn, byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	c, err := h.relayConnect(ctx, addr, "", req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	if !answer {
		return c, 0
	}
	var b [1]byte
	_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.ReadFull(c, b[:]); err != nil {
		t.Fatal(err)
	}
	return c, b[0]
}

// A relay that allows only its consortium's certificates refuses any
// other, and one node that never takes its links cannot hold more than
// its share of the relay's waiting dials.
func TestRelayLimits(t *testing.T) {
	lg, _ := newLogger(t)
	rn := newRelayNet(t, lg, 0, "relayed-a", "relayed-b")
	addr := rn.relay.Addr()
	outsider := bareHost(t, lg, "outsider")
	// A sink listens under its own certificate and never takes a link.
	sink := bareHost(t, lg, "sink")
	rawRelay(t, sink, addr, []byte{relayListen}, false)
	time.Sleep(100 * time.Millisecond)
	sinkFP, _ := hex.DecodeString(sink.id.Fingerprint)
	for range maxRelayPendingPer {
		rawRelay(t, outsider, addr, append([]byte{relayDial}, sinkFP...), false) // waits: nobody takes it
	}
	deadline := time.Now().Add(5 * time.Second)
	busy := false
	for !busy && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		_, code := rawRelay(t, outsider, addr, append([]byte{relayDial}, sinkFP...), true)
		busy = code == relayBusy
	}
	if !busy {
		t.Fatal("more dials than the per-node limit wait for one node")
	}
	// The relayed nodes still link while the sink's dials wait.
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	ss, errs := rn.open(ctx, "relay/limits")
	defer closeAll(ss)
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	// With an allowlist, an outsider's certificate is refused.
	rn.relay.Allow([]string{rn.nodes[0].id.Fingerprint, rn.nodes[1].id.Fingerprint})
	c, _ := rawRelay(t, outsider, addr, append([]byte{relayDial}, sinkFP...), false)
	_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.ReadFull(c, make([]byte, 1)); err == nil {
		t.Fatal("the relay answered a certificate it does not allow")
	}
	ss2, errs := rn.open(ctx, "relay/allowed")
	defer closeAll(ss2)
	if err := errors.Join(errs...); err != nil {
		t.Fatalf("the allowed nodes: %v", err)
	}
}

// A node takes a link the relay announces late, after its dialer gave up:
// the relay closes the node's connection rather than keep it.
func TestRelayLateTake(t *testing.T) {
	lg, _ := newLogger(t)
	rn := newRelayNet(t, lg, 0)
	rn.relay.acceptTimeout = 200 * time.Millisecond
	addr := rn.relay.Addr()
	late, dialer := bareHost(t, lg, "late"), bareHost(t, lg, "dialer")
	l, _ := rawRelay(t, late, addr, []byte{relayListen}, false)
	time.Sleep(100 * time.Millisecond)
	base := rn.relay.connCount()
	fp, _ := hex.DecodeString(late.id.Fingerprint)
	for range 5 {
		_, code := rawRelay(t, dialer, addr, append([]byte{relayDial}, fp...), true)
		if code != relayTimeout {
			t.Fatalf("answer %q, want a timeout", code)
		}
		var msg [1 + tokenSize]byte
		_ = l.SetReadDeadline(time.Now().Add(5 * time.Second))
		if _, err := io.ReadFull(l, msg[:]); err != nil {
			t.Fatal(err)
		}
		// Too late: take it now.
		c, _ := rawRelay(t, late, addr, append([]byte{relayAccept}, msg[1:]...), false)
		time.Sleep(50 * time.Millisecond)
		_ = c.Close()
	}
	deadline := time.Now().Add(5 * time.Second)
	for rn.relay.connCount() > base && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if n := rn.relay.connCount(); n > base {
		t.Fatalf("the relay holds %d connections, %d before the late takes", n, base)
	}
}

// A relay that floods a node with announcements gets at most
// maxRelayTakes connections back at once: the node cuts it off.
func TestRelayFloodIsBounded(t *testing.T) {
	lg, _ := newLogger(t)
	rid := newIdentity(t, "false-relay")
	ln, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{MinVersion: tls.VersionTLS13, Certificates: []tls.Certificate{rid.Cert},
		ClientAuth: tls.RequireAnyClientCert, NextProtos: []string{relayProto}})
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var open, most atomic.Int64
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				n := open.Add(1)
				defer open.Add(-1)
				for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
				}
				var req [1]byte
				if _, err := io.ReadFull(c, req[:]); err != nil {
					return
				}
				if req[0] == relayListen {
					for range 1000 {
						if _, err := c.Write(append([]byte{relayIncome}, make([]byte, tokenSize)...)); err != nil {
							return
						}
					}
				}
				_, _ = io.Copy(io.Discard, c) // never answers a take
			}()
		}
	}()
	h := bareHost(t, lg, "flooded")
	if err := h.UseRelay(ln.Addr().String(), rid.Fingerprint); err != nil {
		t.Fatal(err)
	}
	if err := h.UseRelay(ln.Addr().String(), rid.Fingerprint); err == nil {
		t.Fatal("a second relay accepted")
	}
	time.Sleep(2 * time.Second)
	if m := most.Load(); m > maxRelayTakes+2 {
		t.Fatalf("the node held %d connections to a flooding relay, want at most %d", m, maxRelayTakes+2)
	}
}
