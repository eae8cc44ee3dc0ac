package mascot

import (
	"context"
	"encoding/binary"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/memnet"
)

// TestLinkFloodFails: a peer that sends message after message on a stream
// nobody reads, while this party waits on another, must make the link
// fail with a protocol error naming it once the unread messages pass the
// bound, instead of making it hold everything in memory (and wait on).
func TestLinkFloodFails(t *testing.T) {
	for _, tc := range []struct {
		name       string
		count, len int
	}{
		{"large messages", maxAhead/(1<<20) + 2, 1 << 20},
		{"empty messages", maxAheadMessages + 2, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			nw := memnet.New(2)
			var tag [tagLen]byte
			copy(tag[:], "flood session ta")
			l := newLink(nw.Party(1), tag, 0)
			payload := make([]byte, tc.len)
			for seq := range tc.count {
				msg := append(append(tag[:], streamHigh), binary.BigEndian.AppendUint64(nil, uint64(seq))...)
				if err := nw.Party(0).Send(context.Background(), 1, append(msg, payload...)); err != nil {
					t.Fatal(err)
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			defer cancel()
			_, err := l.stream(streamMain).Recv(ctx)
			if !errors.Is(err, mpc.ErrProtocol) || !strings.Contains(err.Error(), "party 0") {
				t.Fatalf("err = %v, want a protocol error naming party 0", err)
			}
			l.mu.Lock()
			defer l.mu.Unlock()
			if n := len(l.queue[streamHigh]); n > maxAheadMessages {
				t.Fatalf("the link holds %d unread messages", n)
			}
		})
	}
}
