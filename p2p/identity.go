package p2p

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"time"
)

// Identity file names inside the directory given to LoadOrCreateIdentity.
const (
	keyFile  = "key.pem"
	certFile = "cert.pem"
)

// certValidity is how long a created certificate is valid. Peers pin the
// fingerprint and ignore the validity period; it is set for tools that
// inspect the certificate.
const certValidity = 10 // years

// Identity is a node's long-term TLS key pair.
type Identity struct {
	// NodeID is the node's ID, also the common name of its certificate.
	NodeID string
	// Cert is the certificate and private key the node presents on every
	// link, as a dialer and as an acceptor.
	Cert tls.Certificate
	// Fingerprint is the lowercase hex SHA-256 of the DER certificate. The
	// coordinator hands it to peers, which pin it.
	Fingerprint string
}

// LoadOrCreateIdentity loads key.pem and cert.pem from dir, or creates
// them if neither exists: an ECDSA P-256 key and a self-signed certificate
// with common name nodeID, valid for 10 years. A created dir gets mode
// 0700 and key.pem mode 0600. It returns an error if only one of the two
// files exists, if they do not form a key pair, or if the certificate's
// common name differs from nodeID.
func LoadOrCreateIdentity(dir, nodeID string) (*Identity, error) {
	if nodeID == "" {
		return nil, errors.New("p2p: identity: empty node id")
	}
	keyPath, certPath := filepath.Join(dir, keyFile), filepath.Join(dir, certFile)
	keyOK, err := exists(keyPath)
	if err != nil {
		return nil, fmt.Errorf("p2p: identity: %w", err)
	}
	certOK, err := exists(certPath)
	if err != nil {
		return nil, fmt.Errorf("p2p: identity: %w", err)
	}
	switch {
	case keyOK && certOK:
		return loadIdentity(keyPath, certPath, nodeID)
	case !keyOK && !certOK:
		return createIdentity(dir, keyPath, certPath, nodeID)
	case keyOK:
		return nil, fmt.Errorf("p2p: identity: %s exists but %s does not", keyPath, certPath)
	default:
		return nil, fmt.Errorf("p2p: identity: %s exists but %s does not", certPath, keyPath)
	}
}

func exists(path string) (bool, error) {
	_, err := os.Stat(path)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	default:
		return false, err
	}
}

func loadIdentity(keyPath, certPath, nodeID string) (*Identity, error) {
	cert, err := tls.LoadX509KeyPair(certPath, keyPath)
	if err != nil {
		return nil, fmt.Errorf("p2p: load identity: %w", err)
	}
	if cert.Leaf == nil {
		if cert.Leaf, err = x509.ParseCertificate(cert.Certificate[0]); err != nil {
			return nil, fmt.Errorf("p2p: load identity: parse %s: %w", certPath, err)
		}
	}
	if cn := cert.Leaf.Subject.CommonName; cn != nodeID {
		return nil, fmt.Errorf("p2p: load identity: %s belongs to node %q, not %q", certPath, cn, nodeID)
	}
	return &Identity{NodeID: nodeID, Cert: cert, Fingerprint: fingerprint(cert.Certificate[0])}, nil
}

func createIdentity(dir, keyPath, certPath, nodeID string) (*Identity, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("p2p: create identity: generate key: %w", err)
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 128))
	if err != nil {
		return nil, fmt.Errorf("p2p: create identity: serial number: %w", err)
	}
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: nodeID},
		NotBefore:             now.Add(-time.Hour), // tolerate peers whose clocks lag
		NotAfter:              now.AddDate(certValidity, 0, 0),
		KeyUsage:              x509.KeyUsageDigitalSignature,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, fmt.Errorf("p2p: create identity: certificate: %w", err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, fmt.Errorf("p2p: create identity: parse certificate: %w", err)
	}
	pkcs8, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return nil, fmt.Errorf("p2p: create identity: marshal key: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("p2p: create identity: %w", err)
	}
	keyPEM := pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: pkcs8})
	if err := writeNew(keyPath, keyPEM, 0o600); err != nil {
		return nil, fmt.Errorf("p2p: create identity: %w", err)
	}
	certPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	if err := writeNew(certPath, certPEM, 0o644); err != nil {
		_ = os.Remove(keyPath)
		return nil, fmt.Errorf("p2p: create identity: %w", err)
	}
	return &Identity{
		NodeID:      nodeID,
		Cert:        tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf},
		Fingerprint: fingerprint(der),
	}, nil
}

// writeNew writes data to a file that must not exist yet, with mode perm
// whatever the umask. On error it removes the file.
func writeNew(path string, data []byte, perm os.FileMode) (err error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			_ = os.Remove(path)
		}
	}()
	if err = f.Chmod(perm); err != nil {
		return err
	}
	if _, err = f.Write(data); err != nil {
		return err
	}
	return f.Sync()
}

// fingerprint returns the lowercase hex SHA-256 of a DER certificate.
func fingerprint(der []byte) string {
	sum := sha256.Sum256(der)
	return hex.EncodeToString(sum[:])
}

// short returns the first 16 hex digits of a fingerprint, for errors and
// logs.
func short(fp string) string {
	if len(fp) > 16 {
		return fp[:16]
	}
	return fp
}
