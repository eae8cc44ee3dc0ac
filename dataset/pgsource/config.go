package pgsource

import (
	"fmt"
	"os"
	"strings"
)

// Config says where a node's rows come from. It stays on the node: no
// field comes from a task.
type Config struct {
	// Query is the SELECT whose result is the node's table, written by the
	// node's operator. Its result columns are matched to the schema's by
	// name; extra columns are ignored. It runs in a read-only transaction.
	// Required.
	Query string
	// DSNEnv names the environment variable holding the connection string
	// (a postgres:// URL or key=value pairs, as libpq takes). Exactly one
	// of DSNEnv and DSNFile is set.
	DSNEnv string
	// DSNFile is the path of a local file holding the connection string;
	// surrounding white space is ignored. Exactly one of DSNEnv and DSNFile
	// is set.
	DSNFile string
	// Name labels the source in errors and in Table.File, such as
	// "warehouse"; it must not be secret. Empty means "postgresql".
	Name string
}

// EnsureDefaults fills the fields whose zero value means a default.
func (c *Config) EnsureDefaults() {
	if c.Name == "" {
		c.Name = "postgresql"
	}
}

// Validate returns an error wrapping ErrConfig that lists every bad field.
func (c Config) Validate() error {
	var bad []string
	if strings.TrimSpace(c.Query) == "" {
		bad = append(bad, "no query")
	}
	switch {
	case c.DSNEnv == "" && c.DSNFile == "":
		bad = append(bad, "no connection string source: set the environment variable's name or the file's path")
	case c.DSNEnv != "" && c.DSNFile != "":
		bad = append(bad, "two connection string sources: set the environment variable's name or the file's path, not both")
	}
	if len(bad) > 0 {
		return fmt.Errorf("%w: %s", ErrConfig, strings.Join(bad, "; "))
	}
	return nil
}

// dsn returns the connection string. Its errors name the variable or the
// file, never their content.
func (c Config) dsn() (string, error) {
	if c.DSNEnv != "" {
		v, ok := os.LookupEnv(c.DSNEnv)
		if !ok {
			return "", fmt.Errorf("%w: environment variable %s is not set", ErrDSN, c.DSNEnv)
		}
		if v = strings.TrimSpace(v); v == "" {
			return "", fmt.Errorf("%w: environment variable %s is empty", ErrDSN, c.DSNEnv)
		}
		return v, nil
	}
	b, err := os.ReadFile(c.DSNFile)
	if err != nil {
		return "", fmt.Errorf("%w: read %s: %w", ErrDSN, c.DSNFile, err)
	}
	v := strings.TrimSpace(string(b))
	if v == "" {
		return "", fmt.Errorf("%w: %s is empty", ErrDSN, c.DSNFile)
	}
	return v, nil
}
