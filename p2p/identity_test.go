package p2p

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLoadOrCreateIdentity(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "node", "identity")
	id, err := LoadOrCreateIdentity(dir, "hospital-a")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(id.Cert.Certificate[0])
	if want := hex.EncodeToString(sum[:]); id.Fingerprint != want {
		t.Errorf("Fingerprint = %s, want %s", id.Fingerprint, want)
	}
	if id.NodeID != "hospital-a" || id.Cert.Leaf.Subject.CommonName != "hospital-a" {
		t.Errorf("NodeID %q, common name %q, want hospital-a", id.NodeID, id.Cert.Leaf.Subject.CommonName)
	}
	if years := time.Until(id.Cert.Leaf.NotAfter).Hours() / 24 / 365; years < 9.9 || years > 10.1 {
		t.Errorf("certificate valid for %.2f years, want 10", years)
	}
	for _, f := range []struct {
		path string
		want os.FileMode
	}{
		{dir, 0o700},
		{filepath.Join(dir, keyFile), 0o600},
	} {
		st, err := os.Stat(f.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Mode().Perm(); got != f.want {
			t.Errorf("%s: mode %o, want %o", f.path, got, f.want)
		}
	}

	again, err := LoadOrCreateIdentity(dir, "hospital-a")
	if err != nil {
		t.Fatal(err)
	}
	if again.Fingerprint != id.Fingerprint {
		t.Errorf("reloaded fingerprint %s, want %s", again.Fingerprint, id.Fingerprint)
	}

	other, err := LoadOrCreateIdentity(t.TempDir(), "hospital-a")
	if err != nil {
		t.Fatal(err)
	}
	if other.Fingerprint == id.Fingerprint {
		t.Error("two created identities share a fingerprint")
	}
}

func TestLoadOrCreateIdentityErrors(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(t *testing.T, dir string) // runs on a dir holding a valid identity of hospital-a
		nodeID  string
		wantErr string
	}{
		{name: "other node", nodeID: "hospital-b", wantErr: `belongs to node "hospital-a"`},
		{name: "empty node id", nodeID: "", wantErr: "empty node id"},
		{name: "key missing", nodeID: "hospital-a", wantErr: "does not",
			setup: func(t *testing.T, dir string) { remove(t, filepath.Join(dir, keyFile)) }},
		{name: "cert missing", nodeID: "hospital-a", wantErr: "does not",
			setup: func(t *testing.T, dir string) { remove(t, filepath.Join(dir, certFile)) }},
		{name: "garbage cert", nodeID: "hospital-a", wantErr: "load identity",
			setup: func(t *testing.T, dir string) { write(t, filepath.Join(dir, certFile), "not pem") }},
		{name: "key of another node", nodeID: "hospital-a", wantErr: "load identity",
			setup: func(t *testing.T, dir string) {
				otherDir := t.TempDir()
				if _, err := LoadOrCreateIdentity(otherDir, "hospital-a"); err != nil {
					t.Fatal(err)
				}
				b, err := os.ReadFile(filepath.Join(otherDir, keyFile))
				if err != nil {
					t.Fatal(err)
				}
				write(t, filepath.Join(dir, keyFile), string(b))
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if _, err := LoadOrCreateIdentity(dir, "hospital-a"); err != nil {
				t.Fatal(err)
			}
			if tt.setup != nil {
				tt.setup(t, dir)
			}
			_, err := LoadOrCreateIdentity(dir, tt.nodeID)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.HasPrefix(err.Error(), "p2p: ") {
				t.Fatalf("err = %v, want one starting with p2p: and containing %q", err, tt.wantErr)
			}
		})
	}
}

func remove(t *testing.T, path string) {
	t.Helper()
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}
