package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// demo train's --label, --features, --missing and --ridge set the spec,
// and a column the schema does not have, or a flag the model does not
// take, fails before any network starts.
func TestDemoTrainColumnFlags(t *testing.T) {
	dir := os.Getenv("TWOPM_DATA_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data")
	}
	t.Setenv("TWOPM_DATA_DIR", dir)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--model", "hlr", "--features", "age,bogus"}, `feature "bogus" is not a column`},
		{[]string{"--model", "hlr", "--label", "cp"}, `label "cp" has 4 levels`},
		{[]string{"--model", "hlr", "--label", "sex", "--features", "age,sex"}, `feature "sex" is the label column`},
		{[]string{"--model", "lr", "--ridge", "0"}, "only hlr takes a ridge"},
		{[]string{"--model", "hlr", "--missing", "drop"}, `--missing "drop": want omit or impute`},
		{[]string{"--model", "hlr", "--label", "=1"}, "want COL or COL=LEVEL"},
	} {
		_, err := runTwopm(t, append([]string{"demo", "train"}, tc.args...)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want %q", tc.args, err, tc.want)
		}
	}
	cmd := newRoot()
	train, _, err := cmd.Find([]string{"demo", "train"})
	if err != nil {
		t.Fatal(err)
	}
	if err := train.ParseFlags([]string{"--ridge", "0"}); err != nil {
		t.Fatal(err)
	}
	s, err := taskColumns(train, "num=2,3", "age, chol", "omit", 0)
	if err != nil || s.Label != "num" || !slices.Equal(s.Positive, []string{"2", "3"}) || !slices.Equal(s.Features, []string{"age", "chol"}) ||
		s.Missing != "omit" || s.Ridge == nil || *s.Ridge != 0 {
		t.Fatalf("%+v, %v", s, err)
	}
	if s, err := taskColumns(newRoot(), "", "", "", 1); err != nil || s.Ridge != nil || s.Label != "" || s.Features != nil || s.Missing != "" {
		t.Fatalf("no flags: %+v, %v", s, err)
	}
}

// circuits register --kind hlr derives the circuit of --label and
// --features, and refuses columns the schema lacks, or the flags on a
// statistics circuit, before it reads the SRS or dials the chain.
func TestCircuitsRegisterColumns(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--kind", "hlr", "--features", "age,bogus"}, `feature "bogus" is not a column`},
		{[]string{"--kind", "hlr", "--label", "cp"}, `label "cp" has 4 levels`},
		{[]string{"--kind", "stats", "--label", "sex"}, "add --kind hlr"},
		{[]string{"--kind", "hlr", "--label", "sex", "--features", "chol,age", "--rows", "300"}, "--verifier"},
	} {
		_, err := runTwopm(t, append([]string{"circuits", "register", "heart-disease"}, tc.args...)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want %q", tc.args, err, tc.want)
		}
	}
}
