// Package workflows holds the deterministic orchestration of 2PM: the
// FederatedStatistics task workflow, its FederatedRound child, and the
// NodeRegistry that tracks live nodes. It imports only the Temporal SDK's
// workflow and temporal packages and pure standard-library code, and calls
// activities by the name constants of names.go, so it never links code with
// side effects.
//
// What travels through workflow history: task specs, node IDs, addresses
// and certificate fingerprints, counts of rows, vector lengths, salted
// commitments, the aggregate over all selected nodes and artifact hashes.
// Never a row, a share or one node's contribution.
package workflows
