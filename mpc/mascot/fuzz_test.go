package mascot

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/field"
)

// FuzzParse feeds a link arbitrary messages from its peer: it never
// panics, accepts only a message of its session, on a known stream, with
// the next sequence number, and rejects anything else — a replay of an
// accepted message included — as a protocol error that changes nothing.
func FuzzParse(f *testing.F) {
	var tag [tagLen]byte
	copy(tag[:], "fuzz session tag")
	header := func(stream byte, seq uint64) []byte {
		h := append(tag[:], stream)
		return binary.BigEndian.AppendUint64(h, seq)
	}
	f.Add(append(header(streamMain, 0), 1, 2, 3))
	f.Add(append(header(streamHigh, 0), field.FromInt64(-5).AppendBytes(nil)...))
	f.Add(header(streamLow, 1))
	f.Add(header(numStreams, 0))
	f.Add(tag[:5])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, msg []byte) {
		l := newLink(nil, tag, 1)
		id, payload, err := l.parse(msg)
		if err != nil {
			if !errors.Is(err, mpc.ErrProtocol) {
				t.Fatalf("error %v is not a protocol error", err)
			}
			if l.recvSeq != [numStreams]uint64{} {
				t.Fatalf("a rejected message moved the sequence numbers to %v", l.recvSeq)
			}
			return
		}
		if !bytes.Equal(msg[:headerLen], header(id, 0)) || !bytes.Equal(payload, msg[headerLen:]) {
			t.Fatalf("accepted %x as stream %d payload %x", msg, id, payload)
		}
		if _, _, err := l.parse(msg); !errors.Is(err, mpc.ErrProtocol) {
			t.Fatalf("a replayed message was accepted (err %v)", err)
		}
	})
}
