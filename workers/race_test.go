//go:build race

package workers

// raceEnabled skips the tests that set up ceremony keys under the race
// detector, which slows gnark about tenfold (the proving packages are
// tested without it for the same reason).
const raceEnabled = true
