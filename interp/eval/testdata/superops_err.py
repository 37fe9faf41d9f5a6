# The superinstructions fused at load time: subscripts of locals, the
# read and write halves of container[key] op= value, and their errors,
# whose tracebacks must name the line and range of the failing part.


class Logged:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        print("get", k)
        return self.d.get(k, 0)

    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v


def subscripts(a, i):
    b = [1.5, 2.5, 3.5]
    print(a[0], a[i], a[-1], b[1] * b[2], b[0] ** 0.5, 2.0 ** -1.5)
    b[1] -= a[0] * 2
    b[i] += 1
    c = {"x": 1}
    c["x"] += 10
    c["y"] = c["x"] ** 2
    log = Logged()
    log["k"] += 5
    log["k"] *= 2
    print(b, c, log.d)
    t = (1, 2, 3)
    print(t[0] + t[i], "abc"[i], 2.0 ** 1024 if False else 2.0 ** 10)


subscripts([10, 20, 30], 2)


def missing(d):
    try:
        d["nope"] += 1
    except KeyError as e:
        print("KeyError", e)
    try:
        return d["nope"]
    except KeyError as e:
        print("again", e)
    try:
        x = [1, 2]
        x[5] -= 1
    except IndexError as e:
        print("IndexError", e)
    try:
        del q
        print(q[0])
    except NameError as e:
        print("NameError", e)
    try:
        print(2.0 ** 5000)
    except OverflowError as e:
        print("OverflowError", e)


missing({})


def fails(rows):
    total = 0
    for r in rows:
        total += r[0]
    rows[1][0] += total
    return rows[2][1]


print(fails([[1, 2], [3, 4], [5]]))
