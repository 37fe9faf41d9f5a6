# Generators and sets: every solution of the N-queens puzzle, two ways.
# quick: 6
"""N-queens: place n queens on an n-by-n board so that no two attack.

A solution is written as a tuple q where q[row] is the column of the queen
in that row.  One queen per row and one per column means q is a permutation
of range(n); the queens also have to sit on distinct diagonals, which means
the values q[row] + row are all different, and so are q[row] - row.

Two solvers find the same solutions:

* brute force: filter every permutation from itertools.permutations with
  two set comprehensions (the classic one-liner style);
* backtracking: a recursive generator places a queen row by row, keeping
  the occupied columns and diagonals in sets, and yields from the rows
  below each safe square.

The program checks that both give the same solutions in the same
(lexicographic) order for n queens, then lets the much faster backtracking
solver alone go on to n + 3 queens.  For each board it prints the number
of solutions, the first and last, and a checksum over all of them.  It
measures generators, tuple and set building, and the permutations
iterator.

Usage: nqueens.py [n]  (default 9, so boards of 9 and 12; the quick run uses 6)
"""

import itertools
import sys


def brute_force(n):
    columns = range(n)
    for q in itertools.permutations(columns):
        if (len({q[i] + i for i in columns}) == n
                and len({q[i] - i for i in columns}) == n):
            yield q


def backtracking(n):
    placed = []
    used_columns = set()
    used_sums = set()
    used_differences = set()

    def place(row):
        if row == n:
            yield tuple(placed)
            return
        for col in range(n):
            if (col in used_columns or row + col in used_sums
                    or row - col in used_differences):
                continue
            placed.append(col)
            used_columns.add(col)
            used_sums.add(row + col)
            used_differences.add(row - col)
            yield from place(row + 1)
            placed.pop()
            used_columns.remove(col)
            used_sums.remove(row + col)
            used_differences.remove(row - col)

    return place(0)


def checksum(solutions):
    """A position-weighted sum of the solutions, as a 32-bit number."""
    total = 0
    for index, q in enumerate(solutions, 1):
        for row, col in enumerate(q):
            total = (total * 31 + index * (row + 1) * (col + 1)) & 0xFFFFFFFF
    return total


def report(n, solutions):
    print(f"{n} queens: {len(solutions)} solutions")
    if solutions:
        print("  first:", solutions[0])
        print("  last: ", solutions[-1])
    print(f"  checksum: {checksum(solutions):08x}")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    by_permutation = list(brute_force(n))
    by_search = list(backtracking(n))
    if by_permutation != by_search:
        raise SystemExit("the two solvers disagree")
    report(n, by_search)
    report(n + 3, list(backtracking(n + 3)))


if __name__ == "__main__":
    main()
