package bench

import (
	"context"
	"strings"
	"testing"

	"github.com/twopm/twopm/infer"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc"
)

func TestInferChecksItsAnswer(t *testing.T) {
	if testing.Short() {
		t.Skip("runs MASCOT over loopback TLS")
	}
	for _, nodes := range []int{1, 3} {
		r, err := Infer(context.Background(), InferConfig{Nodes: nodes, Features: 6, Repeat: 2})
		if err != nil {
			t.Fatalf("%d nodes: %v", nodes, err)
		}
		if r.Nodes != nodes || r.Features != 6 || r.Repeat != 2 || r.PrivateSeconds <= 0 || r.PlainSeconds <= 0 ||
			r.RatioVsPlain != r.PrivateSeconds/r.PlainSeconds || r.PrivateBytesSent == 0 || r.Triples != 6+2 {
			t.Fatalf("%d nodes: %+v", nodes, r)
		}
	}
}

func TestInferDefaults(t *testing.T) {
	w, err := HeartDiseaseWidth()
	if err != nil || w != 20 {
		t.Fatalf("heart-disease width %d, %v; want 20", w, err)
	}
	cfg := InferConfig{}
	if err := cfg.ensureDefaults(); err != nil {
		t.Fatal(err)
	}
	if cfg.Nodes != 3 || cfg.Features != 20 || cfg.Repeat != 5 {
		t.Fatalf("defaults %+v", cfg)
	}
}

func TestInferServesTheGivenModel(t *testing.T) {
	if testing.Short() {
		t.Skip("runs MASCOT over loopback TLS")
	}
	m := &model.Model{Kind: model.LR, Features: 3, Weights: []float64{0.5, -1, 2, 0.25}}
	r, err := Infer(context.Background(), InferConfig{Nodes: 2, Repeat: 1, Model: m})
	if err != nil {
		t.Fatal(err)
	}
	if r.Features != 3 || r.Triples != 3+2 {
		t.Fatalf("%+v", r)
	}
	if _, err := Infer(context.Background(), InferConfig{Features: 5, Model: m}); err == nil || !strings.Contains(err.Error(), "features 5, the model has 3") {
		t.Errorf("a width that is not the model's: %v", err)
	}
	bad := &model.Model{Kind: model.LR, Features: 3, Weights: []float64{1}}
	if _, err := Infer(context.Background(), InferConfig{Model: bad}); err == nil {
		t.Error("an invalid model was served")
	}
}

func TestInferBadConfig(t *testing.T) {
	_, err := Infer(context.Background(), InferConfig{Nodes: -1, Features: infer.MaxFeatures + 1, Repeat: -2})
	if err == nil {
		t.Fatal("bad config accepted")
	}
	for _, want := range []string{"nodes -1", "features 4097", "repeat -2"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if _, err := Infer(context.Background(), InferConfig{Nodes: infer.MaxNodes + 1}); err == nil {
		t.Fatal("too many nodes accepted")
	}
}

// The plain baseline's answer is the model's own prediction, and a wrong
// row length is refused rather than evaluated.
func TestPlainServer(t *testing.T) {
	m, rows, err := syntheticLR(4, 1)
	if err != nil {
		t.Fatal(err)
	}
	hosts, peers, closeHosts, err := loopbackHosts(2)
	if err != nil {
		t.Fatal(err)
	}
	defer closeHosts()
	for _, tt := range []struct {
		name    string
		x       []float64
		wantErr bool
	}{{"row", rows[0], false}, {"short row", rows[0][:3], true}} {
		var p float64
		_, _, err := timedSession(context.Background(), hosts, peers, "plain-"+tt.name, func(ctx context.Context, tr mpc.Transport) error {
			if tr.Self() == 0 {
				var err error
				p, err = askPlain(ctx, tr, tt.x)
				return err
			}
			return servePlain(ctx, tr, m)
		})
		if tt.wantErr != (err != nil) {
			t.Fatalf("%s: err %v", tt.name, err)
		}
		if !tt.wantErr && p != m.Predict(tt.x) {
			t.Fatalf("%s: got %v, want %v", tt.name, p, m.Predict(tt.x))
		}
	}
}
