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
	// Disclosure are the rules the result follows (null for a result
	// without disclosure control).
	Disclosure *workflows.Disclosure `json:"disclosure,omitempty"`
	// DP is the differential privacy of the values, for a task that asked
	// for it.
	DP *workflows.DP `json:"dp,omitempty"`
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
	sum, suppressed, err := releasedSum(layout, in)
	if err != nil {
		return workflows.StatsResult{}, activities.BadInput(fmt.Errorf("publish: aggregate: %w", err))
	}
	finalize := stats.FinalizeReleased
	if spec.DP != nil {
		if !in.Judged {
			return workflows.StatsResult{}, activities.BadInput(errors.New("publish: a differentially private task whose aggregate was not released with noise"))
		}
		finalize = stats.FinalizeNoisy
	}
	cols, err := finalize(layout, sum, suppressed)
	if errors.Is(err, stats.ErrInconsistent) {
		return workflows.StatsResult{}, temporal.NewApplicationError(err.Error(), workflows.ErrTypeAggregation)
	}
	if err != nil {
		return workflows.StatsResult{}, err
	}
	art := Artifact{TaskID: in.TaskID, Round: in.Round, Nodes: in.Nodes, Protocol: spec.Protocol, Schema: spec.Schema,
		Columns: make(map[string]workflows.ColumnStats, len(cols)), Disclosure: in.Disclosure, DP: spec.DP}
	for _, c := range cols {
		art.Columns[c.Name] = workflows.ColumnStats{Count: c.Count, Mean: c.Mean, Variance: c.Variance, Missing: c.Missing, Histogram: c.Histogram, Suppressed: c.Suppressed}
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
		Artifact: "s3://" + a.Bucket + "/" + key, ArtifactSHA256: hash, Columns: art.Columns, Disclosure: in.Disclosure, DP: spec.DP,
	}, nil
}

// releasedSum parses an aggregate (its first l.Len() values: a proven
// round's commitment mask follows) and says what the result withholds:
// what the secure aggregation withheld (in.Judged), or, for an aggregate
// opened whole under rules (the additive protocol), what the rules judged
// on it withhold. A withheld value is read as 0 and must be empty unless
// the round opened it to its parties.
func releasedSum(l stats.Layout, in workflows.PublishInput) (field.Vector, map[int]string, error) {
	vals := make([]string, len(in.Sum))
	copy(vals, in.Sum)
	suppressed := map[int]string{}
	for _, sp := range in.Suppressed {
		if sp.Index < 0 || sp.Index >= len(vals) {
			return nil, nil, fmt.Errorf("withheld position %d outside %d values", sp.Index, len(vals))
		}
		suppressed[sp.Index] = sp.Rule
		if vals[sp.Index] == "" {
			vals[sp.Index] = "0"
		}
	}
	sum, err := field.ParseVector(vals)
	if err != nil {
		return nil, nil, err
	}
	if len(sum) > l.Len() {
		sum = sum[:l.Len()]
	}
	if in.Disclosure == nil || in.Judged {
		return sum, suppressed, nil
	}
	if len(sum) != l.Len() {
		return nil, nil, fmt.Errorf("%d values, the layout has %d", len(sum), l.Len())
	}
	out, err := l.Judge(stats.Rules(*in.Disclosure), sum, in.ColumnNodes)
	if err != nil {
		return nil, nil, err
	}
	return sum, l.Suppressed(out), nil
}

func (a *Activities) put(ctx context.Context, key string, body []byte) error {
	return Objects{S3: a.S3, Bucket: a.Bucket}.put(ctx, key, body)
}
