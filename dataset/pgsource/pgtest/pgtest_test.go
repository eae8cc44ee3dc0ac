package pgtest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// TestStart starts a server, runs a query as the superuser, and checks
// that Stop removes the server's directory and that a wrong password is
// refused.
func TestStart(t *testing.T) {
	s, err := Launch()
	if err != nil {
		skipOrFail(t, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.SuperDSN())
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	var n int
	if err := conn.QueryRow(ctx, "SELECT 40 + 2").Scan(&n); err != nil || n != 42 {
		t.Fatalf("SELECT 40 + 2 = %d, %v", n, err)
	}
	_ = conn.Close(ctx)
	if _, err := pgx.Connect(ctx, s.DSN(s.User, "wrong", "")); err == nil {
		t.Fatal("a wrong password was accepted")
	}
	if err := s.Stop(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(s.Host); !os.IsNotExist(err) {
		t.Fatalf("server directory %s left behind: %v", s.Host, err)
	}
	if err := s.Stop(); err != nil {
		t.Fatalf("second Stop: %v", err)
	}
}

// fakeTB records Skipf and Fatal instead of ending the test; skipOrFail
// calls nothing else.
type fakeTB struct {
	testing.TB
	skipped, failed bool
}

func (f *fakeTB) Helper()              {}
func (f *fakeTB) Skipf(string, ...any) { f.skipped = true }
func (f *fakeTB) Fatal(...any)         { f.failed = true }

// TestMissingBinaries checks that without PostgreSQL a test skips, unless
// CI or TWOPM_REQUIRE_POSTGRES=1 is set, where it fails.
func TestMissingBinaries(t *testing.T) {
	t.Setenv("TWOPM_POSTGRES_BIN", t.TempDir())
	if _, err := BinDir(); !errors.Is(err, ErrNoPostgres) {
		t.Fatalf("BinDir with an empty TWOPM_POSTGRES_BIN: %v, want ErrNoPostgres", err)
	}
	for _, tc := range []struct {
		name, ci, require string
		wantSkip          bool
	}{
		{"local", "", "", true},
		{"CI", "true", "", false},
		{"required", "", "1", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("CI", tc.ci)
			t.Setenv("TWOPM_REQUIRE_POSTGRES", tc.require)
			var sh Shared
			f := &fakeTB{}
			if srv := sh.Get(f); srv != nil {
				t.Fatal("a server without binaries")
			}
			if f.skipped != tc.wantSkip || f.failed == tc.wantSkip {
				t.Errorf("skipped %v, failed %v; want skipped %v", f.skipped, f.failed, tc.wantSkip)
			}
		})
	}
}

// TestBinDirDebian checks that BinDir finds Debian's binaries, which are
// not on PATH.
func TestBinDirDebian(t *testing.T) {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(dirs) == 0 {
		t.Skip("no PostgreSQL from Debian's packages here")
	}
	t.Setenv("PATH", "")
	t.Setenv("TWOPM_POSTGRES_BIN", "")
	d, err := BinDir()
	if err != nil || !strings.HasPrefix(d, "/usr/lib/postgresql/") {
		t.Fatalf("BinDir without PATH: %q, %v; want a directory under /usr/lib/postgresql", d, err)
	}
}

// TestStartStopsOnCleanup checks that Start's server serves its DSN during
// the test and is gone, directory and all, after the test's cleanup.
func TestStartStopsOnCleanup(t *testing.T) {
	var dsn string
	t.Run("server", func(t *testing.T) {
		dsn = Start(t)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Fatalf("connect: %v", err)
		}
		_ = conn.Close(ctx)
	})
	if t.Skipped() || dsn == "" {
		return
	}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(cfg.Host); !os.IsNotExist(err) {
		t.Errorf("server directory %s left after the test: %v", cfg.Host, err)
	}
}
