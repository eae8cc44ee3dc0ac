// Package infer serves a published logistic-regression model (kinds lr and
// hlr) privately: k ≥ 1 serving nodes hold the weights only as additive
// secret shares, a client holds an encoded feature row x, and one MASCOT
// session (package mpc/mascot) gives the client, and only the client, the
// logit z = w_0 + Σ w_i·x_i. The client applies the sigmoid itself. An mlp
// model is refused (ErrUnsupportedModel): its tanh layer is not linear.
//
// # Storage
//
// Split, run once by whoever publishes the model, encodes the weights
// w = [w_0, …, w_d] in fixed point, draws a random nonzero key β and gives
// node j additive shares of w, of m = β·w and of β (a Share). A node that
// alters its stored share of w by Δ would have to alter its share of m by
// β·Δ, and no node knows β.
//
// # Protocol
//
// Parties: 0 is the client, 1 to k the nodes. Every party first sends every
// other a hello with its feature count, so a row and a share of different
// lengths, or a party with unusable input, make the session fail at once
// (ErrMismatch, ErrRefused) instead of waiting. Then, in one MASCOT session:
//
//  1. The client inputs x (d values), node j its shares of w, m and β
//     (2(d+1)+1 values), and every party two random values. Summing the
//     inputs gives [[w]], [[m]], [[β]] and two coins [[ρ]] and [[r]], each
//     the sum of every party's random value, so uniform and unknown in
//     advance as long as one party is honest.
//  2. ρ is revealed to all. Every input is fixed by then, so ρ is a fresh
//     challenge: W_ρ = Σ ρ^i·w_i and M_ρ = Σ ρ^i·m_i are linear and free.
//  3. One batch of Beaver multiplications gives [[β·W_ρ]] and [[w_i·x_i]]
//     (i = 1..d); a second gives e = r·(β·W_ρ − M_ρ).
//  4. e is revealed to all. Reveal MAC-checks everything opened since ρ
//     (the Beaver differences) before any share of e is sent, and e
//     itself before it is used: a cheater that tampered with a
//     multiplication's opening makes every party abort before e, or the
//     logit after it, is opened. It is 0 when every stored share is intact. If a node altered
//     its share of w or m (or of β, unless w = 0, when it changes nothing),
//     β·w − m is a nonzero vector, its combination with powers of ρ
//     vanishes for at most d values of ρ, so the session fails with
//     ErrShareCheck except with probability d/p ≈ 2^-116; and e, being r
//     times a nonzero value, is uniformly random: the cheater learns
//     nothing about β. (Revealing β·w − m itself would not do: a node that
//     changed w by a known Δ would read β off β·Δ and pass the check in
//     its next session.)
//  5. [[z]] = 2^16·[[w_0]] + Σ [[w_i·x_i]] is revealed to the client alone
//     (RevealTo, through a random mask and the MAC check).
//
// Cost: d+2 triples, d+2 + k·(2d+5) authenticated inputs, three reveals
// and four MAC checks, and the session set-up (base OTs and OT extension
// between every pair). Triple generation dominates the traffic: for d = 20
// and 3 nodes one inference sends about 7.2 MB, of which 1.7 MB is set-up.
//
// # Precision
//
// Features and weights enter the field as round(v·2^16) (FracBits); a
// negative value as p − |round(v·2^16)|. The logit is computed exactly in
// the field at scale 2^32, with no truncation, and decoded as a signed
// integer. |v| < 2^40 (MaxAbs) and d ≤ 4096 (MaxFeatures) keep |z|·2^32
// below 2^125, so it never wraps. The only error is the rounding of the
// inputs, each off by at most 2^-17: with ε_i, η_i those errors,
// z̃ − z = η_0 + Σ (w_i·ε_i + x_i·η_i + ε_i·η_i), so
//
//	|z_private − z_plain| ≤ (1 + Σ_{i≥1}|w_i| + Σ|x_i|)·2^-17 + d·2^-34
//
// plus float64 rounding of the plain sum and of the decoded value, at most
// (d+3)·2^-52·(|w_0| + Σ|w_i·x_i|). ErrorBound computes it. Because σ' ≤
// 1/4, the probabilities differ by at most a quarter of that (plus a few
// units in the last place). For a heart-disease-sized model (d = 20,
// standardized features, coefficients of order one) the bound is about
// 4·10^-4 on the logit and 10^-4 on the probability.
//
// # The sigmoid is the client's
//
// The client applies the exact sigmoid to the logit it alone learns. σ is
// a bijection, so z tells the client exactly what σ(z) tells it, nothing
// more; computing σ inside MPC would hide nothing and cost precision.
// The alternative, a polynomial approximation evaluated in MPC, fails on
// exactly the rows that matter. Least-squares fits of odd polynomials to
// σ(z) − 1/2 on Chebyshev nodes have a maximum error on [−8, 8] of 0.113
// (degree 3), 0.055 (degree 5) and 0.026 (degree 7), and 0.027 for degree
// 3 on [−4, 4]. Outside its interval a polynomial turns over: the degree-3
// fit on [−8, 8] answers below 1/2, class 0, for every z above about 10.3
// (degree 7: 9.3; degree 3 on [−4, 4]: 6.0), a silent wrong answer for
// the most confident predictions. And in a 128-bit field without secure
// truncation only degree 3 fits at all: at 32 fractional bits and |z| <
// 16, z^3 needs 3·(32+4) = 108 bits plus the coefficient's, and z^5 already
// 180. Degree 5 or more would need truncation protocols, and their
// triples, for an answer that is still worse.
//
// # Threat model
//
// What each party learns:
//
//   - The client learns z, to 32 fractional bits, and whether the share
//     check passed. A client that makes d+1 queries (unit rows) can solve
//     for the weights; that is inherent to any prediction service that
//     returns probabilities, and the price per request is the economic
//     defence. The client's row is not range-checked in the session: field
//     elements outside the encoding let a client pack several weights into
//     one answer (about 128 bits over the weights' width), so it needs fewer
//     queries, but they cannot harm the nodes. (CheckInterval could bound
//     the row at about 2·57 triples per feature; it would not stop the
//     d+1-query attack.)
//   - A serving node learns nothing of x or of w beyond its own share: it
//     sees masked inputs, opened differences of Beaver triples, the coin ρ,
//     e = 0 and the masked logit, all uniformly random or constant, and the
//     feature count d. This holds even if every node but one colludes with
//     the client against the weights, and if every node colludes against x.
//   - With one node (k = 1) the node holds w and β in the clear: it still
//     learns nothing of x, but the shares protect nothing against it.
//   - The party that published the model knew the weights: it ran Split.
//
// What a cheater can do: a party that deviates inside the session makes it
// abort at every honest party (mascot.ErrMACCheck and the other mascot
// sentinels, each wrapping mpc.ErrProtocol), never produce a wrong output,
// and never get a value opened that its deviation made depend on another
// party's input: every opening is MAC-checked before the next reveal
// sends anything (package mascot, "Check before output"). A node that
// altered its stored share makes the session abort with ErrShareCheck.
// Aborts carry no blame: any party could have caused them. A node can
// always refuse to serve or stall: one that stays connected and silent
// makes the client fail with ErrTimeout, naming the party it waited for,
// once DefaultClientTimeout (or the WithTimeout given) has passed, even if
// the caller's context has no deadline. The client can input any row it
// likes, which only changes its own answer. There is no fairness: the client learns the
// masked logit's opening before the MAC check on it ends, so a client that
// stops there holds the answer while the session aborts; such a failure
// wraps ErrOutputStage. Message sizes and timing are visible to the
// network; the transport (package p2p) provides confidentiality and peer
// authentication.
package infer
