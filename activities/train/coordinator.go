package train

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/rs/zerolog"
	"go.temporal.io/sdk/temporal"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/fixed"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/workflows"
)

// Coordinator holds what the coordinator-side training activities need.
type Coordinator struct {
	Objects store.Objects
}

// Report is the JSON document a training task leaves in the artifact
// store: how it ran and, for hlr, the fitted coefficients with what a
// statistics package reports about them.
type Report struct {
	workflows.TrainResult
	Spec         workflows.TrainSpec `json:"spec"`
	Features     []string            `json:"features"`
	Coefficients *model.Coefficients `json:"coefficients,omitempty"`
	// Summary is, for hlr, the coefficient table on the original scale of
	// the features (Summarize): {"terms": [{"name", "estimate",
	// "std_error", "z", "p"}], "rows"}. Its key shadows the report URI of
	// the embedded result, which the report does not hold.
	Summary *model.Summary `json:"report,omitempty"`
}

// InitTraining builds the feature encoding of the task's label and
// features (Resolve) from the federated statistics (means and standard
// deviations standardize numeric columns and impute them; the most
// frequent level imputes categorical ones; with missing: omit nothing is
// imputed) and the initial model, and stores both.
func (c *Coordinator) InitTraining(ctx context.Context, in workflows.InitTrainingInput) (workflows.InitTrainingOutput, error) {
	spec := in.Spec.WithDefaults()
	schema, err := c.Objects.Schemas().Resolve(ctx, spec.Schema)
	if err != nil {
		return workflows.InitTrainingOutput{}, store.SchemaError(err)
	}
	// A column whose statistics disclosure control withheld cannot be
	// standardized or imputed: say so rather than train on made-up ones.
	if cols, err := Resolve(spec, schema); err == nil {
		var withheld []string
		for _, f := range append([]string{cols.Label.Column}, cols.Features...) {
			if rule := in.Stats.Columns[f].Suppressed["count"]; rule != "" {
				withheld = append(withheld, f+" ("+rule+")")
			}
		}
		if len(withheld) > 0 {
			return workflows.InitTrainingOutput{}, activities.BadInput(fmt.Errorf("the statistics of %s are withheld by disclosure control (rules %+v): leave those columns out of the features, or train on more rows or nodes",
				strings.Join(withheld, ", "), in.Stats.Disclosure))
		}
	}
	stats := make(map[string]dataset.ColumnStats, len(in.Stats.Columns))
	if spec.DP != nil {
		stats = schemaStats(schema)
	}
	for name, cs := range in.Stats.Columns {
		st := dataset.ColumnStats{Std: 1, Missing: cs.Missing}
		if cs.Mean != nil {
			st.Mean = *cs.Mean
		}
		if cs.Variance != nil && *cs.Variance > 0 {
			st.Std = math.Sqrt(*cs.Variance)
		}
		st.Mode = mode(schema, name, cs.Histogram)
		stats[name] = st
	}
	enc, err := NewEncoding(spec, schema, stats)
	if err != nil {
		return workflows.InitTrainingOutput{}, activities.BadInput(err)
	}
	names := enc.Names(schema)
	m, err := model.New(spec.Model, len(names), params(spec.Params))
	if err != nil {
		return workflows.InitTrainingOutput{}, activities.BadInput(err)
	}
	encRef, err := c.Objects.PutJSON(ctx, EncodingPrefix, enc)
	if err != nil {
		return workflows.InitTrainingOutput{}, err
	}
	mRef, err := c.Objects.PutJSON(ctx, ModelPrefix, ModelArtifact{TaskID: in.TaskID, Schema: spec.Schema, Model: *m, Features: names, Encoding: encRef})
	if err != nil {
		return workflows.InitTrainingOutput{}, err
	}
	zerolog.Ctx(ctx).Info().Str("task_id", in.TaskID).Int("features", len(names)).Str("model", mRef.Key).Msg("training prepared")
	return workflows.InitTrainingOutput{Model: mRef, Encoding: encRef, Features: len(names), Params: m.NumParams()}, nil
}

// schemaStats returns the encoding statistics of a DP task, which come
// from the schema alone, so the task spends all its ε on its rounds: a
// numeric column with a range [min, max] is centred on its midpoint and
// scaled by (max − min)/4 (its features stay within ±2) and may miss values
// (an indicator feature each, unless missing: omit), and a categorical
// column imputes its first level (no indicator: a model of one more
// parameter per column would fail the glm rule of small nodes sooner).
// Noisy statistics would
// serve worse: the noise of a sum of squares, whose sensitivity is max²,
// swamps a variance, and a noisy count can fall below min_rows.
func schemaStats(s dataset.Schema) map[string]dataset.ColumnStats {
	out := make(map[string]dataset.ColumnStats, len(s.Columns))
	for _, c := range s.Columns {
		st := dataset.ColumnStats{Std: 1}
		switch {
		case len(c.Levels) > 0:
			st.Mode = c.Levels[0]
		case c.Range != nil:
			st.Missing = 1
			lo, hi := float64(c.Range.Min)/fixed.Scale, float64(c.Range.Max)/fixed.Scale
			st.Mean = (lo + hi) / 2
			if hi > lo {
				st.Std = (hi - lo) / 4
			}
		}
		out[c.Name] = st
	}
	return out
}

// mode returns the most frequent level of a categorical column (the first
// on ties, in level order), or "" for a numeric one.
func mode(s dataset.Schema, col string, hist map[string]int64) string {
	i := s.Index(col)
	if i < 0 || len(s.Columns[i].Levels) == 0 {
		return ""
	}
	best, n := s.Columns[i].Levels[0], int64(-1)
	for _, lv := range s.Columns[i].Levels {
		if hist[lv] > n {
			best, n = lv, hist[lv]
		}
	}
	return best
}

// UpdateModel makes the next global model from the aggregate of the
// nodes' vectors: the sample-weighted average of their models (FedAvg), or
// one Newton step with the summed gradient and Hessian (hlr). An aggregate
// that cannot come from honest nodes fails as AggregationFailed. In a
// proven hlr task only the gradient is proven: a step below the stopping
// tolerance while the proven gradient is far from zero fails as
// HessianInconsistent (checkProvenStep) rather than end training as
// converged.
func (c *Coordinator) UpdateModel(ctx context.Context, in workflows.UpdateModelInput) (workflows.UpdateModelOutput, error) {
	spec := in.Spec.WithDefaults()
	var art ModelArtifact
	if err := c.Objects.GetJSON(ctx, in.Model, &art); err != nil {
		return workflows.UpdateModelOutput{}, err
	}
	m := art.Model
	var sum []float64
	var err error
	if spec.DP != nil {
		return c.dpUpdateModel(ctx, in, spec, art)
	}
	if m.Kind == model.HLR && spec.Circuit != "" {
		sum, err = c.provenSum(ctx, spec, art, in.Sum)
	} else if sum, err = decode(in.Sum); err != nil {
		err = activities.BadInput(err)
	}
	if err != nil {
		return workflows.UpdateModelOutput{}, err
	}
	p := m.NumParams()
	bad := func(what string) error {
		return temporal.NewApplicationError(fmt.Sprintf("round %d: the aggregate of the updates is inconsistent: %s", in.Round, what), workflows.ErrTypeAggregation)
	}
	next := ModelArtifact{TaskID: in.TaskID, Round: in.Round, Parent: in.Model.SHA256, Schema: art.Schema,
		Features: art.Features, Encoding: art.Encoding, Model: m}
	out := workflows.UpdateModelOutput{}
	switch m.Kind {
	case model.HLR:
		if len(sum) != p+p*p+1 {
			return workflows.UpdateModelOutput{}, bad(fmt.Sprintf("%d values, want %d", len(sum), p+p*p+1))
		}
		rows := sum[p+p*p]
		if rows < 1 {
			return workflows.UpdateModelOutput{}, bad("no rows")
		}
		g, h := sum[:p], sum[p:p+p*p]
		beta, h0, step, err := newtonUpdate(in.Round, art, g, h, spec.Params.L2, spec.Tol)
		if err != nil {
			return workflows.UpdateModelOutput{}, err
		}
		out.Step = step
		l2 := spec.Params.L2
		if spec.Circuit != "" {
			if err := checkProvenStep(in.Round, art.Features, m.Weights, g, l2, rows, out.Step, math.Max(spec.Tol, workflows.ProvenNewtonTol)); err != nil {
				return workflows.UpdateModelOutput{}, err
			}
		}
		next.NegHessian0 = h0
		next.Model.Weights, next.NegHessian, next.Rows = beta, h, int64(math.Round(rows))
	default:
		w, rows, err := fedAvgWeights(sum, p)
		if spec.ClipNorm > 0 {
			w, rows, err = clippedWeights(m.Weights, sum)
		}
		if err != nil {
			return workflows.UpdateModelOutput{}, bad(err.Error())
		}
		next.Model.Weights, next.Rows = w, int64(math.Round(rows))
	}
	return c.putModel(ctx, in, next, out)
}

// putModel stores next, the model of round in.Round, and returns it in
// out.
func (c *Coordinator) putModel(ctx context.Context, in workflows.UpdateModelInput, next ModelArtifact, out workflows.UpdateModelOutput) (workflows.UpdateModelOutput, error) {
	if err := next.Model.Validate(); err != nil {
		return workflows.UpdateModelOutput{}, temporal.NewApplicationError(fmt.Sprintf("round %d: the aggregate of the updates is inconsistent: %v", in.Round, err), workflows.ErrTypeAggregation)
	}
	ref, err := c.Objects.PutJSON(ctx, ModelPrefix, next)
	if err != nil {
		return workflows.UpdateModelOutput{}, err
	}
	out.Model, out.Rows = ref, next.Rows
	zerolog.Ctx(ctx).Info().Str("task_id", in.TaskID).Int("round", in.Round).Int64("rows", out.Rows).Float64("step", out.Step).
		Str("model", ref.Key).Msg("global model updated")
	return out, nil
}

// dpUpdateModel makes a DP round's model: one step of gradient descent
// from the noisy aggregate (dpWeights).
func (c *Coordinator) dpUpdateModel(ctx context.Context, in workflows.UpdateModelInput, spec workflows.TrainSpec, art ModelArtifact) (workflows.UpdateModelOutput, error) {
	next := ModelArtifact{TaskID: in.TaskID, Round: in.Round, Parent: in.Model.SHA256, Schema: art.Schema,
		Features: art.Features, Encoding: art.Encoding, Model: art.Model}
	w, rows, err := dpWeights(&art.Model, in.Sum, spec.Params.LearningRate, spec.Params.L2, len(in.Nodes))
	if err != nil {
		return workflows.UpdateModelOutput{}, temporal.NewApplicationError(fmt.Sprintf("round %d: the aggregate of the updates is inconsistent: %v", in.Round, err), workflows.ErrTypeAggregation)
	}
	next.Model.Weights, next.Rows = w, rows
	return c.putModel(ctx, in, next, workflows.UpdateModelOutput{})
}

// newtonUpdate makes round's Newton step for hlr from the model art and
// the aggregated gradient g and negated Hessian h at its coefficients,
// with ridge l2. It returns the next coefficients, the negated Hessian at
// β = 0 to carry on (h itself in round 1, whose model is 0), and the
// largest coefficient change. For a plain maximum-likelihood fit (l2 0) it
// fails, as bad input naming the columns, where the estimate does not
// exist: collinear features in round 1 (model.Collinear), or a Newton
// iteration running off to infinity on separated classes, seen as a step
// of at least tol along which the rows carry almost no information
// (model.InformationRatio below model.SeparationTol) or as a Hessian that
// became singular after round 1.
func newtonUpdate(round int, art ModelArtifact, g, h []float64, l2, tol float64) (beta, h0 []float64, step float64, err error) {
	m := art.Model
	h0 = art.NegHessian0
	if art.Round == 0 {
		h0 = h // the initial model's coefficients are 0
	}
	if l2 == 0 && art.Round == 0 {
		if err := model.Collinear(h, art.Features); err != nil {
			return nil, nil, 0, activities.BadInput(fmt.Errorf("round %d: the maximum-likelihood estimate does not exist: %w: "+
				"leave such columns out (features), or set a ridge above 0, with which the estimate always exists", round, err))
		}
	}
	beta, err = model.NewtonStep(m.Weights, g, h, l2)
	if err != nil && l2 == 0 && art.Round > 0 && errors.Is(err, model.ErrSingular) {
		// The design had full rank in round 1 (Collinear): what made the
		// Hessian singular since is rows whose fitted probabilities
		// reached 0 or 1.
		return nil, nil, 0, activities.BadInput(fmt.Errorf("round %d: the maximum-likelihood estimate does not exist: %w: "+
			"the negated Hessian became singular although the design has full rank, because fitted probabilities reached 0 or 1; "+
			"leave the separating columns out (features), or set a ridge above 0, with which the estimate always exists", round, model.ErrSeparated))
	}
	if err != nil {
		return nil, nil, 0, activities.BadInput(fmt.Errorf("round %d: Newton step: %w", round, err))
	}
	d := make([]float64, len(beta))
	for i := range beta {
		d[i] = beta[i] - m.Weights[i]
		step = math.Max(step, math.Abs(d[i]))
	}
	if l2 == 0 && h0 != nil && step >= tol {
		if k := model.InformationRatio(d, h, h0); k < model.SeparationTol {
			return nil, nil, 0, activities.BadInput(separated(round, art.Features, m.Weights, d, k))
		}
	}
	return beta, h0, step, nil
}

// separated is the error of a plain maximum-likelihood fit whose Newton
// iteration runs off to infinity: the information ratio k of its step
// fell below model.SeparationTol. It names the coefficients the step moves
// most, those of the separating direction.
func separated(round int, names []string, beta, step []float64, k float64) error {
	type mv struct {
		name string
		v    float64
	}
	var big []mv
	top := 0.0
	for _, s := range step {
		top = math.Max(top, math.Abs(s))
	}
	for j, s := range step {
		if math.Abs(s) >= top/4 {
			n := "(intercept)"
			if j > 0 && j <= len(names) {
				n = names[j-1]
			}
			big = append(big, mv{n, beta[j] + s})
		}
	}
	parts := make([]string, len(big))
	for i, b := range big {
		parts[i] = fmt.Sprintf("%s (now %.3g)", b.name, b.v)
	}
	return fmt.Errorf("round %d: the maximum-likelihood estimate does not exist: %w: a combination of the features predicts the label (quasi-)perfectly, so the coefficients grow without bound: "+
		"this round's Newton step still moves them by up to %.3g while the rows it moves carry %.2g of their information at 0 (below %g: fitted probabilities at 0 or 1); growing: %s. "+
		"Leave the separating columns out (features), or set a ridge above 0, with which the estimate always exists",
		round, model.ErrSeparated, top, k, model.SeparationTol, strings.Join(parts, ", "))
}

// provenSum turns a proven round's aggregate into the form of an unproven
// one: the gradient in the model's layout, the negated Hessian, the rows.
func (c *Coordinator) provenSum(ctx context.Context, spec workflows.TrainSpec, art ModelArtifact, sum []string) ([]float64, error) {
	v, err := Training(ctx, spec, c.Objects.Schemas())
	if err != nil {
		return nil, err
	}
	width, err := v.HLR.Width()
	if err != nil {
		return nil, err
	}
	var enc dataset.Encoding
	if err := c.Objects.GetJSON(ctx, art.Encoding, &enc); err != nil {
		return nil, err
	}
	_, index, err := roundParams(v, art, enc, HoldoutKey(art.TaskID, art.Encoding.SHA256), spec.HoldoutEvery())
	if err != nil {
		return nil, err
	}
	g, h, rows, err := provenSum(sum, art.Model.NumParams(), width, index)
	if err != nil {
		return nil, activities.BadInput(fmt.Errorf("proven aggregate: %w", err))
	}
	return append(append(g, h...), rows), nil
}

// ScoreRound turns the aggregate of the nodes' validation scores (summed
// log loss, correct predictions, rows) into metrics, and stores them
// beside the round's model (workflows.ModelMetaKey) with its round and
// parent. A retry writes the same object again.
func (c *Coordinator) ScoreRound(ctx context.Context, in workflows.ScoreInput) (workflows.ScoreOutput, error) {
	v, err := decode(in.Sum)
	if err != nil {
		return workflows.ScoreOutput{}, activities.BadInput(err)
	}
	if len(v) != 3 || v[2] < 1 || v[1] < -0.5 || v[1] > v[2]+0.5 || v[0] < 0 {
		return workflows.ScoreOutput{}, temporal.NewApplicationError("the aggregate of the validation scores is inconsistent", workflows.ErrTypeAggregation)
	}
	out := workflows.ScoreOutput{Loss: v[0] / v[2], Accuracy: v[1] / v[2], Rows: int64(math.Round(v[2]))}
	if in.Model.SHA256 == "" {
		return out, nil
	}
	meta := workflows.ModelMeta{TaskID: in.TaskID, Round: in.Round, Model: in.Model, Parent: in.Parent, Rows: in.Rows,
		ValLoss: out.Loss, ValAccuracy: out.Accuracy, ValRows: out.Rows}
	if err := c.Objects.PutAt(ctx, workflows.ModelMetaKey(in.Model), meta); err != nil {
		return workflows.ScoreOutput{}, fmt.Errorf("store the metrics of model %s: %w", in.Model.Key, err)
	}
	return out, nil
}

// FinishTraining writes the task's report to the artifact store and
// returns the result: the final model, every round's metrics and, for
// hlr, the coefficients with standard errors, z, p-values and odds
// ratios on the standardized features and, once Newton's method
// converged, the table on the features' original scale (Summarize) under
// "report". An hlr task stopped by its round limit before converging has
// no such table: its coefficients are not the estimate.
func (c *Coordinator) FinishTraining(ctx context.Context, in workflows.FinishTrainingInput) (workflows.TrainResult, error) {
	st := in.State
	spec := st.Spec.WithDefaults()
	var art ModelArtifact
	if err := c.Objects.GetJSON(ctx, in.Final, &art); err != nil {
		return workflows.TrainResult{}, err
	}
	res := workflows.TrainResult{TaskID: in.TaskID, Model: spec.Model, Schema: spec.Schema, Protocol: spec.Protocol,
		Rounds: st.Round, Stopped: st.Stopped, Final: in.Final, Encoding: st.Encoding,
		Artifact: c.Objects.URI(in.Final.Key), History: st.History}
	rep := Report{TrainResult: res, Spec: spec, Features: art.Features}
	if co, err := Coefficients(art, spec.Params.L2); err != nil {
		return workflows.TrainResult{}, activities.BadInput(fmt.Errorf("coefficient report: %w", err))
	} else if co != nil {
		rep.Coefficients = co
	}
	if rep.Coefficients != nil && st.Stopped == workflows.StopConverged {
		var enc dataset.Encoding
		if err := c.Objects.GetJSON(ctx, st.Encoding, &enc); err != nil {
			return workflows.TrainResult{}, err
		}
		schema, err := c.Objects.Schemas().Resolve(ctx, spec.Schema)
		if err != nil {
			return workflows.TrainResult{}, store.SchemaError(err)
		}
		if rep.Summary, err = Summarize(art, enc, schema, spec.Params.L2); err != nil {
			return workflows.TrainResult{}, activities.BadInput(fmt.Errorf("coefficient report: %w", err))
		}
	}
	// The report is addressed by task and content: training/<task>-<sha256>.json.
	ref, err := c.Objects.PutJSON(ctx, ReportPrefix+in.TaskID+"-", rep)
	if err != nil {
		return workflows.TrainResult{}, err
	}
	res.Report = c.Objects.URI(ref.Key)
	zerolog.Ctx(ctx).Info().Str("task_id", in.TaskID).Int("rounds", st.Round).Str("stopped", st.Stopped).
		Str("report", ref.Key).Msg("training report written")
	return res, nil
}

// Coefficients reports an hlr model's coefficients with standard errors,
// z, p-values and odds ratios, from the aggregated Hessian stored with it
// (plus the ridge l2 the fit used, on every coefficient but the
// intercept). It returns nil for other models.
func Coefficients(art ModelArtifact, l2 float64) (*model.Coefficients, error) {
	if art.Model.Kind != model.HLR || len(art.NegHessian) == 0 {
		return nil, nil
	}
	h := append([]float64(nil), art.NegHessian...)
	p := len(art.Model.Weights)
	for i := 1; i < p && l2 > 0; i++ {
		h[i*p+i] += l2
	}
	co, err := model.Report(art.Model.Weights, h, art.Features)
	if err != nil {
		return nil, err
	}
	return &co, nil
}

// Summarize reports an hlr model's coefficients on the original scale of
// its features, named after their columns and levels ("age", "sex=M",
// "cp=2", "chol=?" for a missing-value indicator), with standard errors,
// z and p-values, and the rows it was fit on: the encoding standardizes
// each numeric feature, (x − mean)/std, and model.Summarize undoes that,
// estimates and covariance alike. l2 is the ridge of the fit. It returns
// nil for other models.
func Summarize(art ModelArtifact, enc dataset.Encoding, s dataset.Schema, l2 float64) (*model.Summary, error) {
	if art.Model.Kind != model.HLR || len(art.NegHessian) == 0 {
		return nil, nil
	}
	names := enc.Names(s)
	if !slices.Equal(names, art.Features) {
		return nil, fmt.Errorf("the model's features %v are not its encoding's %v", art.Features, names)
	}
	center, scale := designScales(enc, s)
	sum, err := model.Summarize(art.Model.Weights, art.NegHessian, l2, names, center, scale, art.Rows)
	if err != nil {
		return nil, err
	}
	return &sum, nil
}

// designScales returns, per design column of enc (in the order of
// enc.Names), the center and scale its values were standardized with:
// the mean and standard deviation (1 when 0) of a numeric feature, 0 and 1
// for a level or missing-value indicator.
func designScales(enc dataset.Encoding, s dataset.Schema) (center, scale []float64) {
	for _, f := range enc.Features {
		i := s.Index(f)
		if i < 0 {
			continue
		}
		st := enc.Stats[f]
		if c := s.Columns[i]; c.Kind == dataset.Categorical {
			for range c.Levels[min(1, len(c.Levels)):] {
				center, scale = append(center, 0), append(scale, 1)
			}
		} else {
			sd := st.Std
			if sd == 0 {
				sd = 1
			}
			center, scale = append(center, st.Mean), append(scale, sd)
		}
		if st.Missing > 0 {
			center, scale = append(center, 0), append(scale, 1)
		}
	}
	return center, scale
}
