package p2p

import (
	"bytes"
	"errors"
	"io"
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

// chunkConn is a net.Conn whose Read hands out its data a chunk at a
// time and counts the calls, as a socket holding chunk bytes would.
type chunkConn struct {
	net.Conn // nil: only Read is used
	data     []byte
	chunk    int
	reads    int
}

func (c *chunkConn) Read(p []byte) (int, error) {
	c.reads++
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, c.data[:min(len(c.data), c.chunk, len(p))])
	c.data = c.data[n:]
	return n, nil
}

// TestBatchConnReadsAhead checks that TLS-sized reads through a batchConn
// return the stream unchanged, with one read of the connection per
// batchSize rather than per record, and pass its end on.
func TestBatchConnReadsAhead(t *testing.T) {
	stream := make([]byte, 4*batchSize+100)
	for i := range stream {
		stream[i] = byte(i * 7)
	}
	cc := &chunkConn{data: bytes.Clone(stream), chunk: 1 << 20}
	c := newBatchConn(cc)
	var got []byte
	p := make([]byte, 16<<10+5)
	for {
		n, err := c.Read(p)
		got = append(got, p[:n]...)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(got, stream) {
		t.Fatalf("read %d bytes that differ from the %d written", len(got), len(stream))
	}
	if cc.reads > 6 {
		t.Fatalf("%d reads of the connection for %d bytes, want at most 6", cc.reads, len(stream))
	}
}
