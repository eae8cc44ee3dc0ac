package pgtest

import (
	"context"
	"os"
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
