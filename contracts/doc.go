// Package contracts holds the network's Solidity contracts (src/), their
// compiled artifacts (build/) and, one package per contract, the Go bindings
// generated from them by abigen --v2 (bindings/noderegistry, bindings/datahub,
// bindings/taskescrow). Package revert decodes their custom errors.
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
//   - DataHub: only active nodes write, and only their own datasets; the hub
//     stores a commitment, not a proof that the data is what it claims.
//   - TaskEscrow: the requester's deposit can only go to participants credited
//     by the task's coordinator, or back to the requester. The coordinator is
//     trusted to name the real contributors of a round; a round is paid once
//     (a retry reverts with RoundAlreadyRecorded), so a retried settlement
//     never pays twice. Ether leaves only through withdraw (pull payments,
//     ReentrancyGuard, checks-effects-interactions).
package contracts
