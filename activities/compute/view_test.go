package compute

import (
	"errors"
	"fmt"
	"testing"

	"go.temporal.io/sdk/temporal"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/source"
	"github.com/twopm/twopm/workflows"
)

// TestDataError checks that a source unavailable for now is retried and
// that bad data is bad input.
func TestDataError(t *testing.T) {
	var app *temporal.ApplicationError
	err := DataError("va", fmt.Errorf("warehouse: %w", source.ErrUnavailable))
	if errors.As(err, &app) || !errors.Is(err, source.ErrUnavailable) {
		t.Errorf("unavailable source: %v is not a retryable error", err)
	}
	err = DataError("va", fmt.Errorf("line 3 column age: %w", dataset.ErrValue))
	if !errors.As(err, &app) || app.Type() != workflows.ErrTypeBadInput || !app.NonRetryable() {
		t.Errorf("bad cell: %v is not bad input", err)
	}
}
