package ot

import "encoding/binary"

// aesRoundKeyBytes is the size of an expanded AES-128 key: 11 round keys.
const aesRoundKeyBytes = 176

// sbox is the AES S-box, computed once from its definition.
var sbox = func() (s [256]byte) {
	for x := 0; x < 256; x++ {
		// The inverse in GF(2^8) is x^254; 0 maps to 0.
		inv := byte(1)
		for i := 0; i < 254; i++ {
			inv = gf8Mul(inv, byte(x))
		}
		if x == 0 {
			inv = 0
		}
		b := inv
		s[x] = b ^ rotl8(b, 1) ^ rotl8(b, 2) ^ rotl8(b, 3) ^ rotl8(b, 4) ^ 0x63
	}
	return s
}()

func rotl8(b byte, n uint) byte { return b<<n | b>>(8-n) }

// gf8Mul multiplies in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1.
func gf8Mul(a, b byte) byte {
	var p byte
	for i := 0; i < 8; i++ {
		if b&1 == 1 {
			p ^= a
		}
		hi := a & 0x80
		a <<= 1
		if hi != 0 {
			a ^= 0x1b
		}
		b >>= 1
	}
	return p
}

// expandKey returns the AES-128 key schedule of key, round key r at bytes
// 16r..16r+15 in the byte order of the state. It is only used for public
// keys: its table lookups depend on the key.
func expandKey(key []byte) (rk [aesRoundKeyBytes]byte) {
	var w [44]uint32
	for i := 0; i < 4; i++ {
		w[i] = binary.BigEndian.Uint32(key[4*i:])
	}
	rcon := uint32(1)
	for i := 4; i < 44; i++ {
		t := w[i-1]
		if i%4 == 0 {
			t = t<<8 | t>>24
			t = uint32(sbox[t>>24])<<24 | uint32(sbox[t>>16&0xff])<<16 | uint32(sbox[t>>8&0xff])<<8 | uint32(sbox[t&0xff])
			t ^= rcon << 24
			rcon = uint32(gf8Mul(byte(rcon), 2))
		}
		w[i] = w[i-4] ^ t
	}
	for i, v := range w {
		binary.BigEndian.PutUint32(rk[4*i:], v)
	}
	return rk
}
