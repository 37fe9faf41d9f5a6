package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// plotSVG draws speedup against threads: one line per workload and
// interpreter (gilfree solid, python3 dashed), the ideal y = x dotted.
func plotSVG(all []*series, threads []int) string {
	const (
		w, h            = 720, 480
		left, right     = 60, 220
		top, bottom     = 30, 50
		plotW, plotH    = w - left - right, h - top - bottom
		legendX, legend = w - right + 15, 16
	)
	maxT := float64(slices.Max(threads))
	maxY := maxT
	for _, s := range all {
		for _, p := range s.points {
			maxY = math.Max(maxY, s.speedup(p))
		}
	}
	maxY = math.Ceil(maxY)
	x := func(t float64) float64 { return left + (t-1)/math.Max(maxT-1, 1)*plotW }
	y := func(v float64) float64 { return top + plotH - v/maxY*plotH }
	colors := []string{"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n", w, h)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", w, h)
	fmt.Fprintf(&b, `<text x="%d" y="18" font-size="14">speedup (N*T1/TN) against threads</text>`+"\n", left)
	// Axes, grid and ticks.
	for v := 0.0; v <= maxY; v++ {
		fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd"/><text x="%d" y="%.1f" text-anchor="end">%g</text>`+"\n",
			left, y(v), left+plotW, y(v), left-6, y(v)+4, v)
	}
	for _, t := range threads {
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/><text x="%.1f" y="%d" text-anchor="middle">%d</text>`+"\n",
			x(float64(t)), top, x(float64(t)), top+plotH, x(float64(t)), top+plotH+16, t)
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle">threads</text>`+"\n", left+plotW/2, h-12)
	fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="black" stroke-dasharray="2,3"/>`+"\n", x(1), y(1), x(maxT), y(maxT))
	// The lines: a color per workload, dashed for the baseline.
	workloads := []string{}
	for _, s := range all {
		if !slices.Contains(workloads, s.workload) {
			workloads = append(workloads, s.workload)
		}
	}
	row := 0
	for _, s := range all {
		color := colors[slices.Index(workloads, s.workload)%len(colors)]
		dash := ""
		if s.interp != "gilfree" {
			dash = ` stroke-dasharray="6,4"`
		}
		var pts []string
		for _, p := range s.points {
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(float64(p.threads)), y(s.speedup(p))))
		}
		fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="%s" stroke-width="2"%s/>`+"\n", strings.Join(pts, " "), color, dash)
		for _, p := range s.points {
			fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="3" fill="%s"/>`+"\n", x(float64(p.threads)), y(s.speedup(p)), color)
		}
		ly := top + row*legend
		fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="2"%s/><text x="%d" y="%d">%s (%s)</text>`+"\n",
			legendX, ly, legendX+24, ly, color, dash, legendX+30, ly+4, s.workload, s.interp)
		row++
	}
	b.WriteString("</svg>\n")
	return b.String()
}
