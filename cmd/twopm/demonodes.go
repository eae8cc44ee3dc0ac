package main

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/twopm/twopm/devnet"
)

// demoNodes turns --node ID=SOURCE flags into the nodes of a demo network
// holding schema (a built-in name or a schema file). SOURCE is a CSV
// file, a source file (.yaml or .yml, see node run), or a PostgreSQL URL
// with the table to read as its table parameter
// (postgres://USER:PASSWORD@HOST/DB?table=SCHEMA.TABLE). For a URL, the
// connection string goes into a file only its owner reads, in
// stateDir/sources, and the node reads it from there: it is never on a
// node's command line.
func demoNodes(flags []string, schema, stateDir string) ([]devnet.Node, error) {
	var nodes []devnet.Node
	seen := map[string]bool{}
	for _, f := range flags {
		id, src, ok := strings.Cut(f, "=")
		if !ok || id == "" || src == "" {
			return nil, fmt.Errorf("--node %q: want ID=SOURCE (a CSV file, a source file or a postgres:// URL)", redactURL(f))
		}
		if seen[id] {
			return nil, fmt.Errorf("--node: node %s given twice", id)
		}
		seen[id] = true
		n := devnet.Node{ID: id, Schema: schema}
		switch {
		case strings.HasPrefix(src, "postgres://") || strings.HasPrefix(src, "postgresql://"):
			file, err := pgSource(id, src, filepath.Join(stateDir, "sources"))
			if err != nil {
				return nil, fmt.Errorf("--node %s: %w", id, err)
			}
			n.Source = file
		case strings.HasSuffix(src, ".yaml") || strings.HasSuffix(src, ".yml"):
			n.Source = src
		default:
			n.Data = src
		}
		nodes = append(nodes, n)
	}
	return nodes, nil
}

// trainingNodes returns the nodes of a training demo (command) on a
// schema of the user's: --node ID=SOURCE flags over schemaArg, a schema
// file that must declare a label (the nodes' common test split is
// stratified by it), each holding out demoHoldout of its rows as the test
// split under seed, and the schema's NAME@HASH. Without --node and
// --schema it returns no nodes and "" (the demo's built-in tables); one
// without the other is an error.
func trainingNodes(command string, flags []string, schemaArg, stateDir string, seed uint64) ([]devnet.Node, string, error) {
	switch {
	case len(flags) == 0 && schemaArg == "":
		return nil, "", nil
	case schemaArg == "":
		return nil, "", fmt.Errorf("%s: --node needs --schema, the file its nodes' tables follow", command)
	case len(flags) == 0:
		return nil, "", fmt.Errorf("%s: --schema needs the nodes that hold it: --node ID=SOURCE, one per hospital", command)
	}
	sc, err := loadSchema(schemaArg)
	if err != nil {
		return nil, "", err
	}
	if sc.Label == nil {
		return nil, "", fmt.Errorf("%s: schema %s declares no label to train on (label: {column: C, positive: [L]})", command, sc.Ref())
	}
	nodes, err := demoNodes(flags, schemaArg, stateDir)
	if err != nil {
		return nil, "", err
	}
	for i := range nodes {
		nodes[i].Holdout, nodes[i].SplitSeed = demoHoldout, seed
	}
	return nodes, sc.Ref(), nil
}

// pgSource writes a source file for node id that reads the table named by
// rawURL's table parameter, with the rest of the URL as the connection
// string in a file beside it (mode 0600), and returns the source file.
func pgSource(id, rawURL, dir string) (string, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "", fmt.Errorf("not a PostgreSQL URL: %s", redactURL(rawURL))
	}
	q := u.Query()
	table := q.Get("table")
	if table == "" {
		return "", fmt.Errorf("the URL %s names no table: add ?table=NAME (or SCHEMA.NAME)", redactURL(rawURL))
	}
	q.Del("table")
	u.RawQuery = q.Encode()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	dsn := filepath.Join(dir, id+".dsn")
	if err := os.WriteFile(dsn, []byte(u.String()), 0o600); err != nil {
		return "", err
	}
	ident := pgx.Identifier(strings.Split(table, ".")).Sanitize()
	// Ordered by the whole row: PostgreSQL returns rows in no fixed
	// order, and the commitment covers them in order.
	body := fmt.Sprintf("postgres:\n  name: %s-database\n  query: %q\n  dsn_file: %q\n", id, "SELECT * FROM "+ident+" AS t ORDER BY t", dsn)
	file := filepath.Join(dir, id+".yaml")
	if err := os.WriteFile(file, []byte(body), 0o600); err != nil {
		return "", err
	}
	return file, nil
}

// redactURL hides the password of a URL in a flag's text.
func redactURL(s string) string {
	i := strings.Index(s, "://")
	if i < 0 {
		return s
	}
	rest := s[i+3:]
	at := strings.LastIndex(rest, "@")
	if at < 0 {
		return s
	}
	user, _, _ := strings.Cut(rest[:at], ":")
	return s[:i+3] + user + ":xxxxx" + rest[at:]
}
