package contribution

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark/test/unsafekzg"

	"github.com/twopm/twopm/dataset"
)

// BenchmarkProve proves a full heart-disease table (14 columns, all of
// them in the statistics) of 100, 303 (the size of the Cleveland file) and
// 1,000 rows. Compilation and setup are outside the timed loop; their times are
// logged. Metrics: constraints, and verify-ms for one verification.
//
//	go test ./circuits/contribution/ -run '^$' -bench Prove -benchtime 1x
func BenchmarkProve(b *testing.B) {
	for _, rows := range []int{100, 303, 1000} {
		b.Run(fmt.Sprintf("rows=%d", rows), func(b *testing.B) {
			s := Shape{Rows: rows, Schema: dataset.HeartDisease}
			start := time.Now()
			ccs, err := Compile(s)
			if err != nil {
				b.Fatal(err)
			}
			compiled := time.Since(start)
			start = time.Now()
			srs, srsLagrange, err := unsafekzg.NewSRS(ccs)
			if err != nil {
				b.Fatal(err)
			}
			pk, vk, err := Setup(ccs, srs, srsLagrange)
			if err != nil {
				b.Fatal(err)
			}
			b.Logf("%d constraints, compile %v, unsafe setup %v", ccs.GetNbConstraints(), compiled, time.Since(start))
			full, public, _, err := Witness(benchTable(b, rows), binding, testMask, s)
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for b.Loop() {
				if _, err := Prove(ccs, pk, full); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			proof, err := Prove(ccs, pk, full)
			if err != nil {
				b.Fatal(err)
			}
			start = time.Now()
			if err := Verify(proof, vk, public); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(time.Since(start).Microseconds())/1000, "verify-ms")
			b.ReportMetric(float64(ccs.GetNbConstraints()), "constraints")
		})
	}
}

// benchTable repeats the test lines up to n rows.
func benchTable(b *testing.B, n int) *dataset.Table {
	var sb strings.Builder
	for i := range n {
		sb.WriteString(lines[i%len(lines)])
		sb.WriteByte('\n')
	}
	tab, err := dataset.Read(strings.NewReader(sb.String()), "bench", dataset.HeartDisease)
	if err != nil {
		b.Fatal(err)
	}
	return tab
}
