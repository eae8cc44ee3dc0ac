// Package mascot implements MASCOT (Keller, Orsini, Scholl, "MASCOT: Faster
// Malicious Arithmetic Secure Computation with Oblivious Transfer", CCS
// 2016): secure computation among n parties over a prime field, secure
// against an active adversary that corrupts up to n−1 of them, with abort.
// A party that deviates makes the session fail with an error; it never
// makes an honest party accept a wrong value.
//
// # Field
//
// Values live in GF(p), p = 2^128 − 159 (package field). A 128-bit field is
// what the MAC check needs (a forged opening passes with probability about
// 2/p), and the pseudo-Mersenne prime makes multiplication a few machine
// multiplies. The BN254 scalar field of the proof circuits was the other
// candidate; it is 254 bits, which would double every share and
// quadruple the OT traffic of preprocessing (that traffic grows with the
// square of the bit length). Values are tied to proofs by commitments,
// not by computing in the same field.
//
// # Protocol
//
// Set-up (New): each party draws its share α_i of the MAC key α = Σ α_i.
// Every pair runs 128 base OTs and sets up the actively secure OT
// extension of Keller, Orsini and Scholl (CRYPTO 2015, package ot) in which
// the lower-numbered party receives; the extension the other way is
// bootstrapped from it (ot.ExtReceiver.Reverse), so a session needs one
// batch of base OTs per pair, not per ordered pair. They are fresh in every
// session. From it, COPE (correlated oblivious product evaluation) is
// initialized with the bits of each party's α_i as choice bits.
//
// Authentication: a party authenticates its own values x by COPE with
// every other party, which gives each a share of α_j·x; a random
// combination of the values, masked by one extra random value, is checked
// against the MAC shares by commit-then-open (MASCOT figure 5).
//
// Input (Input): each owner authenticates random masks r, reshares them
// (the other parties draw their value shares from seeds the owner sends)
// and broadcasts ε = x − r; [[x]] = [[r]] + ε.
//
// Triples (Triples): each party draws τ = 3 candidates a_1..a_τ and one b
// per triple; every ordered pair multiplies them by OT (Π_τ-Mult: the
// receiver's choice bits are the bits of its candidates, τ·128 OTs per
// triple, and the sender's corrections carry its b). The parties combine
// the candidates with coin-tossed coefficients into two triples that share
// b, authenticate their shares, and sacrifice one to check the other
// (figure 9). A sender that corrupts corrections makes the sacrifice fail
// or not according to bits of the receiver's candidates only, never of b
// or of anything an honest party keeps: the combination with coins tossed
// after the multiplication leaves the triple's a statistically close to
// uniform (the selective-failure argument of section 5). For B triples
// the multiplication sends about 2·τ·128·16·B bytes per ordered pair (OT
// extension and corrections), and authentication 5·128·16·B.
//
// Online: shares combine linearly without communication (Share.Add,
// Scale, Session.AddConst); Mul multiplies with one Beaver triple. Every
// opened value is kept until Check runs the MAC check of figure 10: a
// coin-tossed random combination of the opened values, commit-then-open
// of each party's check value, which must sum to zero. Reveal outputs to
// all parties, RevealTo to one through a random mask. CheckInterval and
// CheckNorm prove, with triples, that a party's input lies in an interval
// or has a bounded squared L2 norm. AtLeast compares values no party knows
// (sums of every party's inputs) with public thresholds and returns shares
// of the outcome bits: the value is masked with random shared bits
// (RandomBits, the square-root trick) and a multiple of 2^k hiding it
// statistically (StatSec = 40 bits), the masked value is opened, and its
// low bits compared with the mask's (Catrina and de Hoogh, SCN 2010).
//
// # Check before output
//
// Reveal runs Check over every value opened before it (the differences
// x − a and y − b of Beaver multiplications) before it sends any share of
// its own values, and again over its own values before it returns them.
// So no output of Reveal or RevealTo is ever opened while an earlier
// opening is unchecked. This matters: a cheater that adds e to
// its share of x − a turns the product into x·y + e·y, and a Reveal that
// ran before the check would disclose that function of an honest input
// (in CheckInterval, every bit of the owner's value) before the session
// aborts. The openings that are not preceded by a check are those that
// are uniformly random or independent of every input whatever a cheater
// did before: the Beaver differences themselves (masked by a fresh
// triple), and a triple sacrifice's ρ and σ (functions of the batch's own
// random triples, which are discarded when the check that follows them
// fails). RevealTo is a Reveal of x plus the owner's mask, so it is
// checked the same way.
//
// # Sessions
//
// Config.Session names a session (in 2PM: task, round and attempt). A tag
// derived from it and a sequence number start every message, so a message
// of another session, a replayed or a reordered one is rejected; the
// session is also hashed into every commitment, coin toss, OT hash and
// pseudorandom stream. Each party reads 32 fresh bytes from Config.Rand
// per session and derives every random value from them and the session
// name, so a retried round (a new session) shares no randomness with the
// failed one.
//
// # Security caveats
//
//   - Security is with abort and without fairness: a cheater can make
//     the session fail, and it learns the values of a Reveal (which are
//     correct, every earlier opening having passed its check) before the
//     honest parties decide whether the MAC check of that Reveal passed.
//   - An aborted session does not say who cheated: a failed MAC check
//     could come from any party. ErrOT and commitment failures name the
//     peer whose message failed.
//   - Inputs are whatever a party chooses to input: the protocol stops
//     tampering, not lying about one's own data. CheckInterval and
//     CheckNorm bound what a lie can do; proofs of correct computation
//     from committed data are a separate layer.
//   - A peer cannot make a party hold unbounded memory: messages of a
//     stream nobody is reading yet are kept up to 96 MiB and 1024
//     messages per peer (a round of the protocol sends far less ahead);
//     a peer that sends more fails the session with an error wrapping
//     mpc.ErrProtocol that names it. The transport bounds what it buffers
//     below that (package p2p).
//   - Message sizes and timing are visible to the network; the transport
//     (package p2p) provides confidentiality and peer authentication.
//   - The hash that turns correlated OTs into random ones is fixed-key AES
//     used as a tweakable correlation-robust function, as in package ot.
package mascot
