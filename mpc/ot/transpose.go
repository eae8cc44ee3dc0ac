package ot

// transpose64 transposes the 64×64 bit matrix a in place: bit j of a[i]
// becomes bit i of a[j]. It swaps the off-diagonal blocks of size 32, then
// 16, and so on down to single bits.
func transpose64(a *[64]uint64) {
	swapBlocks(a, 32, 0x00000000ffffffff)
	swapBlocks(a, 16, 0x0000ffff0000ffff)
	swapBlocks(a, 8, 0x00ff00ff00ff00ff)
	swapBlocks(a, 4, 0x0f0f0f0f0f0f0f0f)
	swapBlocks(a, 2, 0x3333333333333333)
	swapBlocks(a, 1, 0x5555555555555555)
}

// swapBlocks exchanges, within every 2w×2w block of a, the w×w block at the
// top right (high bits of the upper rows) with the one at the bottom left
// (low bits of the lower rows). mask selects the low w bits of every 2w.
func swapBlocks(a *[64]uint64, w uint, mask uint64) {
	for i := uint(0); i < 64; i += 2 * w {
		for k := i; k < i+w; k++ {
			t := (a[k&63]>>w ^ a[(k+w)&63]) & mask
			a[k&63] ^= t << w
			a[(k+w)&63] ^= t
		}
	}
}

// tile is a 128×128 bit matrix: four 64×64 quarters, each row of a quarter
// one word. q[0] holds rows 0..63, columns 0..63; q[1] rows 0..63, columns
// 64..127; q[2] rows 64..127, columns 0..63; q[3] rows 64..127, columns
// 64..127. Bit c of q[k][r] is column c mod 64 of that quarter's row r.
type tile [4][64]uint64

// transposeTo transposes t in place and writes column c of the original
// matrix to out[c] for c < 128: bit r of out[c] is row r, column c.
func (t *tile) transposeTo(out []Block) {
	out = out[:128]
	for k := range t {
		transpose64(&t[k])
	}
	// Column c < 64 is rows 0..63 of quarter 0 then rows 64..127 of quarter
	// 2; column 64+c likewise from quarters 1 and 3.
	for c := 0; c < 64; c++ {
		out[c] = Block{t[0][c], t[2][c]}
		out[64+c] = Block{t[1][c], t[3][c]}
	}
}

// transpose128 transposes the 128×128 bit matrix whose row r is in[r] and
// returns its rows: bit r of out[c] is bit c of in[r].
func transpose128(in, out []Block) {
	var t tile
	in = in[:128]
	for r := 0; r < 64; r++ {
		t[0][r], t[1][r] = in[r].Lo, in[r].Hi
		t[2][r], t[3][r] = in[64+r].Lo, in[64+r].Hi
	}
	t.transposeTo(out)
}
