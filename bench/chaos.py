"""The chaos game: an iterated function system drawn by random iteration.

A point starts at the origin; at each step one of several maps is chosen
at random (with fixed weights, from random seeded with a constant) and
applied to the point, and the point's cell in a grid is counted. Some maps
are plain affine contractions (a Barnsley-fern-like set); others first
apply an affine map and then bend the result along a cubic Bezier spline:
the x coordinate becomes the curve parameter and y an offset along the
curve's normal, so the attractor gets curved leaves. Only +, -, *, / and
sqrt are used on floats, so results agree bit for bit across runtimes.

The program prints the hit counts' summary, a coarse ASCII thumbnail of
the attractor, and a checksum of the whole grid.

Usage: chaos.py [scale] -- scale divides the number of iterations (default 1).
"""
# quick: 10

import bisect
import itertools
import math
import random
import sys
from collections import Counter


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Affine:
    """(x, y) -> (a*x + b*y + e, c*x + d*y + f)."""

    def __init__(self, a, b, c, d, e, f):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f

    def __call__(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e,
                     self.c * p.x + self.d * p.y + self.f)


class Spline:
    """A cubic Bezier curve evaluated by de Casteljau's construction."""

    def __init__(self, controls):
        self.controls = [Point(x, y) for x, y in controls]

    def point(self, t):
        pts = self.controls
        while len(pts) > 1:
            pts = [Point(p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t)
                   for p, q in zip(pts, pts[1:])]
        return pts[0]

    def tangent(self, t):
        p0, p1, p2, p3 = self.controls
        u = 1.0 - t
        k0, k1, k2 = 3.0 * u * u, 6.0 * u * t, 3.0 * t * t
        return Point(k0 * (p1.x - p0.x) + k1 * (p2.x - p1.x) + k2 * (p3.x - p2.x),
                     k0 * (p1.y - p0.y) + k1 * (p2.y - p1.y) + k2 * (p3.y - p2.y))


class SplineWarp:
    """An affine map followed by bending the plane along a spline."""

    def __init__(self, affine, spline, thickness):
        self.affine = affine
        self.spline = spline
        self.thickness = thickness

    def __call__(self, p):
        q = self.affine(p)
        t = min(1.0, max(0.0, q.x))
        on = self.spline.point(t)
        tan = self.spline.tangent(t)
        norm = math.sqrt(tan.x * tan.x + tan.y * tan.y)
        if norm == 0.0:
            return on
        off = q.y * self.thickness / norm
        return Point(on.x - tan.y * off, on.y + tan.x * off)


class ChaosGame:
    def __init__(self, maps, weights, width, height, seed):
        self.maps = maps
        self.cumulative = list(itertools.accumulate(weights))
        self.total = self.cumulative[-1]
        self.width = width
        self.height = height
        self.grid = [[0] * width for _ in range(height)]
        self.rng = random.Random(seed)
        self.bounds = None
        self.misses = 0
        self.usage = Counter()

    def choose(self):
        r = self.rng.random() * self.total
        return bisect.bisect_right(self.cumulative, r)

    def plot(self, p):
        x0, y0, x1, y1 = self.bounds
        if not (x0 <= p.x < x1 and y0 <= p.y < y1):
            self.misses += 1
            return
        col = int((p.x - x0) / (x1 - x0) * self.width)
        row = int((y1 - p.y) / (y1 - y0) * self.height)
        self.grid[row][col] += 1

    def find_bounds(self, samples):
        """Frames the attractor: a short run's extent plus a margin."""
        p = Point(0.5, 0.5)
        xs, ys = [], []
        for _ in range(samples):
            p = self.maps[self.choose()](p)
            xs.append(p.x)
            ys.append(p.y)
        xs, ys = xs[20:], ys[20:]
        mx = (max(xs) - min(xs)) * 0.05
        my = (max(ys) - min(ys)) * 0.05
        self.bounds = (min(xs) - mx, min(ys) - my, max(xs) + mx, max(ys) + my)

    def run(self, iterations, warmup=20):
        if self.bounds is None:
            self.find_bounds(2000)
        p = Point(0.5, 0.5)
        for i in range(iterations + warmup):
            k = self.choose()
            p = self.maps[k](p)
            if i >= warmup:
                self.usage[k] += 1
                self.plot(p)


def make_game(seed):
    stem = Affine(0.02, 0.0, 0.0, 0.25, 0.49, 0.0)
    crown = Affine(0.80, 0.04, -0.04, 0.80, 0.10, 0.18)
    left = SplineWarp(Affine(0.30, -0.25, 0.24, 0.28, 0.05, 0.0),
                      Spline([(0.50, 0.10), (0.20, 0.35), (0.05, 0.65), (0.15, 0.95)]), 0.55)
    right = SplineWarp(Affine(0.30, 0.24, -0.26, 0.26, 0.05, 0.02),
                       Spline([(0.50, 0.12), (0.80, 0.30), (0.95, 0.55), (0.85, 0.90)]), 0.50)
    maps = [stem, crown, left, right]
    weights = [0.03, 0.67, 0.15, 0.15]
    return ChaosGame(maps, weights, width=96, height=96, seed=seed)


def thumbnail(grid, cell):
    shades = " .:-=+*#%@"
    rows = []
    for r in range(0, len(grid), cell):
        line = []
        for c in range(0, len(grid[0]), cell):
            total = sum(grid[rr][cc] for rr in range(r, r + cell) for cc in range(c, c + cell))
            level = 0 if total == 0 else min(len(shades) - 1, 1 + int(math.sqrt(total) / 3))
            line.append(shades[level])
        rows.append("".join(line).rstrip())
    return rows


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    game = make_game(seed=1234)
    game.run(400000 // scale)
    flat = [n for row in game.grid for n in row]
    lit = sum(1 for n in flat if n)
    print(f"cells lit {lit} of {len(flat)}, misses {game.misses}, max hits {max(flat)}")
    print("map usage:", ", ".join(f"{k}:{n}" for k, n in sorted(game.usage.items())))
    for line in thumbnail(game.grid, 4):
        print(line)
    check = 0
    for i, n in enumerate(flat):
        check = (check * 31 + n * (i + 1)) & 0xFFFFFFFF
    print(f"checksum {check:08x}")


if __name__ == "__main__":
    main()
