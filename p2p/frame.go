package p2p

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Limits on what a peer may send.
const (
	// maxFrame is the largest message payload, in bytes.
	maxFrame = 64 << 20
	// maxHello is the largest hello payload, in bytes. The hello is read
	// before the peer is authenticated, so it is kept small.
	maxHello = 4 << 10
	// maxSessionID and maxNodeID bound the IDs in a hello, in bytes, so
	// that any hello fits in maxHello even with every byte escaped.
	maxSessionID = 256
	maxNodeID    = 128
)

// Ack codes: the payload of the one-byte frame the acceptor sends in reply
// to a hello.
const (
	ackOK       byte = 1 // the link belongs to an open session
	ackRejected byte = 2 // the dialer's certificate or hello failed authentication
)

// frameHeader is the size of a frame's length prefix.
const frameHeader = 4

// writeFrame writes a 4-byte big-endian length and then p.
func writeFrame(w io.Writer, p []byte) error {
	var h [frameHeader]byte
	binary.BigEndian.PutUint32(h[:], uint32(len(p)))
	if _, err := w.Write(h[:]); err != nil {
		return err
	}
	_, err := w.Write(p)
	return err
}

// readFrame reads one frame and returns its payload. It returns an error
// if the announced length exceeds limit, before reading the payload. A
// large payload is read into a kept buffer (getBuffer), which the reader
// may hand back with putBuffer.
func readFrame(r io.Reader, limit int) ([]byte, error) {
	var h [frameHeader]byte
	if _, err := io.ReadFull(r, h[:]); err != nil {
		return nil, err
	}
	n := binary.BigEndian.Uint32(h[:])
	if uint64(n) > uint64(limit) {
		return nil, fmt.Errorf("frame of %d bytes exceeds limit of %d", n, limit)
	}
	p := getBuffer(int(n))
	if _, err := io.ReadFull(r, p); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return p, nil
}

// hello is the first frame a dialer sends on a link. It binds the link to
// one session and names both ends.
type hello struct {
	Session string `json:"session"`
	From    string `json:"from"`
	To      string `json:"to"`
}

func (h hello) validate() error {
	var errs []error
	if h.Session == "" || len(h.Session) > maxSessionID {
		errs = append(errs, fmt.Errorf("session id of %d bytes", len(h.Session)))
	}
	if h.From == "" || len(h.From) > maxNodeID {
		errs = append(errs, fmt.Errorf("from id of %d bytes", len(h.From)))
	}
	if h.To == "" || len(h.To) > maxNodeID {
		errs = append(errs, fmt.Errorf("to id of %d bytes", len(h.To)))
	}
	return errors.Join(errs...)
}

func writeHello(w io.Writer, h hello) error {
	p, err := json.Marshal(h)
	if err != nil {
		return err
	}
	if len(p) > maxHello {
		return fmt.Errorf("hello of %d bytes exceeds limit of %d", len(p), maxHello)
	}
	return writeFrame(w, p)
}

func readHello(r io.Reader) (hello, error) {
	p, err := readFrame(r, maxHello)
	if err != nil {
		return hello{}, fmt.Errorf("read hello: %w", err)
	}
	var h hello
	if err := json.Unmarshal(p, &h); err != nil {
		return hello{}, fmt.Errorf("decode hello: %w", err)
	}
	if err := h.validate(); err != nil {
		return hello{}, fmt.Errorf("bad hello: %w", err)
	}
	return h, nil
}

func writeAck(w io.Writer, code byte) error {
	return writeFrame(w, []byte{code})
}

func readAck(r io.Reader) (byte, error) {
	p, err := readFrame(r, 1)
	if err != nil {
		return 0, err
	}
	if len(p) != 1 {
		return 0, fmt.Errorf("ack of %d bytes", len(p))
	}
	return p[0], nil
}
