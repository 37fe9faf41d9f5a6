# for loops over one variable run their back edge and next step as one
# superinstruction: continue, break, else, nested loops, generators, an
# iterator raising on a later step (the traceback's line is the for's).


def gen(n):
    for i in range(n):
        yield i * i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        if self.n == 2:
            raise ValueError("bad step")
        return self.n


total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    for j in gen(i):
        if j > 20:
            break
        total += j
    else:
        total += 1000
print(total)

words = []
for w in ["a", "b", "c"]:
    words.append(w * 2)
else:
    words.append("done")
print(words)

big = 0
for k in range(10**6, 10**6 + 5):
    big += k
print(big)


pairs = 0
for a, b in zip(range(5), "vwxyz"):
    if a == 1:
        continue
    pairs += a
for n, (p, q) in enumerate([(1, 2), (3, 4)]):
    pairs += n * p * q
for x, y, z in [(1, 2, 3), (4, 5, 6)]:
    pairs += x * y * z
for u, v in ((i, -i) for i in range(4)):
    pairs += u - v
print(pairs, [c * 2 for c in range(5) if c != 3], {k: k + k for k in "ab"})


def steps():
    seen = []
    for x in Countdown(6):
        seen.append(x)
    return seen


try:
    steps()
except ValueError as e:
    print("caught", e)

steps()
