// Package workers wires 2PM's processes: the coordinator worker and the node
// worker. They only build clients, register workflows and activities under
// their name constants, and run until their context ends.
package workers

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/rs/zerolog"
	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/operatorservice/v1"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/log"

	"github.com/twopm/twopm/workflows"
)

// TemporalConfig says how to reach the Temporal server.
type TemporalConfig struct {
	// Address is host:port of the frontend. Empty means "127.0.0.1:7233".
	Address string
	// Namespace is the namespace of every 2PM workflow. Empty means
	// "default".
	Namespace string
}

// Logger adapts a zerolog logger to the Temporal SDK, whose workflow logger
// stays quiet during replay.
func Logger(zl zerolog.Logger) log.Logger {
	return log.NewStructuredLogger(slog.New(zerolog.NewSlogHandler(zl)))
}

// Dial connects to Temporal, retrying until the server answers or ctx ends,
// so that workers can start before the server is up.
func Dial(ctx context.Context, cfg TemporalConfig, zl zerolog.Logger) (client.Client, error) {
	if cfg.Address == "" {
		cfg.Address = "127.0.0.1:7233"
	}
	if cfg.Namespace == "" {
		cfg.Namespace = "default"
	}
	opts := client.Options{HostPort: cfg.Address, Namespace: cfg.Namespace, Logger: Logger(zl)}
	for wait := 250 * time.Millisecond; ; wait = min(2*wait, 5*time.Second) {
		c, err := client.DialContext(ctx, opts)
		if err == nil {
			return c, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("dial temporal at %s: %w", cfg.Address, err)
		case <-time.After(wait):
		}
	}
}

// EnsureSearchAttributes registers 2PM's custom search attributes
// (workflows.SearchAttributes) in namespace, those already there left as
// they are, so that a Temporal server set up without them (a production
// cluster, unlike the dev server, which twopm dev starts with them) shows
// tasks by ID, phase and round. A server that refuses (no permission) is
// an error the caller may log and go on from.
func EnsureSearchAttributes(ctx context.Context, c client.Client, namespace string) error {
	if namespace == "" {
		namespace = "default"
	}
	have, err := c.OperatorService().ListSearchAttributes(ctx, &operatorservice.ListSearchAttributesRequest{Namespace: namespace})
	if err != nil {
		return fmt.Errorf("list search attributes: %w", err)
	}
	want := map[string]enumspb.IndexedValueType{}
	for _, sa := range workflows.SearchAttributes {
		if _, ok := have.GetCustomAttributes()[sa.Name]; ok {
			continue
		}
		t, err := enumspb.IndexedValueTypeFromString(sa.Type)
		if err != nil {
			return fmt.Errorf("search attribute %s: %w", sa.Name, err)
		}
		want[sa.Name] = t
	}
	if len(want) == 0 {
		return nil
	}
	_, err = c.OperatorService().AddSearchAttributes(ctx, &operatorservice.AddSearchAttributesRequest{Namespace: namespace, SearchAttributes: want})
	if err != nil {
		return fmt.Errorf("add search attributes: %w", err)
	}
	return nil
}
