// Package contracts holds the network's Solidity contracts (src/), their
// compiled artifacts (build/) and, one package per contract, the Go bindings
// generated from them by abigen --v2 (bindings/noderegistry, bindings/datahub,
// bindings/verifierregistry, bindings/taskescrow, bindings/modelmarket and the
// verifiers). Package revert decodes their custom errors.
//
// Regenerate with `go tool task contracts`; `go tool task contracts:check`
// fails if that changes a tracked file, and TestBindingsUpToDate fails if the
// bindings no longer match build/.
//
// Threat model. The chain sees identities, dataset commitments, task terms,
// round result hashes and payments: never rows, shares or model parameters.
//   - NodeRegistry: anyone can register by staking; a leaving node's stake stays
//     slashable for deregisterDelay seconds. Slashing is trusted to the
//     accounts the owner grants SLASHER_ROLE; a slasher can take any node's
//     whole stake, so the role goes only to the coordinator's settlement key
//     or an operator multisig.
//   - DataHub: only active nodes write, and only their own datasets, whose IDs
//     derive from the owner's address (no one can take another's first); the
//     hub stores a commitment, not a proof that the data is what it claims.
//   - VerifierRegistry: only the network's owner registers a circuit's
//     verifier and verifying key hash, once per circuit ID.
//   - TaskEscrow: the requester's deposit can only go to participants credited
//     by the task's coordinator, each an active, staked node when credited,
//     or back to the requester. A task's verifier comes from the
//     VerifierRegistry, never from the requester. In an unproven task the
//     coordinator is trusted to name the real contributors of a round; in a
//     proven one a contribution is paid only for a proof bound to the chain,
//     the contract, the task, the round's attempt, the node and its data set
//     (fixed per task by the coordinator when it selects the node, before
//     the task's keys are known: a node that re-registers its data set
//     afterwards, or was never snapshotted, is not paid). A round is paid
//     once (a retry reverts with RoundAlreadyRecorded), so a retried
//     settlement never pays twice.
//     Cancelling takes two steps, so a round whose result exists can still be
//     recorded. Ether leaves only through withdraw (pull payments,
//     ReentrancyGuard, checks-effects-interactions).
package contracts
