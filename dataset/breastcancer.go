package dataset

// BreastCancer is the schema of the Wisconsin Diagnostic Breast Cancer file
// wdbc.data: the sample "id" (numeric, up to about 9.1e8), the "diagnosis"
// (categorical, "B" benign or "M" malignant, so its fixed-point value is 0
// or 1), then 30 numeric features in file order: the mean of the ten
// nucleus measurements radius, texture, perimeter, area, smoothness,
// compactness, concavity, concave_points, symmetry and fractal_dimension
// (radius_mean … fractal_dimension_mean), then their standard errors
// (radius_se …) and their worst values (radius_worst …). The file has no
// missing values. BreastCancerLabel is its usual label.
var BreastCancer = Schema{
	ID:      "breast-cancer",
	Columns: breastCancerColumns(),
}

func breastCancerColumns() []Column {
	measures := []string{
		"radius", "texture", "perimeter", "area", "smoothness",
		"compactness", "concavity", "concave_points", "symmetry", "fractal_dimension",
	}
	cols := []Column{
		{Name: "id"},
		{Name: "diagnosis", Kind: Categorical, Levels: []string{"B", "M"}},
	}
	for _, suffix := range []string{"_mean", "_se", "_worst"} {
		for _, m := range measures {
			cols = append(cols, Column{Name: m + suffix})
		}
	}
	return cols
}
