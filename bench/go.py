"""A Go playout engine with a simple Monte-Carlo move chooser.

The board is a flat list of points (empty, black or white) with each
point's neighbours precomputed. Playing a stone removes the opponent
groups it leaves without liberties (found by flood fill), refuses suicide
and the immediate recapture of a single stone (simple ko). A random
playout lets both sides play uniformly chosen legal moves, never filling
one of their own single-point eyes, until both pass; the finished board is
scored by area (stones plus empty regions bordered by one colour) with a
komi. The chooser tries every legal move at the root, runs a few random
playouts after each, and plays the move with the best average result.

Positions are hashed with Zobrist keys (random.getrandbits), so the
program can print a digest of every position of the game alongside the
moves and the final board. All randomness comes from random.Random with a
fixed seed, so the game is the same on every run and runtime.

Usage: go.py [scale] -- scale divides the playouts per candidate and the
number of moves chosen (default 1).
"""
# quick: 5

import random
import sys
from enum import IntEnum


class Stone(IntEnum):
    EMPTY = 0
    BLACK = 1
    WHITE = 2


# The board holds plain ints (an IntEnum member per point would be slower);
# Stone names them for printing.
EMPTY, BLACK, WHITE = int(Stone.EMPTY), int(Stone.BLACK), int(Stone.WHITE)


COLUMNS = "ABCDEFGHJKLMNOPQRST"
PASS = -1


class Board:
    def __init__(self, size, rng):
        self.size = size
        self.cells = [EMPTY] * (size * size)
        self.neighbours = [self._neighbours_of(p) for p in range(size * size)]
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.captures = {BLACK: 0, WHITE: 0}
        self.zobrist = [[0] * (size * size)] + [[rng.getrandbits(64) for _ in range(size * size)]
                                                 for _ in range(2)]
        self.hash = 0

    def _neighbours_of(self, p):
        row, col = divmod(p, self.size)
        out = []
        if row > 0:
            out.append(p - self.size)
        if row < self.size - 1:
            out.append(p + self.size)
        if col > 0:
            out.append(p - 1)
        if col < self.size - 1:
            out.append(p + 1)
        return tuple(out)

    def copy(self):
        twin = Board.__new__(Board)
        twin.size = self.size
        twin.cells = self.cells[:]
        twin.neighbours = self.neighbours
        twin.to_move = self.to_move
        twin.ko = self.ko
        twin.passes = self.passes
        twin.captures = dict(self.captures)
        twin.zobrist = self.zobrist
        twin.hash = self.hash
        return twin

    def name(self, p):
        if p == PASS:
            return "pass"
        row, col = divmod(p, self.size)
        return f"{COLUMNS[col]}{self.size - row}"

    def group(self, p):
        """The stones connected to p and their liberties."""
        color = self.cells[p]
        stones = {p}
        liberties = set()
        stack = [p]
        cells = self.cells
        while stack:
            q = stack.pop()
            for n in self.neighbours[q]:
                c = cells[n]
                if c == EMPTY:
                    liberties.add(n)
                elif c == color and n not in stones:
                    stones.add(n)
                    stack.append(n)
        return stones, liberties

    def has_liberty(self, p):
        """Whether the group at p has at least one liberty (stops early)."""
        color = self.cells[p]
        seen = {p}
        stack = [p]
        cells = self.cells
        while stack:
            q = stack.pop()
            for n in self.neighbours[q]:
                c = cells[n]
                if c == EMPTY:
                    return True
                if c == color and n not in seen:
                    seen.add(n)
                    stack.append(n)
        return False

    def is_eye(self, p, color):
        """A single empty point all of whose neighbours are color's stones."""
        cells = self.cells
        for n in self.neighbours[p]:
            if cells[n] != color:
                return False
        return True

    def remove(self, stones):
        keys = self.zobrist[self.cells[next(iter(stones))]]
        for s in stones:
            self.hash ^= keys[s]
            self.cells[s] = EMPTY

    def play(self, p):
        """Plays p for the side to move; returns False (board unchanged) if illegal."""
        color = self.to_move
        if p == PASS:
            self.passes += 1
            self.ko = None
            self.to_move = 3 - color
            return True
        if self.cells[p] != EMPTY or p == self.ko:
            return False
        enemy = 3 - color
        self.cells[p] = color
        captured = []
        for n in self.neighbours[p]:
            if self.cells[n] == enemy and not self.has_liberty(n):
                stones, _ = self.group(n)
                captured.extend(stones)
                self.remove(stones)
        if not captured and not self.has_liberty(p):
            self.cells[p] = EMPTY
            return False
        self.hash ^= self.zobrist[color][p]
        self.captures[color] += len(captured)
        self.ko = None
        if len(captured) == 1:
            stones, liberties = self.group(p)
            if len(stones) == 1 and len(liberties) == 1:
                self.ko = captured[0]
        self.passes = 0
        self.to_move = enemy
        return True

    def empty_points(self):
        return [p for p, c in enumerate(self.cells) if c == EMPTY]

    def random_move(self, rng):
        """Plays a random legal move that does not fill an own eye, or passes."""
        candidates = self.empty_points()
        rng.shuffle(candidates)
        for p in candidates:
            if self.is_eye(p, self.to_move):
                continue
            if self.play(p):
                return p
        self.play(PASS)
        return PASS

    def score(self, komi):
        """Area score: black's points minus white's, komi included."""
        totals = {BLACK: 0, WHITE: 0}
        seen = set()
        for p, c in enumerate(self.cells):
            if c != EMPTY:
                totals[c] += 1
            elif p not in seen:
                region = {p}
                borders = set()
                stack = [p]
                while stack:
                    q = stack.pop()
                    for n in self.neighbours[q]:
                        c2 = self.cells[n]
                        if c2 == EMPTY:
                            if n not in region:
                                region.add(n)
                                stack.append(n)
                        else:
                            borders.add(c2)
                seen |= region
                if len(borders) == 1:
                    totals[borders.pop()] += len(region)
        return totals[BLACK] - totals[WHITE] - komi

    def render(self):
        glyph = {EMPTY: ".", BLACK: "X", WHITE: "O"}
        lines = ["   " + " ".join(COLUMNS[:self.size])]
        for row in range(self.size):
            cells = self.cells[row * self.size:(row + 1) * self.size]
            lines.append(f"{self.size - row:2d} " + " ".join(glyph[c] for c in cells))
        return "\n".join(lines)


def playout(board, rng, max_moves):
    moves = 0
    while board.passes < 2 and moves < max_moves:
        board.random_move(rng)
        moves += 1
    return moves


def choose_move(board, rng, playouts, komi):
    """The root move with the best mean playout score for the side to move."""
    color = board.to_move
    sign = 1 if color == BLACK else -1
    best, best_value = PASS, None
    for p in board.empty_points():
        if board.is_eye(p, color):
            continue
        trial = board.copy()
        if not trial.play(p):
            continue
        total = 0.0
        for _ in range(playouts):
            finish = trial.copy()
            playout(finish, rng, 3 * board.size * board.size)
            total += sign * finish.score(komi)
        value = total / playouts
        if best_value is None or value > best_value:
            best, best_value = p, value
    if best_value is not None and best_value < -board.size * board.size / 2:
        return PASS
    return best


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    rng = random.Random(20240611)
    board = Board(7, rng)
    komi = 4.5
    playouts = max(1, 5 // scale)
    limit = max(2, 8 // scale)
    moves = []
    digest = 0
    while board.passes < 2 and len(moves) < limit:
        p = choose_move(board, rng, playouts, komi)
        board.play(p)
        moves.append(board.name(p))
        digest = (digest * 1000003 ^ board.hash) & 0xFFFFFFFFFFFFFFFF
    print("moves:", " ".join(moves))
    print(board.render())
    print("captures:", ", ".join(f"{Stone(c).name.lower()} {n}" for c, n in board.captures.items()))
    finish = board.copy()
    played = playout(finish, rng, 300)
    print(f"finished by {played} random moves, score {finish.score(komi):+.1f}")
    print(f"position digest {digest:016x}")


if __name__ == "__main__":
    main()
