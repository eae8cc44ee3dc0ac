package mascot

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/field"
)

// headerLen is the length of the header of every message: the session
// tag, the stream and the message's sequence number on its stream.
const headerLen = tagLen + 1 + 8

// Streams of a link. The two pairwise instances (OT extension, COPE,
// multiplication) run concurrently, each on its own stream; everything
// sent to all parties goes on the main stream.
const (
	streamMain = iota
	// streamLow carries the instance in which the lower-indexed party of
	// the pair receives; streamHigh the one in which the higher receives.
	streamLow
	streamHigh
	numStreams
)

// paceLimit is how many bytes a long stream lets wait in the transport's
// queue to a peer before its sender waits for them to be written.
const paceLimit = 2 << 20

// Bounds on the messages a link holds for streams nobody is reading yet.
// A goroutine waiting for its stream's next message files the peer's
// messages of other streams that arrive before it; in the protocol a
// peer is at most one round ahead on another stream, one OT-extension or
// multiplication message of a triple batch (about 12.6 MB) and a few
// small ones. A peer that sends more than the bounds allow is flooding:
// the link fails with a protocol error naming it instead of holding
// everything it sends.
const (
	// maxAhead bounds the bytes of the filed messages, each counted with
	// aheadOverhead more so that a flood of tiny messages is bounded too.
	maxAhead      = 96 << 20
	aheadOverhead = 256
	// maxAheadMessages bounds their number.
	maxAheadMessages = 1024
)

// link is this party's end of the messages to and from one peer. Every
// message starts with the session tag, its stream and a per-stream,
// per-direction sequence number, so a message of another session, a
// replayed or a reordered one is rejected. Streams are read by whichever
// goroutine waits first, which files messages of other streams for their
// readers, up to maxAhead bytes and maxAheadMessages messages.
type link struct {
	tr   mpc.Transport
	tag  [tagLen]byte
	peer int

	mu      sync.Mutex
	sendSeq [numStreams]uint64
	recvSeq [numStreams]uint64
	queue   [numStreams][][]byte
	ahead   int // bytes filed in queue, aheadOverhead per message included
	waiting int // messages filed in queue
	reading bool
	wake    chan struct{} // closed when a message is filed or a read ends
	err     error         // a protocol violation ends the link for good
}

func newLink(tr mpc.Transport, tag [tagLen]byte, peer int) *link {
	return &link{tr: tr, tag: tag, peer: peer, wake: make(chan struct{})}
}

// conn is one stream of a link; it implements ot.Conn. A conn is used by
// one goroutine at a time.
type conn struct {
	l    *link
	id   byte
	last []byte // the whole of the message Recv returned last
}

func (l *link) stream(id byte) *conn { return &conn{l: l, id: id} }

// Send frames msg and queues it for the peer.
func (c *conn) Send(ctx context.Context, msg []byte) error {
	buf := make([]byte, headerLen, headerLen+len(msg))
	return c.sendFramed(ctx, append(buf, msg...))
}

// frame returns a message buffer of n payload bytes after room for the
// header, for sendFramed; building a large message in place saves a copy.
func frame(n int) []byte { return make([]byte, headerLen+n) }

// sendFramed fills in the header of buf, made by frame, and queues it.
func (c *conn) sendFramed(ctx context.Context, buf []byte) error {
	l := c.l
	copy(buf, l.tag[:])
	buf[tagLen] = c.id
	l.mu.Lock()
	binary.BigEndian.PutUint64(buf[tagLen+1:], l.sendSeq[c.id])
	l.sendSeq[c.id]++
	l.mu.Unlock()
	if err := l.tr.Send(ctx, l.peer, buf); err != nil {
		return fmt.Errorf("mascot: send to party %d: %w", l.peer, err)
	}
	return nil
}

// pace waits, if the transport is an mpc.Pacer, until fewer than
// paceLimit bytes to the peer are still queued. Senders of long streams
// call it before building each message.
func (c *conn) pace(ctx context.Context) error {
	p, ok := c.l.tr.(mpc.Pacer)
	if !ok {
		return nil
	}
	if err := p.Pace(ctx, c.l.peer, paceLimit); err != nil {
		return fmt.Errorf("mascot: send to party %d: %w", c.l.peer, err)
	}
	return nil
}

// release hands the message Recv returned last back to the transport, if
// it is an mpc.Recycler, to read a later message into. The payload must
// not be used afterwards.
func (c *conn) release() {
	if r, ok := c.l.tr.(mpc.Recycler); ok && c.last != nil {
		r.Recycle(c.l.peer, c.last)
	}
	c.last = nil
}

// Recv returns the payload of the next message of the stream.
func (c *conn) Recv(ctx context.Context) ([]byte, error) {
	l := c.l
	for {
		l.mu.Lock()
		if q := l.queue[c.id]; len(q) > 0 {
			l.queue[c.id] = q[1:]
			l.ahead -= len(q[0]) + aheadOverhead
			l.waiting--
			l.mu.Unlock()
			c.last = q[0]
			return q[0][headerLen:], nil
		}
		if l.err != nil {
			err := l.err
			l.mu.Unlock()
			return nil, err
		}
		if l.reading {
			wake := l.wake
			l.mu.Unlock()
			select {
			case <-wake:
				continue
			case <-ctx.Done():
				return nil, fmt.Errorf("mascot: receive from party %d: %w", l.peer, ctx.Err())
			}
		}
		l.reading = true
		l.mu.Unlock()
		msg, err := l.tr.Recv(ctx, l.peer)
		l.mu.Lock()
		l.reading = false
		mine := false
		if err == nil {
			var id byte
			if id, _, err = l.parse(msg); err != nil {
				l.err = err
			} else if mine = id == c.id; !mine {
				err = l.file(id, msg)
			}
		} else {
			err = fmt.Errorf("mascot: receive from party %d: %w", l.peer, err)
		}
		close(l.wake)
		l.wake = make(chan struct{})
		l.mu.Unlock()
		if err != nil {
			return nil, err
		}
		if mine {
			// The stream's queue was empty: nothing it holds comes first.
			c.last = msg
			return msg[headerLen:], nil
		}
	}
}

// file queues msg for the reader of stream id, or fails the link if the
// peer has more unread messages filed than the bounds allow. l.mu is
// held.
func (l *link) file(id byte, msg []byte) error {
	l.ahead += len(msg) + aheadOverhead
	l.waiting++
	if l.ahead > maxAhead || l.waiting > maxAheadMessages {
		l.err = fmt.Errorf("%w: party %d sent %d messages (%d bytes) that this party has not read yet, more than the protocol ever sends ahead (%d messages, %d bytes): it floods the link",
			mpc.ErrProtocol, l.peer, l.waiting, l.ahead, maxAheadMessages, maxAhead)
		l.queue = [numStreams][][]byte{}
		l.ahead, l.waiting = 0, 0
		return l.err
	}
	l.queue[id] = append(l.queue[id], msg)
	return nil
}

// parse checks a message's header and returns its stream and payload.
// l.mu is held.
func (l *link) parse(msg []byte) (byte, []byte, error) {
	if len(msg) < headerLen {
		return 0, nil, fmt.Errorf("%w: party %d sent a %d-byte message", mpc.ErrProtocol, l.peer, len(msg))
	}
	if !bytes.Equal(msg[:tagLen], l.tag[:]) {
		return 0, nil, fmt.Errorf("%w: party %d sent a message of another session", mpc.ErrProtocol, l.peer)
	}
	id := msg[tagLen]
	if id >= numStreams {
		return 0, nil, fmt.Errorf("%w: party %d sent a message on stream %d", mpc.ErrProtocol, l.peer, id)
	}
	if seq := binary.BigEndian.Uint64(msg[tagLen+1 : headerLen]); seq != l.recvSeq[id] {
		return 0, nil, fmt.Errorf("%w: party %d sent message %d on stream %d, want %d", mpc.ErrProtocol, l.peer, seq, id, l.recvSeq[id])
	}
	l.recvSeq[id]++
	return id, msg[headerLen:], nil
}

// recvElements receives a message of exactly n field elements.
func (c *conn) recvElements(ctx context.Context, n int) (field.Vector, error) {
	msg, err := c.recvLen(ctx, n*field.Bytes)
	if err != nil {
		return nil, err
	}
	v, err := field.DecodeVector(msg)
	if err != nil {
		return nil, fmt.Errorf("%w: party %d: %v", mpc.ErrProtocol, c.l.peer, err)
	}
	return v, nil
}

// recvLen receives a message of exactly n bytes.
func (c *conn) recvLen(ctx context.Context, n int) ([]byte, error) {
	msg, err := c.Recv(ctx)
	if err != nil {
		return nil, err
	}
	if len(msg) != n {
		return nil, fmt.Errorf("%w: party %d sent %d bytes, want %d", mpc.ErrProtocol, c.l.peer, len(msg), n)
	}
	return msg, nil
}
