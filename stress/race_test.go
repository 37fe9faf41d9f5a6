//go:build race

package stress

// raceEnabled reports whether the test binary runs under the race detector.
const raceEnabled = true
