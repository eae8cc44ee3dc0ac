// Package pgsource reads a node's table from a PostgreSQL database: the
// rows of one SELECT, written by the node's operator, checked against a
// dataset.Schema and returned as a *dataset.Table, the same form the CSV
// reader gives.
//
// # What it reads
//
// Read connects with pgx, opens a read-only transaction (a query that
// writes fails with SQLSTATE 25006 and changes nothing), describes the
// query's result before running it, and then streams the rows: it holds
// only the table it returns (at most fixed.MaxRows rows) and, once a bad
// value is seen, no rows at all. The schema's columns are found in the
// result by name, in any order; result columns the schema does not name
// are ignored. PostgreSQL folds unquoted names to lower case, so a schema
// column "Age" needs the alias "Age" in double quotes. The query takes no
// parameters.
//
// # How SQL types map
//
// A numeric column takes smallint, integer, bigint, numeric, real and
// double precision. The value becomes fixed point (value · 10^6) exactly:
// numeric digits beyond the sixth decimal, or a value off the column's
// Range (outside [Min, Max] or between two Steps, such as 70.25 for a
// column recorded to 0.1) make the cell bad, never rounded. A real or
// double is taken as the shortest decimal that reads back as it (the
// double nearest 0.1 is 0.1). NaN and infinities are bad. A 0 is missing
// in a ZeroMissing column.
//
// A categorical column takes text, varchar, char (trailing blanks
// dropped), boolean, smallint, integer, bigint and numeric. Text matches a
// level as a token of a data file does: a word level ("M") by its exact
// spelling, a number level ("1") by its value ("1", "1.0"). A number
// matches the number level of the same value. A boolean matches a level
// spelled "true" or "false" in any case, else the number level 1 or 0.
//
// NULL is missing in every column, and in a categorical column a text
// that is one of the column's missing texts (Column.MissingTexts: "", NA
// and ? unless the schema says otherwise), as in a data file; a numeric
// column's text is never read (write NULLIF(col, 'NA') in the query for a
// numeric column stored as text). Any other SQL type (date, json, an enum, a domain
// over a type not listed) is refused for the column before any row is
// read; cast it in the query (mood::text).
//
// # Errors
//
// Every problem of the result is reported at once: each absent or
// repeated schema column (ErrMissingColumn), each column with a type its
// kind cannot take, named with its SQL type (ErrColumnType), and each bad
// value by row number and column (CellsError: the first MaxReported and
// how many in all). Errors name the place, never a value: they reach the
// coordinator and workflow history. For the same reason a server error is
// shown by its SQLSTATE code, with the server's message only for the
// classes whose messages name objects of the database or tokens of the
// query (a syntax error, a missing table, a wrong password, an unknown
// database), not for a data error, which may quote a value.
//
// # The connection string
//
// The connection string (a postgres:// URL or libpq key=value pairs)
// comes from the node: from the environment variable Config.DSNEnv names
// or the local file Config.DSNFile names, never from a task. It is never
// logged (the driver is given no tracer or logger) and never appears in an
// error: errors name the variable or the file, describe a failure to
// connect in words of their own (connection refused, timed out, the
// server's SQLSTATE), scrub the string and its password from any text
// they take from the driver, and wrap only this package's sentinels,
// dataset's, and ctx's error — never the driver's error, whose text names
// the user, host and database and, for a string that does not parse, may
// hold part of the password, and which a caller's errors.Unwrap (a
// Temporal failure converter records the whole chain) would reach.
//
// # Tests
//
// The tests run against a real PostgreSQL server that package pgtest
// starts; they skip when PostgreSQL is not installed, and fail instead in
// CI (CI set) or with TWOPM_REQUIRE_POSTGRES=1.
package pgsource
