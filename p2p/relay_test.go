package p2p

import (
	"bytes"
	"context"
	"errors"
	"fmt"
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
			h.UseRelay(r.Addr(), rid.Fingerprint)
			p.Addr = RelayScheme + r.Addr()
		}
		rn.nodes = append(rn.nodes, &node{id: id, host: h})
		rn.peers = append(rn.peers, p)
	}
	return rn
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
	addr := rn.relay.Addr()
	if err := rn.relay.Close(); err != nil {
		t.Fatal(err)
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
}

// A node cannot listen in another's place: the relay knows nodes by the
// certificates they present, so a dial for a fingerprint nobody holds
// finds nobody, and the session never opens.
func TestRelayAddressesByCertificate(t *testing.T) {
	lg, _ := newLogger(t)
	rn := newRelayNet(t, lg, 0, "relayed-a", "relayed-b")
	impostor := newIdentity(t, "relayed-b")
	h, err := Listen("", impostor, lg.With().Str("node", "impostor").Logger())
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	h.UseRelay(rn.relay.Addr(), "")
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
