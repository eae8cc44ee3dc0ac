package dataset

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
)

// CanonicalMagic opens every canonical schema encoding; a change of the
// encoding changes it.
const CanonicalMagic = "2pm-schema-v1"

// Canonical returns the canonical encoding of s, the bytes Hash is taken
// over. It depends only on what the schema declares, never on how a file
// writes it: comments, key order, quoting, flow or block style, "decimals:
// 1" or "step: 0.1", a file-wide missing list or the same list on every
// column, and the order of a column's missing texts all give the same
// bytes. The order of the columns and of each column's levels counts.
//
// The encoding is a sequence of items, where a text is its length in
// bytes as a 4-byte big-endian unsigned integer followed by its UTF-8
// bytes, an integer is 8 bytes big-endian two's complement, a flag is one
// byte 0 or 1, and a list is its length as a 4-byte big-endian unsigned
// integer followed by its items:
//
//	text  CanonicalMagic
//	text  Name (ID when Name is empty)
//	text  Version
//	text  Description, without surrounding spaces and newlines
//	list of columns, in order, each:
//	  text  Name
//	  text  kind: "numeric" or "categorical"
//	  text  Unit, without surrounding spaces
//	  text  Description, without surrounding spaces and newlines
//	  list of texts: Levels, in order (empty for a numeric column)
//	  flag  whether the column has a Range; when it has, then
//	    integer Range.Min, integer Range.Max, integer Range.Step,
//	    in fixed-point units (value · 10^6)
//	  flag  ZeroMissing
//	  list of texts: MissingTexts(), sorted bytewise, without repeats
//	flag  whether the schema has a Label; when it has, then
//	  text  Label.Column
//	  list of texts: Label.Positive, in the order of the column's levels
//	only when some column is an Identifier: list of texts: the names of
//	  the identifier columns, in column order
func (s Schema) Canonical() []byte {
	b := []byte{}
	text := func(v string) {
		b = binary.BigEndian.AppendUint32(b, uint32(len(v)))
		b = append(b, v...)
	}
	integer := func(v int64) { b = binary.BigEndian.AppendUint64(b, uint64(v)) }
	flag := func(v bool) {
		if v {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	}
	list := func(vs []string) {
		b = binary.BigEndian.AppendUint32(b, uint32(len(vs)))
		for _, v := range vs {
			text(v)
		}
	}
	text(CanonicalMagic)
	text(s.name())
	text(s.Version)
	text(strings.TrimSpace(s.Description))
	b = binary.BigEndian.AppendUint32(b, uint32(len(s.Columns)))
	for _, c := range s.Columns {
		text(c.Name)
		text(c.Kind.String())
		text(strings.TrimSpace(c.Unit))
		text(strings.TrimSpace(c.Description))
		list(c.Levels)
		flag(c.Range != nil)
		if c.Range != nil {
			integer(c.Range.Min)
			integer(c.Range.Max)
			integer(c.Range.Step)
		}
		flag(c.ZeroMissing)
		missing := slices.Clone(c.MissingTexts())
		slices.Sort(missing)
		list(slices.Compact(missing))
	}
	flag(s.Label != nil)
	if s.Label != nil {
		text(s.Label.Column)
		var pos []string
		if i := s.Index(s.Label.Column); i >= 0 {
			for _, lv := range s.Columns[i].Levels {
				if slices.Contains(s.Label.Positive, lv) {
					pos = append(pos, lv)
				}
			}
		}
		list(pos)
	}
	var ids []string
	for _, c := range s.Columns {
		if c.Identifier {
			ids = append(ids, c.Name)
		}
	}
	if len(ids) > 0 {
		list(ids)
	}
	return b
}

// Hash returns the SHA-256 of s's canonical encoding: the content hash
// that names the schema.
func (s Schema) Hash() [32]byte { return sha256.Sum256(s.Canonical()) }

// Ref returns the name s is referred to by: its name, "@", and the
// lowercase hex of its full Hash, such as "heart-disease@3f5a…".
func (s Schema) Ref() string {
	h := s.Hash()
	return s.name() + "@" + hex.EncodeToString(h[:])
}

// name is Name, or ID for a schema built in Go without a Name.
func (s Schema) name() string {
	if s.Name == "" {
		return s.ID
	}
	return s.Name
}

// String returns "numeric" or "categorical".
func (k Kind) String() string {
	switch k {
	case Numeric:
		return "numeric"
	case Categorical:
		return "categorical"
	}
	return fmt.Sprintf("kind(%d)", int(k))
}
