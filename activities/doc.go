// Package activities is the home of every side effect of a 2PM task; its
// subpackages hold the activities, each a method on a struct that the
// workers build with the clients it needs:
//
//   - selection: SelectNodes, on the coordinator, reads the node registry.
//   - compute: LocalMap, on a node, reads the node's own data file.
//   - aggregate: SecureAggregate, on a node, runs secure aggregation with
//     the other selected nodes over mutually authenticated TLS.
//   - store: PublishStats, on the coordinator, writes the result artifact to
//     S3-compatible storage, addressed by its content hash.
//
// Bad input becomes a non-retryable application error of type
// workflows.ErrTypeBadInput whose message says what to fix (file, line and
// column for a data file), never a data value.
package activities

import (
	"go.temporal.io/sdk/temporal"

	"github.com/twopm/twopm/workflows"
)

// BadInput wraps err as a non-retryable bad-input error for the workflow.
func BadInput(err error) error {
	return temporal.NewNonRetryableApplicationError(err.Error(), workflows.ErrTypeBadInput, nil)
}
