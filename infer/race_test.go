//go:build race

package infer

// raceEnabled makes the slow tests run fewer sessions under the race
// detector, which slows MASCOT about tenfold.
const raceEnabled = true
