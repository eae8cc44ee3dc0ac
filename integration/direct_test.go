//go:build integration

package integration

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// directStats computes, straight from the files and independently of the
// 2PM code, what the federated statistics must be: per column, the count of
// present values, their mean and sample variance, the missing count and, for
// categorical columns, counts per integer level.
type directColumn struct {
	count, missing int64
	mean, variance float64
	hist           map[string]int64
}

var heartColumns = []string{"age", "sex", "cp", "trestbps", "chol", "fbs", "restecg", "thalach", "exang", "oldpeak", "slope", "ca", "thal", "num"}

var categorical = map[string]bool{"sex": true, "cp": true, "fbs": true, "restecg": true, "exang": true, "slope": true, "ca": true, "thal": true, "num": true}

// zeroMissing are the columns where the files write an unmeasured value as
// 0 (data/README.md: Switzerland has no cholesterol values, chol is 0).
var zeroMissing = map[string]bool{"trestbps": true, "chol": true}

func directStats(t *testing.T, files []string) (map[string]*directColumn, []string) {
	t.Helper()
	values := make([][]float64, len(heartColumns))
	missing := make([]int64, len(heartColumns))
	var lines []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			line := strings.TrimRight(sc.Text(), "\r")
			if line == "" {
				continue
			}
			lines = append(lines, line)
			for i, tok := range strings.Split(line, ",") {
				if tok == "?" {
					missing[i]++
					continue
				}
				v, err := strconv.ParseFloat(tok, 64)
				if err != nil {
					t.Fatalf("%s: %q: %v", f, tok, err)
				}
				if v == 0 && zeroMissing[heartColumns[i]] {
					missing[i]++
					continue
				}
				values[i] = append(values[i], v)
			}
		}
		fh.Close()
	}
	out := map[string]*directColumn{}
	for i, name := range heartColumns {
		c := &directColumn{count: int64(len(values[i])), missing: missing[i]}
		for _, v := range values[i] {
			c.mean += v
		}
		c.mean /= float64(len(values[i]))
		for _, v := range values[i] {
			c.variance += (v - c.mean) * (v - c.mean)
		}
		c.variance /= float64(len(values[i]) - 1)
		if categorical[name] {
			c.hist = map[string]int64{}
			for _, v := range values[i] {
				c.hist[strconv.Itoa(int(math.Round(v)))]++
			}
		}
		out[name] = c
	}
	return out, lines
}

func close(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}
