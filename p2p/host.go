package p2p

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"os"
	"sync"
	"time"

	"github.com/rs/zerolog"
)

// alpnProto is the TLS application protocol of a link. Both sides require
// it, so a TLS client of another protocol cannot be mistaken for a peer.
const alpnProto = "twopm-p2p/1"

// Timeouts and limits of the Host.
const (
	// handshakeTimeout bounds the TLS handshake and the hello on an
	// incoming link, and one TCP connect and handshake of a dialer.
	handshakeTimeout = 10 * time.Second
	// pendingTimeout is how long a link whose session this node has not
	// opened yet is kept before it is closed.
	pendingTimeout = 2 * time.Minute
	// maxPending is the most links a Host keeps pending at once.
	maxPending = 1024
)

// keepAlive probes idle links, so that a peer whose machine vanished
// without closing its connections is noticed in about 20 seconds rather
// than the minutes of the operating system's defaults.
var keepAlive = net.KeepAliveConfig{Enable: true, Idle: 5 * time.Second, Interval: 5 * time.Second, Count: 3}

// errHostClosed is returned by Open when the Host is closed.
var errHostClosed = fmt.Errorf("host closed: %w", net.ErrClosed)

// Host listens for links from peers and opens sessions. One Host serves a
// node process and is shared by its concurrent sessions; links are routed
// to sessions by session ID and peer node ID, so sessions never mix.
type Host struct {
	id        *Identity
	lg        zerolog.Logger
	ln        net.Listener // nil: the Host accepts no connection
	serverTLS *tls.Config
	done      chan struct{} // closed by Close
	base      context.Context
	stop      context.CancelFunc // cancels base, by Close
	wg        sync.WaitGroup

	mu          sync.Mutex
	closed      bool
	handshaking map[*tls.Conn]struct{}    // incoming links before their hello
	pending     map[linkKey]*inbound      // links whose session has not claimed them
	waiting     map[linkKey]chan *inbound // Open calls waiting for a link
	sessions    map[string]*Session       // by session ID; nil while opening
	// relayAddr and relayPin are the relay UseRelay keeps the Host
	// reachable through, and its pinned fingerprint; takes bounds the
	// links it takes through it at once.
	relayAddr, relayPin string
	takes               chan struct{}
	relayErr            error // why the Host is not connected to its relay; nil if it is
}

// linkKey routes an incoming link: the session it is for and the node
// that dialed it.
type linkKey struct {
	session, from string
}

// inbound is an incoming link that has completed the TLS handshake and
// sent its hello, but has not been accepted yet.
type inbound struct {
	conn  *tls.Conn
	hello hello
	fp    string // fingerprint of the client certificate

	// Set while pending: timer closes the link after pendingTimeout, and a
	// watcher goroutine reads from it to notice a dialer that hangs up.
	timer     *time.Timer
	watchDone chan struct{} // closed when the watcher returns
	watchErr  error         // what ended the watcher's read
}

// Listen starts a Host that accepts links on addr, a TCP host:port such as
// "127.0.0.1:7301" (port 0 picks a free port), and presents id on every
// link; with addr empty it accepts no connection, and is reached through
// a relay (UseRelay) or not at all. It logs through lg. The caller closes
// the Host with Close.
func Listen(addr string, id *Identity, lg zerolog.Logger) (*Host, error) {
	if id == nil || len(id.Cert.Certificate) == 0 || id.Cert.PrivateKey == nil {
		return nil, errors.New("p2p: listen: identity without certificate")
	}
	if id.NodeID == "" || len(id.NodeID) > maxNodeID {
		return nil, fmt.Errorf("p2p: listen: node id of %d bytes", len(id.NodeID))
	}
	var ln net.Listener
	if addr != "" {
		lc := net.ListenConfig{KeepAliveConfig: keepAlive}
		var err error
		if ln, err = lc.Listen(context.Background(), "tcp", addr); err != nil {
			return nil, fmt.Errorf("p2p: listen: %w", err)
		}
	}
	h := &Host{
		id: id,
		lg: lg,
		ln: ln,
		serverTLS: &tls.Config{
			MinVersion:   tls.VersionTLS13,
			Certificates: []tls.Certificate{id.Cert},
			// Any certificate is accepted during the handshake: the
			// fingerprint is checked against the session's peer list
			// once the hello says which peer this is.
			ClientAuth: tls.RequireAnyClientCert,
			NextProtos: []string{alpnProto},
			// No resumption: every link proves possession of its key.
			SessionTicketsDisabled: true,
		},
		done:        make(chan struct{}),
		handshaking: make(map[*tls.Conn]struct{}),
		pending:     make(map[linkKey]*inbound),
		waiting:     make(map[linkKey]chan *inbound),
		sessions:    make(map[string]*Session),
	}
	h.base, h.stop = context.WithCancel(context.Background())
	if ln == nil {
		lg.Info().Str("fingerprint", id.Fingerprint).Msg("p2p accepting no connection")
		return h, nil
	}
	h.wg.Add(1)
	go h.acceptLoop()
	lg.Info().Str("addr", h.Addr()).Str("fingerprint", id.Fingerprint).Msg("p2p listening")
	return h, nil
}

// Addr returns the address the Host listens on, with the actual port, or
// "" if it accepts no connection.
func (h *Host) Addr() string {
	if h.ln == nil {
		return ""
	}
	return h.ln.Addr().String()
}

// Close stops listening, closes pending links, makes Open calls in
// progress fail and closes every open Session. It returns the error of
// closing the listener.
func (h *Host) Close() error {
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return nil
	}
	h.closed = true
	close(h.done)
	h.stop()
	var err error
	if h.ln != nil {
		err = h.ln.Close()
	}
	for c := range h.handshaking {
		_ = c.Close()
	}
	for key, in := range h.pending {
		in.timer.Stop()
		_ = in.conn.Close()
		delete(h.pending, key)
	}
	var open []*Session
	for _, s := range h.sessions {
		if s != nil {
			open = append(open, s)
		}
	}
	h.mu.Unlock()
	for _, s := range open {
		_ = s.Close()
	}
	h.wg.Wait()
	if err != nil {
		return fmt.Errorf("p2p: close host: %w", err)
	}
	return nil
}

func (h *Host) acceptLoop() {
	defer h.wg.Done()
	acceptLoop(h.ln, h.done, h.lg, func(c net.Conn) bool {
		h.wg.Add(1)
		go h.handleConn(c)
		return true
	})
}

// acceptLoop accepts connections on ln and hands each to handle until done
// is closed or handle reports false. An accept that fails (out of file
// descriptors and the like) is retried with backoff.
func acceptLoop(ln net.Listener, done <-chan struct{}, lg zerolog.Logger, handle func(net.Conn) bool) {
	var backoff time.Duration
	for {
		c, err := ln.Accept()
		if err != nil {
			select {
			case <-done:
				return
			default:
			}
			backoff = min(max(2*backoff, 5*time.Millisecond), time.Second)
			lg.Warn().Err(err).Dur("backoff", backoff).Msg("p2p accept failed")
			select {
			case <-time.After(backoff):
			case <-done:
				return
			}
			continue
		}
		backoff = 0
		if !handle(c) {
			return
		}
	}
}

// handleConn runs the TLS handshake and reads the hello of an incoming
// link, then hands it to its session or keeps it pending.
func (h *Host) handleConn(c net.Conn) {
	defer h.wg.Done()
	tc := tls.Server(newBatchConn(c), h.serverTLS)
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		_ = c.Close()
		return
	}
	h.handshaking[tc] = struct{}{}
	h.mu.Unlock()

	in, err := h.greet(tc)

	h.mu.Lock()
	delete(h.handshaking, tc)
	h.mu.Unlock()
	if err != nil {
		ev := h.lg.Debug()
		if errors.Is(err, ErrPeerAuth) {
			ev = h.lg.Warn()
		}
		if in != nil {
			ev = ev.Str("session", in.hello.Session).Str("peer", in.hello.From)
		}
		ev.Str("remote", c.RemoteAddr().String()).Err(err).Msg("p2p incoming link refused")
		_ = tc.Close()
		return
	}
	h.deliver(in)
}

// greet runs the server side of the TLS handshake and reads the hello.
// Once the hello is read, it returns the inbound link even with an error,
// for the log.
func (h *Host) greet(tc *tls.Conn) (*inbound, error) {
	_ = tc.SetDeadline(time.Now().Add(handshakeTimeout))
	if err := tc.Handshake(); err != nil {
		return nil, fmt.Errorf("tls handshake: %w", err)
	}
	st := tc.ConnectionState()
	if st.NegotiatedProtocol != alpnProto {
		return nil, fmt.Errorf("application protocol %q, want %q", st.NegotiatedProtocol, alpnProto)
	}
	if len(st.PeerCertificates) == 0 {
		return nil, errors.New("no client certificate")
	}
	hl, err := readHello(tc)
	if err != nil {
		return nil, err
	}
	in := &inbound{conn: tc, hello: hl, fp: fingerprint(st.PeerCertificates[0].Raw)}
	if hl.To != h.id.NodeID {
		_ = writeAck(tc, ackRejected)
		return in, fmt.Errorf("hello names node %q, this is %q: %w", hl.To, h.id.NodeID, ErrPeerAuth)
	}
	_ = tc.SetDeadline(time.Time{})
	return in, nil
}

// deliver hands in to the Open call waiting for it, or keeps it pending
// until one claims it or pendingTimeout passes.
func (h *Host) deliver(in *inbound) {
	key := linkKey{session: in.hello.Session, from: in.hello.From}
	lg := h.lg.With().Str("session", key.session).Str("peer", key.from).Logger()
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		_ = in.conn.Close()
		return
	}
	if ch, ok := h.waiting[key]; ok {
		delete(h.waiting, key)
		ch <- in // buffered; only deliver sends, once
		h.mu.Unlock()
		return
	}
	if s, ok := h.sessions[key.session]; ok && s != nil {
		h.mu.Unlock()
		lg.Warn().Msg("p2p link for an open session refused")
		_ = in.conn.Close()
		return
	}
	if old, ok := h.pending[key]; ok {
		// The dialer retried; its older link is stale.
		delete(h.pending, key)
		old.timer.Stop()
		_ = old.conn.Close()
	}
	if len(h.pending) >= maxPending {
		h.mu.Unlock()
		lg.Warn().Int("pending", maxPending).Msg("p2p too many pending links")
		_ = in.conn.Close()
		return
	}
	in.watchDone = make(chan struct{})
	in.timer = time.AfterFunc(pendingTimeout, func() {
		if h.dropPending(key, in) {
			lg.Debug().Msg("p2p pending link expired")
		}
	})
	h.pending[key] = in
	h.mu.Unlock()
	lg.Debug().Msg("p2p link pending")
	h.wg.Add(1) // handleConn holds the group open, so Close is not yet waiting
	go h.watch(key, in)
}

// watch reads from a pending link, where the dialer sends nothing until it
// gets the ack, so that a dialer that hangs up is noticed. The reader that
// claims the link stops it with a read deadline.
func (h *Host) watch(key linkKey, in *inbound) {
	defer h.wg.Done()
	defer close(in.watchDone)
	var b [1]byte
	n, err := in.conn.Read(b[:])
	if n > 0 {
		err = errors.New("data before ack")
	}
	in.watchErr = err
	if h.dropPending(key, in) {
		h.lg.Debug().Str("session", key.session).Str("peer", key.from).Err(err).Msg("p2p pending link dropped")
	}
}

// dropPending closes in if it is still pending under key, and reports
// whether it was.
func (h *Host) dropPending(key linkKey, in *inbound) bool {
	h.mu.Lock()
	mine := h.pending[key] == in
	if mine {
		delete(h.pending, key)
		in.timer.Stop()
	}
	h.mu.Unlock()
	if mine {
		_ = in.conn.Close()
	}
	return mine
}

// await returns a channel on which the next link for key arrives: at once
// if one is pending, else when deliver gets one. Every await that returns
// no error is paired with unawait unless the channel was read.
func (h *Host) await(key linkKey) (chan *inbound, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, errHostClosed
	}
	if _, dup := h.waiting[key]; dup {
		return nil, fmt.Errorf("session %q already waits for peer %s", key.session, key.from)
	}
	ch := make(chan *inbound, 1)
	if in, ok := h.pending[key]; ok {
		delete(h.pending, key)
		in.timer.Stop()
		ch <- in
		return ch, nil
	}
	h.waiting[key] = ch
	return ch, nil
}

// unawait withdraws a waiting channel and closes a link that arrived on it
// meanwhile.
func (h *Host) unawait(key linkKey, ch chan *inbound) {
	h.mu.Lock()
	if h.waiting[key] == ch {
		delete(h.waiting, key)
	}
	h.mu.Unlock()
	select {
	case in := <-ch:
		_ = in.conn.Close()
	default:
	}
}

// claim stops the watcher of a link taken from pending and reports whether
// the link is still usable.
func (in *inbound) claim() error {
	if in.watchDone == nil {
		return nil // delivered straight to a waiting Open, never watched
	}
	_ = in.conn.SetReadDeadline(time.Unix(1, 0))
	<-in.watchDone
	if !errors.Is(in.watchErr, os.ErrDeadlineExceeded) {
		return fmt.Errorf("pending link broke: %w", in.watchErr)
	}
	return in.conn.SetReadDeadline(time.Time{})
}
