package p2p

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"github.com/twopm/twopm/mpc"
)

var (
	_ mpc.Transport = (*Session)(nil)
	_ mpc.Pacer     = (*Session)(nil)
	_ mpc.Recycler  = (*Session)(nil)
)

// Link tuning.
const (
	// inboxSize is how many received messages a link buffers before it
	// stops reading and lets TCP push back on the sender; inboxLimit how
	// many bytes of them. A message larger than inboxLimit is taken in
	// when the inbox is empty, so a link holds at most inboxLimit bytes
	// plus one message (64 MiB at most) in the reader's hands, whatever a
	// peer sends.
	inboxSize  = 16
	inboxLimit = 32 << 20
	// writeBuffer is the size of a link's write buffer, in bytes.
	writeBuffer = 64 << 10
	// lingerTimeout bounds how long Close spends writing the messages
	// still queued.
	lingerTimeout = 10 * time.Second
	// drainTimeout is how long a closed link keeps reading, so that the
	// peer's last writes do not reset the connection before the peer has
	// read what this node sent.
	drainTimeout = 5 * time.Second
)

// Session is one party's links for one protocol session. It implements
// mpc.Transport. Its methods may be called from several goroutines.
type Session struct {
	host  *Host
	id    string
	self  int
	peers []Peer
	links []*link // nil at self
	lg    zerolog.Logger
	sent  atomic.Int64

	closed    chan struct{}
	closeOnce sync.Once
	closeErr  error
}

// link is the connection to one peer: a queue that Send fills and a writer
// goroutine drains, and a reader goroutine that fills the inbox.
type link struct {
	s     *Session
	peer  Peer
	conn  *tls.Conn
	batch *batchConn // under conn: dialOnce and handleConn put one under every link

	inbox    chan []byte
	readDone chan struct{} // closed when the reader returns
	// inboxMu guards inboxHeld, the bytes of the messages in inbox; room
	// is signalled when Recv takes one.
	inboxMu   sync.Mutex
	inboxHeld int
	room      chan struct{}

	mu       sync.Mutex
	queue    [][]byte
	queued   int           // bytes in queue and in the writer's hands, not yet written
	written  chan struct{} // closed by the writer after a write, if Pace waits
	stopping bool          // Close called: write what is queued, then stop
	err      error         // why the link failed; set once
	wake     chan struct{}
	stop     chan struct{} // closed by Close

	writeDone chan struct{} // closed when the writer returns
	flushErr  error         // set by the writer if queued messages were lost
}

func newSession(h *Host, id string, self int, peers []Peer, conns []*tls.Conn, lg zerolog.Logger) *Session {
	s := &Session{
		host:   h,
		id:     id,
		self:   self,
		peers:  peers,
		links:  make([]*link, len(peers)),
		lg:     lg,
		closed: make(chan struct{}),
	}
	for j, c := range conns {
		if c == nil {
			continue
		}
		l := &link{
			s:         s,
			peer:      peers[j],
			conn:      c,
			batch:     c.NetConn().(*batchConn),
			inbox:     make(chan []byte, inboxSize),
			readDone:  make(chan struct{}),
			room:      make(chan struct{}, 1),
			wake:      make(chan struct{}, 1),
			stop:      make(chan struct{}),
			writeDone: make(chan struct{}),
		}
		l.batch.batch()
		s.links[j] = l
		go l.readLoop()
		go l.writeLoop()
	}
	return s
}

// Parties returns the number of parties in the session.
func (s *Session) Parties() int { return len(s.peers) }

// Self returns this party's index.
func (s *Session) Self() int { return s.self }

// BytesSent returns the number of bytes of messages written to the links
// so far, 4 bytes of framing per message included. It leaves out the TLS
// overhead and the link setup.
func (s *Session) BytesSent() int64 { return s.sent.Load() }

func (s *Session) link(op string, i int) (*link, error) {
	if i < 0 || i >= len(s.links) || i == s.self {
		return nil, fmt.Errorf("p2p: %s: party %d of %d is not a peer of party %d", op, i, len(s.links), s.self)
	}
	return s.links[i], nil
}

func (s *Session) errClosed(op string, l *link) error {
	return fmt.Errorf("p2p: %s peer %s: session %q closed: %w", op, l.peer.ID, s.id, net.ErrClosed)
}

// Send queues a copy of msg for party to and returns without waiting for
// the peer to read it; a writer goroutine per link sends the queue in
// order. The queue has no bound, so a peer that stops reading makes it
// grow; a sender of a long stream of messages calls Pace to bound it.
// Send fails if ctx is done, msg is longer than 64 MiB, the link to the
// peer has failed or the session is closed.
func (s *Session) Send(ctx context.Context, to int, msg []byte) error {
	l, err := s.link("send", to)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("p2p: send to peer %s: %w", l.peer.ID, err)
	}
	if len(msg) > maxFrame {
		return fmt.Errorf("p2p: send to peer %s: message of %d bytes exceeds limit of %d", l.peer.ID, len(msg), maxFrame)
	}
	m := getBuffer(len(msg))
	copy(m, msg)
	l.mu.Lock()
	switch {
	case l.stopping:
		l.mu.Unlock()
		return s.errClosed("send to", l)
	case l.err != nil:
		err := l.err
		l.mu.Unlock()
		return fmt.Errorf("p2p: send to peer %s: %w", l.peer.ID, err)
	}
	l.queue = append(l.queue, m)
	l.queued += len(m)
	l.mu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
	return nil
}

// Recycle hands back the buffer of a message Recv returned, for a link
// to read a later message into; the caller must not use msg afterwards.
// Only the buffers of large messages are kept.
func (s *Session) Recycle(from int, msg []byte) { putBuffer(msg) }

// Pace waits until fewer than limit bytes of messages to party to are
// queued and not yet written to the link. It fails if ctx is done, the link
// to the peer has failed or the session is closed.
func (s *Session) Pace(ctx context.Context, to int, limit int) error {
	l, err := s.link("pace", to)
	if err != nil {
		return err
	}
	for {
		l.mu.Lock()
		switch {
		case l.err != nil:
			err := l.err
			l.mu.Unlock()
			return fmt.Errorf("p2p: pace to peer %s: %w", l.peer.ID, err)
		case l.queued < limit:
			l.mu.Unlock()
			return nil
		}
		if l.written == nil {
			l.written = make(chan struct{})
		}
		written := l.written
		l.mu.Unlock()
		select {
		case <-written:
		case <-l.writeDone:
			return fmt.Errorf("p2p: pace to peer %s: %w", l.peer.ID, l.failure())
		case <-s.closed:
			return s.errClosed("pace to", l)
		case <-ctx.Done():
			return fmt.Errorf("p2p: pace to peer %s: %w", l.peer.ID, ctx.Err())
		}
	}
}

// Recv returns the next message from party from, waiting until one
// arrives. Messages that arrived before the link failed are returned
// first. It fails if ctx is done, the link has failed (the peer closed its
// session, its process died or the connection broke) or the session is
// closed.
func (s *Session) Recv(ctx context.Context, from int) ([]byte, error) {
	l, err := s.link("recv", from)
	if err != nil {
		return nil, err
	}
	select {
	case <-s.closed:
		return nil, s.errClosed("recv from", l)
	default:
	}
	select {
	case m := <-l.inbox:
		return l.took(m), nil
	default:
	}
	select {
	case m := <-l.inbox:
		return l.took(m), nil
	case <-l.readDone:
		// The reader queues every message before it returns.
		select {
		case m := <-l.inbox:
			return l.took(m), nil
		default:
		}
		return nil, fmt.Errorf("p2p: recv from peer %s: %w", l.peer.ID, l.failure())
	case <-s.closed:
		return nil, s.errClosed("recv from", l)
	case <-ctx.Done():
		return nil, fmt.Errorf("p2p: recv from peer %s: %w", l.peer.ID, ctx.Err())
	}
}

// Close writes the messages still queued, for up to 10 seconds, then
// closes every link. Recv and Send fail afterwards, and peers' Recv fails
// once they have read what was sent. It returns an error if queued
// messages could not be written. Close may be called more than once.
func (s *Session) Close() error {
	s.closeOnce.Do(func() {
		close(s.closed)
		s.host.forget(s)
		deadline := time.Now().Add(lingerTimeout)
		for _, l := range s.links {
			if l != nil {
				l.halt(deadline)
			}
		}
		var errs []error
		for _, l := range s.links {
			if l == nil {
				continue
			}
			<-l.writeDone
			if l.flushErr != nil {
				errs = append(errs, fmt.Errorf("flush to peer %s: %w", l.peer.ID, l.flushErr))
			}
			// The reader drops what still arrives and closes the
			// connection when the peer hangs up or drainTimeout passes.
			_ = l.conn.SetReadDeadline(time.Now().Add(drainTimeout))
		}
		if err := errors.Join(errs...); err != nil {
			s.closeErr = fmt.Errorf("p2p: close session %q: %w", s.id, err)
		}
		s.lg.Info().Int64("bytes_sent", s.sent.Load()).Msg("p2p session closed")
	})
	return s.closeErr
}

// halt makes the writer write what is queued and stop, by deadline.
func (l *link) halt(deadline time.Time) {
	l.mu.Lock()
	l.stopping = true
	l.mu.Unlock()
	close(l.stop)
	_ = l.conn.SetWriteDeadline(deadline)
}

// failure returns why the link failed.
func (l *link) failure() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.err == nil {
		return errors.New("link closed")
	}
	return l.err
}

// fail records err as the reason the link failed, unless one is recorded,
// and closes the connection, which stops the reader and the writer.
func (l *link) fail(err error) {
	l.mu.Lock()
	first := l.err == nil
	if first {
		l.err = err
	}
	stopping := l.stopping
	l.mu.Unlock()
	l.batch.drop()
	_ = l.conn.Close()
	switch {
	case !first || stopping:
	case errors.Is(err, io.EOF):
		l.s.lg.Debug().Str("peer", l.peer.ID).Msg("p2p peer closed link")
	default:
		l.s.lg.Warn().Str("peer", l.peer.ID).Err(err).Msg("p2p link failed")
	}
}

func (l *link) readLoop() {
	defer close(l.readDone)
	for {
		m, err := readFrame(l.conn, maxFrame)
		if errors.Is(err, io.EOF) {
			l.fail(fmt.Errorf("peer closed the link: %w", err))
			return
		}
		if err != nil {
			l.fail(fmt.Errorf("read: %w", err))
			return
		}
		if !l.reserve(len(m)) {
			// Nobody receives any more; keep draining until the peer
			// hangs up.
			continue
		}
		select {
		case l.inbox <- m:
		case <-l.s.closed:
		}
	}
}

// reserve waits until the inbox has room for n more bytes (or is empty)
// and counts them in. It returns false if the session closed first.
func (l *link) reserve(n int) bool {
	for {
		l.inboxMu.Lock()
		if l.inboxHeld == 0 || l.inboxHeld+n <= inboxLimit {
			l.inboxHeld += n
			l.inboxMu.Unlock()
			return true
		}
		l.inboxMu.Unlock()
		select {
		case <-l.room:
		case <-l.s.closed:
			return false
		}
	}
}

// took counts m, just taken from the inbox, out and wakes the reader if
// it waits for room.
func (l *link) took(m []byte) []byte {
	l.inboxMu.Lock()
	l.inboxHeld -= len(m)
	l.inboxMu.Unlock()
	select {
	case l.room <- struct{}{}:
	default:
	}
	return m
}

func (l *link) writeLoop() {
	defer close(l.writeDone)
	w := bufio.NewWriterSize(l.conn, writeBuffer)
	for {
		l.mu.Lock()
		q := l.queue
		l.queue = nil
		stopping := l.stopping
		l.mu.Unlock()
		if len(q) == 0 {
			if err := l.flush(w); err != nil {
				l.writeFailed(err)
				return
			}
			if stopping {
				if err := l.batch.end(); err != nil {
					l.writeFailed(err)
					return
				}
				// Tell the peer that no more messages come.
				if err := l.conn.CloseWrite(); err != nil {
					l.fail(fmt.Errorf("close write: %w", err))
				}
				return
			}
			select {
			case <-l.wake:
			case <-l.stop:
			}
			continue
		}
		for _, m := range q {
			if err := writeFrame(w, m); err != nil {
				l.writeFailed(err)
				return
			}
			l.s.sent.Add(int64(frameHeader + len(m)))
			putBuffer(m)
			l.mu.Lock()
			l.queued -= len(m)
			if l.written != nil {
				close(l.written)
				l.written = nil
			}
			l.mu.Unlock()
		}
	}
}

// flush writes out what w and the connection under the TLS hold.
func (l *link) flush(w *bufio.Writer) error {
	if w.Buffered() > 0 {
		if err := w.Flush(); err != nil {
			return err
		}
	}
	return l.batch.flush()
}

// writeFailed fails the link after a write error. If Close is flushing,
// it records that queued messages were lost.
func (l *link) writeFailed(err error) {
	l.mu.Lock()
	stopping := l.stopping
	l.mu.Unlock()
	if stopping {
		l.flushErr = fmt.Errorf("write queued messages: %w", err)
	}
	l.fail(fmt.Errorf("write: %w", err))
}
