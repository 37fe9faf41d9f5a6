package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
)

// point is one thread count's measurement.
type point struct {
	threads int
	seconds float64 // the median wall time
	cpu     float64 // the median CPU time over the same span
	units   int     // per thread
	all     []float64
}

// series is one workload under one interpreter.
type series struct {
	workload, interp string
	points           []point
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if n := len(s); n%2 == 1 {
		return s[n/2]
	} else {
		return (s[n/2-1] + s[n/2]) / 2
	}
}

// speedup is N*T1/TN: how much more work per second N threads do than
// one.
func (s *series) speedup(p point) float64 {
	t1 := s.points[0].seconds
	return float64(p.threads) * t1 / p.seconds
}

// cpuScaling is N*C1/CN: 1 when N threads spend N times one thread's CPU
// time on N times the work, below 1 when threads make each other's work
// dearer (contended cache lines, locks, allocation and collection). Unlike
// the speedup it does not depend on how many cores are free.
func (s *series) cpuScaling(p point) float64 {
	return float64(p.threads) * s.points[0].cpu / p.cpu
}

func printTable(w io.Writer, all []*series) {
	fmt.Fprintf(w, "%-20s %-8s %7s %9s %14s %8s %10s %8s %8s\n", "workload", "interp", "threads", "time(s)", "units/s", "speedup", "efficiency", "cpu(s)", "cpu-scal")
	for _, s := range all {
		for _, p := range s.points {
			sp := s.speedup(p)
			fmt.Fprintf(w, "%-20s %-8s %7d %9.3f %14.0f %8.2f %9.0f%% %8.3f %8.2f\n", s.workload, s.interp, p.threads, p.seconds,
				float64(p.threads*p.units)/p.seconds, sp, 100*sp/float64(p.threads), p.cpu, s.cpuScaling(p))
		}
	}
}

func printMarkdown(w io.Writer, all []*series) {
	fmt.Fprintln(w, "| workload | interpreter | threads | time (s) | units/s | speedup | efficiency | CPU (s) | CPU scaling |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|---:|---:|---:|---:|")
	for _, s := range all {
		for _, p := range s.points {
			sp := s.speedup(p)
			fmt.Fprintf(w, "| %s | %s | %d | %.3f | %.0f | %.2f | %.0f%% | %.3f | %.2f |\n", s.workload, s.interp, p.threads, p.seconds,
				float64(p.threads*p.units)/p.seconds, sp, 100*sp/float64(p.threads), p.cpu, s.cpuScaling(p))
		}
	}
}

// printASCII draws one bar per series and thread count: the speedup, on
// a scale where the ideal (N) is marked with '|'.
func printASCII(w io.Writer, all []*series, threads []int) {
	top := float64(slices.Max(threads))
	const width = 40
	fmt.Fprintf(w, "speedup (N*T1/TN), '|' marks the ideal N, full width = %g\n", top)
	for _, s := range all {
		for _, p := range s.points {
			sp := s.speedup(p)
			n := int(math.Round(math.Min(sp, top) / top * width))
			ideal := int(math.Round(float64(p.threads) / top * width))
			bar := []byte(strings.Repeat("#", n) + strings.Repeat(" ", width-n+1))
			if ideal < len(bar) && bar[ideal] == ' ' {
				bar[ideal] = '|'
			}
			fmt.Fprintf(w, "%-20s %-8s %3d %s %.2f\n", s.workload, s.interp, p.threads, bar, sp)
		}
	}
}
