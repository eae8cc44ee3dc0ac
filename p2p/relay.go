package p2p

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"
)

// RelayScheme prefixes the address of a node reached through a relay:
// "relay://HOST:PORT" is the relay's address. A peer with such an address
// is dialed through that relay, addressed by its pinned fingerprint.
const RelayScheme = "relay://"

// relayProto is the TLS application protocol between a node and a relay.
const relayProto = "twopm-relay/1"

// Requests a node makes of a relay, the first byte on a connection to it,
// and the relay's answers.
const (
	relayListen byte = 'L' // keep this connection to be told of incoming links
	relayDial   byte = 'D' // + 32-byte fingerprint: link to that node
	relayAccept byte = 'A' // + token: this connection is the link announced
	relayIncome byte = 'I' // + token, on a listening connection: a dialer waits

	relayOK      byte = 'Y' // the link is spliced: what follows is the peer's
	relayAbsent  byte = 'N' // no node with that fingerprint listens
	relayTimeout byte = 'T' // the node did not take the link in time
	relayBusy    byte = 'B' // too many links wait for that node, or from this one
)

// tokenSize is the size of the random token that names a waiting link.
const tokenSize = 16

// Relay limits.
const (
	// relayAcceptTimeout is how long a dialer waits for the node it asked
	// for to take the link.
	relayAcceptTimeout = 10 * time.Second
	// maxRelayPending is the most dialers a relay keeps waiting at once,
	// and maxRelayPendingPer the most waiting for one node or from one.
	maxRelayPending    = 1024
	maxRelayPendingPer = 64
	// maxRelayConns is the most connections a relay holds, and
	// maxRelayListeners the most nodes it keeps listening.
	maxRelayConns     = 8192
	maxRelayListeners = 1024
	// maxRelayTakes is the most links a node takes through its relay at
	// once: a relay that announces more is cut off and redialed.
	maxRelayTakes = 64
	// relayBackoffMax bounds the wait between a node's attempts to reach
	// its relay.
	relayBackoffMax = 10 * time.Second
)

// Relay forwards links between nodes that do not accept connections: each
// such node keeps a connection to the relay open (Host.UseRelay), and a
// peer that dials it connects to the relay instead, which tells the node,
// takes its second connection and splices the two. Nodes and relay speak
// TLS 1.3, each side with its own certificate, and the nodes' own
// mutually authenticated TLS runs end to end inside the spliced pair: the
// relay sees its ciphertext only, and a relay that alters, drops,
// reorders or replays bytes breaks the link as a tampering network does.
// The relay knows nodes by the fingerprints of the certificates they
// present to it, so none can listen in another's place; it learns who
// links to whom, when, and how much they send.
type Relay struct {
	id   *Identity
	lg   zerolog.Logger
	ln   net.Listener
	conf *tls.Config
	done chan struct{}
	wg   sync.WaitGroup

	mu        sync.Mutex
	closed    bool
	conns     map[net.Conn]struct{} // every connection, for Close
	listeners map[string]*relayNode // by fingerprint
	pending   map[[tokenSize]byte]*relayWait
	spliced   atomic.Int64 // links spliced, for logs and tests

	// allow, if set, is the fingerprints that may use the relay.
	allow map[string]bool
	// acceptTimeout is relayAcceptTimeout, shorter in tests.
	acceptTimeout time.Duration

	// alter, if set (in tests), sees and may change every chunk the relay
	// forwards, as a relay that tampers with links would.
	alter func([]byte)
}

// Allow restricts the relay to nodes whose certificates have the given
// fingerprints (a consortium's registered nodes); any other is refused
// before its request is read. Without it, any certificate may use the
// relay, within its limits. It applies to connections accepted after it.
func (r *Relay) Allow(fingerprints []string) {
	allow := make(map[string]bool, len(fingerprints))
	for _, fp := range fingerprints {
		allow[strings.ToLower(fp)] = true
	}
	r.mu.Lock()
	r.allow = allow
	r.mu.Unlock()
}

// allowed reports whether fp may use the relay.
func (r *Relay) allowed(fp string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.allow == nil || r.allow[fp]
}

// relayNode is a node's listening connection.
type relayNode struct {
	conn net.Conn
	wmu  sync.Mutex // serializes announcements
}

// relayWait is a dialer, from, waiting for the node fp to take its link.
type relayWait struct {
	fp, from string
	took     chan relayTaken
}

// relayTaken is the connection a node took a link with, and whether
// telling it so failed.
type relayTaken struct {
	raw net.Conn
	tc  *tls.Conn
	err error
}

// ListenRelay starts a relay on addr (host:port; port 0 picks one),
// presenting id to the nodes. The caller closes it with Close.
func ListenRelay(addr string, id *Identity, lg zerolog.Logger) (*Relay, error) {
	if id == nil || len(id.Cert.Certificate) == 0 {
		return nil, errors.New("p2p: relay: identity without certificate")
	}
	lc := net.ListenConfig{KeepAliveConfig: keepAlive}
	ln, err := lc.Listen(context.Background(), "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("p2p: relay: %w", err)
	}
	r := &Relay{
		id: id, lg: lg, ln: ln,
		conf: &tls.Config{
			MinVersion:             tls.VersionTLS13,
			Certificates:           []tls.Certificate{id.Cert},
			ClientAuth:             tls.RequireAnyClientCert,
			NextProtos:             []string{relayProto},
			SessionTicketsDisabled: true,
		},
		acceptTimeout: relayAcceptTimeout,
		done:          make(chan struct{}),
		conns:         make(map[net.Conn]struct{}),
		listeners:     make(map[string]*relayNode),
		pending:       make(map[[tokenSize]byte]*relayWait),
	}
	r.wg.Add(1)
	go r.acceptLoop()
	lg.Info().Str("addr", r.Addr()).Str("fingerprint", id.Fingerprint).Msg("relay listening")
	return r, nil
}

// Addr returns the address the relay listens on.
func (r *Relay) Addr() string { return r.ln.Addr().String() }

// Spliced returns how many links the relay has spliced.
func (r *Relay) Spliced() int64 { return r.spliced.Load() }

// Close stops the relay and closes every connection through it.
func (r *Relay) Close() error {
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return nil
	}
	r.closed = true
	close(r.done)
	err := r.ln.Close()
	for c := range r.conns {
		_ = c.Close()
	}
	r.mu.Unlock()
	r.wg.Wait()
	return err
}

func (r *Relay) acceptLoop() {
	defer r.wg.Done()
	acceptLoop(r.ln, r.done, r.lg, func(c net.Conn) bool {
		r.mu.Lock()
		closed, full := r.closed, len(r.conns) >= maxRelayConns
		if !closed && !full {
			r.conns[c] = struct{}{} // for Close
		}
		r.mu.Unlock()
		if closed || full {
			_ = c.Close() // beyond maxRelayConns: refused at once
			return !closed
		}
		r.wg.Add(1)
		go r.serve(c)
		return true
	})
}

func (r *Relay) untrack(c net.Conn) {
	r.mu.Lock()
	delete(r.conns, c)
	r.mu.Unlock()
	_ = c.Close()
}

// serve handles one connection: the handshake, then the request.
func (r *Relay) serve(raw net.Conn) {
	defer r.wg.Done()
	tc := tls.Server(raw, r.conf)
	_ = tc.SetDeadline(time.Now().Add(handshakeTimeout))
	var req [1 + 32]byte
	err := tc.Handshake()
	if err == nil && tc.ConnectionState().NegotiatedProtocol != relayProto {
		err = fmt.Errorf("application protocol %q", tc.ConnectionState().NegotiatedProtocol)
	}
	if err == nil {
		_, err = io.ReadFull(tc, req[:1])
	}
	if err != nil {
		r.lg.Debug().Str("remote", raw.RemoteAddr().String()).Err(err).Msg("relay connection refused")
		r.untrack(raw)
		return
	}
	fp := fingerprint(tc.ConnectionState().PeerCertificates[0].Raw)
	if !r.allowed(fp) {
		r.lg.Warn().Str("remote", raw.RemoteAddr().String()).Str("node", short(fp)).Msg("relay: certificate not allowed")
		r.untrack(raw)
		return
	}
	switch req[0] {
	case relayListen:
		_ = tc.SetDeadline(time.Time{})
		r.listen(raw, tc, fp)
	case relayDial:
		if _, err := io.ReadFull(tc, req[1:]); err != nil {
			r.untrack(raw)
			return
		}
		_ = tc.SetDeadline(time.Time{})
		r.dial(raw, tc, fp, hex.EncodeToString(req[1:]))
	case relayAccept:
		var tok [tokenSize]byte
		if _, err := io.ReadFull(tc, tok[:]); err != nil {
			r.untrack(raw)
			return
		}
		_ = tc.SetDeadline(time.Time{})
		r.take(raw, tc, fp, tok)
	default:
		r.lg.Debug().Str("remote", raw.RemoteAddr().String()).Msg("relay: unknown request")
		r.untrack(raw)
	}
}

// listen keeps tc as node fp's listening connection until it closes; a
// newer one replaces it.
func (r *Relay) listen(raw net.Conn, tc *tls.Conn, fp string) {
	n := &relayNode{conn: tc}
	r.mu.Lock()
	old := r.listeners[fp]
	if old == nil && len(r.listeners) >= maxRelayListeners {
		r.mu.Unlock()
		r.lg.Warn().Str("node", short(fp)).Msg("relay: too many nodes listening")
		r.untrack(raw)
		return
	}
	r.listeners[fp] = n
	r.mu.Unlock()
	if old != nil {
		_ = old.conn.Close()
	}
	r.lg.Info().Str("node", short(fp)).Msg("relay: node listening")
	// The node sends nothing more: a read returns when it hangs up.
	_, _ = io.Copy(io.Discard, tc)
	r.mu.Lock()
	if r.listeners[fp] == n {
		delete(r.listeners, fp)
	}
	r.mu.Unlock()
	r.untrack(raw)
	r.lg.Info().Str("node", short(fp)).Msg("relay: node gone")
}

// dial announces a link from fp to node target and, once the node takes
// it, splices the two.
func (r *Relay) dial(raw net.Conn, tc *tls.Conn, fp, target string) {
	answer := func(code byte) {
		_ = tc.SetWriteDeadline(time.Now().Add(handshakeTimeout))
		_, _ = tc.Write([]byte{code})
		r.untrack(raw)
	}
	var tok [tokenSize]byte
	if _, err := rand.Read(tok[:]); err != nil {
		answer(relayAbsent)
		return
	}
	w := &relayWait{fp: target, from: fp, took: make(chan relayTaken, 1)}
	r.mu.Lock()
	n := r.listeners[target]
	code := relayOK
	switch {
	case n == nil:
		code = relayAbsent
	case len(r.pending) >= maxRelayPending || r.waiting(target, fp):
		code = relayBusy
	default:
		r.pending[tok] = w
	}
	r.mu.Unlock()
	if code != relayOK {
		answer(code)
		return
	}
	// gone removes the wait; false if a take got there first, whose
	// connection is then the dialer's to close.
	gone := func() bool {
		r.mu.Lock()
		defer r.mu.Unlock()
		_, ok := r.pending[tok]
		delete(r.pending, tok)
		return ok
	}
	abandon := func() {
		if !gone() {
			peer := <-w.took
			r.untrack(peer.raw)
		}
	}
	n.wmu.Lock()
	_ = n.conn.SetWriteDeadline(time.Now().Add(handshakeTimeout))
	_, err := n.conn.Write(append([]byte{relayIncome}, tok[:]...))
	n.wmu.Unlock()
	if err != nil {
		// A TLS connection whose write failed is broken for good: drop
		// the listener, so the node notices and redials.
		_ = n.conn.Close()
		abandon()
		answer(relayAbsent)
		return
	}
	select {
	case peer := <-w.took:
		defer r.untrack(peer.raw)
		if peer.err != nil {
			answer(relayAbsent)
			return
		}
		_ = tc.SetWriteDeadline(time.Now().Add(handshakeTimeout))
		if _, err := tc.Write([]byte{relayOK}); err != nil {
			r.untrack(raw)
			return
		}
		_ = tc.SetWriteDeadline(time.Time{})
		r.spliced.Add(1)
		r.lg.Debug().Str("from", short(fp)).Str("to", short(target)).Msg("relay: link spliced")
		r.splice(tc, peer.tc)
		r.untrack(raw)
	case <-time.After(r.acceptTimeout):
		abandon()
		answer(relayTimeout)
	case <-r.done:
		abandon()
		r.untrack(raw)
	}
}

// waiting reports whether maxRelayPendingPer dialers already wait for
// target, or from dialer. Callers hold r.mu.
func (r *Relay) waiting(target, dialer string) bool {
	to, from := 0, 0
	for _, w := range r.pending {
		if w.fp == target {
			to++
		}
		if w.from == dialer {
			from++
		}
	}
	return to >= maxRelayPendingPer || from >= maxRelayPendingPer
}

// take hands the connection tc of node fp to the dialer waiting under tok,
// if that dialer asked for fp.
func (r *Relay) take(raw net.Conn, tc *tls.Conn, fp string, tok [tokenSize]byte) {
	r.mu.Lock()
	w := r.pending[tok]
	if w != nil && w.fp == fp {
		delete(r.pending, tok)
	} else {
		w = nil
	}
	r.mu.Unlock()
	if w == nil {
		r.untrack(raw)
		return
	}
	// Whatever happens, the dialer hears of it: it owns the connection now.
	_ = tc.SetWriteDeadline(time.Now().Add(handshakeTimeout))
	_, err := tc.Write([]byte{relayOK})
	_ = tc.SetWriteDeadline(time.Time{})
	w.took <- relayTaken{raw: raw, tc: tc, err: err}
}

// splice copies between a and b until either side ends, then closes both.
func (r *Relay) splice(a, b net.Conn) {
	done := make(chan struct{}, 2)
	cp := func(dst, src net.Conn) {
		if r.alter == nil {
			_, _ = io.Copy(dst, src)
		} else {
			buf := make([]byte, 32<<10)
			for {
				n, err := src.Read(buf)
				if n > 0 {
					r.alter(buf[:n])
					if _, werr := dst.Write(buf[:n]); werr != nil {
						break
					}
				}
				if err != nil {
					break
				}
			}
		}
		done <- struct{}{}
	}
	go cp(a, b)
	go cp(b, a)
	<-done
	_ = a.Close()
	_ = b.Close()
	<-done
}

// UseRelay makes the Host reachable through the relay at addr (host:port)
// without accepting any connection: it keeps a connection to the relay
// open, redialing with backoff whenever it drops (a relay restart), and
// takes every link the relay announces (at most maxRelayTakes at once; a
// relay that announces more is cut off and redialed) as if its listener
// had accepted it. fingerprint, if set, pins the relay's certificate. A
// relay is never trusted with a link's contents, which the nodes' own TLS
// protects end to end; an unpinned relay, or one on the path, can refuse
// service and sees who links to whom. Peers reach the Host at
// RelayAddress(addr, fingerprint). It runs until the Host is closed, and
// fails if the Host is closed or already uses a relay.
func (h *Host) UseRelay(addr, fingerprint string) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	switch {
	case h.closed:
		return errHostClosed
	case h.relayAddr != "":
		return fmt.Errorf("p2p: the host already uses relay %s", h.relayAddr)
	}
	h.relayAddr, h.relayPin = addr, strings.ToLower(fingerprint)
	h.takes = make(chan struct{}, maxRelayTakes)
	h.relayErr = fmt.Errorf("relay %s: not connected yet", addr)
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		var backoff time.Duration
		for {
			connected, err := h.relayListen(addr, fingerprint)
			select {
			case <-h.done:
				return
			default:
			}
			h.mu.Lock()
			h.relayErr = fmt.Errorf("relay %s: %w", addr, err)
			h.mu.Unlock()
			if connected {
				backoff = 0
			}
			backoff = min(max(2*backoff, 100*time.Millisecond), relayBackoffMax)
			h.lg.Warn().Str("relay", addr).Err(err).Dur("backoff", backoff).Msg("p2p relay connection lost")
			select {
			case <-time.After(backoff):
			case <-h.done:
				return
			}
		}
	}()
	return nil
}

// WaitRelay waits until the Host is connected to its relay, at most
// timeout, and returns RelayError.
func (h *Host) WaitRelay(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		err := h.RelayError()
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// RelayError returns why the Host is not connected to its relay now (its
// peers cannot reach it), or nil if it is or uses none.
func (h *Host) RelayError() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.relayErr
}

// RelayAddress is the address of a node reached through the relay at addr
// (host:port) whose certificate has fingerprint (empty: not pinned), as
// the node announces it: RelayScheme, addr, and "#" and the fingerprint,
// which dialers then pin.
func RelayAddress(addr, fingerprint string) string {
	if fingerprint == "" {
		return RelayScheme + addr
	}
	return RelayScheme + addr + "#" + strings.ToLower(fingerprint)
}

// parseRelayAddress splits a RelayAddress into the relay's host:port and
// its pinned fingerprint ("" if none).
func parseRelayAddress(a string) (addr, pin string) {
	addr, pin, _ = strings.Cut(strings.TrimPrefix(a, RelayScheme), "#")
	return addr, pin
}

// relayListen keeps one listening connection to the relay until it fails,
// taking each link announced on it; connected says it got that far.
func (h *Host) relayListen(addr, pin string) (connected bool, err error) {
	ctx, cancel := context.WithTimeout(h.base, handshakeTimeout)
	c, err := h.relayConnect(ctx, addr, pin, []byte{relayListen})
	cancel()
	if err != nil {
		return false, err
	}
	stop := context.AfterFunc(h.base, func() { _ = c.Close() })
	defer stop()
	defer func() { _ = c.Close() }()
	h.mu.Lock()
	h.relayErr = nil
	h.mu.Unlock()
	h.lg.Info().Str("relay", addr).Msg("p2p reachable through relay")
	var msg [1 + tokenSize]byte
	for {
		if _, err := io.ReadFull(c, msg[:]); err != nil {
			return true, err
		}
		if msg[0] != relayIncome {
			return true, fmt.Errorf("relay sent %q", msg[0])
		}
		select {
		case h.takes <- struct{}{}:
		default:
			return true, fmt.Errorf("relay announced more than %d links at once", maxRelayTakes)
		}
		h.wg.Add(1)
		go h.relayTake(addr, pin, append([]byte{relayAccept}, msg[1:]...))
	}
}

// relayTake opens the connection that takes an announced link and hands
// it to the Host as an incoming one.
func (h *Host) relayTake(addr, pin string, req []byte) {
	defer func() { <-h.takes }()
	ctx, cancel := context.WithTimeout(h.base, handshakeTimeout)
	c, err := h.relayConnect(ctx, addr, pin, req)
	if err == nil {
		err = relayAnswer(ctx, c)
	}
	cancel()
	if err != nil {
		h.wg.Done()
		if c != nil {
			_ = c.Close()
		}
		h.lg.Debug().Str("relay", addr).Err(err).Msg("p2p relayed link not taken")
		return
	}
	h.handleConn(c) // calls h.wg.Done
}

// relayConnect opens a TLS connection to the relay at addr, presenting
// the Host's certificate and checking the relay's against pin if set, and
// sends req.
func (h *Host) relayConnect(ctx context.Context, addr, pin string, req []byte) (*tls.Conn, error) {
	conf := &tls.Config{
		MinVersion:   tls.VersionTLS13,
		Certificates: []tls.Certificate{h.id.Cert},
		NextProtos:   []string{relayProto},
		// The relay is pinned, if at all, by fingerprint; it is never
		// trusted with what the links carry.
		InsecureSkipVerify: true,
		VerifyPeerCertificate: func(raw [][]byte, _ [][]*x509.Certificate) error {
			if pin == "" {
				return nil
			}
			if len(raw) == 0 || fingerprint(raw[0]) != strings.ToLower(pin) {
				return fmt.Errorf("relay %s: certificate is not the pinned %s: %w", addr, short(pin), ErrPeerAuth)
			}
			return nil
		},
	}
	d := &net.Dialer{KeepAliveConfig: keepAlive}
	nc, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("relay %s: %w", addr, err)
	}
	tc := tls.Client(nc, conf)
	if err := tc.HandshakeContext(ctx); err != nil {
		_ = nc.Close()
		return nil, fmt.Errorf("relay %s: %w", addr, err)
	}
	if got := tc.ConnectionState().NegotiatedProtocol; got != relayProto {
		_ = tc.Close()
		return nil, fmt.Errorf("relay %s: application protocol %q, want %q", addr, got, relayProto)
	}
	if dl, ok := ctx.Deadline(); ok {
		_ = tc.SetWriteDeadline(dl)
	}
	if _, err := tc.Write(req); err != nil {
		_ = tc.Close()
		return nil, fmt.Errorf("relay %s: %w", addr, err)
	}
	_ = tc.SetWriteDeadline(time.Time{})
	return tc, nil
}

// relayAnswer reads the relay's answer to a dial or accept request.
func relayAnswer(ctx context.Context, c *tls.Conn) error {
	if dl, ok := ctx.Deadline(); ok {
		_ = c.SetReadDeadline(dl)
	}
	stop := context.AfterFunc(ctx, func() { _ = c.SetReadDeadline(time.Unix(1, 0)) })
	defer stop()
	var code [1]byte
	if _, err := io.ReadFull(c, code[:]); err != nil {
		return fmt.Errorf("relay answer: %w", err)
	}
	_ = c.SetReadDeadline(time.Time{})
	switch code[0] {
	case relayOK:
		return nil
	case relayAbsent:
		return errors.New("relay: the node is not connected to it")
	case relayTimeout:
		return errors.New("relay: the node did not take the link in time")
	case relayBusy:
		return errors.New("relay: too many links wait for the node, or from this one")
	}
	return fmt.Errorf("relay answer %q", code[0])
}

// dialRelayed connects to peer p through the relay its address names,
// pinning the relay's certificate if the address does (RelayAddress) or
// if it is this Host's own relay.
func (h *Host) dialRelayed(ctx context.Context, p Peer) (net.Conn, error) {
	addr, pin := parseRelayAddress(p.Addr)
	fp, err := hex.DecodeString(p.Fingerprint)
	if err != nil || len(fp) != 32 {
		return nil, fmt.Errorf("peer %s: fingerprint is not 64 hex digits", p.ID)
	}
	h.mu.Lock()
	if pin == "" && addr == h.relayAddr {
		pin = h.relayPin
	}
	h.mu.Unlock()
	c, err := h.relayConnect(ctx, addr, pin, append([]byte{relayDial}, fp...))
	if err != nil {
		return nil, err
	}
	if err := relayAnswer(ctx, c); err != nil {
		_ = c.Close()
		return nil, fmt.Errorf("peer %s: %w", p.ID, err)
	}
	return c, nil
}
