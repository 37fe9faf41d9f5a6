"""Hexiom: place numbered tiles on a hexagonal board.

The board is a hexagon of hexagonal cells with side length n. A puzzle
gives a bag of tiles numbered 0 to 6, fewer tiles than cells, and possibly
some cells whose content is fixed in advance. A solution puts every tile
on a cell so that each tile's number equals how many of its neighbouring
cells hold tiles; the remaining cells stay empty.

The solver keeps, for each cell, the set of what it may still hold (a bit
per tile number plus one for "empty") and narrows these sets by
propagation until nothing changes:

- a tile's number lies between the count of neighbours that surely hold
  tiles and the count of those that may;
- a tile whose number already equals the sure count empties its undecided
  neighbours, and one whose number equals the possible count fills them;
- a number (or "empty") whose supply is used up by decided cells is
  struck from every other cell, and one with exactly as many candidate
  cells as remaining supply is placed in all of them.

When propagation stalls it branches on an undecided cell with the fewest
options, copying the state, and collects solutions up to a limit.

The puzzles are made the way a puzzle setter might: tiles are scattered
at random (random.Random with a fixed seed) and numbered by their
neighbours, then cells of that layout are revealed as fixed hints, one at
a time in random order, until the solver finds exactly one solution. The
program prints each puzzle's bag of tiles, the hints it needed, the search
statistics and the unique solution.

Usage: hexiom.py [scale] -- scale divides the number of puzzles (default 1).
"""
# quick: 10

import itertools
import random
import sys
from collections import Counter
from dataclasses import dataclass, field

EMPTY = 7
ALL = (1 << 8) - 1
DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


class Board:
    """A hexagon of side n in axial coordinates, cells numbered row by row."""

    def __init__(self, n):
        self.n = n
        r = n - 1
        self.coords = [(q, s) for s in range(-r, r + 1) for q in range(-r, r + 1)
                       if -r <= q + s <= r]
        index = {c: i for i, c in enumerate(self.coords)}
        self.neighbours = [tuple(index[(q + dq, s + ds)] for dq, ds in DIRECTIONS
                                 if (q + dq, s + ds) in index)
                           for q, s in self.coords]
        self.rows = [[index[c] for c in group] for _, group in
                     itertools.groupby(self.coords, key=lambda c: c[1])]

    def __len__(self):
        return len(self.coords)

    def draw(self, symbol):
        lines = []
        for row in self.rows:
            indent = " " * (2 * self.n - 1 - len(row))
            lines.append(indent + " ".join(symbol(i) for i in row))
        return lines


@dataclass
class Puzzle:
    board: Board
    supply: Counter
    fixed: dict = field(default_factory=dict)


class Contradiction(Exception):
    pass


def bits(mask):
    return [v for v in range(8) if mask >> v & 1]


class Solver:
    def __init__(self, puzzle, limit):
        self.puzzle = puzzle
        self.limit = limit
        self.board = puzzle.board
        self.supply = [puzzle.supply.get(v, 0) for v in range(7)]
        self.supply.append(len(self.board) - sum(self.supply))
        self.solutions = []
        self.nodes = 0
        self.propagations = 0

    def initial(self):
        allowed = 0
        for v in range(8):
            if self.supply[v]:
                allowed |= 1 << v
        domains = []
        for i, nbrs in enumerate(self.board.neighbours):
            # A tile cannot count more neighbours than the cell has.
            mask = allowed & ((1 << (len(nbrs) + 1)) - 1 | 1 << EMPTY)
            if i in self.puzzle.fixed:
                mask &= 1 << self.puzzle.fixed[i]
            domains.append(mask)
        return domains

    def propagate(self, domains):
        neighbours = self.board.neighbours
        supply = self.supply
        changed = True
        while changed:
            changed = False
            self.propagations += 1
            for i, mask in enumerate(domains):
                if mask == 0:
                    raise Contradiction
                sure = maybe = 0
                for j in neighbours[i]:
                    d = domains[j]
                    if d == 1 << EMPTY:
                        continue
                    maybe += 1
                    if not d & 1 << EMPTY:
                        sure += 1
                numbers = ((1 << (maybe + 1)) - 1) & ~((1 << sure) - 1)
                new = mask & (numbers | 1 << EMPTY)
                if new != mask:
                    if new == 0:
                        raise Contradiction
                    domains[i] = mask = new
                    changed = True
                if mask & 1 << EMPTY or mask & (mask - 1):
                    continue
                value = mask.bit_length() - 1
                if value == sure and sure != maybe:
                    for j in neighbours[i]:
                        d = domains[j]
                        if d & 1 << EMPTY and d != 1 << EMPTY:
                            domains[j] = 1 << EMPTY
                            changed = True
                elif value == maybe and sure != maybe:
                    for j in neighbours[i]:
                        d = domains[j]
                        if d & 1 << EMPTY and d != 1 << EMPTY:
                            domains[j] = d & ~(1 << EMPTY)
                            changed = True
            for v in range(8):
                bit = 1 << v
                decided = candidates = 0
                for mask in domains:
                    if mask & bit:
                        candidates += 1
                        if mask == bit:
                            decided += 1
                if decided > supply[v] or candidates < supply[v]:
                    raise Contradiction
                if decided == supply[v] and candidates > decided:
                    for i, mask in enumerate(domains):
                        if mask & bit and mask != bit:
                            domains[i] = mask & ~bit
                    changed = True
                elif candidates == supply[v] and candidates > decided:
                    for i, mask in enumerate(domains):
                        if mask & bit:
                            domains[i] = bit
                    changed = True
        return domains

    def search(self, domains):
        self.nodes += 1
        try:
            self.propagate(domains)
        except Contradiction:
            return
        open_cells = [(bin(m).count("1"), i) for i, m in enumerate(domains) if m & (m - 1)]
        if not open_cells:
            self.solutions.append(tuple(m.bit_length() - 1 for m in domains))
            return
        _, cell = min(open_cells)
        for v in bits(domains[cell]):
            if len(self.solutions) >= self.limit:
                return
            branch = domains[:]
            branch[cell] = 1 << v
            self.search(branch)

    def solve(self):
        self.search(self.initial())
        return self.solutions


def is_solution(board, supply, values):
    tiles = Counter(v for v in values if v != EMPTY)
    if tiles != +supply:
        return False
    for i, v in enumerate(values):
        if v != EMPTY and v != sum(1 for j in board.neighbours[i] if values[j] != EMPTY):
            return False
    return True


def make_puzzle(rng, n, density):
    """A puzzle with a unique solution, and the work spent making it sure."""
    board = Board(n)
    cells = list(range(len(board)))
    occupied = set(rng.sample(cells, round(len(cells) * density)))
    values = [sum(1 for j in board.neighbours[i] if j in occupied) if i in occupied else EMPTY
              for i in cells]
    puzzle = Puzzle(board, Counter(v for v in values if v != EMPTY))
    reveal = cells[:]
    rng.shuffle(reveal)
    stats = Counter()
    for cell in reveal:
        solver = Solver(puzzle, limit=2)
        solutions = solver.solve()
        stats["solves"] += 1
        stats["nodes"] += solver.nodes
        stats["sweeps"] += solver.propagations
        assert tuple(values) in solutions or len(solutions) == 2
        assert all(is_solution(board, puzzle.supply, s) for s in solutions)
        if len(solutions) == 1:
            return puzzle, solutions[0], stats
        puzzle.fixed[cell] = values[cell]
    raise AssertionError("a fully revealed layout has one solution")


def symbol(v):
    return "." if v == EMPTY else str(v)


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    rng = random.Random(31415)
    # Side-3 boards of varied density (a side-4 board's search is tens of
    # times larger and varies too much from one layout to the next).
    shapes = [(3, 0.45 + 0.05 * (k % 7)) for k in range(70)]
    totals = Counter()
    for number, (n, density) in enumerate(shapes[:max(1, len(shapes) // scale)]):
        puzzle, solution, stats = make_puzzle(rng, n, density)
        totals += stats
        bag = " ".join(f"{v}x{k}" for v, k in sorted(puzzle.supply.items()))
        print(f"puzzle {number}: side {n}, tiles {bag}")
        print(f"  unique with {len(puzzle.fixed)} hints: {stats['solves']} solves, "
              f"{stats['nodes']} nodes, {stats['sweeps']} sweeps")
        for line in puzzle.board.draw(lambda i: symbol(solution[i])):
            print("   ", line)
    print("total:", ", ".join(f"{k} {v}" for k, v in sorted(totals.items())))


if __name__ == "__main__":
    main()
