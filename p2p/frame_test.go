package p2p

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestReadFrame(t *testing.T) {
	header := func(n uint32) []byte { return binary.BigEndian.AppendUint32(nil, n) }
	tests := []struct {
		name    string
		in      []byte
		limit   int
		want    []byte
		wantErr error  // matched with errors.Is, if set
		wantMsg string // contained in the error, if set
	}{
		{name: "payload", in: append(header(3), "abc"...), limit: 10, want: []byte("abc")},
		{name: "empty payload", in: header(0), limit: 10, want: []byte{}},
		{name: "at limit", in: append(header(4), "abcd"...), limit: 4, want: []byte("abcd")},
		{name: "over limit", in: append(header(5), "abcde"...), limit: 4, wantMsg: "exceeds limit"},
		{name: "over 64 MiB", in: header(maxFrame + 1), limit: maxFrame, wantMsg: "exceeds limit"},
		{name: "no frame", in: nil, limit: 10, wantErr: io.EOF},
		{name: "short header", in: []byte{0, 0}, limit: 10, wantErr: io.ErrUnexpectedEOF},
		{name: "short payload", in: append(header(5), "ab"...), limit: 10, wantErr: io.ErrUnexpectedEOF},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readFrame(bytes.NewReader(tt.in), tt.limit)
			switch {
			case tt.wantErr != nil:
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
			case tt.wantMsg != "":
				if err == nil || !strings.Contains(err.Error(), tt.wantMsg) {
					t.Fatalf("err = %v, want %q", err, tt.wantMsg)
				}
			case err != nil:
				t.Fatal(err)
			case !bytes.Equal(got, tt.want):
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFrameRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	msgs := [][]byte{[]byte("one"), nil, bytes.Repeat([]byte{7}, 100000)}
	for _, m := range msgs {
		if err := writeFrame(&buf, m); err != nil {
			t.Fatal(err)
		}
	}
	for i, want := range msgs {
		got, err := readFrame(&buf, maxFrame)
		if err != nil {
			t.Fatalf("frame %d: %v", i, err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("frame %d differs", i)
		}
	}
}

func TestReadHello(t *testing.T) {
	frame := func(s string) []byte {
		var buf bytes.Buffer
		_ = writeFrame(&buf, []byte(s))
		return buf.Bytes()
	}
	tests := []struct {
		name    string
		in      []byte
		want    hello
		wantErr string
	}{
		{name: "valid", in: frame(`{"session":"s","from":"a","to":"b"}`), want: hello{Session: "s", From: "a", To: "b"}},
		{name: "not json", in: frame(`hello`), wantErr: "decode hello"},
		{name: "missing to", in: frame(`{"session":"s","from":"a"}`), wantErr: "to id of 0 bytes"},
		{name: "long session", in: frame(`{"session":"` + strings.Repeat("s", maxSessionID+1) + `","from":"a","to":"b"}`), wantErr: "session id of 257 bytes"},
		{name: "too large", in: frame(strings.Repeat(" ", maxHello+1)), wantErr: "exceeds limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readHello(bytes.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestHelloFitsLimit(t *testing.T) {
	// The longest IDs, every byte escaped by JSON, still fit.
	h := hello{
		Session: strings.Repeat("\x01", maxSessionID),
		From:    strings.Repeat("\x01", maxNodeID),
		To:      strings.Repeat("\x01", maxNodeID),
	}
	var buf bytes.Buffer
	if err := writeHello(&buf, h); err != nil {
		t.Fatal(err)
	}
	got, err := readHello(&buf)
	if err != nil || got != h {
		t.Fatalf("readHello = %+v, %v", got, err)
	}
}
