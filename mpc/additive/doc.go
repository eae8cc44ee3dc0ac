// Package additive sums private vectors of n parties with n-party additive
// secret sharing over the field of package field.
//
// Each party splits its input x into n shares that are uniformly random
// subject to summing to x, keeps one and sends one to each peer. Each party
// adds up the shares it holds and broadcasts that partial sum; the sum of
// the partial sums is the sum of all inputs, and every party outputs it.
//
// Threat model: semi-honest, dishonest majority for privacy. Any n−1
// colluding parties learn nothing about the honest party's input beyond
// the sum, because every share they see is uniform whatever the input.
// The protocol does not detect cheating: a party that sends a wrong share
// or partial sum changes the output without being caught. Use it where all
// nodes are trusted to follow the protocol, or for speed comparisons; the
// MASCOT protocol is the choice where a cheater must make the round abort.
// What leaves a party: n−1 uniformly random shares and one partial sum,
// itself uniform unless all n parties' shares are pooled.
package additive
