# Float loops and calls: the spectral norm of an infinite matrix.
# quick: 60
"""Spectral norm of the infinite matrix A with A(i, j) = 1/((i+j)(i+j+1)/2 + i + 1).

The matrix is cut to its top-left n-by-n corner.  The spectral norm of A is
the square root of the largest eigenvalue of the symmetric matrix A^T A, and
the power method finds that eigenvalue: start from a vector of ones, apply
A^T A to it again and again (each time as A followed by A^T, never forming
either matrix), and the Rayleigh quotient v.(A^T A)u / v.v of the last two
vectors converges to it.  Every element of A is computed afresh by a small
function each time it is needed, so the program measures a Python call, int
arithmetic to build the denominator, and float multiply-add in loops.

Usage: spectral_norm.py [n]  (default 420; the quick run uses 60)
"""

import math
import sys


def element(i, j):
    """A(i, j): the reciprocal of the (i, j)th entry of the diagonal numbering."""
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(u):
    """A u, row by row."""
    n = len(u)
    return [sum(element(i, j) * u_j for j, u_j in enumerate(u)) for i in range(n)]


def times_transposed(u):
    """A^T u: the same sums with the indexes of A swapped."""
    n = len(u)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += element(j, i) * u[j]
        result.append(total)
    return result


def times_ata(u):
    return times_transposed(times(u))


def dot(a, b):
    return math.fsum(x * y for x, y in zip(a, b))


def spectral_norm(n, iterations=10):
    u = [1.0] * n
    v = u
    for _ in range(iterations):
        v = times_ata(u)
        u = times_ata(v)
    return math.sqrt(dot(u, v) / dot(v, v))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 420
    norm = spectral_norm(n)
    print(f"n={n} spectral norm {norm:.9f}")


if __name__ == "__main__":
    main()
