package dp

import (
	"crypto/hmac"
	"crypto/sha256"
	"io"
	"math/rand/v2"
)

// Stream returns a reproducible stream of random bytes for label under a
// secret key: ChaCha8 (a cryptographically strong generator) seeded with
// HMAC-SHA256(key, label). A node draws a release's noise from
// Stream(its secret, the task and round), so a round run again adds the
// same noise: reruns give nobody a second sample to average away the
// first. Without the key the stream cannot be predicted.
func Stream(key []byte, label string) io.Reader {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(label))
	var seed [32]byte
	copy(seed[:], m.Sum(nil))
	return rand.NewChaCha8(seed)
}
