package pgsource

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"
)

// sqlStateClasses names the classes of SQLSTATE codes (PostgreSQL's
// documentation, appendix A).
var sqlStateClasses = map[string]string{
	"01": "warning", "02": "no data", "03": "SQL statement not yet complete",
	"08": "connection exception", "09": "triggered action exception",
	"0A": "feature not supported", "0B": "invalid transaction initiation",
	"0F": "locator exception", "0L": "invalid grantor", "0P": "invalid role specification",
	"0Z": "diagnostics exception", "20": "case not found", "21": "cardinality violation",
	"22": "data exception", "23": "integrity constraint violation",
	"24": "invalid cursor state", "25": "invalid transaction state",
	"26": "invalid SQL statement name", "27": "triggered data change violation",
	"28": "invalid authorization specification",
	"2B": "dependent privilege descriptors still exist",
	"2D": "invalid transaction termination", "2F": "SQL routine exception",
	"34": "invalid cursor name", "38": "external routine exception",
	"39": "external routine invocation exception", "3B": "savepoint exception",
	"3D": "invalid catalog name", "3F": "invalid schema name",
	"40": "transaction rollback", "42": "syntax error or access rule violation",
	"44": "WITH CHECK OPTION violation", "53": "insufficient resources",
	"54": "program limit exceeded", "55": "object not in prerequisite state",
	"57": "operator intervention", "58": "system error", "72": "snapshot failure",
	"F0": "configuration file error", "HV": "foreign data wrapper error",
	"P0": "PL/pgSQL error", "XX": "internal error",
}

// safeMessageClasses are the SQLSTATE classes whose server messages name
// only objects of the database and tokens of the query (a missing table, a
// syntax error, a wrong password for a user), never a stored value. The
// messages of other classes — a data exception quoting the text that
// failed to cast, a constraint violation, a RAISE in a function — may hold
// a value, so only their code is reported.
var safeMessageClasses = map[string]bool{
	"08": true, "0A": true, "25": true, "28": true, "3D": true,
	"3F": true, "42": true, "53": true, "57": true,
}

// secrets are the strings no error may contain: the connection string and
// its password, raw and in the escaped forms a URL may spell it in.
type secrets []string

func newSecrets(dsn, password string) secrets {
	var s secrets
	for _, v := range []string{dsn, password, url.QueryEscape(password), url.PathEscape(password)} {
		if v != "" {
			s = append(s, v)
		}
	}
	return s
}

// scrub replaces every secret in msg.
func (s secrets) scrub(msg string) string {
	for _, v := range s {
		msg = strings.ReplaceAll(msg, v, "[redacted]")
	}
	return msg
}

// describe says why a connection or a query failed, from the driver's
// error, in words that hold neither the connection string nor its
// password nor, for a server error, a stored value. The driver's error
// itself is never wrapped: its text names the user, host and database, and
// a caller's errors.Unwrap (a Temporal failure converter records the whole
// chain in workflow history) would reach it.
func describe(err error, sec secrets) string {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return sec.scrub(describeServer(pe))
	}
	var pce *pgconn.ParseConfigError
	if errors.As(err, &pce) {
		return "the connection string does not parse (it is not shown)"
	}
	if pgconn.Timeout(err) {
		return "timed out"
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return "cannot resolve the server's host name"
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return "dial: " + errno.Error()
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "the server closed the connection"
	}
	if errors.Is(err, pgconn.ErrConnClosed) {
		return "the connection is closed"
	}
	// Anything else: the innermost cause, whose text comes from below the
	// driver's wrapping (which names user and database), scrubbed.
	inner := err
	for {
		next := errors.Unwrap(inner)
		if next == nil {
			break
		}
		inner = next
	}
	return sec.scrub(inner.Error())
}

func describeServer(pe *pgconn.PgError) string {
	class := ""
	if len(pe.Code) >= 2 {
		class = pe.Code[:2]
	}
	name := sqlStateClasses[class]
	if name == "" {
		name = "unknown class"
	}
	out := fmt.Sprintf("server error SQLSTATE %s (%s)", pe.Code, name)
	if safeMessageClasses[class] {
		out += ": " + pe.Message
		if pe.Position > 0 {
			out += fmt.Sprintf(" at character %d of the query", pe.Position)
		}
	}
	return out
}
