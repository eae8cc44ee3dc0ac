package fixed

import (
	"errors"
	"math/big"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    int64
		wantErr error
	}{
		{"integer", "63", 63_000_000, nil},
		{"one decimal", "2.3", 2_300_000, nil},
		{"leading dot", ".7", 700_000, nil},
		{"negative", "-1.5", -1_500_000, nil},
		{"trailing zeros", "1.0", 1_000_000, nil},
		{"exponent", "1e-3", 1000, nil},
		{"six decimals", "0.000001", 1, nil},
		{"round half up", "0.0000005", 1, nil},
		{"round half away from zero", "-0.0000005", -1, nil},
		{"round down", "0.00000049", 0, nil},
		{"max", "1000000000", MaxAbs * Scale, nil},
		{"above max", "1000000000.1", 0, ErrRange},
		{"empty", "", 0, ErrSyntax},
		{"word", "abc", 0, ErrSyntax},
		{"fraction", "1/2", 0, ErrSyntax},
		{"inf", "Inf", 0, ErrSyntax},
		{"two dots", "1.2.3", 0, ErrSyntax},
		{"space", " 1", 0, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Parse(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if err == nil && got != tt.want {
				t.Fatalf("Parse(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestRat(t *testing.T) {
	if got := Rat(big.NewInt(2_300_000), 1); got.Cmp(big.NewRat(23, 10)) != 0 {
		t.Fatalf("Rat(2300000, 1) = %v, want 23/10", got)
	}
	if got := Rat(big.NewInt(5_290_000_000_000), 2); got.Cmp(big.NewRat(529, 100)) != 0 {
		t.Fatalf("Rat(2.3² scaled, 2) = %v, want 529/100", got)
	}
}

func TestFormat(t *testing.T) {
	for _, q := range []int64{0, 63 * Scale, -2_600_000, 1, -1, 120_500_000, MaxAbs * Scale} {
		s := Format(q)
		back, err := Parse(s)
		if err != nil || back != q {
			t.Errorf("Format(%d) = %q, which parses to %d, %v", q, s, back, err)
		}
	}
	if got := Format(-2_600_000); got != "-2.6" {
		t.Errorf("Format(-2.6·Scale) = %q", got)
	}
}
