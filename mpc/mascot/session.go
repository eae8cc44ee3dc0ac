package mascot

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"
	"sync/atomic"

	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/ot"
)

const (
	// tagLen is the length of the session tag that starts every message.
	tagLen = 16
	// MaxParties is the largest number of parties a session may have.
	MaxParties = 64
)

// Config configures one party of a session.
type Config struct {
	// Session identifies the session, for example
	// "task/round/attempt". It is bound into every message, commitment,
	// hash and pseudorandom stream, so two sessions never mix messages or
	// share randomness. Required.
	Session string
	// Rand is the source of the party's randomness: 32 bytes are read once
	// and expanded per purpose. Nil means crypto/rand.Reader. Tests pass a
	// seeded reader to replay a run.
	Rand io.Reader
	// Progress, if set, is called with the name of each phase as it
	// starts ("setup", "triples", "input", "open", "mac-check", ...). It
	// must return quickly.
	Progress func(phase string)
	// Tap, if set, is called with every value this party opens to all
	// parties (before it is MAC-checked) and the shares it opened it
	// from: what the party's peers see of the computation beyond random
	// shares, for audits and for tests that show a value is never opened.
	Tap func(shares []Share, opened field.Vector)
	// Fault, if set, makes this party cheat on purpose, so that a demo or
	// a test can show the other parties catch it. Empty (no fault) is the
	// only value for production. See FaultBadShare and FaultBadMAC.
	Fault string
}

// Faults a party can be told to commit (Config.Fault).
const (
	// FaultBadShare adds one to the first value share the party sends in
	// every opening.
	FaultBadShare = "bad-share"
	// FaultBadMAC adds one to the party's MAC share of the last opened
	// value before every MAC check.
	FaultBadMAC = "bad-mac"
)

// Session is one party's state in a MASCOT session: its share of the MAC
// key, its OT-extension and COPE instances with every peer, the triples
// generated so far and the values opened but not yet MAC-checked. A Session
// is not safe for concurrent use; its methods are called in the same order
// by every party.
type Session struct {
	tr       mpc.Transport
	n, self  int
	sid      []byte
	tag      [tagLen]byte
	root     [32]byte
	streams  atomic.Uint64
	progress func(string)

	links []*conn // the main stream to each peer
	peers []*peer
	alpha field.Element

	coins   uint64
	pending []opened
	view    hash.Hash
	// viewBuf is the reused encoding of what see adds to view.
	viewBuf  []byte
	triples  []Triple
	prepared *prepared
	stats    Stats

	// cheat, set only by tests, makes this party deviate.
	cheat *cheats
	tap   func([]Share, field.Vector)
}

// cheats are the deviations the package's tests make a party commit.
type cheats struct {
	open    func(v field.Vector)               // value shares about to be sent
	mac     func(p []opened)                   // MAC shares about to be checked
	triple  func(vals []field.Element)         // combined a, b, c, â, ĉ before authentication
	opening func(label string, opening []byte) // a commitment opening about to be sent
	compare func(masked []Share)               // AtLeast's or Below's masked values about to be opened
}

// Stats counts what a session has done so far.
type Stats struct {
	// Triples is the number of triples generated, used or not.
	Triples int
	// TriplesUsed is the number of triples consumed by multiplications.
	TriplesUsed int
	// Opened is the number of values opened, all MAC-checked by the last
	// successful Reveal or Check.
	Opened int
}

// opened is a value opened in the session and waiting for the MAC check,
// with this party's MAC share of it.
type opened struct {
	value, mac field.Element
}

// peer holds the pairwise instances between this party and one peer.
type peer struct {
	// recv is the stream of the instance in which this party receives
	// (OT extension, COPE under its MAC key share, multiplication choosing
	// with its a candidates); send the one in which it sends.
	recv, send *conn

	// extS: this party is the OT-extension sender, the peer receives; the
	// peer's triple multiplications choose with the bits of its a
	// candidates, this party corrects with its b.
	extS  *ot.ExtSender
	hashS *ot.Hasher
	usedS uint64
	// extR: this party receives.
	extR  *ot.ExtReceiver
	hashR *ot.Hasher
	usedR uint64
	// copeS authenticates this party's values under the peer's MAC key
	// share; copeR the peer's values under this party's.
	copeS *copeSender
	copeR *copeReceiver
	// mult is the reused buffer of multSend's message.
	mult []byte
}

// New sets up this party's side of a session over tr: it draws its MAC key
// share, runs base OTs and the OT-extension set-up with every peer and
// initializes COPE under every party's MAC key share. Every party calls New
// with the same Session string. It fails when a link fails, ctx ends or a
// peer deviates from the protocol (errors wrapping mpc.ErrProtocol).
func New(ctx context.Context, tr mpc.Transport, cfg Config) (*Session, error) {
	n, self := tr.Parties(), tr.Self()
	switch {
	case cfg.Session == "":
		return nil, fmt.Errorf("%w: empty session identifier", errBadInput)
	case n < 2 || n > MaxParties:
		return nil, fmt.Errorf("%w: %d parties, want 2 to %d", errBadInput, n, MaxParties)
	case self < 0 || self >= n:
		return nil, fmt.Errorf("%w: party %d of %d", errBadInput, self, n)
	}
	rnd := cfg.Rand
	if rnd == nil {
		rnd = rand.Reader
	}
	s := &Session{tr: tr, n: n, self: self, sid: []byte(cfg.Session), progress: cfg.Progress, tap: cfg.Tap, view: sha256.New()}
	tag := derive("2pm/mascot/v1/tag", s.sid)
	copy(s.tag[:], tag[:])
	var seed [32]byte
	if _, err := io.ReadFull(rnd, seed[:]); err != nil {
		return nil, fmt.Errorf("mascot: read randomness: %w", err)
	}
	s.root = derive("2pm/mascot/v1/root", seed[:], s.sid, u64(uint64(self)))
	s.links = make([]*conn, n)
	s.peers = make([]*peer, n)
	for j := range n {
		if j != self {
			l := newLink(tr, s.tag, j)
			s.links[j] = l.stream(streamMain)
			s.peers[j] = &peer{recv: l.stream(instance(self, j)), send: l.stream(instance(j, self))}
		}
	}
	switch cfg.Fault {
	case "":
	case FaultBadShare:
		s.cheat = &cheats{open: func(v field.Vector) {
			if len(v) > 0 {
				v[0] = v[0].Add(field.One())
			}
		}}
	case FaultBadMAC:
		s.cheat = &cheats{mac: func(p []opened) { p[len(p)-1].mac = p[len(p)-1].mac.Add(field.One()) }}
	default:
		return nil, fmt.Errorf("%w: unknown fault %q", errBadInput, cfg.Fault)
	}
	s.alpha = s.prg("mac-key").element()
	s.phase("setup")
	err := s.eachPeer(ctx, func(ctx context.Context, j int) error {
		return s.setupPeer(ctx, j)
	})
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Parties returns the number of parties.
func (s *Session) Parties() int { return s.n }

// Self returns this party's index.
func (s *Session) Self() int { return s.self }

// Stats returns what the session has done so far.
func (s *Session) Stats() Stats { return s.stats }

func (s *Session) phase(name string) {
	if s.progress != nil {
		s.progress(name)
	}
}

// prg returns a fresh generator for one purpose, keyed from the party's
// random root and a counter, so no two uses share a stream.
func (s *Session) prg(label string) *prg {
	k := derive("2pm/mascot/v1/prg/"+label, s.root[:], u64(s.streams.Add(1)))
	return newPRG(k[:])
}

// instanceID names the pairwise instance in which party recv receives and
// party send sends.
func (s *Session) instanceID(label string, recv, send int) []byte {
	id := derive("2pm/mascot/v1/"+label, s.sid, u64(uint64(recv)), u64(uint64(send)))
	return id[:]
}

// instance returns the stream of the pairwise instance in which party
// recv receives from party send.
func instance(recv, send int) byte {
	if recv < send {
		return streamLow
	}
	return streamHigh
}

// setupPeer sets up both pairwise OT-extension instances with peer j and
// then, concurrently, COPE under each party's MAC key share. Only the
// instance in which the lower-numbered party receives runs base OTs; the
// other is bootstrapped from it (ot.ExtReceiver.Reverse), which halves the
// public-key work of a session. Each session still runs fresh base OTs:
// nothing is carried from one session to the next.
func (s *Session) setupPeer(ctx context.Context, j int) error {
	p := s.peers[j]
	recvID, sendID := s.instanceID("ot", s.self, j), s.instanceID("ot", j, s.self)
	var err error
	if s.self < j {
		if p.extR, err = ot.NewExtReceiver(ctx, p.recv, s.prg("ot-base"), recvID); err != nil {
			return otError(j, err)
		}
		p.extS, err = p.extR.Reverse(ctx, p.send, s.prg("ot-base"), sendID)
	} else {
		if p.extS, err = ot.NewExtSender(ctx, p.send, s.prg("ot-base"), sendID); err != nil {
			return otError(j, err)
		}
		p.extR, err = p.extS.Reverse(ctx, p.recv, s.prg("ot-base"), recvID)
	}
	if err != nil {
		return otError(j, err)
	}
	p.hashR = ot.NewHasher(s.instanceID("ot-hash", s.self, j))
	p.hashS = ot.NewHasher(s.instanceID("ot-hash", j, s.self))
	return both(ctx, func(ctx context.Context) error {
		var err error
		p.copeR, err = newCOPEReceiver(ctx, p, s.alpha)
		return otError(j, err)
	}, func(ctx context.Context) error {
		var err error
		p.copeS, err = newCOPESender(ctx, p)
		return otError(j, err)
	})
}

// both runs f and g concurrently; when one fails the other's context is
// cancelled. It returns the first error that is not a cancellation.
func both(ctx context.Context, f, g func(ctx context.Context) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make(chan error, 2)
	for _, h := range []func(context.Context) error{f, g} {
		go func() {
			err := h(ctx)
			if err != nil {
				cancel()
			}
			errs <- err
		}()
	}
	return firstError(ctx, errs, 2)
}

// firstError collects n errors and returns the first one that is not a
// cancellation caused by another's failure.
func firstError(ctx context.Context, errs <-chan error, n int) error {
	var first, cancelled error
	for range n {
		err := <-errs
		switch {
		case err == nil:
		case errors.Is(err, context.Canceled) && ctx.Err() != nil:
			if cancelled == nil {
				cancelled = err
			}
		case first == nil:
			first = err
		}
	}
	if first == nil {
		first = cancelled
	}
	return first
}

// otError turns an OT-extension check failure into ErrOT.
func otError(j int, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, ot.ErrCheck) {
		return fmt.Errorf("%w: with party %d: %v", ErrOT, j, err)
	}
	return err
}

// eachPeer runs f concurrently for every peer, each on its own link. When
// one fails, the others' context is cancelled; the error returned is the
// first one that is not a cancellation.
func (s *Session) eachPeer(ctx context.Context, f func(ctx context.Context, j int) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make(chan error, s.n)
	for j := range s.n {
		if j == s.self {
			continue
		}
		go func() {
			err := f(ctx, j)
			if err != nil {
				cancel()
			}
			errs <- err
		}()
	}
	return firstError(ctx, errs, s.n-1)
}

// exchange sends msg to every peer and returns every party's message,
// msg itself at index Self.
func (s *Session) exchange(ctx context.Context, msg []byte, size int) ([][]byte, error) {
	out := make([][]byte, s.n)
	out[s.self] = msg
	if err := s.sendAll(ctx, msg); err != nil {
		return nil, err
	}
	for j, l := range s.links {
		if l == nil {
			continue
		}
		m, err := l.recvLen(ctx, size)
		if err != nil {
			return nil, err
		}
		out[j] = m
	}
	return out, nil
}

// sendAll queues msg for every peer on the main stream.
func (s *Session) sendAll(ctx context.Context, msg []byte) error {
	for _, l := range s.links {
		if l != nil {
			if err := l.Send(ctx, msg); err != nil {
				return err
			}
		}
	}
	return nil
}

// broadcast is exchange for a value every party must see the same: it is
// also written to the view that the next MAC check compares.
func (s *Session) broadcast(ctx context.Context, msg []byte, size int) ([][]byte, error) {
	all, err := s.exchange(ctx, msg, size)
	if err != nil {
		return nil, err
	}
	for _, m := range all {
		s.view.Write(m)
	}
	return all, nil
}

// commitLen is the length of a commitment; openLen of an opening's nonce.
const (
	commitLen = sha256.Size
	nonceLen  = 32
)

func (s *Session) commitment(party int, label string, nonce, value []byte) []byte {
	c := derive("2pm/mascot/v1/commit/"+label, s.sid, u64(uint64(party)), nonce, value)
	return c[:]
}

// commitOpen runs commit-then-open of value among all parties: every
// party first sends a commitment, then its opening. It returns every
// party's value (value itself at Self), each of length len(value). A
// mismatched opening fails with ErrCommitment.
func (s *Session) commitOpen(ctx context.Context, label string, value []byte) ([][]byte, error) {
	nonce := make([]byte, nonceLen)
	_, _ = s.prg("nonce").Read(nonce)
	coms, err := s.exchange(ctx, s.commitment(s.self, label, nonce, value), commitLen)
	if err != nil {
		return nil, err
	}
	mine := append(nonce, value...)
	if s.cheat != nil && s.cheat.opening != nil {
		s.cheat.opening(label, mine)
	}
	opens, err := s.exchange(ctx, mine, nonceLen+len(value))
	if err != nil {
		return nil, err
	}
	vals := make([][]byte, s.n)
	for j, o := range opens {
		c := s.commitment(j, label, o[:nonceLen], o[nonceLen:])
		if string(c) != string(coms[j]) {
			return nil, fmt.Errorf("%w: party %d, %s", ErrCommitment, j, label)
		}
		vals[j] = o[nonceLen:]
	}
	return vals, nil
}

// coin runs a coin toss: every party commits to a random seed, then opens
// it; the result hashes all seeds, so it is uniform if one party is honest
// and no party knows it before every commitment is in.
func (s *Session) coin(ctx context.Context, label string) (*prg, error) {
	s.coins++
	seed := make([]byte, 32)
	_, _ = s.prg("coin").Read(seed)
	seeds, err := s.commitOpen(ctx, fmt.Sprintf("coin/%s/%d", label, s.coins), seed)
	if err != nil {
		return nil, err
	}
	k := derive("2pm/mascot/v1/coin/"+label, append([][]byte{s.sid, u64(s.coins)}, seeds...)...)
	return newPRG(k[:]), nil
}
