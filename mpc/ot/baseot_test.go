package ot

import (
	"context"
	"errors"
	"testing"

	"github.com/bwesterb/go-ristretto"
)

// runBase runs n base OTs with random choices and returns both outputs.
func runBase(t *testing.T, sender, receiver *pipeEnd, sid []byte, choices []bool) ([][2]Block, []Block, error, error) {
	t.Helper()
	ctx := context.Background()
	rs, rr := newTestReader(t), newTestReader(t)
	var pairs [][2]Block
	var out []Block
	errS, errR := both(sender, receiver,
		func() (err error) { pairs, err = BaseSend(ctx, sender, rs, sid, len(choices)); return err },
		func() (err error) { out, err = BaseReceive(ctx, receiver, rr, sid, choices); return err })
	return pairs, out, errS, errR
}

func randomChoices(t *testing.T, n int) []bool {
	r := newTestRand(t)
	c := make([]bool, n)
	for i := range c {
		c[i] = r.IntN(2) == 1
	}
	return c
}

func TestBaseOT(t *testing.T) {
	choices := randomChoices(t, 128)
	s, r := newPipe()
	pairs, out, errS, errR := runBase(t, s, r, []byte("base-sid"), choices)
	if errS != nil || errR != nil {
		t.Fatalf("sender: %v, receiver: %v", errS, errR)
	}
	if len(pairs) != 128 || len(out) != 128 {
		t.Fatalf("got %d pairs and %d outputs, want 128", len(pairs), len(out))
	}
	seen := map[Block]bool{}
	for i, ci := range choices {
		c := 0
		if ci {
			c = 1
		}
		if out[i] != pairs[i][c] {
			t.Errorf("OT %d: receiver got %v, want pairs[%d] = %v", i, out[i], c, pairs[i][c])
		}
		if out[i] == pairs[i][1-c] {
			t.Errorf("OT %d: receiver got the message it did not choose", i)
		}
		for _, k := range pairs[i] {
			if seen[k] {
				t.Errorf("OT %d: key repeats", i)
			}
			seen[k] = true
		}
	}
}

func TestBaseOTZero(t *testing.T) {
	s, r := newPipe()
	pairs, out, errS, errR := runBase(t, s, r, nil, nil)
	if errS != nil || errR != nil || len(pairs) != 0 || len(out) != 0 {
		t.Fatalf("zero OTs: %d pairs, %d outputs, errors %v, %v", len(pairs), len(out), errS, errR)
	}
}

func TestBaseOTSidSeparates(t *testing.T) {
	choices := randomChoices(t, 4)
	s, r := newPipe()
	ctx := context.Background()
	var pairs [][2]Block
	var out []Block
	errS, errR := both(s, r,
		func() (err error) { pairs, err = BaseSend(ctx, s, newTestReader(t), []byte("sid-a"), 4); return err },
		func() (err error) {
			out, err = BaseReceive(ctx, r, newTestReader(t), []byte("sid-b"), choices)
			return err
		})
	if errS != nil || errR != nil {
		t.Fatalf("sender: %v, receiver: %v", errS, errR)
	}
	for i := range out {
		if out[i] == pairs[i][0] || out[i] == pairs[i][1] {
			t.Errorf("OT %d: outputs match across different sids", i)
		}
	}
}

// TestBaseOTTampered checks what a changed message does. The base OT does
// not authenticate its messages: a B_i replaced by another valid element
// makes OT i's outputs disagree (the receiver's key matches neither of the
// sender's), while the other OTs are unaffected. Bytes that encode no
// element, an A that is the identity and a wrong length are errors
// wrapping ErrCheck.
func TestBaseOTTampered(t *testing.T) {
	const n, victim = 8, 3
	choices := randomChoices(t, n)

	t.Run("B replaced by another element", func(t *testing.T) {
		s, r := newPipe()
		r.tamper = func(i int, msg []byte) []byte {
			p, err := unmarshalPoint(msg[victim*pointBytes:(victim+1)*pointBytes], "B")
			if err != nil {
				t.Fatal(err)
			}
			p.Add(p, new(ristretto.Point).SetBase())
			copy(msg[victim*pointBytes:], marshalPoint(nil, p))
			return msg
		}
		pairs, out, errS, errR := runBase(t, s, r, []byte("sid"), choices)
		if errS != nil || errR != nil {
			t.Fatalf("sender: %v, receiver: %v", errS, errR)
		}
		for i := range out {
			c := 0
			if choices[i] {
				c = 1
			}
			matches := out[i] == pairs[i][c]
			if i == victim && (matches || out[i] == pairs[i][1-c]) {
				t.Errorf("OT %d: tampered B still gives matching outputs", i)
			}
			if i != victim && !matches {
				t.Errorf("OT %d: untampered OT disagrees", i)
			}
		}
	})

	bad := []struct {
		name   string
		sender bool // tamper the sender's message (A) rather than the receiver's (B)
		f      func(msg []byte) []byte
	}{
		{"A not an element", true, func(m []byte) []byte { return fill(m, 0xff) }},
		{"A identity", true, func(m []byte) []byte { return fill(m, 0) }},
		{"A truncated", true, func(m []byte) []byte { return m[:len(m)-1] }},
		{"A oversized", true, func(m []byte) []byte { return append(m, 0) }},
		{"A empty", true, func(m []byte) []byte { return nil }},
		{"B not an element", false, func(m []byte) []byte { fill(m[victim*pointBytes:(victim+1)*pointBytes], 0xff); return m }},
		{"B truncated", false, func(m []byte) []byte { return m[:len(m)-1] }},
		{"B oversized", false, func(m []byte) []byte { return append(m, m[:pointBytes]...) }},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			s, r := newPipe()
			end, victimErr := r, func(errS, errR error) error { return errS }
			if tc.sender {
				end, victimErr = s, func(errS, errR error) error { return errR }
			}
			end.tamper = func(_ int, msg []byte) []byte { return tc.f(msg) }
			_, _, errS, errR := runBase(t, s, r, []byte("sid"), choices)
			if err := victimErr(errS, errR); !errors.Is(err, ErrCheck) {
				t.Errorf("honest side returned %v, want ErrCheck", err)
			}
		})
	}
}

func fill(b []byte, v byte) []byte {
	for i := range b {
		b[i] = v
	}
	return b
}

func TestBaseOTCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s, _ := newPipe()
	if _, err := BaseSend(ctx, s, newTestReader(t), nil, 4); !errors.Is(err, context.Canceled) {
		t.Errorf("BaseSend with a canceled context: %v", err)
	}
	if _, err := BaseReceive(ctx, s, newTestReader(t), nil, make([]bool, 4)); !errors.Is(err, context.Canceled) {
		t.Errorf("BaseReceive with a canceled context: %v", err)
	}
}

func BenchmarkBaseOT128(b *testing.B) {
	choices := make([]bool, 128)
	for i := range choices {
		choices[i] = i%3 == 0
	}
	ctx := context.Background()
	rs, rr := newTestReader(b), newTestReader(b)
	for b.Loop() {
		s, r := newPipe()
		errS, errR := both(s, r,
			func() error { _, err := BaseSend(ctx, s, rs, nil, 128); return err },
			func() error { _, err := BaseReceive(ctx, r, rr, nil, choices); return err })
		if errS != nil || errR != nil {
			b.Fatal(errS, errR)
		}
	}
}
