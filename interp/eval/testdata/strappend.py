# s += x appends in place only when nothing else holds s: other names,
# containers, slices sharing its bytes, hashes cached before the append,
# non-ASCII text, and s += s.


def build():
    s = ""
    for i in range(300):
        s += str(i % 10)
    t = s
    s += "!"
    print(len(s), len(t), t[-3:], s[-3:])
    big = "abcdefghij" * 50
    part = big[:10]
    for _ in range(20):
        part += "Z"
    print(big[:40], part)
    d = {}
    k = "key"
    k += "1"
    d[k] = 1
    k += "2"
    print(d, k, "key12" in d, k == "key12", hash(k) == hash("key12"))
    u = "é"
    for c in "ñ€😀abc":
        u += c
    print(u, len(u), u[2], u[-4], u.upper())
    w = "ab"
    w += w
    w += w
    print(w)
    lst = []
    x = "q"
    for i in range(5):
        x += "r"
        lst.append(x)
    print(lst)
    y = "y"
    y = y + "1"
    y = y + "2"
    z = y
    y = y + "3"
    print(y, z)
    try:
        y += 5
    except TypeError as e:
        print(e)
    print(y)


build()


def cell():
    s = "c"

    def add(x):
        nonlocal s
        s += x
        return s

    return add


add = cell()
print(add("1"), add("2"))


def gen():
    s = ""
    for i in range(5):
        s += chr(65 + i)
        yield s


print(list(gen()))
print("x" * 1000 == ("x" * 500)[0:] * 2, "abc"[1:], "abc"[-2:], "abc"[:-5], "héllo"[1:4], [1, 2, 3][1:], (1, 2)[5:], "abc"[::-1])
