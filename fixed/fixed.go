// Package fixed encodes the real numbers of data sets as exact decimal
// fixed-point integers, the form in which they enter secure computation.
//
// A value x is represented by q = round(x · Scale) with Scale = 10^6, so a
// value with at most six decimals (every value of the heart-disease and
// breast-cancer data) is represented exactly and sums and sums of squares
// over such values are exact. Values with more decimals are rounded to the
// nearest 10^-6, half away from zero: the error is at most 5·10^-7 per
// value. |x| must not exceed MaxAbs = 10^9, so |q| ≤ 10^15 < 2^50 and
// q² < 2^100: sums of squares over up to 2^26 (67 million) rows stay below
// 2^126, inside the signed range of the 128-bit field. Parse rejects larger
// values instead of wrapping.
package fixed

import (
	"errors"
	"math/big"
	"strings"
)

// Scale is the number of fixed-point units in 1.
const Scale = 1_000_000

// MaxAbs is the largest magnitude Parse accepts.
const MaxAbs = 1_000_000_000

// MaxRows is the largest number of rows whose sums of squares are
// guaranteed not to overflow the field's signed range.
const MaxRows = 1 << 26

// Errors returned by Parse; callers check them with errors.Is.
var (
	ErrSyntax   = errors.New("fixed: not a decimal number")
	ErrRange    = errors.New("fixed: magnitude above 1e9")
	scaleRat    = new(big.Rat).SetInt64(Scale)
	maxAbsRat   = new(big.Rat).SetInt64(MaxAbs)
	halfRat     = big.NewRat(1, 2)
	allowedRune = "0123456789+-.eE"
)

// Parse returns round(x · Scale) for the decimal number s, such as "63",
// "2.3", ".7", "-1.5" or "1e-3".
func Parse(s string) (int64, error) {
	if s == "" || strings.Trim(s, allowedRune) != "" {
		return 0, ErrSyntax
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return 0, ErrSyntax
	}
	if new(big.Rat).Abs(r).Cmp(maxAbsRat) > 0 {
		return 0, ErrRange
	}
	r.Mul(r, scaleRat)
	neg := r.Sign() < 0
	r.Abs(r)
	r.Add(r, halfRat)
	q := new(big.Int).Quo(r.Num(), r.Denom())
	if neg {
		q.Neg(q)
	}
	return q.Int64(), nil
}

// Rat returns q / Scale^power as an exact rational: power 1 for a sum of
// values, 2 for a sum of squares.
func Rat(q *big.Int, power int) *big.Rat {
	d := big.NewInt(1)
	for range power {
		d.Mul(d, big.NewInt(Scale))
	}
	return new(big.Rat).SetFrac(q, d)
}

// Format returns q / Scale as a decimal without trailing zeros, such as
// "63", "-2.6" or "0.000001"; Parse(Format(q)) == q.
func Format(q int64) string {
	return strings.TrimSuffix(strings.TrimRight(Rat(big.NewInt(q), 1).FloatString(6), "0"), ".")
}
