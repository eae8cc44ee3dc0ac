// Package contribution proves, with PLONK over BN254, that a node's
// statistics contribution was computed from the table it committed to on
// chain, without revealing it.
//
// The circuit of a Shape (row slots, schema, proven columns) takes the
// table's cells — as the codes of the dataset commitment format — and a
// mask as private witness. Its public inputs are the table's dataset
// CommitmentRoot, its row count, a Binding to the task round, and a
// Pedersen commitment (package circuits/pedersen) to the contribution. It
// recomputes the root exactly as dataset.Table.CommitmentRoot does
// (Poseidon2 over packed codes, a Merkle tree of fixed depth, the row
// count) and the committed entries, and asserts both equal the public
// values.
//
// # Binding to the aggregation
//
// A node's contribution is the vector stats.LocalMap computes. The proof
// shows a commitment C_i to it, not the vector: the chain and the
// coordinator learn nothing of it. The node feeds the MPC the vector
// followed by its mask in two parts (Shape.Input). The MPC reveals only
// the sum over nodes, and Shape.CheckAggregate checks that the sum of the
// nodes' commitments opens to that sum under the summed mask. Pedersen
// commitments add, so this holds when every node fed what it proved; a
// node that fed anything else would need a discrete-log relation between
// the generators to pass.
//
// The commitment covers the integers that determine every statistic of a
// column (see newOpening): for a numeric column the present count, Σv′ and
// Σv′² with v′ = (Q − Min)/Step the cell's offset on its grid; for a
// categorical column its level counts. CheckAggregate derives them from
// the aggregate (Σq = Step·Σv′ + count·Min, …) and checks the rest of the
// vector against them: missing = rows − count, and a categorical column's
// count, Σq and Σq² from its level counts. Each entry has 3 bits of
// headroom, so up to MaxParties = 8 commitments add without carries.
//
// # Use
//
//	ccs, _ := Compile(shape)                          // once per shape
//	pk, vk, _ := Setup(ccs, srs, srsLagrange)         // once per shape
//	mask, _ := NewMask(rand.Reader)                   // on the node
//	full, _, claim, _ := Witness(table, NewBinding(binding), mask, shape)
//	proof, _ := Prove(ccs, pk, full)
//	input, _ := shape.Input(table, mask)              // into the MPC
//	public, _ := PublicWitness(shape, claim)          // on the verifier
//	err := Verify(proof, vk, public)
//	err = shape.CheckAggregate(commitments, rows, sum) // after the MPC
//
// # Threat model
//
// The prover is a node that may lie about its contribution. What a proof
// rules out, given a verifier that takes Root and Rows from the node's
// on-chain registration and computes Binding itself:
//   - statistics not computed from the committed table: changing a cell, a
//     missing mark, a row's position or the row count changes the root,
//     and opening the root to another table means a Poseidon2 collision;
//   - values the honest reader never produces: every code is range
//     checked to its field's width (so a numeric value lies on its
//     column's grid, below Min + 2^bits·Step), level bits are boolean and
//     at most one per cell;
//   - rows counted that the row count leaves out: Rows is constrained to
//     1 … the shape's slots and every slot at or past it to zero codes
//     (TableRoot), so even a node that builds its own root cannot count
//     three rows under Rows 1 (and report −2 missing cells);
//   - wrapped sums: entries are decomposed into as many bits as the shape
//     allows them, far below the field's size;
//   - replay: Binding = keccak256(chain id, task contract, task key,
//     round, attempt, node account, data set ID) mod r (NewBinding) is a
//     public input, which the task contract computes itself. PLONK fixes
//     each public input through its own gate row and hashes all of them
//     into the Fiat–Shamir transcript, so a proof made for one round,
//     attempt, node or deployment does not verify with another's Binding.
//
// What a proof does not rule out:
//   - a committed table that is itself false: the proof binds the
//     contribution to the registration, not to reality;
//   - the table is private only as far as PLONK is zero knowledge and
//     Poseidon2 hides it: a table with few rows and few possible values
//     can be guessed from its root by brute force, whatever the proof;
//   - CheckAggregate tells that some node fed what it did not prove, not
//     which one;
//   - a proof proves nothing unless it is checked: the aggregate holds
//     every node's input, so a round with a proof that does not verify
//     must not use it (the workflows discard such an attempt and run the
//     round again without the node, see activities/prove).
//
// # Keys
//
// Keys belong to a Shape: its row slots, its schema and its proven
// columns are fixed in the constraint system, so a verifier must use the
// verifying key of the task's shape, from a source the prover cannot
// write to: the network's keys are pinned by hash (circuits/setup.KeyPins). Setup needs a KZG SRS: production
// loads one from a powers-of-tau ceremony large enough for the shape
// (plonk.SRSSize); tests use gnark's test/unsafekzg, whose toxic waste is
// known, so its keys prove nothing.
//
// # Cost
//
// On 2 cores a 303-row shape for all 14 heart-disease columns (the
// Cleveland file) has about 141,000 PLONK constraints, a 2^18 domain
// (before the row count was tied to the rows, 129,000 fit 2^17 and proved
// in about 6 s on an idle machine); its Solidity verifier takes about
// 328,000 gas. See BenchmarkProve, twopm bench prove and
// circuits/README.md. A row costs about 240 constraints (40 of them
// forcing slots past the row count empty), the hashing about 650 per
// Poseidon2 permutation (two packed elements, about seven rows), the
// commitment about 16 per committed bit.
package contribution
