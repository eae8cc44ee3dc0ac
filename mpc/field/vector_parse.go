package field

import (
	"fmt"
	"math/big"
)

// ParseVector parses decimal integers, as Element.Signed().String()
// writes them, into a vector; each is reduced modulo p. It returns an error
// naming the first element that is not an integer.
func ParseVector(ss []string) (Vector, error) {
	v := make(Vector, len(ss))
	for i, s := range ss {
		b, ok := new(big.Int).SetString(s, 10)
		if !ok {
			return nil, fmt.Errorf("field: element %d (%q) is not an integer", i, s)
		}
		v[i] = FromBig(b)
	}
	return v, nil
}
