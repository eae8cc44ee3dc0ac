package dataset

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"

	"gopkg.in/yaml.v3"

	"github.com/twopm/twopm/fixed"
)

// YAML returns s as a schema file that Parse reads back to a schema with
// the same Hash: keys in the order of the format's description, ranges
// and levels in flow style, a precision as decimals when it is a power of
// ten and as a step otherwise, and a column's missing texts, sorted, only
// when they are not the default. It returns an error for a schema that fails
// Validate.
func (s Schema) YAML() ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	str := func(v string) *yaml.Node {
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v}
		if v == "<<" { // written plain, YAML reads a merge key
			n.Style = yaml.DoubleQuotedStyle
		}
		return n
	}
	num := func(q int64) *yaml.Node {
		v := fixed.Format(q)
		tag := "!!int"
		if _, err := strconv.ParseInt(v, 10, 64); err != nil {
			tag = "!!float"
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: v}
	}
	list := func(vs []string) *yaml.Node {
		n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, v := range vs {
			n.Content = append(n.Content, str(v))
		}
		return n
	}
	mapping := func(style yaml.Style, kv ...any) *yaml.Node {
		n := &yaml.Node{Kind: yaml.MappingNode, Style: style}
		for i := 0; i < len(kv); i += 2 {
			n.Content = append(n.Content, str(kv[i].(string)), kv[i+1].(*yaml.Node))
		}
		return n
	}
	root := mapping(0, "name", str(s.name()), "version", str(s.Version))
	if s.Description != "" {
		root.Content = append(root.Content, str("description"), str(s.Description))
	}
	if s.Label != nil {
		root.Content = append(root.Content, str("label"), mapping(yaml.FlowStyle, "column", str(s.Label.Column), "positive", list(s.Label.Positive)))
	}
	cols := &yaml.Node{Kind: yaml.SequenceNode}
	for _, c := range s.Columns {
		n := mapping(0, "name", str(c.Name), "kind", str(c.Kind.String()))
		add := func(k string, v *yaml.Node) { n.Content = append(n.Content, str(k), v) }
		if c.Kind == Categorical {
			add("levels", list(c.Levels))
		}
		if r := c.Range; r != nil {
			add("range", mapping(yaml.FlowStyle, "min", num(r.Min), "max", num(r.Max)))
			if d := decimalsOf(r.Step); d >= 0 {
				add("decimals", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(d)})
			} else {
				add("step", num(r.Step))
			}
		}
		if c.ZeroMissing {
			add("zero_missing", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
		}
		if c.Identifier {
			add("identifier", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
		}
		if c.Unit != "" {
			add("unit", str(c.Unit))
		}
		if c.Description != "" {
			add("description", str(c.Description))
		}
		if c.Missing != nil && !sameSet(c.Missing, DefaultMissing()) {
			missing := slices.Clone(c.Missing)
			slices.Sort(missing) // as in the canonical encoding
			add("missing", list(missing))
		}
		cols.Content = append(cols.Content, n)
	}
	root.Content = append(root.Content, str("columns"), cols)
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, fmt.Errorf("dataset: write schema: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("dataset: write schema: %w", err)
	}
	return b.Bytes(), nil
}

// decimalsOf returns d when step is 10^-d in fixed-point units, else -1.
func decimalsOf(step int64) int {
	for d := 0; d <= 6; d++ {
		if step == fixed.Scale/pow10(d) {
			return d
		}
	}
	return -1
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(slices.Compact(a), slices.Compact(b))
}
