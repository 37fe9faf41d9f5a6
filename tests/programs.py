# Small whole programs mixing every feature area. Each prints its results,
# so the test harness also compares this output with python3's line by line.


# 1. N-queens by backtracking with sets.
def queens(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placed = []

    def place(row):
        if row == n:
            solutions.append(tuple(placed))
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return solutions


for n in range(1, 9):
    sols = queens(n)
    print(f"queens({n}) = {len(sols):3d}", sols[0] if sols else "-")
assert len(queens(8)) == 92


# 2. A stack machine with an instruction table of bound methods.
class VMError(Exception):
    pass


class VM:
    def __init__(self):
        self.stack = []
        self.ops = {"push": self.push, "add": self.binop(lambda a, b: a + b),
                    "mul": self.binop(lambda a, b: a * b), "dup": self.dup,
                    "swap": self.swap, "print": self.print_top}
        self.out = []

    def push(self, v):
        self.stack.append(v)

    def binop(self, fn):
        def op():
            b, a = self.stack.pop(), self.stack.pop()
            self.stack.append(fn(a, b))
        return op

    def dup(self):
        self.stack.append(self.stack[-1])

    def swap(self):
        self.stack[-1], self.stack[-2] = self.stack[-2], self.stack[-1]

    def print_top(self):
        self.out.append(str(self.stack[-1]))

    def run(self, program):
        for lineno, line in enumerate(program.strip().splitlines(), 1):
            name, *args = line.split()
            try:
                self.ops[name](*map(int, args))
            except KeyError:
                raise VMError(f"line {lineno}: unknown op {name!r}") from None
            except IndexError as exc:
                raise VMError(f"line {lineno}: stack underflow") from exc
        return self.out


vm = VM()
print(vm.run("""
push 6
push 7
mul
print
dup
add
print
push 2
swap
print
"""))
for bad in ("push 1\nfrob", "add"):
    try:
        VM().run(bad)
    except VMError as exc:
        print("VMError:", exc, "| cause:", type(exc.__cause__).__name__)


# 3. Word frequencies with sorting by count then word.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity"""
freq = {}
for word in TEXT.lower().replace(",", " ").split():
    freq[word] = freq.get(word, 0) + 1
for word, count in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:<12}{count:>3} {'#' * count}")


# 4. Rational arithmetic with operator overloading and big integers.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac with zero denominator")
        g = gcd(n, d) * (-1 if d < 0 else 1)
        self.n, self.d = n // g, d // g

    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)

    def __truediv__(self, o):
        return self * Frac(o.d, o.n)

    def __eq__(self, o):
        return (self.n, self.d) == (o.n, o.d)

    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)


harmonic = sum(Frac(1, k) for k in range(1, 31))
print("H(30) =", harmonic)
print("as float:", harmonic.n / harmonic.d)
e_approx = Frac(0)
term = Frac(1)
for k in range(1, 25):
    e_approx = e_approx + term
    term = term / Frac(k)
print("e ~", f"{e_approx.n / e_approx.d:.15f}", len(str(e_approx.d)), "digit denominator")
assert Frac(1, 2) + Frac(1, 3) == Frac(5, 6)
assert repr(Frac(4, -8)) == "-1/2"


# 5. Generators: a lazy pipeline over a log.
LOG = """\
INFO start
WARN disk 81%
INFO tick
ERROR disk full
WARN cpu 95%
INFO stop"""


def parse(lines):
    for line in lines:
        level, _, msg = line.partition(" ")
        yield level, msg


def only(levels, records):
    yield from ((lvl, msg) for lvl, msg in records if lvl in levels)


def numbered(records):
    n = 0
    for rec in records:
        n += 1
        yield n, *rec
    return n


for row in numbered(only({"WARN", "ERROR"}, parse(LOG.splitlines()))):
    print("%d. %-5s %s" % row)


# 6. Text layout: greedy wrapping and justification.
def wrap(text, width):
    lines, line = [], []
    for word in text.split():
        if line and len(" ".join(line + [word])) > width:
            lines.append(line)
            line = []
        line.append(word)
    if line:
        lines.append(line)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1]


paragraph = ("Python programs run unmodified and print the same output as "
             "python3 does, line for line and byte for byte.")
wrapped = wrap(paragraph, 28)
for words in wrapped[:-1]:
    print("|" + justify(words, 28) + "|")
print("|" + " ".join(wrapped[-1]).ljust(28) + "|")

print("ok")
