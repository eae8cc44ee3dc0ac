package ot

import (
	"context"
	"errors"
	"testing"

	"github.com/bwesterb/go-ristretto"
)

// extPair sets up an extension over a fresh pipe. sEnd is the sender's end
// of the pipe, rEnd the receiver's.
func extPair(t testing.TB, sid []byte) (s *ExtSender, r *ExtReceiver, sEnd, rEnd *pipeEnd) {
	t.Helper()
	sEnd, rEnd = newPipe()
	ctx := context.Background()
	rs, rr := newTestReader(t), newTestReader(t)
	errS, errR := bothOpen(
		func() (err error) { s, err = NewExtSender(ctx, sEnd, rs, sid); return err },
		func() (err error) { r, err = NewExtReceiver(ctx, rEnd, rr, sid); return err })
	if errS != nil || errR != nil {
		t.Fatalf("setup: sender: %v, receiver: %v", errS, errR)
	}
	return s, r, sEnd, rEnd
}

// bothOpen runs f and g concurrently and returns their errors.
func bothOpen(f, g func() error) (errF, errG error) {
	done := make(chan struct{})
	go func() { defer close(done); errF = f() }()
	errG = g()
	<-done
	return errF, errG
}

// extend runs one Extend call on both sides. If one side fails, the other
// is stopped by canceling its context.
func extend(s *ExtSender, r *ExtReceiver, choices []Block) (q, tr []Block, errS, errR error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errS, errR = bothOpen(
		func() (err error) {
			q, err = s.Extend(ctx, len(choices)*128)
			if err != nil {
				cancel()
			}
			return err
		},
		func() (err error) {
			tr, err = r.Extend(ctx, choices)
			if err != nil {
				cancel()
			}
			return err
		})
	return q, tr, errS, errR
}

func TestExtend(t *testing.T) {
	s, r, _, _ := extPair(t, []byte("ext-sid"))
	delta := s.Delta()
	if delta == (Block{}) {
		t.Fatal("Δ is zero")
	}
	rnd := newTestRand(t)
	seen := map[Block]bool{}
	for call, blocks := range []int{1, 10, 1, 10, 3} {
		choices := make([]Block, blocks)
		for i := range choices {
			choices[i] = randBlock(rnd)
		}
		q, tr, errS, errR := extend(s, r, choices)
		if errS != nil || errR != nil {
			t.Fatalf("call %d: sender: %v, receiver: %v", call, errS, errR)
		}
		if len(q) != 128*blocks || len(tr) != 128*blocks {
			t.Fatalf("call %d: got %d and %d outputs, want %d", call, len(q), len(tr), 128*blocks)
		}
		for j := range q {
			rj := choices[j/128].Bit(j % 128)
			if want := q[j].Xor(delta.and(-rj)); tr[j] != want {
				t.Fatalf("call %d, OT %d: t = %v, want q ⊕ r·Δ = %v", call, j, tr[j], want)
			}
			if seen[q[j]] {
				t.Fatalf("call %d, OT %d: q repeats an earlier output", call, j)
			}
			seen[q[j]] = true
		}
	}
}

func TestExtendArgs(t *testing.T) {
	s, r, _, _ := extPair(t, nil)
	ctx := context.Background()
	for _, m := range []int{0, -128, 100, 129} {
		if _, err := s.Extend(ctx, m); err == nil {
			t.Errorf("Extend(%d) succeeded", m)
		}
	}
	if _, err := r.Extend(ctx, nil); err == nil {
		t.Error("Extend(nil choices) succeeded")
	}
	// Rejected arguments do not spoil the pair.
	if _, _, errS, errR := extend(s, r, make([]Block, 1)); errS != nil || errR != nil {
		t.Fatalf("sender: %v, receiver: %v", errS, errR)
	}
}

func TestExtendSidMismatch(t *testing.T) {
	sEnd, rEnd := newPipe()
	ctx := context.Background()
	var s *ExtSender
	var r *ExtReceiver
	errS, errR := bothOpen(
		func() (err error) { s, err = NewExtSender(ctx, sEnd, newTestReader(t), []byte("a")); return err },
		func() (err error) { r, err = NewExtReceiver(ctx, rEnd, newTestReader(t), []byte("b")); return err })
	if errS != nil || errR != nil {
		t.Fatalf("setup: %v, %v", errS, errR)
	}
	if _, _, errS, _ := extend(s, r, make([]Block, 1)); !errors.Is(errS, ErrCheck) {
		t.Errorf("sender with a different sid returned %v, want ErrCheck", errS)
	}
}

// TestExtendCheating plays a receiver that deviates in one way at a time
// in its second Extend call and expects the honest sender to fail with
// ErrCheck; after that the sender stays unusable.
func TestExtendCheating(t *testing.T) {
	const blocks = 2
	rowBytes := (blocks*128 + padOTs) / 8
	// Messages the receiver sends: 0 is the base OT point A, then 1 + 2k is
	// the matrix of call k and 2 + 2k its check opening.
	const matrix1, open1 = 3, 4
	tests := []struct {
		name string
		// cheat makes the receiver deviate; it runs before the first call.
		cheat func(t *testing.T, s *ExtSender, r *ExtReceiver, rEnd *pipeEnd)
	}{
		{
			// A flipped bit of u^l in a row with Δ_l = 1 is an OT whose
			// choice bit in row l differs from the other rows.
			name: "inconsistent choice bit",
			cheat: func(t *testing.T, s *ExtSender, r *ExtReceiver, rEnd *pipeEnd) {
				l := setBit(t, s.Delta())
				rEnd.tamper = func(i int, msg []byte) []byte {
					if i == matrix1 {
						msg[32+l*rowBytes+5] ^= 1 << 2
					}
					return msg
				}
			},
		},
		{
			// The receiver changes its seed after seeing the sender's and
			// computes x and t honestly for the challenges of the new seed,
			// so only the commitment catches it.
			name: "seed opening does not match commitment",
			cheat: func(t *testing.T, s *ExtSender, r *ExtReceiver, rEnd *pipeEnd) {
				calls := 0
				r.cheatSeed = func(seed []byte) {
					if calls++; calls == 2 {
						seed[0] ^= 1
					}
				}
			},
		},
		{
			name: "nonce changed in opening",
			cheat: func(t *testing.T, s *ExtSender, r *ExtReceiver, rEnd *pipeEnd) {
				rEnd.tamper = func(i int, msg []byte) []byte {
					if i == open1 {
						msg[seedBytes] ^= 0x80
					}
					return msg
				}
			},
		},
		{
			name: "x changed",
			cheat: func(t *testing.T, s *ExtSender, r *ExtReceiver, rEnd *pipeEnd) {
				rEnd.tamper = func(i int, msg []byte) []byte {
					if i == open1 {
						msg[seedBytes+nonceBytes] ^= 1
					}
					return msg
				}
			},
		},
		{
			name: "t changed",
			cheat: func(t *testing.T, s *ExtSender, r *ExtReceiver, rEnd *pipeEnd) {
				rEnd.tamper = func(i int, msg []byte) []byte {
					if i == open1 {
						msg[openBytes-1] ^= 1
					}
					return msg
				}
			},
		},
		{
			name: "first call replayed",
			cheat: func(t *testing.T, s *ExtSender, r *ExtReceiver, rEnd *pipeEnd) {
				var prev [][]byte
				rEnd.tamper = func(i int, msg []byte) []byte {
					switch i {
					case 1, 2:
						prev = append(prev, append([]byte(nil), msg...))
					case matrix1:
						return prev[0]
					case open1:
						return prev[1]
					}
					return msg
				}
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, r, _, rEnd := extPair(t, []byte("cheat"))
			tc.cheat(t, s, r, rEnd)
			choices := make([]Block, blocks)
			if _, _, errS, errR := extend(s, r, choices); errS != nil || errR != nil {
				t.Fatalf("honest call: %v, %v", errS, errR)
			}
			_, _, errS, _ := extend(s, r, choices)
			if !errors.Is(errS, ErrCheck) {
				t.Fatalf("honest sender returned %v, want ErrCheck", errS)
			}
			if _, err := s.Extend(context.Background(), blocks*128); !errors.Is(err, ErrUnusable) || !errors.Is(err, ErrCheck) {
				t.Errorf("sender after a failed check returned %v, want ErrUnusable wrapping ErrCheck", err)
			}
		})
	}
}

// TestExtendFlipIgnoredRow documents the selective failure of KOS15: the
// sender ignores u^l where Δ_l = 0, so a flip there passes the check. A
// receiver that flips bits learns each Δ_l it probes at the risk of an
// abort; see the package documentation.
func TestExtendFlipIgnoredRow(t *testing.T) {
	s, r, _, rEnd := extPair(t, []byte("probe"))
	l := clearBit(t, s.Delta())
	rowBytes := (128 + padOTs) / 8
	rEnd.tamper = func(i int, msg []byte) []byte {
		if i == 1 {
			msg[32+l*rowBytes] ^= 1
		}
		return msg
	}
	if _, _, errS, errR := extend(s, r, make([]Block, 1)); errS != nil || errR != nil {
		t.Fatalf("sender: %v, receiver: %v", errS, errR)
	}
}

// setBit returns the index of a set bit of d.
func setBit(t *testing.T, d Block) int {
	for l := 0; l < 128; l++ {
		if d.Bit(l) == 1 {
			return l
		}
	}
	t.Fatal("Δ has no set bit")
	return 0
}

// clearBit returns the index of a clear bit of d.
func clearBit(t *testing.T, d Block) int {
	for l := 0; l < 128; l++ {
		if d.Bit(l) == 0 {
			return l
		}
	}
	t.Skip("Δ has no clear bit")
	return 0
}

// TestExtendMalformed sends messages of the wrong length; the receiving
// side must fail with ErrCheck, never panic.
func TestExtendMalformed(t *testing.T) {
	trunc := func(m []byte) []byte { return m[:len(m)-1] }
	grow := func(m []byte) []byte { return append(m, 0) }
	empty := func([]byte) []byte { return nil }
	tests := []struct {
		name string
		// bySender selects the sender's messages (0: base OT points B,
		// 1 + k: seed of call k) rather than the receiver's.
		bySender bool
		index    int
		f        func([]byte) []byte
	}{
		{"matrix truncated", false, 1, trunc},
		{"matrix oversized", false, 1, grow},
		{"matrix empty", false, 1, empty},
		{"opening truncated", false, 2, trunc},
		{"opening oversized", false, 2, grow},
		{"seed truncated", true, 1, trunc},
		{"seed oversized", true, 1, grow},
		{"seed empty", true, 1, empty},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, r, sEnd, rEnd := extPair(t, []byte("malformed"))
			end := rEnd
			if tc.bySender {
				end = sEnd
			}
			end.tamper = func(i int, msg []byte) []byte {
				if i == tc.index {
					return tc.f(msg)
				}
				return msg
			}
			_, _, errS, errR := extend(s, r, make([]Block, 1))
			honest := errS
			if tc.bySender {
				honest = errR
			}
			if !errors.Is(honest, ErrCheck) {
				t.Fatalf("honest side returned %v, want ErrCheck", honest)
			}
		})
	}
	setup := []struct {
		name     string
		bySender bool
		f        func([]byte) []byte
	}{
		{"base A truncated", false, trunc},
		{"base A not an element", false, func(m []byte) []byte { return fill(m, 0xff) }},
		{"base B oversized", true, grow},
		{"base B empty", true, empty},
	}
	for _, tc := range setup {
		t.Run(tc.name, func(t *testing.T) {
			sEnd, rEnd := newPipe()
			end := rEnd
			if tc.bySender {
				end = sEnd
			}
			end.tamper = func(i int, msg []byte) []byte {
				if i == 0 {
					return tc.f(msg)
				}
				return msg
			}
			ctx := context.Background()
			errS, errR := both(sEnd, rEnd,
				func() error { _, err := NewExtSender(ctx, sEnd, newTestReader(t), nil); return err },
				func() error { _, err := NewExtReceiver(ctx, rEnd, newTestReader(t), nil); return err })
			honest := errS
			if tc.bySender {
				honest = errR
			}
			if !errors.Is(honest, ErrCheck) {
				t.Fatalf("honest side returned %v, want ErrCheck", honest)
			}
		})
	}
}

// TestExtendTamperedBaseOT replaces one base-OT point B_l by another valid
// element. The base OT passes, but row l of the sender's matrix is then
// pseudorandom garbage, which the first consistency check catches.
func TestExtendTamperedBaseOT(t *testing.T) {
	const victim = 17
	sEnd, rEnd := newPipe()
	sEnd.tamper = func(i int, msg []byte) []byte {
		if i == 0 {
			p, err := unmarshalPoint(msg[victim*pointBytes:(victim+1)*pointBytes], "B")
			if err != nil {
				t.Fatal(err)
			}
			copy(msg[victim*pointBytes:], marshalPoint(nil, p.Add(p, new(ristretto.Point).SetBase())))
		}
		return msg
	}
	ctx := context.Background()
	var s *ExtSender
	var r *ExtReceiver
	errS, errR := bothOpen(
		func() (err error) { s, err = NewExtSender(ctx, sEnd, newTestReader(t), nil); return err },
		func() (err error) { r, err = NewExtReceiver(ctx, rEnd, newTestReader(t), nil); return err })
	if errS != nil || errR != nil {
		t.Fatalf("setup: %v, %v", errS, errR)
	}
	if _, _, errS, _ := extend(s, r, make([]Block, 1)); !errors.Is(errS, ErrCheck) {
		t.Fatalf("sender returned %v, want ErrCheck", errS)
	}
}

func TestExtendCanceled(t *testing.T) {
	s, r, _, _ := extPair(t, nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Extend(ctx, 128); !errors.Is(err, context.Canceled) {
		t.Errorf("sender: %v, want context.Canceled", err)
	}
	if _, err := r.Extend(ctx, make([]Block, 1)); !errors.Is(err, context.Canceled) {
		t.Errorf("receiver: %v, want context.Canceled", err)
	}
	if _, err := r.Extend(context.Background(), make([]Block, 1)); !errors.Is(err, ErrUnusable) {
		t.Errorf("receiver after a canceled call: %v, want ErrUnusable", err)
	}
}

func BenchmarkExtend(b *testing.B) {
	const blocks = 1000
	s, r, _, _ := extPair(b, []byte("bench"))
	choices := make([]Block, blocks)
	for i := range choices {
		choices[i] = Block{uint64(i) * 0x9e3779b97f4a7c15, ^uint64(i)}
	}
	for b.Loop() {
		if _, _, errS, errR := extend(s, r, choices); errS != nil || errR != nil {
			b.Fatal(errS, errR)
		}
	}
	b.ReportMetric(float64(blocks*128*b.N)/b.Elapsed().Seconds(), "OTs/s")
}

// reversePair sets up an extension and, from it, the one that runs the
// other way over a second pipe: rs sends there (the first receiver), rr
// receives (the first sender). errS and errR are the errors of rs's and
// rr's set-up.
func reversePair(t *testing.T, s *ExtSender, r *ExtReceiver, sid []byte) (rs *ExtSender, rr *ExtReceiver, errS, errR error) {
	t.Helper()
	a, b := newPipe()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errR, errS = bothOpen(
		func() (err error) {
			if rr, err = s.Reverse(ctx, b, newTestReader(t), sid); err != nil {
				cancel()
			}
			return err
		},
		func() (err error) {
			if rs, err = r.Reverse(ctx, a, newTestReader(t), sid); err != nil {
				cancel()
			}
			return err
		})
	return rs, rr, errS, errR
}

func TestReverse(t *testing.T) {
	s, r, _, _ := extPair(t, []byte("fwd"))
	rs, rr, errS, errR := reversePair(t, s, r, []byte("rev"))
	if errS != nil || errR != nil {
		t.Fatalf("reverse: sender: %v, receiver: %v", errS, errR)
	}
	if rs.Delta() == s.Delta() || rs.Delta() == (Block{}) {
		t.Fatalf("reverse Δ %v is zero or the forward one", rs.Delta())
	}
	rnd := newTestRand(t)
	for call := range 3 {
		choices := []Block{randBlock(rnd), randBlock(rnd)}
		q, tr, errS, errR := extend(rs, rr, choices)
		if errS != nil || errR != nil {
			t.Fatalf("reverse call %d: sender: %v, receiver: %v", call, errS, errR)
		}
		for j := range q {
			rj := choices[j/128].Bit(j % 128)
			if want := q[j].Xor(rs.Delta().and(-rj)); tr[j] != want {
				t.Fatalf("reverse call %d, OT %d: t ≠ q ⊕ r·Δ'", call, j)
			}
		}
	}
	// The forward extension goes on, its bootstrap call counted.
	q, tr, errS, errR := extend(s, r, []Block{{Lo: 5}})
	if errS != nil || errR != nil {
		t.Fatalf("forward after reverse: %v, %v", errS, errR)
	}
	if q[0] != tr[0].Xor(s.Delta()) || q[1] != tr[1] {
		t.Fatal("forward extension broken after reverse")
	}
}

// TestReverseCheating: a receiver that cheats in the Extend call that
// bootstraps the reverse extension is caught by that call's check, and a
// tampered bootstrap leaves the two ends of the reverse extension with
// seeds that do not match, which its own check then catches.
func TestReverseCheating(t *testing.T) {
	const blocks = 1
	rowBytes := (blocks*128 + padOTs) / 8
	t.Run("inconsistent choice bit in bootstrap", func(t *testing.T) {
		s, r, _, rEnd := extPair(t, []byte("fwd"))
		l := setBit(t, s.Delta())
		rEnd.tamper = func(i int, msg []byte) []byte {
			if i == 1 { // the bootstrap call's matrix
				msg[32+l*rowBytes+3] ^= 1 << 5
			}
			return msg
		}
		// The first sender checks the bootstrap call, as rr's set-up.
		if _, _, _, errR := reversePair(t, s, r, []byte("rev")); !errors.Is(errR, ErrCheck) {
			t.Fatalf("first sender returned %v, want ErrCheck", errR)
		}
	})
	t.Run("different sids", func(t *testing.T) {
		s, r, _, _ := extPair(t, []byte("fwd"))
		a, b := newPipe()
		ctx := context.Background()
		var rs *ExtSender
		var rr *ExtReceiver
		errR, errS := bothOpen(
			func() (err error) { rr, err = s.Reverse(ctx, b, newTestReader(t), []byte("rev-1")); return err },
			func() (err error) { rs, err = r.Reverse(ctx, a, newTestReader(t), []byte("rev-2")); return err })
		if errS != nil || errR != nil {
			t.Fatalf("reverse: %v, %v", errS, errR)
		}
		if _, _, errS, _ := extend(rs, rr, make([]Block, 1)); !errors.Is(errS, ErrCheck) {
			t.Fatalf("reverse sender returned %v, want ErrCheck", errS)
		}
	})
}
