package p2p

import (
	"bytes"
	"errors"
	"net"
	"testing"
)

// recordConn is a net.Conn that records each Write.
type recordConn struct {
	net.Conn // nil: only Write and Close are used
	writes   [][]byte
	closed   bool
}

func (c *recordConn) Write(p []byte) (int, error) {
	c.writes = append(c.writes, bytes.Clone(p))
	return len(p), nil
}

func (c *recordConn) Close() error { c.closed = true; return nil }

func (c *recordConn) all() []byte { return bytes.Join(c.writes, nil) }

func TestBatchConnGathersRecords(t *testing.T) {
	rc := &recordConn{}
	c := newBatchConn(rc)
	var want []byte
	write := func(p []byte) {
		t.Helper()
		if n, err := c.Write(p); n != len(p) || err != nil {
			t.Fatalf("Write(%d bytes) = %d, %v", len(p), n, err)
		}
		want = append(want, p...)
	}
	record := func(i int) []byte { return bytes.Repeat([]byte{byte(i)}, 16<<10+22) }

	write([]byte("handshake"))
	if len(rc.writes) != 1 {
		t.Fatalf("before batch: %d writes, want the 1 written through", len(rc.writes))
	}
	c.batch()
	for i := range 40 { // 40 TLS-sized records: 2 full batches and some
		write(record(i))
	}
	if got := len(rc.writes); got != 1+2 {
		t.Fatalf("40 records of 16 KiB: %d writes, want 1 + 2 batches of 256 KiB", got)
	}
	for _, w := range rc.writes[1:] {
		if len(w) > batchSize {
			t.Fatalf("a write of %d bytes, more than %d", len(w), batchSize)
		}
	}
	write(make([]byte, batchSize+1)) // too large to gather: out at once, after what was gathered
	if err := c.flush(); err != nil {
		t.Fatal(err)
	}
	if err := c.flush(); err != nil {
		t.Fatal(err)
	}
	if err := c.end(); err != nil {
		t.Fatal(err)
	}
	before := len(rc.writes)
	write([]byte("close_notify"))
	if len(rc.writes) != before+1 {
		t.Fatal("after end a write is not written through")
	}
	if !bytes.Equal(rc.all(), want) {
		t.Fatal("the bytes written differ from those given, or their order")
	}
}

func TestBatchConnDrop(t *testing.T) {
	rc := &recordConn{}
	c := newBatchConn(rc)
	c.batch()
	if _, err := c.Write([]byte("gathered")); err != nil {
		t.Fatal(err)
	}
	c.drop()
	if _, err := c.Write([]byte("after")); !errors.Is(err, net.ErrClosed) {
		t.Fatalf("Write after drop: err = %v, want net.ErrClosed", err)
	}
	if err := c.flush(); err != nil {
		t.Fatalf("flush after drop: %v", err)
	}
	if len(rc.writes) != 0 {
		t.Fatalf("after drop %d writes reached the connection", len(rc.writes))
	}
	if err := c.Close(); err != nil || !rc.closed {
		t.Fatalf("Close: %v, closed %v", err, rc.closed)
	}
}
