package mascot

import (
	"context"
	"fmt"
	"sync"

	"github.com/twopm/twopm/mpc/field"
)

// copeChunk is the number of values authenticated per COPE message
// (k·copeChunk·16 bytes = 512 KiB): small enough that a message is built,
// sent and consumed while it is still in the caches.
const copeChunk = 256

// authed is the outcome of authenticating every party's own values: this
// party's values and its MAC-share pieces for every party's values, such
// that Σ_i macs_i[P][h] = α·x_{P,h}.
type authed struct {
	vals []field.Element
	macs [][]field.Element
}

// authenticate runs Π_[[·]] of MASCOT (figure 5) for every party at once:
// party P authenticates lens[P] values of its own (vals, at this party),
// by COPE under every other party's MAC key share, plus one random value
// that masks the check. The check — a random combination of each party's
// values, broadcast by their owner, against the MAC pieces, by
// commit-then-open — fails with ErrMACCheck if an owner's COPE messages
// were inconsistent with one value.
func (s *Session) authenticate(ctx context.Context, lens []int, vals []field.Element) (*authed, error) {
	ext := make([]int, s.n)
	for i, l := range lens {
		ext[i] = l + 1
	}
	mine := make([]field.Element, ext[s.self])
	copy(mine, vals)
	mine[len(vals)] = s.prg("auth-mask").element()
	a := &authed{vals: mine, macs: make([][]field.Element, s.n)}
	own := make([]field.Element, len(mine))
	for h, x := range mine {
		own[h] = s.alpha.Mul(x)
	}
	var mu sync.Mutex
	err := s.eachPeer(ctx, func(ctx context.Context, j int) error {
		p := s.peers[j]
		return both(ctx, func(ctx context.Context) error {
			// This party's values, under the peer's MAC key share.
			tsum := make([]field.Element, 0, len(mine))
			for off := 0; off < len(mine); off += copeChunk {
				if err := p.send.pace(ctx); err != nil {
					return err
				}
				msg, t := p.copeS.extend(mine[off:min(off+copeChunk, len(mine))])
				if err := p.send.sendFramed(ctx, msg); err != nil {
					return err
				}
				tsum = append(tsum, t...)
			}
			mu.Lock()
			for h, t := range tsum {
				own[h] = own[h].Add(t)
			}
			mu.Unlock()
			return nil
		}, func(ctx context.Context) error {
			// The peer's values, under this party's.
			recvd := make([]field.Element, 0, ext[j])
			for off := 0; off < ext[j]; off += copeChunk {
				msg, err := p.recv.Recv(ctx)
				if err != nil {
					return err
				}
				q, err := p.copeR.extend(msg, min(copeChunk, ext[j]-off), j)
				if err != nil {
					return err
				}
				p.recv.release()
				recvd = append(recvd, q...)
			}
			mu.Lock()
			a.macs[j] = recvd
			mu.Unlock()
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	a.macs[s.self] = own

	coins, err := s.coin(ctx, "auth")
	if err != nil {
		return nil, err
	}
	r := make([][]field.Element, s.n)
	for i := range r {
		r[i] = make([]field.Element, ext[i])
		coins.elements(r[i])
	}
	var y field.Element
	for h, x := range mine {
		y = y.Add(r[s.self][h].Mul(x))
	}
	ys, err := s.broadcast(ctx, y.AppendBytes(nil), field.Bytes)
	if err != nil {
		return nil, err
	}
	var sigma, ysum field.Element
	for i := range s.n {
		yi, err := field.SetBytes(ys[i])
		if err != nil {
			return nil, fmt.Errorf("%w: party %d: %v", errProtocol, i, err)
		}
		ysum = ysum.Add(yi)
		for h, m := range a.macs[i] {
			sigma = sigma.Add(r[i][h].Mul(m))
		}
	}
	sigma = sigma.Sub(s.alpha.Mul(ysum))
	if err := s.zeroSum(ctx, "auth-check", sigma, nil); err != nil {
		return nil, fmt.Errorf("authentication of inputs: %w", err)
	}
	a.vals = a.vals[:len(vals)]
	for i := range a.macs {
		a.macs[i] = a.macs[i][:lens[i]]
	}
	return a, nil
}

// zeroSum commits to sigma (and view, if not nil), opens, and checks that
// the σ of all parties sum to zero (ErrMACCheck) and that every view is
// the same (ErrConsistency).
func (s *Session) zeroSum(ctx context.Context, label string, sigma field.Element, view []byte) error {
	vals, err := s.commitOpen(ctx, label, append(sigma.AppendBytes(nil), view...))
	if err != nil {
		return err
	}
	var sum field.Element
	for i, v := range vals {
		e, err := field.SetBytes(v[:field.Bytes])
		if err != nil {
			return fmt.Errorf("%w: party %d: %v", errProtocol, i, err)
		}
		sum = sum.Add(e)
		if string(v[field.Bytes:]) != string(view) {
			return fmt.Errorf("%w: party %d", ErrConsistency, i)
		}
	}
	if !sum.IsZero() {
		return ErrMACCheck
	}
	return nil
}

// masks returns authenticated sharings of every party's random values r
// (lens[P] of them from party P): each owner authenticates its values, then
// reshares them, sending every other party a seed from which that party
// draws its value shares; the owner keeps r minus those. MAC shares are
// untouched: they share α·r whatever the value shares are.
func (s *Session) masks(ctx context.Context, lens []int, r []field.Element) ([][]Share, error) {
	a, err := s.authenticate(ctx, lens, r)
	if err != nil {
		return nil, err
	}
	out := make([][]Share, s.n)
	for i := range out {
		out[i] = make([]Share, lens[i])
		for h := range out[i] {
			out[i][h].MAC = a.macs[i][h]
		}
	}
	for h, v := range r {
		out[s.self][h].Value = v
	}
	buf := make([]field.Element, 0)
	for j, l := range s.links {
		if l == nil || len(r) == 0 {
			continue
		}
		seed := make([]byte, 32)
		_, _ = s.prg("reshare").Read(seed)
		if err := l.Send(ctx, seed); err != nil {
			return nil, err
		}
		buf = append(buf[:0], make([]field.Element, len(r))...)
		newPRG(reshareKey(s.sid, s.self, j, seed)).elements(buf)
		for h := range r {
			out[s.self][h].Value = out[s.self][h].Value.Sub(buf[h])
		}
	}
	for j, l := range s.links {
		if l == nil || lens[j] == 0 {
			continue
		}
		seed, err := l.recvLen(ctx, 32)
		if err != nil {
			return nil, err
		}
		buf = append(buf[:0], make([]field.Element, lens[j])...)
		newPRG(reshareKey(s.sid, j, s.self, seed)).elements(buf)
		for h := range buf {
			out[j][h].Value = buf[h]
		}
	}
	return out, nil
}

func reshareKey(sid []byte, from, to int, seed []byte) []byte {
	k := derive("2pm/mascot/v1/reshare", sid, u64(uint64(from)), u64(uint64(to)), seed)
	return k[:]
}
