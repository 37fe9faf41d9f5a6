# List shuffling: fannkuch-redux over every permutation of n items.
# quick: 7
"""Fannkuch-redux: pancake flips over all permutations of 0..n-1.

For a permutation p, look at its first element k; if k is not 0, reverse
the first k+1 elements and count one flip, and repeat until 0 comes first.
The program visits every permutation of n items, records the largest
number of flips any of them needs, and a checksum: the flip counts added
with alternating signs in the order the permutations are visited.

The visiting order is fixed by how the permutations are made: a counter
per prefix length says how many more rotations that prefix has to go, and
stepping to the next permutation rotates the shortest prefix whose
counter has not run out by one place to the left (resetting the counters
of the shorter prefixes).  Rotations and flips are slice assignments, so
the program measures list slicing, indexing and short while loops.

Usage: fannkuch.py [n [rounds]]  (default 9 items, 2 rounds; with n given,
one round unless rounds says; the quick run uses 7 items).  A round is one
full pass over the permutations; n = 10 is ten times the work of n = 9, so
a second round of n = 9 brings the default run to about a second.
"""

import sys


def flips_to_sort(perm):
    """How many prefix reversals bring 0 to the front of a copy of perm."""
    p = perm[:]
    flips = 0
    k = p[0]
    while k:
        p[: k + 1] = p[k::-1]
        flips += 1
        k = p[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    # remaining[i] counts the rotations still due to the prefix of length i+1.
    remaining = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    level = n
    while True:
        while level > 1:
            remaining[level - 1] = level
            level -= 1
        if perm[0]:
            flips = flips_to_sort(perm)
            max_flips = max(max_flips, flips)
            checksum += sign * flips
        sign = -sign
        # Rotate the shortest prefix that still has rotations to go.
        while True:
            if level == n:
                return max_flips, checksum
            first = perm[0]
            perm[:level] = perm[1 : level + 1]
            perm[level] = first
            remaining[level] -= 1
            if remaining[level] > 0:
                break
            level += 1


def main():
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
        rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    else:
        n, rounds = 9, 2
    results = {fannkuch(n) for _ in range(rounds)}
    if len(results) != 1:
        raise SystemExit("rounds disagree")
    max_flips, checksum = results.pop()
    print(checksum)
    print(f"Pfannkuchen({n}) = {max_flips}")


if __name__ == "__main__":
    main()
