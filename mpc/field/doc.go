// Package field implements arithmetic in the prime field GF(p) with
// p = 2^128 − 159, the largest prime below 2^128.
//
// Every secure-computation protocol of 2PM (package additive, and the MASCOT
// protocol built on the same field) computes over this field. The choice:
//
//   - 128 bits gives the statistical security MASCOT's MAC check needs: a
//     cheater who alters an opened value passes the check with probability
//     about 2/p ≈ 2^-127 per check.
//   - A pseudo-Mersenne modulus reduces a 256-bit product with two folds by
//     the constant 159, so multiplication is a handful of 64-bit multiplies
//     with no division and no data-dependent branch.
//   - Two machine words per element keep shares, MAC shares and triples
//     small on the wire (16 bytes each), which matters for OT-based
//     preprocessing whose cost grows with the square of the bit length.
//
// Constant time: Add, Sub, Neg and Mul run the same instructions whatever
// the operands; the final conditional subtraction uses masks, not branches.
// Encoding to and from bytes checks canonicity (a value ≥ p is rejected).
//
// Signed integers embed as x mod p: values in [−(p−1)/2, (p−1)/2] round-trip
// through FromInt64/FromBig and Signed.
package field
