# Int fast paths of the eval loop: range loop variables updated in place
# only when nothing else holds them, and the operators computed inline.

def f():
    keep = []
    for j in range(1000, 1010):
        keep.append(j)
        if j == 1005:
            x = j
    for j in range(300, 303):
        pass
    print(keep, x, j)
    for k in range(2**62, 2**62 + 3):
        print(k, k & 1, k >> 61, 7 // -2, -7 % 3, 1 << 62, 3 << 61, 10 / 4, (2**60) / 3)
    g = [i for i in range(5) if i & 1]
    print(g, [i * i for i in range(1000, 1003)], 9 // 0 if False else 0)
    n = 2**70
    if n:
        print("big true")
    if n - n:
        print("no")
f()
