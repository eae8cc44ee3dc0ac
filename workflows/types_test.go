package workflows

import (
	"encoding/json"
	"testing"
)

// A withheld value is null in JSON and reads back as withheld; a column
// with nothing withheld is written as before.
func TestColumnStatsJSON(t *testing.T) {
	mean := 1.5
	c := ColumnStats{Count: 40, Mean: &mean, Missing: 2, Histogram: map[string]int64{"a": 30},
		Suppressed: map[string]string{"b": "min_cell_count", "c": "secondary"}}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"count":40,"mean":1.5,"variance":null,"missing":2,"histogram":{"a":30,"b":null,"c":null},"suppressed":{"b":"min_cell_count","c":"secondary"}}`; string(b) != want {
		t.Fatalf("%s\nwant %s", b, want)
	}
	var back ColumnStats
	if err := json.Unmarshal(b, &back); err != nil || back.Count != 40 || back.Histogram["a"] != 30 || len(back.Histogram) != 1 || back.Suppressed["c"] != "secondary" {
		t.Fatalf("read back %+v, %v", back, err)
	}
	whole := ColumnStats{Suppressed: map[string]string{"count": "min_nodes", "missing": "min_nodes", "mean": "min_nodes", "variance": "min_nodes"}}
	if b, _ := json.Marshal(whole); string(b) != `{"count":null,"mean":null,"variance":null,"missing":null,"suppressed":{"count":"min_nodes","mean":"min_nodes","missing":"min_nodes","variance":"min_nodes"}}` {
		t.Fatalf("a withheld column: %s", b)
	}
	plain := ColumnStats{Count: 3, Missing: 1}
	if b, _ := json.Marshal(plain); string(b) != `{"count":3,"mean":null,"variance":null,"missing":1}` {
		t.Fatalf("nothing withheld: %s", b)
	}
}
