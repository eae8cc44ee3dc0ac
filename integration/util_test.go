//go:build integration

package integration

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"regexp"
	"strings"
)

func sha256hex(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

var payloadData = regexp.MustCompile(`"data":"([A-Za-z0-9+/=]+)"`)

// decodePayloads appends the decoded form of every base64 payload in a
// JSON history, so that searching it also searches what the payloads hold.
func decodePayloads(s string) string {
	var sb strings.Builder
	sb.WriteString(s)
	for _, m := range payloadData.FindAllStringSubmatch(s, -1) {
		if b, err := base64.StdEncoding.DecodeString(m[1]); err == nil {
			sb.WriteByte('\n')
			sb.Write(b)
		}
	}
	return sb.String()
}

// indexWhole returns the index of needle in hay where it is not part of a
// longer number (a digit on neither side), or -1.
func indexWhole(hay, needle string) int {
	isDigit := func(b byte) bool { return b >= '0' && b <= '9' }
	for off := 0; ; {
		i := strings.Index(hay[off:], needle)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(needle)
		if (i == 0 || !isDigit(hay[i-1])) && (end == len(hay) || !isDigit(hay[end])) {
			return i
		}
		off = i + 1
	}
}
