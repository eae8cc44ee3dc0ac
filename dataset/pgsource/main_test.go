package pgsource_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/pgsource"
	"github.com/twopm/twopm/dataset/pgsource/pgtest"
)

// server is one PostgreSQL server for every test of the package, started
// by the first test that needs it.
var server pgtest.Shared

func TestMain(m *testing.M) {
	code := m.Run()
	if err := server.Stop(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

// dsnEnv is the environment variable the tests' configs name.
const dsnEnv = "TWOPM_PGSOURCE_TEST_DSN"

// exec runs statements as the superuser.
func exec(t *testing.T, stmts ...string) {
	t.Helper()
	srv := server.Get(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, srv.SuperDSN())
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	defer func() { _ = conn.Close(ctx) }()
	for _, s := range stmts {
		if _, err := conn.Exec(ctx, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// read runs query against the test server through pgsource, the
// connection string in an environment variable.
func read(t *testing.T, query string, s dataset.Schema) (*dataset.Table, error) {
	t.Helper()
	t.Setenv(dsnEnv, server.Get(t).SuperDSN())
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return pgsource.Read(ctx, pgsource.Config{Query: query, DSNEnv: dsnEnv, Name: "test"}, s)
}

// eachError calls f with err and every error it wraps.
func eachError(err error, f func(error)) {
	if err == nil {
		return
	}
	f(err)
	switch u := err.(type) {
	case interface{ Unwrap() error }:
		eachError(u.Unwrap(), f)
	case interface{ Unwrap() []error }:
		for _, e := range u.Unwrap() {
			eachError(e, f)
		}
	}
}

// assertHidden fails the test if err or any error it wraps holds one of
// the secrets.
func assertHidden(t *testing.T, err error, secrets ...string) {
	t.Helper()
	eachError(err, func(e error) {
		for _, s := range secrets {
			if strings.Contains(e.Error(), s) {
				t.Errorf("error %q holds %q", e.Error(), s)
			}
		}
	})
}

// dataDir is $TWOPM_DATA_DIR, or the shared data beside the repository.
func dataDir() string {
	if d := os.Getenv("TWOPM_DATA_DIR"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "data")
}

func wantErr(t *testing.T, err error, target error, substrings ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %v", target)
	}
	if target != nil && !errors.Is(err, target) {
		t.Errorf("error %q is not %v", err, target)
	}
	for _, s := range substrings {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q lacks %q", err, s)
		}
	}
}
