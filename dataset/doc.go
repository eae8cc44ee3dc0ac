// Package dataset reads a node's private data file: schemas, and a strict
// CSV reader that reports bad input by file, line and column.
//
// A schema is data. A schema file (YAML, see Parse) declares a table's
// name and version and, per column, its kind, levels, range and precision,
// unit, description and missing texts. Its canonical encoding (see
// Canonical) does not depend on how the file is written; its SHA-256 names
// it as NAME@HASH (Ref). The built-in schemas, heart-disease and
// breast-cancer, are such files embedded in the package (schemas/*.yaml);
// Lookup reads them, LoadFile any other. Infer drafts a schema from a
// sample for a person to review.
//
// The reader (ReadFileWith) reads CSV with or without a header (matched
// by name, other columns ignored), with any delimiter, and reports every
// bad line and cell (the first MaxProblems), never stopping at the first.
//
// The data never leaves the node through this package: it reads the file
// into memory for the local map, and its errors name the file, the line,
// the column and what is wrong, never the offending value or a row: errors
// travel to the coordinator and into workflow history. A schema file's
// errors may quote the schema, which is not private. Infer's draft holds
// the levels of columns with few distinct values and ranges rounded
// outward, never a value of another column.
package dataset
