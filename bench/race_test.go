//go:build race

package bench

// raceEnabled leaves out of TestBenchProveAnySchema the lr circuit, whose
// setup the race detector slows about tenfold (the proving packages are
// tested without it for the same reason).
const raceEnabled = true
