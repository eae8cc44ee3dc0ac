package workflows

import "encoding/json"

// columnJSON is ColumnStats as JSON has it: a withheld count, missing
// count or histogram cell is null.
type columnJSON struct {
	Count      *int64            `json:"count"`
	Mean       *float64          `json:"mean"`
	Variance   *float64          `json:"variance"`
	Missing    *int64            `json:"missing"`
	Histogram  map[string]*int64 `json:"histogram,omitempty"`
	Suppressed map[string]string `json:"suppressed,omitempty"`
}

// MarshalJSON writes c with null for every value Suppressed names.
func (c ColumnStats) MarshalJSON() ([]byte, error) {
	out := columnJSON{Mean: c.Mean, Variance: c.Variance, Suppressed: c.Suppressed}
	if _, ok := c.Suppressed["count"]; !ok {
		out.Count = &c.Count
	}
	if _, ok := c.Suppressed["missing"]; !ok {
		out.Missing = &c.Missing
	}
	if c.Histogram != nil || len(c.Suppressed) > 0 {
		out.Histogram = make(map[string]*int64, len(c.Histogram))
		for lv, n := range c.Histogram {
			out.Histogram[lv] = &n
		}
		for what := range c.Suppressed {
			switch what {
			case "count", "missing", "mean", "variance":
			default:
				out.Histogram[what] = nil
			}
		}
		if len(out.Histogram) == 0 {
			out.Histogram = nil
		}
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads what MarshalJSON writes: a null value reads 0, or
// is absent from Histogram.
func (c *ColumnStats) UnmarshalJSON(b []byte) error {
	var in columnJSON
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	*c = ColumnStats{Mean: in.Mean, Variance: in.Variance, Suppressed: in.Suppressed}
	if in.Count != nil {
		c.Count = *in.Count
	}
	if in.Missing != nil {
		c.Missing = *in.Missing
	}
	for lv, n := range in.Histogram {
		if n == nil {
			continue
		}
		if c.Histogram == nil {
			c.Histogram = map[string]int64{}
		}
		c.Histogram[lv] = *n
	}
	return nil
}
