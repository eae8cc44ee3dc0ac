package pgsource_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/pgsource"
	"github.com/twopm/twopm/fixed"
)

const unit = fixed.Scale

// small is a schema with every kind of check: whole numbers in a range,
// zero as missing, one decimal, word levels and numeric levels.
var small = dataset.Schema{ID: "small", Columns: []dataset.Column{
	{Name: "age", Range: &dataset.Range{Min: 0, Max: 120 * unit, Step: unit}},
	{Name: "chol", Range: &dataset.Range{Min: 0, Max: 1000 * unit, Step: unit}, ZeroMissing: true},
	{Name: "w", Range: &dataset.Range{Min: 0, Max: 500 * unit, Step: unit / 10}},
	{Name: "sex", Kind: dataset.Categorical, Levels: []string{"F", "M"}},
	{Name: "grade", Kind: dataset.Categorical, Levels: []string{"1", "2", "3"}},
}}

func missing() dataset.Cell    { return dataset.Cell{Missing: true} }
func num(q int64) dataset.Cell { return dataset.Cell{Q: q} }
func lvl(q int64, k int) dataset.Cell {
	return dataset.Cell{Q: q, Level: k}
}

// TestReadValues reads one row per case and checks its cells, or the
// error and that it names the row and column but not the value.
func TestReadValues(t *testing.T) {
	const base = "SELECT %s AS age, 240 AS chol, 70.5 AS w, 'M' AS sex, 2 AS grade"
	ok := []dataset.Cell{num(50 * unit), num(240 * unit), num(70500000), lvl(unit, 1), lvl(2*unit, 1)}
	for _, tc := range []struct {
		name   string
		query  string
		want   []dataset.Cell
		reason string // a bad cell's reason, with column
	}{
		{name: "integer", query: fmt.Sprintf(base, "50")},
		{name: "smallint", query: fmt.Sprintf(base, "50::smallint")},
		{name: "bigint", query: fmt.Sprintf(base, "50::bigint")},
		{name: "numeric", query: fmt.Sprintf(base, "50.000::numeric")},
		{name: "real", query: fmt.Sprintf(base, "50::real")},
		{name: "double", query: fmt.Sprintf(base, "50::double precision")},
		{name: "nulls", query: "SELECT NULL::int AS age, NULL::numeric AS chol, NULL::float8 AS w, NULL::text AS sex, NULL::int AS grade",
			want: []dataset.Cell{missing(), missing(), missing(), missing(), missing()}},
		{name: "zero is missing", query: "SELECT 0 AS age, 0 AS chol, 0.0 AS w, 'F' AS sex, '3' AS grade",
			want: []dataset.Cell{num(0), missing(), num(0), lvl(0, 0), lvl(3*unit, 2)}},
		{name: "double on the step", query: "SELECT 1 AS age, 1 AS chol, 0.1::float8 AS w, 'F'::char(3) AS sex, 1.0 AS grade",
			want: []dataset.Cell{num(unit), num(unit), num(unit / 10), lvl(0, 0), lvl(unit, 0)}},
		{name: "boolean level", query: "SELECT 1 AS age, 1 AS chol, 1 AS w, 'F'::varchar AS sex, true AS grade",
			want: []dataset.Cell{num(unit), num(unit), num(unit), lvl(0, 0), lvl(unit, 0)}},
		{name: "missing texts as in a file", query: "SELECT 1 AS age, 1 AS chol, 1 AS w, 'NA' AS sex, '?' AS grade",
			want: []dataset.Cell{num(unit), num(unit), num(unit), missing(), missing()}},
		{name: "text number level", query: "SELECT 1 AS age, 1 AS chol, 1 AS w, 'F' AS sex, '2.0' AS grade",
			want: []dataset.Cell{num(unit), num(unit), num(unit), lvl(0, 0), lvl(2*unit, 1)}},
		{name: "above range", query: fmt.Sprintf(base, "987"), reason: "row 1 column age: outside the column's range [0, 120]"},
		{name: "below range", query: fmt.Sprintf(base, "-3"), reason: "row 1 column age: outside the column's range [0, 120]"},
		{name: "off the step", query: "SELECT 1 AS age, 1 AS chol, 70.25 AS w, 'M' AS sex, 2 AS grade", reason: "row 1 column w: finer than the column's precision 0.1"},
		{name: "double off the step", query: "SELECT 1 AS age, 1 AS chol, 0.15::float8 AS w, 'M' AS sex, 2 AS grade", reason: "row 1 column w: finer than the column's precision 0.1"},
		{name: "finer than fixed point", query: fmt.Sprintf(base, "50.0000001"), reason: "row 1 column age: finer than 0.000001"},
		{name: "huge", query: fmt.Sprintf(base, "98765432101234"), reason: "row 1 column age: magnitude above 1e9"},
		{name: "NaN", query: fmt.Sprintf(base, "'NaN'::numeric"), reason: "row 1 column age: not a finite number"},
		{name: "infinity", query: fmt.Sprintf(base, "'Infinity'::float8"), reason: "row 1 column age: not a finite number"},
		{name: "word not a level", query: "SELECT 1 AS age, 1 AS chol, 1 AS w, 'Xq' AS sex, 2 AS grade", reason: "row 1 column sex: not one of the column's levels"},
		{name: "case matters", query: "SELECT 1 AS age, 1 AS chol, 1 AS w, 'm' AS sex, 2 AS grade", reason: "row 1 column sex: not one of the column's levels"},
		{name: "number not a level", query: "SELECT 1 AS age, 1 AS chol, 1 AS w, 'M' AS sex, 7 AS grade", reason: "row 1 column grade: not one of the column's levels"},
		{name: "false not a level", query: "SELECT 1 AS age, 1 AS chol, 1 AS w, 'M' AS sex, false AS grade", reason: "row 1 column grade: not one of the column's levels"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := read(t, tc.query, small)
			if tc.reason != "" {
				wantErr(t, err, dataset.ErrValue, tc.reason)
				var ce *pgsource.CellsError
				if !errors.As(err, &ce) || ce.Total != 1 {
					t.Errorf("error %v: want a CellsError with one cell", err)
				}
				assertHidden(t, err, "987", "-3", "70.25", "0.15", "50.0000001", "98765432101234", "Xq", "'m'", " 7")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want := tc.want
			if want == nil {
				want = ok
			}
			if len(got.Rows) != 1 {
				t.Fatalf("%d rows, want 1", len(got.Rows))
			}
			for j, w := range want {
				if got.Rows[0][j] != w {
					t.Errorf("column %s: %+v, want %+v", small.Columns[j].Name, got.Rows[0][j], w)
				}
			}
		})
	}
}

// TestReadBadCellsAll checks that every bad cell is counted, the first
// MaxReported listed by row and column, and none of the values shown.
func TestReadBadCellsAll(t *testing.T) {
	_, err := read(t, `SELECT 900 + i AS age, 1 AS chol, 1 AS w,
		CASE WHEN i % 2 = 0 THEN 'Zz' ELSE 'F' END AS sex, 1 AS grade
		FROM generate_series(1, 60) AS i ORDER BY i`, small)
	wantErr(t, err, dataset.ErrValue, "90 bad values", "row 1 column age: outside", "row 2 column sex: not one of",
		"and 40 more")
	var ce *pgsource.CellsError
	if !errors.As(err, &ce) {
		t.Fatalf("%v is not a CellsError", err)
	}
	if ce.Total != 90 || len(ce.Cells) != pgsource.MaxReported {
		t.Errorf("total %d, listed %d; want 90, %d", ce.Total, len(ce.Cells), pgsource.MaxReported)
	}
	if c := ce.Cells[2]; c.Row != 2 || c.Column != "sex" {
		t.Errorf("third bad cell at row %d column %s, want row 2 column sex", c.Row, c.Column)
	}
	assertHidden(t, err, "901", "902", "960", "Zz")
}

// TestReadColumns checks matching by name: a missing column and a column
// whose case PostgreSQL folded are named, a repeated one is refused, and
// wrong SQL types are named with the column, a numeric column given text
// too.
func TestReadColumns(t *testing.T) {
	exec(t, "DROP TYPE IF EXISTS mood", "CREATE TYPE mood AS ENUM ('F', 'M')")
	for _, tc := range []struct {
		name   string
		query  string
		target error
		want   []string
	}{
		{"missing", "SELECT 1 AS age, 1 AS w, 'M' AS sex, 1 AS grade", pgsource.ErrMissingColumn,
			[]string{"column chol is not in the result"}},
		{"folded case", "SELECT 1 AS Age, 1 AS chol, 1 AS w, 'M' AS sex, 1 AS grade", nil,
			[]string{}},
		{"quoted case", `SELECT 1 AS "AGE", 1 AS chol, 1 AS w, 'M' AS sex, 1 AS grade`, pgsource.ErrMissingColumn,
			[]string{`column age is not in the result (the result has "AGE"`}},
		{"repeated", "SELECT 1 AS age, 2 AS age, 1 AS chol, 1 AS w, 'M' AS sex, 1 AS grade", pgsource.ErrMissingColumn,
			[]string{"column age appears more than once"}},
		{"wrong types", "SELECT current_date AS age, '240' AS chol, 1.5::float8 AS grade, '{}'::json AS sex, 1 AS w",
			pgsource.ErrColumnType, []string{
				"column age has SQL type date, want smallint",
				"column chol has SQL type text",
				"column sex has SQL type json, want text",
				"column grade has SQL type double precision",
			}},
		{"enum", "SELECT 1 AS age, 1 AS chol, 1 AS w, 'M'::mood AS sex, 1 AS grade", pgsource.ErrColumnType,
			[]string{"column sex has SQL type mood"}},
		{"both", "SELECT current_date AS age, 1 AS w, 'M' AS sex, 1 AS grade", pgsource.ErrColumnType,
			[]string{"column chol is not in the result", "column age has SQL type date"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := read(t, tc.query, small)
			if tc.target == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			wantErr(t, err, tc.target, tc.want...)
		})
	}
	_, err := read(t, "SELECT current_date AS age, 1 AS w, 'M' AS sex, 1 AS grade", small)
	if !errors.Is(err, pgsource.ErrMissingColumn) || !errors.Is(err, pgsource.ErrColumnType) {
		t.Errorf("%v: want both ErrMissingColumn and ErrColumnType", err)
	}
}

// TestReadQueryFails checks the errors of queries the server rejects or
// fails, and that a data error's message, which may quote a value, is
// not passed on.
func TestReadQueryFails(t *testing.T) {
	exec(t, "DROP TABLE IF EXISTS keep", "CREATE TABLE keep (age int, chol int, w int, sex text, grade int)",
		"INSERT INTO keep VALUES (1, 1, 1, 'M', 1)")
	for _, tc := range []struct {
		name, query string
		target      error
		want        []string
		hidden      []string
	}{
		{"syntax", "SELEC age FROM keep", pgsource.ErrQuery, []string{"SQLSTATE 42601", `syntax error at or near "SELEC"`}, nil},
		{"missing table", "SELECT * FROM nowhere", pgsource.ErrQuery, []string{"SQLSTATE 42P01", `relation "nowhere" does not exist`}, nil},
		{"write", "WITH d AS (DELETE FROM keep RETURNING *) SELECT * FROM d", pgsource.ErrQuery, []string{"SQLSTATE 25006", "read-only transaction"}, nil},
		{"bad cast", "SELECT 'secret-value-17'::int AS age", pgsource.ErrQuery, []string{"SQLSTATE 22P02 (data exception)"}, []string{"secret-value-17"}},
		{"fails mid-result", "SELECT 1 AS chol, 1 AS w, 'M' AS sex, 1 AS grade, 10 / (3 - i) AS age FROM generate_series(1, 5) AS i",
			pgsource.ErrQuery, []string{"SQLSTATE 22012"}, nil},
		{"parameter", "SELECT $1::int AS age", pgsource.ErrConfig, []string{"1 parameters"}, nil},
		{"no rows", "SELECT * FROM keep WHERE false", dataset.ErrEmpty, []string{"test: the query returned no rows"}, nil},
		{"empty", "   ", pgsource.ErrConfig, []string{"no query"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := read(t, tc.query, small)
			wantErr(t, err, tc.target, tc.want...)
			assertHidden(t, err, tc.hidden...)
		})
	}
	tab, err := read(t, "SELECT * FROM keep", small)
	if err != nil || len(tab.Rows) != 1 {
		t.Fatalf("the read-only transaction lost a row: %v", err)
	}
}

// TestReadConnectFails checks that a server that is down, an unreachable
// host, a wrong password and an unknown database give ErrConnect and
// errors, through their whole chain, without the password or the
// connection string.
func TestReadConnectFails(t *testing.T) {
	srv := server.Get(t)
	const pw = "Pw-secret-4242"
	closed, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closedPort := closed.Addr().(*net.TCPAddr).Port
	_ = closed.Close()
	for _, tc := range []struct {
		name, dsn string
		want      []string
	}{
		{"server down (socket)", fmt.Sprintf("host=%s port=5432 user=twopm password=%s dbname=postgres", t.TempDir(), pw),
			[]string{"cannot connect: test: dial: no such file or directory"}},
		{"server down (tcp)", fmt.Sprintf("postgres://twopm:%s@127.0.0.1:%d/postgres?sslmode=disable&connect_timeout=5", pw, closedPort),
			[]string{"dial: connection refused"}},
		{"unknown host", fmt.Sprintf("postgres://twopm:%s@no-such-host.invalid:5432/postgres?connect_timeout=5", pw),
			[]string{"cannot connect"}},
		{"wrong password", srv.DSN(srv.User, pw, ""), []string{"SQLSTATE 28P01", "password authentication failed"}},
		{"wrong password (URL)", (&url.URL{Scheme: "postgres", User: url.UserPassword(srv.User, pw+"/@:?é"),
			Path: "/postgres", RawQuery: "host=" + url.QueryEscape(srv.Host) + "&port=5432&sslmode=disable"}).String(),
			[]string{"SQLSTATE 28P01"}},
		{"unknown database", srv.DSN(srv.User, srv.Password, "nodb"), []string{"SQLSTATE 3D000", `database "nodb" does not exist`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv(dsnEnv, tc.dsn)
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			_, err := pgsource.Read(ctx, pgsource.Config{Query: "SELECT 1 AS age", DSNEnv: dsnEnv, Name: "test"}, small)
			wantErr(t, err, pgsource.ErrConnect, tc.want...)
			assertHidden(t, err, pw, url.QueryEscape(pw), tc.dsn, srv.Password)
		})
	}
	// A connection string that does not parse is not shown either; the
	// driver's own error masks only the first word of the quoted password
	// in the second ("password=xxxxx tail-4242").
	for _, dsn := range []string{
		"postgres://twopm:" + pw + "@[::1/postgres?port=x",
		"host=/x user=twopm password='Pw-secret tail-4242 port=5",
	} {
		t.Setenv(dsnEnv, dsn)
		_, err = pgsource.Read(context.Background(), pgsource.Config{Query: "SELECT 1 AS age", DSNEnv: dsnEnv}, small)
		wantErr(t, err, pgsource.ErrDSN, "postgresql: the connection string does not parse")
		assertHidden(t, err, pw, "tail-4242", "twopm")
	}
}

// TestReadDSNSources checks the connection string's two sources and their
// errors, which name the variable or file but never its content.
func TestReadDSNSources(t *testing.T) {
	srv := server.Get(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "dsn")
	if err := os.WriteFile(good, []byte("  "+srv.SuperDSN()+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, []byte("\n \n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TWOPM_PGSOURCE_EMPTY", " ")
	q := "SELECT 1 AS age, 1 AS chol, 1 AS w, 'M' AS sex, 1 AS grade"
	if _, err := pgsource.Read(context.Background(), pgsource.Config{Query: q, DSNFile: good}, small); err != nil {
		t.Fatalf("DSN from a file: %v", err)
	}
	for _, tc := range []struct {
		name   string
		cfg    pgsource.Config
		target error
		want   string
	}{
		{"none", pgsource.Config{Query: q}, pgsource.ErrConfig, "no connection string source"},
		{"both", pgsource.Config{Query: q, DSNEnv: dsnEnv, DSNFile: good}, pgsource.ErrConfig, "two connection string sources"},
		{"no query, no source", pgsource.Config{}, pgsource.ErrConfig, "no query; no connection string source"},
		{"unset variable", pgsource.Config{Query: q, DSNEnv: "TWOPM_PGSOURCE_UNSET"}, pgsource.ErrDSN, "environment variable TWOPM_PGSOURCE_UNSET is not set"},
		{"empty variable", pgsource.Config{Query: q, DSNEnv: "TWOPM_PGSOURCE_EMPTY"}, pgsource.ErrDSN, "TWOPM_PGSOURCE_EMPTY is empty"},
		{"missing file", pgsource.Config{Query: q, DSNFile: filepath.Join(dir, "nope")}, pgsource.ErrDSN, "nope: no such file"},
		{"empty file", pgsource.Config{Query: q, DSNFile: empty}, pgsource.ErrDSN, empty + " is empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := pgsource.Read(context.Background(), tc.cfg, small)
			wantErr(t, err, tc.target, tc.want)
			assertHidden(t, err, srv.Password)
		})
	}
}

// TestReadContext checks that a cancelled context stops the read before
// and during the query, returning ctx's error promptly.
func TestReadContext(t *testing.T) {
	t.Setenv(dsnEnv, server.Get(t).SuperDSN())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := pgsource.Read(ctx, pgsource.Config{Query: "SELECT 1 AS age", DSNEnv: dsnEnv}, small)
	wantErr(t, err, context.Canceled, "cannot connect")

	ctx, cancel = context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = pgsource.Read(ctx, pgsource.Config{DSNEnv: dsnEnv,
		Query: "SELECT 1 AS age, 1 AS chol, 1 AS w, 'M' AS sex, 1 AS grade FROM pg_sleep(30)"}, small)
	wantErr(t, err, context.DeadlineExceeded)
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the read took %s after its deadline of 300ms", d)
	}
}

// TestReadNoGoroutineLeak reads, fails to connect, fails a query and
// cancels a query, then checks the goroutines return to their number
// before.
func TestReadNoGoroutineLeak(t *testing.T) {
	srv := server.Get(t)
	t.Setenv(dsnEnv, srv.SuperDSN())
	q := "SELECT 1 AS age, 1 AS chol, 1 AS w, 'M' AS sex, 1 AS grade"
	if _, err := read(t, q, small); err != nil { // warm up the driver's lazy state
		t.Fatal(err)
	}
	before := runtime.NumGoroutine()
	for range 3 {
		if _, err := read(t, q, small); err != nil {
			t.Fatal(err)
		}
		if _, err := read(t, "SELECT nope", small); err == nil {
			t.Fatal("a bad query read")
		}
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		_, err := pgsource.Read(ctx, pgsource.Config{DSNEnv: dsnEnv, Query: q + " FROM pg_sleep(10)"}, small)
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("cancelled read: %v", err)
		}
		t.Setenv(dsnEnv, srv.DSN(srv.User, "wrong", ""))
		if _, err := pgsource.Read(context.Background(), pgsource.Config{DSNEnv: dsnEnv, Query: q}, small); err == nil {
			t.Fatal("a wrong password connected")
		}
		t.Setenv(dsnEnv, srv.SuperDSN())
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines after the reads, %d before:\n%s", n, before, buf[:runtime.Stack(buf, true)])
	}
}

// TestReadBadSchema checks that a column with an unusable range is
// refused before any connection.
func TestReadBadSchema(t *testing.T) {
	s := dataset.Schema{ID: "bad", Columns: []dataset.Column{{Name: "x", Range: &dataset.Range{Min: 0, Max: 10, Step: 3}}}}
	_, err := pgsource.Read(context.Background(), pgsource.Config{Query: "SELECT 1 AS x", DSNEnv: "TWOPM_PGSOURCE_UNSET"}, s)
	wantErr(t, err, pgsource.ErrConfig, "column x: range [0, 10] not on its step 3")
	_, err = pgsource.Read(context.Background(), pgsource.Config{Query: "SELECT 1 AS x", DSNEnv: "TWOPM_PGSOURCE_UNSET"}, dataset.Schema{ID: "none"})
	wantErr(t, err, pgsource.ErrConfig, "schema none has no columns")
	if strings.Contains(fmt.Sprint(err), "TWOPM") {
		t.Errorf("%v: the schema is checked after the source", err)
	}
}
