package p2p

import "sync"

// bufferUnit is the size of the smallest buffer kept for reuse, and the
// step between the sizes of kept buffers. A protocol that streams large
// messages reuses the same few buffers, which stay in the caches and spare
// the allocator fresh pages; small messages are left to the allocator.
const bufferUnit = 64 << 10

// buffers keeps the buffers of written and of recycled received messages,
// by capacity: buffers[c] holds those of c·bufferUnit bytes.
var buffers [maxFrame/bufferUnit + 1]sync.Pool

// getBuffer returns a buffer of n bytes, n ≤ maxFrame, reused if one of
// its size class is kept.
func getBuffer(n int) []byte {
	if n < bufferUnit {
		return make([]byte, n)
	}
	c := (n + bufferUnit - 1) / bufferUnit
	if b, ok := buffers[c].Get().(*[]byte); ok {
		return (*b)[:n]
	}
	return make([]byte, n, c*bufferUnit)
}

// putBuffer keeps b for reuse if getBuffer made it; the caller must not
// use b afterwards.
func putBuffer(b []byte) {
	c := cap(b) / bufferUnit
	if c == 0 || cap(b)%bufferUnit != 0 || c >= len(buffers) {
		return
	}
	buffers[c].Put(&b)
}
