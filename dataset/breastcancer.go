package dataset

import "github.com/twopm/twopm/fixed"

// BreastCancer is the schema of the Wisconsin Diagnostic Breast Cancer file
// wdbc.data: the sample "id" (numeric, up to about 9.1e8), the "diagnosis"
// (categorical, "B" benign or "M" malignant, so its fixed-point value is 0
// or 1), then 30 numeric features in file order: the mean of the ten
// nucleus measurements radius, texture, perimeter, area, smoothness,
// compactness, concavity, concave_points, symmetry and fractal_dimension
// (radius_mean … fractal_dimension_mean), then their standard errors
// (radius_se …) and their worst values (radius_worst …). The file has no
// missing values. BreastCancerLabel is its usual label. Every numeric
// column is non-negative; its Range allows a few times the largest value
// in the file, on the precision the file records it with (values with
// more than six decimals are rounded to fixed.Scale, as everywhere).
var BreastCancer = Schema{
	ID:      "breast-cancer",
	Columns: breastCancerColumns(),
}

func breastCancerColumns() []Column {
	// Per measure: the largest value allowed and the precision the file
	// records, for its mean, standard error and worst value.
	const u = fixed.Scale // 1
	measures := []struct {
		name  string
		max   [3]int64 // whole units
		steps [3]int64 // fixed-point units
	}{
		{"radius", [3]int64{100, 10, 100}, [3]int64{u / 1e3, u / 1e4, u / 1e3}},
		{"texture", [3]int64{100, 10, 100}, [3]int64{u / 1e2, u / 1e4, u / 1e2}},
		{"perimeter", [3]int64{1000, 100, 1000}, [3]int64{u / 1e2, u / 1e4, u / 1e2}},
		{"area", [3]int64{10000, 1000, 10000}, [3]int64{u / 1e1, u / 1e3, u / 1e1}},
		{"smoothness", [3]int64{1, 1, 1}, [3]int64{u / 1e5, 1, u / 1e5}},
		{"compactness", [3]int64{1, 1, 10}, [3]int64{u / 1e5, 1, u / 1e5}},
		{"concavity", [3]int64{1, 1, 10}, [3]int64{1, 1, 1}},
		{"concave_points", [3]int64{1, 1, 1}, [3]int64{1, 1, 1}},
		{"symmetry", [3]int64{1, 1, 1}, [3]int64{u / 1e4, 1, u / 1e4}},
		{"fractal_dimension", [3]int64{1, 1, 1}, [3]int64{u / 1e5, 1, u / 1e5}},
	}
	cols := []Column{
		{Name: "id", Range: whole(0, 1_000_000_000)},
		{Name: "diagnosis", Kind: Categorical, Levels: []string{"B", "M"}},
	}
	for k, suffix := range []string{"_mean", "_se", "_worst"} {
		for _, m := range measures {
			cols = append(cols, Column{Name: m.name + suffix, Range: &Range{Max: m.max[k] * u, Step: m.steps[k]}})
		}
	}
	return cols
}
