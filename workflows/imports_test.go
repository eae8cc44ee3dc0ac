package workflows

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestImports keeps workflow code deterministic by construction: it may
// import only the SDK's workflow and temporal packages and pure standard
// library packages.
func TestImports(t *testing.T) {
	allowed := []string{"go.temporal.io/sdk/workflow", "go.temporal.io/sdk/temporal",
		"encoding/json", "errors", "fmt", "slices", "strconv", "strings", "time"}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		ast, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range ast.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if !slices.Contains(allowed, p) {
				t.Errorf("%s imports %s; workflows may import only %v", f, p, allowed)
			}
		}
	}
}
