// Package pgtest starts a real PostgreSQL server for tests: initdb into a
// temporary directory, postgres listening on a unix socket there only (no
// TCP port to collide on), password authentication (SCRAM) for every
// connection, and a stop that removes the directory.
//
// It finds the server's binaries in $TWOPM_POSTGRES_BIN, on PATH, or under
// /usr/lib/postgresql/*/bin (Debian's postgresql package), newest version
// first. PostgreSQL refuses to run as root, so when the tests run as root
// it runs initdb and postgres as the "postgres" user (or "nobody" when
// there is none), owning the temporary directory.
//
// Tests skip when no binaries are found, unless the environment variable
// CI is set or TWOPM_REQUIRE_POSTGRES=1, where they fail instead; any
// other failure to start the server fails them.
package pgtest

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// ErrNoPostgres: no PostgreSQL server binaries are installed.
var ErrNoPostgres = errors.New("pgtest: no PostgreSQL binaries (install Debian's postgresql package, or set TWOPM_POSTGRES_BIN to the directory holding initdb and postgres)")

// Port is the port number in the server's socket name. The server listens
// on no TCP port, so any number serves.
const Port = 5432

// startTimeout bounds initdb and the wait for the server to accept
// connections; stopTimeout bounds a fast shutdown before the server is
// killed.
const (
	startTimeout = 2 * time.Minute
	stopTimeout  = 15 * time.Second
)

// Required reports whether a missing PostgreSQL fails tests instead of
// skipping them: in CI (CI set) or with TWOPM_REQUIRE_POSTGRES=1.
func Required() bool {
	return os.Getenv("CI") != "" || os.Getenv("TWOPM_REQUIRE_POSTGRES") == "1"
}

// Server is a running PostgreSQL server in a temporary directory.
type Server struct {
	// Host is the directory of the server's unix socket, the host part of
	// a connection string.
	Host string
	// User is the superuser; Password its password.
	User, Password string

	root    string
	cmd     *exec.Cmd
	exited  chan struct{}
	waitErr error
	stop    sync.Once
	stopErr error
}

// DSN returns a key=value connection string to database dbname ("postgres"
// when empty) as user with password.
func (s *Server) DSN(user, password, dbname string) string {
	if dbname == "" {
		dbname = "postgres"
	}
	return fmt.Sprintf("host=%s port=%d user=%s password=%s dbname=%s sslmode=disable",
		quote(s.Host), Port, quote(user), quote(password), quote(dbname))
}

// SuperDSN is DSN for the superuser and database "postgres".
func (s *Server) SuperDSN() string { return s.DSN(s.User, s.Password, "") }

func quote(v string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(v) + "'"
}

// BinDir returns the directory holding initdb and postgres, or an error
// wrapping ErrNoPostgres.
func BinDir() (string, error) {
	if d := os.Getenv("TWOPM_POSTGRES_BIN"); d != "" {
		if isExec(filepath.Join(d, "initdb")) && isExec(filepath.Join(d, "postgres")) {
			return d, nil
		}
		return "", fmt.Errorf("%w: TWOPM_POSTGRES_BIN=%s lacks initdb or postgres", ErrNoPostgres, d)
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		d := filepath.Dir(p)
		if isExec(filepath.Join(d, "postgres")) {
			return d, nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin") // the pattern is valid
	slices.SortFunc(dirs, func(a, b string) int { return version(b) - version(a) })
	for _, d := range dirs {
		if isExec(filepath.Join(d, "initdb")) && isExec(filepath.Join(d, "postgres")) {
			return d, nil
		}
	}
	return "", ErrNoPostgres
}

// version is the major version in /usr/lib/postgresql/<major>/bin.
func version(dir string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(dir))) // 0 when not a number
	return v
}

func isExec(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0
}

// Launch starts a server. Stop it with Stop. Its error wraps ErrNoPostgres
// when there are no binaries.
func Launch() (*Server, error) {
	bin, err := BinDir()
	if err != nil {
		return nil, err
	}
	root, err := os.MkdirTemp("", "pgtest-")
	if err != nil {
		return nil, fmt.Errorf("pgtest: temp dir: %w", err)
	}
	s := &Server{Host: root, User: "twopm", root: root}
	ok := false
	defer func() {
		if !ok {
			_ = os.RemoveAll(root) // best effort after a failed start
		}
	}()
	pw := make([]byte, 16)
	_, _ = rand.Read(pw) // crypto/rand.Read never fails
	s.Password = hex.EncodeToString(pw)

	cred, err := credential()
	if err != nil {
		return nil, err
	}
	pwfile := filepath.Join(root, "pwfile")
	if err := os.WriteFile(pwfile, []byte(s.Password+"\n"), 0o600); err != nil {
		return nil, fmt.Errorf("pgtest: write password file: %w", err)
	}
	if cred != nil {
		for _, p := range []string{root, pwfile} {
			if err := os.Chown(p, int(cred.Uid), int(cred.Gid)); err != nil {
				return nil, fmt.Errorf("pgtest: hand %s to the server's user: %w", p, err)
			}
		}
	}
	data := filepath.Join(root, "data")
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()
	initdb := command(ctx, cred, root, filepath.Join(bin, "initdb"),
		"-D", data, "-U", s.User, "--pwfile", pwfile, "-A", "scram-sha-256",
		"-E", "UTF8", "--locale", "C", "--no-sync", "--no-instructions")
	if out, err := initdb.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pgtest: initdb: %w\n%s", err, out)
	}
	_ = os.Remove(pwfile) // initdb has read it

	logf, err := os.Create(filepath.Join(root, "server.log"))
	if err != nil {
		return nil, fmt.Errorf("pgtest: server log: %w", err)
	}
	defer func() { _ = logf.Close() }() // the child holds its own descriptor
	s.cmd = command(context.Background(), cred, root, filepath.Join(bin, "postgres"),
		"-D", data, "-k", root, "-p", strconv.Itoa(Port),
		"-c", "listen_addresses=", "-c", "fsync=off", "-c", "synchronous_commit=off",
		"-c", "full_page_writes=off", "-c", "shared_buffers=16MB", "-c", "max_connections=40")
	s.cmd.Stdout, s.cmd.Stderr = logf, logf
	// The server dies with the test binary, however that ends.
	s.cmd.SysProcAttr.Pdeathsig = syscall.SIGQUIT
	if err := s.cmd.Start(); err != nil {
		return nil, fmt.Errorf("pgtest: start postgres: %w", err)
	}
	s.exited = make(chan struct{})
	go func() {
		s.waitErr = s.cmd.Wait()
		close(s.exited)
	}()
	if err := s.waitReady(ctx); err != nil {
		_ = s.Stop()
		return nil, err
	}
	ok = true
	return s, nil
}

// credential returns who runs the server: nil (this process's user)
// unless this process is root, which PostgreSQL refuses.
func credential() (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			continue
		}
		uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
		gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
		if err1 != nil || err2 != nil || uid == 0 {
			continue
		}
		return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
	}
	return nil, errors.New("pgtest: running as root and no postgres or nobody user to run the server as")
}

// command runs name as cred's user in dir, with the PG* environment
// variables of the test removed and the C locale.
func command(ctx context.Context, cred *syscall.Credential, dir, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	env := []string{"LC_ALL=C"}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PG") && !strings.HasPrefix(kv, "LC_") && !strings.HasPrefix(kv, "LANG") {
			env = append(env, kv)
		}
	}
	cmd.Env = env
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	return cmd
}

// waitReady polls until the server accepts a connection, it exits, or ctx
// ends.
func (s *Server) waitReady(ctx context.Context) error {
	for {
		cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		conn, err := pgconn.Connect(cctx, s.SuperDSN())
		cancel()
		if err == nil {
			return conn.Close(ctx)
		}
		select {
		case <-s.exited:
			return fmt.Errorf("pgtest: postgres exited: %v\n%s", s.waitErr, s.logTail())
		case <-ctx.Done():
			return fmt.Errorf("pgtest: postgres not ready after %s: %w\n%s", startTimeout, ctx.Err(), s.logTail())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func (s *Server) logTail() string {
	b, _ := os.ReadFile(filepath.Join(s.root, "server.log")) // best effort
	if len(b) > 4000 {
		b = b[len(b)-4000:]
	}
	return string(bytes.TrimSpace(b))
}

// Stop shuts the server down (fast shutdown, then a kill after 15 s) and
// removes its directory. Calls after the first return the first's result.
func (s *Server) Stop() error {
	s.stop.Do(func() {
		if s.cmd != nil && s.cmd.Process != nil {
			select {
			case <-s.exited:
			default:
				_ = s.cmd.Process.Signal(syscall.SIGINT) // fast shutdown
				select {
				case <-s.exited:
				case <-time.After(stopTimeout):
					_ = s.cmd.Process.Kill()
					<-s.exited
					s.stopErr = errors.New("pgtest: postgres did not stop in time and was killed")
				}
			}
		}
		if err := os.RemoveAll(s.root); err != nil && s.stopErr == nil {
			s.stopErr = fmt.Errorf("pgtest: remove %s: %w", s.root, err)
		}
	})
	return s.stopErr
}

// Start starts a server for one test and stops it when the test ends; it
// returns the superuser's connection string. It skips the test when there
// are no binaries and Required is false, and fails it otherwise.
func Start(t testing.TB) string {
	t.Helper()
	s, err := Launch()
	if err != nil {
		skipOrFail(t, err)
		return ""
	}
	t.Cleanup(func() {
		if err := s.Stop(); err != nil {
			t.Error(err)
		}
	})
	return s.SuperDSN()
}

// Shared is one server for a whole test binary, started by the first test
// that asks for it. Call Stop from TestMain after m.Run.
type Shared struct {
	once sync.Once
	srv  *Server
	err  error
}

// Get returns the server, starting it on the first call. It skips the
// test when there are no binaries and Required is false, and fails it on
// any other error.
func (sh *Shared) Get(t testing.TB) *Server {
	t.Helper()
	sh.once.Do(func() { sh.srv, sh.err = Launch() })
	if sh.err != nil {
		skipOrFail(t, sh.err)
	}
	return sh.srv
}

// Stop stops the server if one was started.
func (sh *Shared) Stop() error {
	if sh.srv == nil {
		return nil
	}
	return sh.srv.Stop()
}

func skipOrFail(t testing.TB, err error) {
	t.Helper()
	if errors.Is(err, ErrNoPostgres) && !Required() {
		t.Skipf("%v; skipping (set CI or TWOPM_REQUIRE_POSTGRES=1 to fail instead)", err)
		return
	}
	t.Fatal(err)
}
