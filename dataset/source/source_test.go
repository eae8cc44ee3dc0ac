package source_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/pgsource/pgtest"
	"github.com/twopm/twopm/dataset/source"
)

func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadRejectsBadFiles(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"none.yaml":    "{}\n",
		"both.yaml":    "csv: {path: a.csv}\npostgres: {query: SELECT 1, dsn_env: X}\n",
		"nopath.yaml":  "csv: {}\n",
		"unknown.yaml": "csv: {path: a.csv, colour: red}\n",
		"noquery.yaml": "postgres: {dsn_env: X}\n",
		"nodsn.yaml":   "postgres: {query: SELECT 1}\n",
		"bad.yaml":     "csv: [\n",
	} {
		_, err := source.Load(write(t, dir, name, text))
		if !errors.Is(err, source.ErrConfig) || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: %v, want ErrConfig naming the file", name, err)
		}
	}
	if _, err := source.Load(filepath.Join(dir, "absent.yaml")); !errors.Is(err, source.ErrConfig) {
		t.Errorf("absent file: %v", err)
	}
}

// TestLoadCSVOptions reads a semicolon-separated file with a header in
// its own column order, as a source file says.
func TestLoadCSVOptions(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "rows.csv", "num;age;sex;cp;trestbps;chol;fbs;restecg;thalach;exang;oldpeak;slope;ca;thal;extra\n0;63;1;1;145;233;1;2;150;0;2.3;3;0;6;x\n2;67;1;4;160;NA;0;2;108;1;1.5;2;3;3;y\n")
	src, err := source.Load(write(t, dir, "src.yaml", "csv:\n  path: rows.csv\n  delimiter: \";\"\n  header: \"yes\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	tab, err := src.Read(context.Background(), dataset.HeartDisease)
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Rows) != 2 || !tab.Rows[1][4].Missing || tab.Rows[0][0].Q != 63_000_000 {
		t.Fatalf("rows %+v", tab.Rows)
	}
	for name, text := range map[string]string{
		"delim.yaml":  "csv: {path: rows.csv, delimiter: ';;'}\n",
		"header.yaml": "csv: {path: rows.csv, header: maybe}\n",
	} {
		if _, err := source.Load(write(t, dir, name, text)); !errors.Is(err, source.ErrConfig) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestLoadCSVRelativePath reads a CSV source whose path is relative to the
// source file, from another working directory.
func TestLoadCSVRelativePath(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "rows.csv", "1,2\n")
	src, err := source.Load(write(t, dir, "src.yaml", "csv:\n  path: rows.csv\n"))
	if err != nil {
		t.Fatal(err)
	}
	if f, ok := src.(source.CSV); !ok || f != source.File(filepath.Join(dir, "rows.csv")) {
		t.Fatalf("source %#v", src)
	}
}

var server pgtest.Shared

func TestMain(m *testing.M) {
	code := m.Run()
	if err := server.Stop(); err != nil && code == 0 {
		code = 1
	}
	os.Exit(code)
}

// TestPostgresBadPasswordIsNotUnavailable: a wrong password is for the
// hospital to fix, not a failure a retry could mend.
func TestPostgresBadPasswordIsNotUnavailable(t *testing.T) {
	srv := server.Get(t)
	dir := t.TempDir()
	dsn := write(t, dir, "pg.dsn", srv.DSN(srv.User, "wrong-"+srv.Password, ""))
	src, err := source.Load(write(t, dir, "s.yaml", "postgres:\n  query: SELECT 1\n  dsn_file: "+dsn+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = src.Read(context.Background(), dataset.HeartDisease)
	if err == nil || errors.Is(err, source.ErrUnavailable) {
		t.Fatalf("wrong password: %v, want an error that is not ErrUnavailable", err)
	}
}

// TestPostgresSource reads heart-disease rows from a real PostgreSQL through
// a source file; a bad cell fails as the hospital's to fix, a server that is
// down as unavailable, and neither error holds the password.
func TestPostgresSource(t *testing.T) {
	srv := server.Get(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, srv.SuperDSN())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, q := range []string{
		`CREATE TABLE hd (age int, sex int, cp text, trestbps int, chol int, fbs int, restecg int, thalach int,
			exang int, oldpeak numeric, slope int, ca int, thal int, num int, extra text)`,
		`INSERT INTO hd VALUES (63,1,'1',145,233,1,2,150,0,2.3,3,0,6,0,'x'), (67,1,'4',160,NULL,0,2,108,1,1.5,2,3,3,2,'y')`,
		`CREATE TABLE bad AS SELECT * FROM hd`,
		`UPDATE bad SET cp = '9'`,
	} {
		if _, err := conn.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	dsnFile := write(t, dir, "pg.dsn", srv.SuperDSN())
	load := func(name, table string) source.Source {
		t.Helper()
		src, err := source.Load(write(t, dir, name, "postgres:\n  name: warehouse\n  query: SELECT * FROM "+table+"\n  dsn_file: "+dsnFile+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		return src
	}
	src := load("good.yaml", "hd")
	if s := src.String(); strings.Contains(s, srv.Password) || !strings.Contains(s, "warehouse") {
		t.Errorf("String %q", s)
	}
	tab, err := src.Read(ctx, dataset.HeartDisease)
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Rows) != 2 || !tab.Rows[1][4].Missing || tab.Rows[0][0].Missing {
		t.Fatalf("rows %+v", tab.Rows)
	}
	_, err = load("bad.yaml", "bad").Read(ctx, dataset.HeartDisease)
	if err == nil || errors.Is(err, source.ErrUnavailable) || !strings.Contains(err.Error(), "cp") {
		t.Errorf("bad cell: %v, want an error naming cp that is not unavailable", err)
	}
	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	_, err = src.Read(ctx, dataset.HeartDisease)
	if !errors.Is(err, source.ErrUnavailable) || strings.Contains(err.Error(), srv.Password) {
		t.Errorf("server down: %v, want ErrUnavailable without the password", err)
	}
}
