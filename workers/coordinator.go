package workers

import (
	"context"
	"fmt"
	"github.com/ethereum/go-ethereum/common"
	"net/url"
	"strings"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	"github.com/rs/zerolog"
	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"

	"github.com/twopm/twopm/activities/infer"
	"github.com/twopm/twopm/activities/prove"
	"github.com/twopm/twopm/activities/selection"
	"github.com/twopm/twopm/activities/settle"
	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/activities/train"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/workflows"
)

// S3Config says how to reach the artifact store.
type S3Config struct {
	// Endpoint is an S3-compatible endpoint as host:port or URL
	// (http:// or https://). Empty means "127.0.0.1:9000".
	Endpoint string
	// AccessKey and SecretKey are the credentials; never logged.
	AccessKey, SecretKey string
	// Bucket holds every artifact. Empty means "twopm". It is created if
	// missing.
	Bucket string
	// Region is the bucket's region; empty means the server's default.
	Region string
}

// NewS3 returns a client for the artifact store and makes sure the bucket
// exists.
func NewS3(ctx context.Context, cfg S3Config) (*minio.Client, string, error) {
	if cfg.Endpoint == "" {
		cfg.Endpoint = "127.0.0.1:9000"
	}
	if cfg.Bucket == "" {
		cfg.Bucket = "twopm"
	}
	endpoint, secure := cfg.Endpoint, false
	if strings.Contains(endpoint, "://") {
		u, err := url.Parse(endpoint)
		if err != nil {
			return nil, "", fmt.Errorf("s3 endpoint %q: %w", endpoint, err)
		}
		endpoint, secure = u.Host, u.Scheme == "https"
	}
	c, err := minio.New(endpoint, &minio.Options{
		Creds:  credentials.NewStaticV4(cfg.AccessKey, cfg.SecretKey, ""),
		Secure: secure,
		Region: cfg.Region,
	})
	if err != nil {
		return nil, "", fmt.Errorf("s3 client for %s: %w", endpoint, err)
	}
	ok, err := c.BucketExists(ctx, cfg.Bucket)
	if err != nil {
		return nil, "", fmt.Errorf("s3 bucket %s at %s: %w", cfg.Bucket, endpoint, err)
	}
	if !ok {
		// The coordinator and the nodes start together: another may create
		// the bucket between the check and this call.
		err := c.MakeBucket(ctx, cfg.Bucket, minio.MakeBucketOptions{Region: cfg.Region})
		if code := minio.ToErrorResponse(err).Code; err != nil && code != "BucketAlreadyOwnedByYou" && code != "BucketAlreadyExists" {
			return nil, "", fmt.Errorf("create s3 bucket %s: %w", cfg.Bucket, err)
		}
	}
	return c, cfg.Bucket, nil
}

// CoordinatorConfig configures the coordinator worker.
type CoordinatorConfig struct {
	Temporal TemporalConfig
	S3       S3Config
	// Chain is where tasks with a payment are settled; the zero value
	// means none, and such tasks fail at settlement.
	Chain ChainConfig
	// SRS is the KZG SRS proofs are checked with, as NodeConfig.SRS.
	// Empty means proven tasks fail at their check.
	SRS    string
	Logger zerolog.Logger
}

// RunCoordinator runs the coordinator worker on workflows.CoordinatorQueue
// until ctx ends: the statistics, training and registry workflows, and the
// selection, publishing, training and settlement activities (see
// RegisterCoordinator). With cfg.Chain it settles on chain and selection
// checks the node registry.
func RunCoordinator(ctx context.Context, cfg CoordinatorConfig) error {
	lg := cfg.Logger.With().Str("role", "coordinator").Logger()
	c, err := Dial(ctx, cfg.Temporal, lg)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := EnsureSearchAttributes(ctx, c, cfg.Temporal.Namespace); err != nil {
		lg.Warn().Err(err).Msg("the task search attributes are not registered: the Web UI cannot filter tasks by them")
	}
	s3, bucket, err := NewS3(ctx, cfg.S3)
	if err != nil {
		return err
	}
	objects := store.Objects{S3: s3, Bucket: bucket}
	st := &settle.Activities{}
	sel := &selection.Activities{Registry: RegistryClient{Client: c}, Schemas: objects.Schemas()}
	pr := &prove.Coordinator{Keys: KeyCache(cfg.SRS, objects, nil, lg), Objects: objects}
	inf := &infer.Coordinator{}
	if cfg.Chain.RPC != "" {
		cl, signer, escrow, err := cfg.Chain.Connect(ctx)
		if err != nil {
			return fmt.Errorf("coordinator: %w", err)
		}
		defer cl.Close()
		// Verifying keys are pinned by the escrow's verifier registry.
		pr.Keys = KeyCache(cfg.SRS, objects, escrow, lg)
		st = &settle.Activities{Chain: cl, Escrow: escrow, Contract: common.HexToAddress(cfg.Chain.Escrow), Signer: signer, Objects: objects}
		if common.IsHexAddress(cfg.Chain.DataHub) {
			pr.Hub = chain.NewHub(cl, common.HexToAddress(cfg.Chain.DataHub))
			pr.ChainID, pr.Escrow, pr.Tasks = uint64(cfg.Chain.ChainID), common.HexToAddress(cfg.Chain.Escrow), escrow
		}
		reg, err := cfg.Chain.registry(cl)
		if err != nil {
			return fmt.Errorf("coordinator: %w", err)
		}
		if reg != nil {
			sel.Verify = verifier(reg)
		}
		market, err := cfg.Chain.market(cl)
		if err != nil {
			return fmt.Errorf("coordinator: %w", err)
		}
		inf = &infer.Coordinator{Market: market, Registry: reg, Signer: signer}
		lg.Info().Str("account", signer.Address().Hex()).Str("task_escrow", cfg.Chain.Escrow).Int64("chain_id", cfg.Chain.ChainID).Msg("settling on chain")
	}
	w := worker.New(c, workflows.CoordinatorQueue, worker.Options{
		BackgroundActivityContext:   lg.WithContext(context.Background()),
		DisableRegistrationAliasing: true,
	})
	RegisterCoordinator(w, sel, &store.Activities{S3: s3, Bucket: bucket},
		&train.Coordinator{Objects: objects}, st, pr, inf)
	lg.Info().Str("queue", workflows.CoordinatorQueue).Str("bucket", bucket).Msg("coordinator worker started")
	return runWorker(ctx, w)
}

// RegisterCoordinator registers the coordinator's workflows and activities
// on w under their name constants.
func RegisterCoordinator(w worker.Registry, sel *selection.Activities, st *store.Activities, tr *train.Coordinator, se *settle.Activities, pr *prove.Coordinator, inf *infer.Coordinator) {
	for name, fn := range map[string]any{
		workflows.FederatedStatisticsName: workflows.FederatedStatistics,
		workflows.FederatedRoundName:      workflows.FederatedRound,
		workflows.NodeRegistryName:        workflows.NodeRegistry,
		workflows.FederatedTrainingName:   workflows.FederatedTraining,
		workflows.TrainingRoundName:       workflows.TrainingRound,
		workflows.InferenceName:           workflows.Inference,
		workflows.ShareModelName:          workflows.ShareModel,
	} {
		w.RegisterWorkflowWithOptions(fn, workflow.RegisterOptions{Name: name})
	}
	for name, fn := range map[string]any{
		workflows.SelectNodesName:        sel.SelectNodes,
		workflows.PublishStatsName:       st.PublishStats,
		workflows.InitTrainingName:       tr.InitTraining,
		workflows.UpdateModelName:        tr.UpdateModel,
		workflows.ScoreName:              tr.ScoreRound,
		workflows.FinishTrainingName:     tr.FinishTraining,
		workflows.SettleRoundName:        se.SettleRound,
		workflows.CheckEscrowName:        se.CheckEscrow,
		workflows.SnapshotDatasetsName:   se.SnapshotDatasets,
		workflows.CheckContributionsName: pr.CheckContributions,
		workflows.CheckInferenceName:     inf.CheckInference,
		workflows.DeliverInferenceName:   inf.DeliverInference,
		workflows.RefundInferenceName:    inf.RefundInference,
	} {
		w.RegisterActivityWithOptions(fn, activity.RegisterOptions{Name: name})
	}
}

// RegistryClient reads the node registry workflow through Temporal.
type RegistryClient struct {
	Client client.Client
}

// Nodes queries the registry. It returns no nodes, and no error, when no
// node has ever registered.
func (r RegistryClient) Nodes(ctx context.Context) ([]workflows.NodeEntry, error) {
	v, err := r.Client.QueryWorkflow(ctx, workflows.RegistryWorkflowID, "", workflows.NodesQuery)
	if err != nil {
		if isNotFound(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("query %s: %w", workflows.RegistryWorkflowID, err)
	}
	var nodes []workflows.NodeEntry
	if err := v.Get(&nodes); err != nil {
		return nil, fmt.Errorf("decode registry: %w", err)
	}
	return nodes, nil
}

// runWorker runs w until ctx ends.
func runWorker(ctx context.Context, w worker.Worker) error {
	if err := w.Start(); err != nil {
		return fmt.Errorf("start worker: %w", err)
	}
	<-ctx.Done()
	w.Stop()
	return nil
}
