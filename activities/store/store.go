// Package store implements the PublishStats activity: it turns the revealed
// aggregate into statistics and writes them as a JSON artifact to
// S3-compatible storage, under a key that is the artifact's SHA-256, so
// that the same result is always the same object and a retry is harmless.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/minio/minio-go/v7"
	"github.com/rs/zerolog"
	"go.temporal.io/sdk/temporal"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/stats"
	"github.com/twopm/twopm/workflows"
)

// Object key prefixes.
const (
	StatsPrefix     = "stats/"
	SchedulesPrefix = "schedules/"
)

// Artifact is the JSON document stored for a statistics result.
type Artifact struct {
	TaskID   string                           `json:"task_id"`
	Round    int                              `json:"round"`
	Nodes    []string                         `json:"nodes"`
	Protocol string                           `json:"protocol"`
	Schema   string                           `json:"schema"`
	Columns  map[string]workflows.ColumnStats `json:"columns"`
}

// Activities holds the storage client.
type Activities struct {
	S3     *minio.Client
	Bucket string
}

// PublishStats computes the statistics of an aggregate and stores them. An
// aggregate that cannot come from honest contributions fails as
// AggregationFailed, so the round runs again.
func (a *Activities) PublishStats(ctx context.Context, in workflows.PublishInput) (workflows.StatsResult, error) {
	lg := zerolog.Ctx(ctx).With().Str("task_id", in.TaskID).Int("round", in.Round).Str("phase", workflows.PhasePublish).Logger()
	spec := in.Spec.WithDefaults()
	schema, err := Objects{S3: a.S3, Bucket: a.Bucket}.Schemas().Resolve(ctx, spec.Schema)
	if err != nil {
		return workflows.StatsResult{}, SchemaError(err)
	}
	layout, err := stats.NewLayout(schema, spec.Columns)
	if err != nil {
		return workflows.StatsResult{}, activities.BadInput(err)
	}
	sum, err := field.ParseVector(in.Sum)
	if err != nil {
		return workflows.StatsResult{}, activities.BadInput(fmt.Errorf("publish: aggregate: %w", err))
	}
	cols, err := stats.Finalize(layout, sum)
	if errors.Is(err, stats.ErrInconsistent) {
		return workflows.StatsResult{}, temporal.NewApplicationError(err.Error(), workflows.ErrTypeAggregation)
	}
	if err != nil {
		return workflows.StatsResult{}, err
	}
	art := Artifact{TaskID: in.TaskID, Round: in.Round, Nodes: in.Nodes, Protocol: spec.Protocol, Schema: spec.Schema,
		Columns: make(map[string]workflows.ColumnStats, len(cols))}
	for _, c := range cols {
		art.Columns[c.Name] = workflows.ColumnStats{Count: c.Count, Mean: c.Mean, Variance: c.Variance, Missing: c.Missing, Histogram: c.Histogram}
	}
	body, err := json.MarshalIndent(art, "", "  ")
	if err != nil {
		return workflows.StatsResult{}, fmt.Errorf("publish: encode artifact: %w", err)
	}
	h := sha256.Sum256(body)
	hash := hex.EncodeToString(h[:])
	key := StatsPrefix + hash + ".json"
	if err := a.put(ctx, key, body); err != nil {
		return workflows.StatsResult{}, err
	}
	if spec.ScheduleID != "" {
		if err := a.put(ctx, SchedulesPrefix+spec.ScheduleID+"/"+in.TaskID+".json", body); err != nil {
			return workflows.StatsResult{}, err
		}
	}
	lg.Info().Str("artifact", key).Int("columns", len(cols)).Msg("result published")
	return workflows.StatsResult{
		TaskID: in.TaskID, Nodes: in.Nodes, Protocol: spec.Protocol, Schema: spec.Schema, Round: in.Round,
		Artifact: "s3://" + a.Bucket + "/" + key, ArtifactSHA256: hash, Columns: art.Columns,
	}, nil
}

func (a *Activities) put(ctx context.Context, key string, body []byte) error {
	return Objects{S3: a.S3, Bucket: a.Bucket}.put(ctx, key, body)
}
