package contracts_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// bound lists the contracts that have Go bindings: contract name (build/<Type>.abi
// and .bin) and package (bindings/<pkg>/bindings.go). Keep in step with the
// contracts task of Taskfile.yml.
var bound = []struct{ typ, pkg string }{
	{"NodeRegistry", "noderegistry"},
	{"DataHub", "datahub"},
	{"VerifierRegistry", "verifierregistry"},
	{"TaskEscrow", "taskescrow"},
	{"ModelMarket", "modelmarket"},
}

// TestBindingsUpToDate fails if regenerating the bindings from build/ with
// abigen --v2 (the go-ethereum version of go.mod) would change them. That
// build/ matches src/ is checked by `go tool task contracts:check`, which
// needs node.
func TestBindingsUpToDate(t *testing.T) {
	for _, b := range bound {
		t.Run(b.pkg, func(t *testing.T) {
			abiJSON, err := os.ReadFile(filepath.Join("build", b.typ+".abi"))
			if err != nil {
				t.Fatal(err)
			}
			bin, err := os.ReadFile(filepath.Join("build", b.typ+".bin"))
			if err != nil {
				t.Fatal(err)
			}
			want, err := abigen.BindV2([]string{b.typ}, []string{string(abiJSON)}, []string{string(bin)}, b.pkg, map[string]string{}, map[string]string{})
			if err != nil {
				t.Fatalf("abigen: %v", err)
			}
			got, err := os.ReadFile(filepath.Join("bindings", b.pkg, "bindings.go"))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != want {
				t.Fatalf("bindings/%s/bindings.go is stale: run go tool task contracts", b.pkg)
			}
		})
	}
}
