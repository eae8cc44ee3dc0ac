// Package integration holds the end-to-end tests of 2PM. They carry the
// integration build tag and start a real local network, as twopm dev does:
// the Temporal dev server, MinIO, a coordinator and node processes built
// from this repository. Run them with go tool task test:integration.
package integration
