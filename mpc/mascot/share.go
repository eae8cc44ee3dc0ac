package mascot

import "github.com/twopm/twopm/mpc/field"

// Share is one party's part of an authenticated value [[x]]: a share of x
// and a share of its MAC α·x, where α is the global MAC key that no party
// knows (each holds a share of it). Shares combine linearly without
// communication; opening a value always goes through the MAC check.
type Share struct {
	Value, MAC field.Element
}

// Add returns the share of x + y.
func (a Share) Add(b Share) Share { return Share{a.Value.Add(b.Value), a.MAC.Add(b.MAC)} }

// Sub returns the share of x − y.
func (a Share) Sub(b Share) Share { return Share{a.Value.Sub(b.Value), a.MAC.Sub(b.MAC)} }

// Scale returns the share of c·x for a public c.
func (a Share) Scale(c field.Element) Share { return Share{a.Value.Mul(c), a.MAC.Mul(c)} }

// AddConst returns this party's share of x + c for a public c: party 0
// adds c to its value share, every party adds c times its MAC key share to
// its MAC share.
func (s *Session) AddConst(a Share, c field.Element) Share {
	if s.self == 0 {
		a.Value = a.Value.Add(c)
	}
	a.MAC = a.MAC.Add(c.Mul(s.alpha))
	return a
}

// Sum returns the element-wise sum of equally long share vectors.
func Sum(vs ...[]Share) []Share {
	if len(vs) == 0 {
		return nil
	}
	out := append([]Share(nil), vs[0]...)
	for _, v := range vs[1:] {
		for h := range out {
			out[h] = out[h].Add(v[h])
		}
	}
	return out
}
