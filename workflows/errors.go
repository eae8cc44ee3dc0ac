package workflows

import (
	"errors"
	"slices"

	"go.temporal.io/sdk/temporal"
)

// failure is a classified error of an activity or a round.
type failure struct {
	Type         string
	NonRetryable bool
	Message      string // the innermost meaningful message, for the UI
}

// classify finds what went wrong in err: the innermost application error's
// type and message, or a timeout, which means a node that did not answer.
func classify(err error) failure {
	var app *temporal.ApplicationError
	if errors.As(err, &app) {
		// Go down to the innermost application error: it has the message
		// of the activity that failed.
		for {
			var inner *temporal.ApplicationError
			if !errors.As(app.Unwrap(), &inner) {
				break
			}
			app = inner
		}
		nonRetryable := app.NonRetryable() || slices.Contains([]string{ErrTypeBadInput, ErrTypeTooFewNodes}, app.Type())
		return failure{Type: app.Type(), NonRetryable: nonRetryable, Message: app.Message()}
	}
	var to *temporal.TimeoutError
	if errors.As(err, &to) {
		return failure{Type: ErrTypeNodeUnavailable, Message: "timed out (" + to.TimeoutType().String() + ")"}
	}
	var canceled *temporal.CanceledError
	if errors.As(err, &canceled) {
		return failure{Type: "Canceled", NonRetryable: true, Message: "canceled"}
	}
	return failure{Message: err.Error()}
}
