// Package contribution proves, with PLONK over BN254, that a node's
// statistics contribution was computed from the table it committed to on
// chain.
//
// The circuit of a Shape (row slots, schema, proven columns) takes the
// table's cells as private witness and has as public inputs the table's
// dataset CommitmentRoot, its row count, a Binding to the task round, and
// the contribution vector of stats.LocalMap: per column the count of
// present cells, Σq, Σq² and the count of missing cells, then one count
// per level of a categorical column. It recomputes the MiMC Merkle root
// exactly as dataset.CommitmentRoot does (leaf i = MiMC(i, c_1, …, c_k),
// a missing cell committing to 2^63, zero leaves up to a power of two, the
// tree's depth following the public row count) and the statistics, and
// asserts both equal the public values.
//
// # Use
//
//	ccs, _ := Compile(shape)                          // once per shape
//	pk, vk, _ := Setup(ccs, srs, srsLagrange)         // once per shape
//	full, _, claim, _ := Witness(table, NewBinding(key, round), shape)
//	proof, _ := Prove(ccs, pk, full)                  // on the node
//	public, _ := PublicWitness(shape, claim)          // on the verifier
//	err := Verify(proof, vk, public)
//
// # Threat model
//
// The prover is a node that may lie about its contribution. What a proof
// rules out, given a verifier that takes Root from the node's on-chain
// registration and computes Binding itself:
//   - statistics not computed from the committed table: changing a cell, a
//     missing mark, a row's position or the row count changes the root,
//     and opening the root to another table means a MiMC collision;
//   - values the honest reader never produces: every |Q| ≤ MaxAbsQ = 10^15
//     is range checked, missing and padding flags are boolean, a missing or
//     padding cell has Q = 0, padding slots follow the table's rows and
//     contribute nothing, and a categorical cell has exactly one level,
//     whose value is its Q;
//   - wrapped sums: Shape checks Rows·MaxAbsQ² < r, so Σq and Σq² are the
//     integers, and a negative Σq is the field element r − |Σq| (read it as
//     a signed integer in (−r/2, r/2), as Claim.Contribution does);
//   - replay: Binding = MiMC(task key, round) is a public input. PLONK
//     fixes each public input through its own gate row and hashes all of
//     them into the Fiat–Shamir transcript, so a proof made for one round
//     does not verify with another round's Binding. Binding enters no other
//     constraint.
//
// What a proof does not rule out:
//   - a committed table that is itself false: the proof binds the
//     contribution to the registration, not to reality;
//   - the public inputs reveal the node's own contribution — its counts,
//     sums and sums of squares — to every verifier. Package stats keeps
//     contributions secret and reveals only their sum; whoever uses this
//     proof with the MPC must either accept that leak or replace the
//     public Stats by a commitment that the MASCOT shares are checked
//     against. Linking the proven vector to the node's shares is not done
//     here;
//   - the table is private only as far as PLONK is zero knowledge and
//     MiMC hides it: a table with few rows and few possible values can be
//     guessed from its root by brute force, whatever the proof.
//
// # Keys
//
// Keys belong to a Shape: its row slots, its schema and its proven
// columns are fixed in the constraint system, not in the public inputs, so
// a verifier must use the verifying key of the task's shape. Setup needs a
// KZG SRS. Production must load one from a powers-of-tau
// ceremony large enough for the shape (plonk.SRSSize); loading one is not
// implemented here. Tests and benchmarks use gnark's test/unsafekzg, whose
// toxic waste is known, so its keys prove nothing. Prove and Verify use
// gnark's default Fiat–Shamir hash; an on-chain Solidity verifier needs the
// options of gnark's backend/solidity on both sides, also not done here.
//
// # Cost
//
// About 8,300 PLONK constraints per row slot for the 14 heart-disease
// columns, of which ≈ 85 % are MiMC (443 per absorbed field element: one
// per cell, two per inner node of the tree). On 2 cores a 303-row shape
// (the Cleveland file) has 2.47 million constraints, a 2^22 PLONK domain,
// and takes about 4 minutes and 7.5 GB to prove; see BenchmarkProve and
// circuits/README.md. Verifying takes a few milliseconds.
package contribution
