// Package dataset reads a node's private data file: schemas, and a strict
// CSV reader that reports bad input by file, line and column.
//
// The data never leaves the node through this package: it reads the file
// into memory for the local map, and its errors name the file, the line,
// the column and what is wrong, never the offending value or a row: errors
// travel to the coordinator and into workflow history.
package dataset
