# Generators: a lazy pipeline of generator functions and generator
# expressions, with yield from and send. Measures generator creation,
# resumption and the iterator protocol.


def source(n, seed):
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield (state >> 16) % 1000


def scale(items, k):
    for x in items:
        yield x * k


def only_odd(items):
    return (x for x in items if x & 1)


def windows(items, size):
    window = []
    for x in items:
        window.append(x)
        if len(window) == size:
            yield sum(window)
            window.clear()


def chained(parts):
    for p in parts:
        yield from p


def running_mean():
    total = count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total // count


result = 0
for r in range(20):
    pipeline = windows(only_odd(scale(source(150_000, r + 1), 3)), 8)
    acc = running_mean()
    next(acc)
    last = 0
    for s in pipeline:
        last = acc.send(s)
        result = (result + s) % 1_000_000_007
    result += last
combined = sum(chained([range(400_000), (x * 2 for x in range(400_000)), source(400_000, 9)]))
print("result:", result)
print("combined:", combined)
