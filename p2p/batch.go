package p2p

import (
	"bufio"
	"net"
	"sync"
	"sync/atomic"
)

// batchSize is the most a link gathers before writing to its connection.
const batchSize = 256 << 10

// batchConn is the TCP connection under a link's TLS. TLS writes a stream
// in records of at most 16 KiB, each with a system call of its own; once
// the link is set up (batch), batchConn gathers the records and writes
// them out batchSize at a time, and when the link's writer has nothing more
// to send (flush). The handshake, the hello and the ack are written
// straight through, and so is everything after end. Reads go through a
// buffer of batchSize from the start.
type batchConn struct {
	net.Conn
	r       *bufio.Reader
	dropped atomic.Bool // drop: the link failed

	mu  sync.Mutex
	on  bool
	buf []byte
}

func newBatchConn(c net.Conn) *batchConn {
	return &batchConn{Conn: c, r: bufio.NewReaderSize(c, batchSize)}
}

// Read reads through a buffer of batchSize: TLS asks for a record at a
// time, and reading what the socket holds in one call instead of each
// record with a call of its own takes fewer system calls.
func (c *batchConn) Read(p []byte) (int, error) { return c.r.Read(p) }

// Write gathers p while batching is on; otherwise it writes p through.
func (c *batchConn) Write(p []byte) (int, error) {
	if c.dropped.Load() {
		return 0, net.ErrClosed
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.on {
		return c.Conn.Write(p)
	}
	if len(c.buf)+len(p) > batchSize {
		if err := c.flushLocked(); err != nil {
			return 0, err
		}
	}
	if len(p) >= batchSize {
		return c.Conn.Write(p)
	}
	if c.buf == nil {
		c.buf = make([]byte, 0, batchSize)
	}
	c.buf = append(c.buf, p...)
	return len(p), nil
}

func (c *batchConn) flushLocked() error {
	if len(c.buf) == 0 || c.dropped.Load() {
		c.buf = c.buf[:0]
		return nil
	}
	_, err := c.Conn.Write(c.buf)
	c.buf = c.buf[:0]
	return err
}

// batch starts gathering writes.
func (c *batchConn) batch() {
	c.mu.Lock()
	c.on = true
	c.mu.Unlock()
}

// flush writes out what is gathered.
func (c *batchConn) flush() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.flushLocked()
}

// end writes out what is gathered and stops gathering, so that what TLS
// writes afterwards (its close_notify) goes straight out.
func (c *batchConn) end() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.on = false
	return c.flushLocked()
}

// drop makes every later write fail and every flush write nothing, without
// waiting for a write in flight. A link that failed calls it before it
// closes its TLS, whose close_notify then goes nowhere instead of into
// the batch. What was gathered is lost as what sat in the socket's buffer
// is.
func (c *batchConn) drop() { c.dropped.Store(true) }

// Close closes the connection at once, dropping what is gathered: it is
// called after end on a clean close, and to break a write that is stuck
// (tls.Conn.Close does so while a write is in flight), which must not wait
// for the lock that write holds.
func (c *batchConn) Close() error { return c.Conn.Close() }
