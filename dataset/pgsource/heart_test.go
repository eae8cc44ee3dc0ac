package pgsource_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/fixed"
)

// heartTable is the Cleveland heart-disease file loaded into table heart,
// with the SQL types a warehouse might give its columns: integers of three
// sizes, numeric, booleans, text, varchar and char for categorical codes,
// NULL for every missing value, plus an id, the ST depression again as
// double precision and real, and a note, which the schema ignores.
const heartTable = `CREATE TABLE heart (
	id serial PRIMARY KEY,
	age integer, sex text, cp smallint, trestbps integer, chol bigint,
	fbs boolean, restecg varchar(8), thalach integer, exang boolean,
	oldpeak numeric(3,1), slope char(1), ca numeric(1,0), thal text, num integer,
	oldpeak_f double precision, oldpeak_r real, note text)`

// loadHeart reads processed.cleveland.data and copies it into table heart.
func loadHeart(t *testing.T) *dataset.Table {
	t.Helper()
	file, err := dataset.ReadFile(filepath.Join(dataDir(), "heart-disease", "processed.cleveland.data"), dataset.HeartDisease)
	if err != nil {
		t.Fatal(err)
	}
	exec(t, "DROP TABLE IF EXISTS heart", heartTable)
	s := dataset.HeartDisease
	ix := func(name string) int { return s.Index(name) }
	integer := func(c dataset.Cell) any {
		if c.Missing {
			return nil
		}
		return c.Q / fixed.Scale
	}
	numeric := func(c dataset.Cell) any {
		if c.Missing {
			return nil
		}
		return pgtype.Numeric{Int: big.NewInt(c.Q), Exp: -6, Valid: true}
	}
	level := func(col string) func(c dataset.Cell) any {
		return func(c dataset.Cell) any {
			if c.Missing {
				return nil
			}
			return s.Columns[ix(col)].Levels[c.Level]
		}
	}
	boolean := func(c dataset.Cell) any {
		if c.Missing {
			return nil
		}
		return c.Level == 1
	}
	double := func(c dataset.Cell) any {
		if c.Missing {
			return nil
		}
		return float64(c.Q) / fixed.Scale
	}
	real := func(c dataset.Cell) any {
		if c.Missing {
			return nil
		}
		return float32(float64(c.Q) / fixed.Scale)
	}
	cols := []struct {
		sql, schema string
		value       func(dataset.Cell) any
	}{
		{"age", "age", integer}, {"sex", "sex", level("sex")}, {"cp", "cp", integer},
		{"trestbps", "trestbps", integer}, {"chol", "chol", integer}, {"fbs", "fbs", boolean},
		{"restecg", "restecg", level("restecg")}, {"thalach", "thalach", integer},
		{"exang", "exang", boolean}, {"oldpeak", "oldpeak", numeric}, {"slope", "slope", level("slope")},
		{"ca", "ca", numeric}, {"thal", "thal", level("thal")}, {"num", "num", integer},
		{"oldpeak_f", "oldpeak", double}, {"oldpeak_r", "oldpeak", real},
	}
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.sql
	}
	rows := make([][]any, len(file.Rows))
	for r, row := range file.Rows {
		rows[r] = make([]any, len(cols))
		for i, c := range cols {
			rows[r][i] = c.value(row[ix(c.schema)])
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, server.Get(t).SuperDSN())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = conn.Close(ctx) }()
	n, err := conn.CopyFrom(ctx, pgx.Identifier{"heart"}, names, pgx.CopyFromRows(rows))
	if err != nil || n != int64(len(rows)) {
		t.Fatalf("copy %d rows: %d, %v", len(rows), n, err)
	}
	exec(t, "UPDATE heart SET note = 'ignored'")
	return file
}

// TestReadHeartDisease loads the Cleveland file into PostgreSQL with SQL
// types and NULLs and checks that reading it back through pgsource, with
// the columns in table order, in reverse order, and with the ST
// depression as numeric, double precision and real, gives the file's
// table cell by cell.
func TestReadHeartDisease(t *testing.T) {
	file := loadHeart(t)
	missing := 0
	for _, row := range file.Rows {
		for _, c := range row {
			if c.Missing {
				missing++
			}
		}
	}
	if missing == 0 {
		t.Fatal("the Cleveland file has no missing values; the test would not cover NULL")
	}
	for _, tc := range []struct{ name, query string }{
		{"table order", "SELECT * FROM heart ORDER BY id"},
		{"reversed, double", `SELECT note, num, thal, ca, slope, oldpeak_f AS oldpeak, exang, thalach,
			restecg, fbs, chol, trestbps, cp, sex, age, id FROM heart ORDER BY id`},
		{"real", `SELECT age, sex, cp, trestbps, chol, fbs, restecg, thalach, exang,
			oldpeak_r AS oldpeak, slope, ca, thal, num FROM heart ORDER BY id`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := read(t, tc.query, dataset.HeartDisease)
			if err != nil {
				t.Fatal(err)
			}
			if got.File != "test" || got.Schema.ID != dataset.HeartDisease.ID {
				t.Errorf("table %s of schema %s, want test of %s", got.File, got.Schema.ID, dataset.HeartDisease.ID)
			}
			if len(got.Rows) != len(file.Rows) {
				t.Fatalf("%d rows, want %d", len(got.Rows), len(file.Rows))
			}
			for r := range file.Rows {
				for j, want := range file.Rows[r] {
					if g := got.Rows[r][j]; g != want {
						t.Errorf("row %d column %s: %+v, want %+v", r+1, dataset.HeartDisease.Columns[j].Name, g, want)
					}
				}
			}
		})
	}
}
