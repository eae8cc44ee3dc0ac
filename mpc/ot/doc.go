// Package ot implements the oblivious transfer that MASCOT (Keller, Orsini
// and Scholl, CCS 2016) builds its multiplication triples on: a base OT, the
// actively secure correlated OT extension of Keller, Orsini and Scholl
// ("Actively Secure OT Extension with Optimal Overhead", CRYPTO 2015, here
// KOS15) and a correlation-robust hash to break the correlation. The
// computational security parameter is κ = 128; the statistical one is at
// least 64.
//
// # Base OT
//
// BaseSend and BaseReceive run the "simplest OT" of Chou and Orlandi
// (Latincrypt 2015) over ristretto255 (github.com/bwesterb/go-ristretto),
// all n OTs in one message each way: the sender sends A = a·G, the receiver
// B_i = b_i·G + c_i·A, and the keys are SHA-256 of a domain tag, sid, i, A,
// B_i and the shared point a·B_i or a·(B_i − A), cut to 128 bits. The
// outputs are random keys, not chosen messages. The receiver computes b_i·A
// through a table of multiples of A built once per batch, about three times
// faster than a plain scalar multiplication; every multiplication by a
// secret scalar is constant time. circl's ot/simot is not used: it reads
// crypto/rand instead of the caller's randomness, runs a full exchange per
// OT, binds no session identifier and panics on misuse.
//
// Caveats. Security rests on computational Diffie–Hellman in ristretto255
// and on modelling SHA-256 as a random oracle. The protocol is known not to
// be UC-secure as first claimed (Genç, Iovino and Rial, 2017; Hauck and
// Loss, 2017): a simulator cannot extract the receiver's choice when B_i
// is sent, only when the receiver hashes its key. That matters for chosen
// message OT; here the outputs are random keys that only seed a PRG, the
// setting in which the protocol is commonly deployed. ristretto255 has
// prime order, so the small-subgroup attacks on the original Curve25519
// version do not apply; a non-canonical point or an identity A is rejected.
// The base OT does not authenticate its messages beyond what Conn provides:
// a substituted B_i makes that OT's keys disagree without an error. Inside
// the extension such a mismatch makes the first consistency check fail.
//
// # OT extension
//
// NewExtSender draws Δ and runs 128 base OTs as base-OT receiver with
// choice bits Δ; NewExtReceiver runs them as base-OT sender with seeds
// k^l_0, k^l_1. Each Extend call of m OTs (m a multiple of 128) extends to
// m' = m + 256 columns, the last 256 with random choice bits that hide the
// choices in the check (KOS15 needs at least κ + s). The PRG G is AES-CTR
// keyed by the seed with the call number as nonce, so no call reuses pads.
//
// Reverse sets up the extension that runs the other way between the same
// two parties without base OTs, extended OTs standing in for base OTs
// as is usual in OT extension: the receiver draws a fresh Δ', runs one
// Extend call of 128 OTs choosing with its bits, and both hash the outputs,
// H(t_l, l) and (H(q_l, l), H(q_l ⊕ Δ, l)), under a key derived from the new
// extension's sid; those are the new extension's base-OT seeds, with the
// roles swapped. The call is checked as any other, so a receiver that cheats
// in it is caught there.
//
// The messages of one call are:
//
//	receiver → sender  commitment c = SHA-256(tag, sid, call, nonce, seed_R) and
//	                   u^l = G(k^l_0) ⊕ G(k^l_1) ⊕ r' for l = 1..128  (32 + 16·m' bytes)
//	sender → receiver  seed_S  (16 bytes)
//	receiver → sender  seed_R, nonce, x = Σ χ_j·r'_j, t = Σ χ_j·t_j  (80 bytes)
//
// with χ_j from AES-CTR keyed by SHA-256(tag, sid, call, seed_S ⊕ seed_R) and
// sums in GF(2^128) modulo x^128 + x^7 + x^2 + x + 1. The sender computes
// q^l = G(k^l_{Δ_l}) ⊕ Δ_l·u^l, transposes the bit matrix into
// q_j = t_j ⊕ r'_j·Δ, and accepts only if the opening matches the commitment
// and Σ χ_j·q_j = t ⊕ x·Δ. The coin toss makes χ unpredictable to the
// receiver when it fixes u and keeps the sender from choosing χ alone.
//
// Threat model. Both parties may be malicious; Conn must be authenticated
// and ordered. What the receiver sees: seeds from base OTs whose other half
// it cannot compute, and seed_S. What the sender sees: u, which is masked
// by PRG output it cannot compute, and x and t, which the 256 random padding
// choices mask. A receiver that uses inconsistent choice bits fails the
// check except with probability about 2^−s. KOS15 allows selective failure:
// a receiver that flips bits of u^l learns Δ_l from whether the sender
// aborts, at the price of an abort whenever its guess is wrong, so it learns
// c bits of Δ only with probability 2^−c of going unnoticed. The protocol
// is proven secure with this leakage, provided the outputs are hashed with
// a correlation-robust hash before use. (The original proof of the check
// had a gap, found by Roy, SoftSpokenOT, CRYPTO 2022; the revised analysis
// keeps the protocol as is.)
//
// Extend returns the raw correlated outputs q_j and t_j = q_j ⊕ r_j·Δ with a
// single Δ for all calls on the pair. Callers must not use them as keys
// directly: hash q_j, q_j ⊕ Δ and t_j with Hasher under a tweak unique to the
// OT within the session. Only the sender runs the check; the receiver's
// Extend returns before the sender has accepted, and an error on either
// side must abort the session. Any failed call leaves the pair unusable
// (ErrUnusable). A peer that sends a message of the wrong length, a
// malformed point, a mismatched opening or an inconsistent matrix makes the
// honest side return an error wrapping ErrCheck. The session identifier
// sid must be unique per session and equal at both ends; it is bound into
// every hash, commitment, challenge and base-OT key.
//
// # Hash
//
// Hasher is the TMMO construction H(x, i) = π(π(x) ⊕ i) ⊕ π(x) of Guo, Katz,
// Wang and Yu (S&P 2020) with π fixed-key AES keyed by SHA-256 of sid. It
// costs two AES calls rather than the one of π(σ(x) ⊕ i) ⊕ σ(x): in that
// variant the tweak enters the same input as σ(x), so an adversary that
// can choose inputs under several tweaks makes two outputs differ by a
// known constant, and it is not tweakable correlation robust.
//
// # Implementation
//
// GF(2^128) products use PCLMULQDQ on amd64 and, elsewhere or with the
// purego build tag, carry-less multiplication built from integer
// multiplications with 5-bit holes; both run in time independent of the
// data. Hasher uses AES-NI when present (its key schedule is computed with
// table lookups, acceptable because the key is derived from the public sid)
// and crypto/aes otherwise. The receiver's choice bits select masks, never
// branches. rnd must be a cryptographically secure source such as
// crypto/rand.Reader, safe for the concurrent use the caller makes of it.
package ot
