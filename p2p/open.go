package p2p

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"
)

// Dial retry backoff: it doubles from dialBackoffMin up to dialBackoffMax.
const (
	dialBackoffMin = 50 * time.Millisecond
	dialBackoffMax = time.Second
)

// Peer is one party of a session as the coordinator hands it out.
type Peer struct {
	// ID is the node ID, the common name of the node's certificate.
	ID string
	// Addr is the host:port of the node's p2p listener, or RelayScheme and
	// the host:port of the relay it is reached through. It is not used for
	// this node's own entry, and for peers with a lower index than this
	// node's, which dial in.
	Addr string
	// Fingerprint is the expected certificate fingerprint: the lowercase
	// hex SHA-256 of the DER certificate, as in Identity.Fingerprint.
	// Upper case is accepted.
	Fingerprint string
}

// SessionConfig identifies one protocol run.
type SessionConfig struct {
	// ID names the session, for example "task-x/round-1/attempt-2". It is
	// bound into the hello of every link, so it must differ between
	// concurrent sessions and between attempts of one round. At most 256
	// bytes.
	ID string
	// Self is this node's index in Peers.
	Self int
	// Peers lists all parties, this node included, in party-index order.
	// Every party must get the same list. Node IDs are unique and at most
	// 128 bytes each.
	Peers []Peer
}

// validate checks cfg for a Host with identity id and returns the peer
// list with fingerprints in lower case. It lists every bad field at once.
func (cfg SessionConfig) validate(id *Identity) ([]Peer, error) {
	var errs []error
	if cfg.ID == "" || len(cfg.ID) > maxSessionID {
		errs = append(errs, fmt.Errorf("session id of %d bytes, want 1 to %d", len(cfg.ID), maxSessionID))
	}
	if len(cfg.Peers) == 0 {
		errs = append(errs, errors.New("no peers"))
	}
	if cfg.Self < 0 || cfg.Self >= len(cfg.Peers) {
		errs = append(errs, fmt.Errorf("self %d out of range for %d peers", cfg.Self, len(cfg.Peers)))
	}
	peers := make([]Peer, len(cfg.Peers))
	seen := make(map[string]int, len(cfg.Peers))
	for i, p := range cfg.Peers {
		p.Fingerprint = strings.ToLower(p.Fingerprint)
		peers[i] = p
		if p.ID == "" || len(p.ID) > maxNodeID {
			errs = append(errs, fmt.Errorf("peers[%d]: id of %d bytes, want 1 to %d", i, len(p.ID), maxNodeID))
		}
		if j, dup := seen[p.ID]; dup {
			errs = append(errs, fmt.Errorf("peers[%d]: id %q repeats peers[%d]", i, p.ID, j))
		}
		seen[p.ID] = i
		if b, err := hex.DecodeString(p.Fingerprint); err != nil || len(b) != 32 {
			errs = append(errs, fmt.Errorf("peers[%d]: fingerprint is not 64 hex digits", i))
		}
		if i == cfg.Self {
			if p.ID != id.NodeID {
				errs = append(errs, fmt.Errorf("peers[%d]: self is node %q, this is %q", i, p.ID, id.NodeID))
			}
			if p.Fingerprint != id.Fingerprint {
				errs = append(errs, fmt.Errorf("peers[%d]: fingerprint %s is not this node's %s", i, short(p.Fingerprint), short(id.Fingerprint)))
			}
		} else if i > cfg.Self {
			addr := p.Addr
			if strings.HasPrefix(addr, RelayScheme) {
				addr, _ = parseRelayAddress(addr)
			}
			if _, _, err := net.SplitHostPort(addr); err != nil {
				errs = append(errs, fmt.Errorf("peers[%d]: addr: %w", i, err))
			}
		}
	}
	return peers, errors.Join(errs...)
}

// Open connects this node to every other party of the session cfg and
// returns when all links are up. This node dials the parties after it in
// cfg.Peers, retrying while they are not listening yet, and waits for the
// parties before it to dial in; a link that arrived before Open was
// called is taken from the Host's pending links.
//
// Open fails with an error wrapping ErrPeerAuth as soon as a peer fails
// authentication, and with an error that names the peers that never
// connected and wraps ctx.Err() when ctx is done first. It also fails if
// cfg is invalid, a session with the same ID is open on this Host, or the
// Host is closed. On failure every link it made is closed.
func (h *Host) Open(ctx context.Context, cfg SessionConfig) (*Session, error) {
	peers, err := cfg.validate(h.id)
	if err != nil {
		return nil, fmt.Errorf("p2p: open session %q: %w", cfg.ID, err)
	}
	if err := h.reserve(cfg.ID); err != nil {
		return nil, fmt.Errorf("p2p: open session %q: %w", cfg.ID, err)
	}
	lg := h.lg.With().Str("session", cfg.ID).Logger()
	start := time.Now()

	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-h.done:
			cancel()
		case <-lctx.Done():
		}
	}()
	type result struct {
		peer int
		conn *tls.Conn
		err  error
	}
	results := make(chan result, len(peers))
	for j := range peers {
		if j == cfg.Self {
			continue
		}
		go func() {
			var r result
			r.peer = j
			if cfg.Self < j {
				r.conn, r.err = h.dialLink(lctx, cfg.ID, peers[j])
			} else {
				r.conn, r.err = h.acceptLink(lctx, cfg.ID, peers[j])
			}
			results <- r
		}()
	}
	conns := make([]*tls.Conn, len(peers))
	var fatal, ctxErr error
	for range len(peers) - 1 {
		r := <-results
		conns[r.peer] = r.conn
		switch {
		case r.err == nil:
		case isContextErr(r.err):
			ctxErr = r.err
		case fatal == nil:
			fatal = r.err
			cancel() // no point waiting for the others
		}
	}
	if fatal == nil && ctxErr != nil {
		fatal = ctx.Err()
		if fatal == nil {
			// Only Host.Close cancels lctx without ctx being done.
			fatal = errHostClosed
		}
	}
	if fatal != nil {
		var missing []string
		for j, c := range conns {
			if c != nil {
				_ = c.Close()
			} else if j != cfg.Self {
				missing = append(missing, peers[j].ID)
			}
		}
		_ = h.release(cfg.ID, nil)
		lg.Warn().Strs("missing", missing).Err(fatal).Msg("p2p session open failed")
		if isContextErr(fatal) {
			return nil, fmt.Errorf("p2p: open session %q: peers never connected: %s: %w",
				cfg.ID, strings.Join(missing, ", "), fatal)
		}
		return nil, fmt.Errorf("p2p: open session %q: %w", cfg.ID, fatal)
	}
	s := newSession(h, cfg.ID, cfg.Self, peers, conns, lg)
	if err := h.release(cfg.ID, s); err != nil {
		return nil, fmt.Errorf("p2p: open session %q: %w", cfg.ID, err)
	}
	lg.Info().Int("parties", len(peers)).Int("self", cfg.Self).Dur("took", time.Since(start)).Msg("p2p session opened")
	return s, nil
}

func isContextErr(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// reserve marks session id as opening, or fails if it is open or opening.
func (h *Host) reserve(id string) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return errHostClosed
	}
	if _, dup := h.sessions[id]; dup {
		return errors.New("session already open on this host")
	}
	h.sessions[id] = nil
	return nil
}

// release records the opened session s under id, or forgets id if s is
// nil. If the Host was closed meanwhile, it closes s and returns an error.
func (h *Host) release(id string, s *Session) error {
	h.mu.Lock()
	closed := h.closed
	if s == nil || closed {
		delete(h.sessions, id)
	} else {
		h.sessions[id] = s
	}
	h.mu.Unlock()
	if s != nil && closed {
		_ = s.Close()
		return errHostClosed
	}
	return nil
}

// forget removes a closed session.
func (h *Host) forget(s *Session) {
	h.mu.Lock()
	if h.sessions[s.id] == s {
		delete(h.sessions, s.id)
	}
	h.mu.Unlock()
}

// dialLink dials peer p for session sid until the link is accepted, p
// fails authentication or ctx is done. Failures other than authentication
// are retried with backoff: the peer may not be listening yet, or may not
// have opened the session before its pending link expired.
func (h *Host) dialLink(ctx context.Context, sid string, p Peer) (*tls.Conn, error) {
	lg := h.lg.With().Str("session", sid).Str("peer", p.ID).Logger()
	backoff := dialBackoffMin
	for attempt := 1; ; attempt++ {
		c, err := h.dialOnce(ctx, sid, p)
		if err == nil {
			return c, nil
		}
		if errors.Is(err, ErrPeerAuth) {
			return nil, err
		}
		if ctx.Err() != nil {
			lg.Debug().Int("attempts", attempt).Err(err).Msg("p2p dial gave up")
			return nil, fmt.Errorf("dial peer %s: %w", p.ID, ctx.Err())
		}
		lg.Debug().Int("attempt", attempt).Dur("backoff", backoff).Err(err).Msg("p2p dial failed")
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return nil, fmt.Errorf("dial peer %s: %w", p.ID, ctx.Err())
		}
		backoff = min(2*backoff, dialBackoffMax)
	}
}

// dialOnce makes one attempt at a link to p: connect, TLS handshake with
// p's pinned fingerprint, hello, ack.
func (h *Host) dialOnce(ctx context.Context, sid string, p Peer) (*tls.Conn, error) {
	var authErr error
	conf := &tls.Config{
		MinVersion: tls.VersionTLS13,
		GetClientCertificate: func(*tls.CertificateRequestInfo) (*tls.Certificate, error) {
			return &h.id.Cert, nil
		},
		NextProtos: []string{alpnProto},
		// The certificate is self-signed and checked against the pinned
		// fingerprint below instead of a CA. There is no client session
		// cache, so every handshake runs the check.
		InsecureSkipVerify: true,
		VerifyPeerCertificate: func(raw [][]byte, _ [][]*x509.Certificate) error {
			if len(raw) == 0 {
				authErr = fmt.Errorf("dial peer %s: no certificate: %w", p.ID, ErrPeerAuth)
				return authErr
			}
			if got := fingerprint(raw[0]); got != p.Fingerprint {
				authErr = fmt.Errorf("dial peer %s: certificate %s, want %s: %w",
					p.ID, short(got), short(p.Fingerprint), ErrPeerAuth)
				return authErr
			}
			return nil
		},
	}
	hctx, cancel := context.WithTimeout(ctx, handshakeTimeout)
	defer cancel()
	var nc net.Conn
	var err error
	if strings.HasPrefix(p.Addr, RelayScheme) {
		nc, err = h.dialRelayed(hctx, p)
	} else {
		d := &net.Dialer{KeepAliveConfig: keepAlive}
		nc, err = d.DialContext(hctx, "tcp", p.Addr)
	}
	if err != nil {
		return nil, err
	}
	tc := tls.Client(newBatchConn(nc), conf)
	if err := tc.HandshakeContext(hctx); err != nil {
		_ = nc.Close()
		if authErr != nil {
			return nil, authErr
		}
		return nil, err
	}
	if got := tc.ConnectionState().NegotiatedProtocol; got != alpnProto {
		_ = tc.Close()
		return nil, fmt.Errorf("application protocol %q, want %q", got, alpnProto)
	}
	// The acceptor answers once its node opens the session, which may take
	// long: wait for the ack as long as ctx allows.
	stop := context.AfterFunc(ctx, func() { _ = tc.SetDeadline(time.Unix(1, 0)) })
	_ = tc.SetWriteDeadline(time.Now().Add(handshakeTimeout))
	err = writeHello(tc, hello{Session: sid, From: h.id.NodeID, To: p.ID})
	var ack byte
	if err == nil {
		ack, err = readAck(tc)
	}
	if !stop() {
		_ = tc.Close()
		return nil, ctx.Err()
	}
	if err != nil {
		_ = tc.Close()
		return nil, fmt.Errorf("hello: %w", err)
	}
	switch ack {
	case ackOK:
	case ackRejected:
		_ = tc.Close()
		return nil, fmt.Errorf("peer %s rejected this node's certificate %s: %w", p.ID, short(h.id.Fingerprint), ErrPeerAuth)
	default:
		_ = tc.Close()
		return nil, fmt.Errorf("ack code %d", ack)
	}
	_ = tc.SetDeadline(time.Time{})
	return tc, nil
}

// acceptLink waits for peer p to dial in for session sid and accepts the
// link if p's certificate has the pinned fingerprint.
func (h *Host) acceptLink(ctx context.Context, sid string, p Peer) (*tls.Conn, error) {
	key := linkKey{session: sid, from: p.ID}
	for {
		ch, err := h.await(key)
		if err != nil {
			return nil, err
		}
		var in *inbound
		select {
		case in = <-ch:
		case <-ctx.Done():
			h.unawait(key, ch)
			return nil, fmt.Errorf("accept peer %s: %w", p.ID, ctx.Err())
		case <-h.done:
			h.unawait(key, ch)
			return nil, errHostClosed
		}
		if err := in.claim(); err != nil {
			// The dialer hung up while the link was pending; it redials.
			_ = in.conn.Close()
			h.lg.Debug().Str("session", sid).Str("peer", p.ID).Err(err).Msg("p2p stale pending link")
			continue
		}
		if in.fp != p.Fingerprint {
			_ = in.conn.SetWriteDeadline(time.Now().Add(time.Second))
			_ = writeAck(in.conn, ackRejected)
			_ = in.conn.Close()
			return nil, fmt.Errorf("accept peer %s: certificate %s, want %s: %w",
				p.ID, short(in.fp), short(p.Fingerprint), ErrPeerAuth)
		}
		_ = in.conn.SetWriteDeadline(time.Now().Add(handshakeTimeout))
		if err := writeAck(in.conn, ackOK); err != nil {
			_ = in.conn.Close()
			h.lg.Debug().Str("session", sid).Str("peer", p.ID).Err(err).Msg("p2p ack failed")
			continue
		}
		_ = in.conn.SetWriteDeadline(time.Time{})
		return in.conn, nil
	}
}
