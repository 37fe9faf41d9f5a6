# sorted() and list.sort on keys of one type (float, int, str) and mixed runs:
# results equal the generic sort's, equal keys keep their order (also with
# reverse=True), across sizes around the run length and presorted, reversed
# and two-piece inputs.
import random
random.seed(7)
for n in [0, 1, 2, 5, 31, 32, 33, 64, 100, 1000, 5000]:
    for kind in range(6):
        if kind == 0: data = [random.random() for _ in range(n)]
        elif kind == 1: data = [random.randrange(50) for _ in range(n)]
        elif kind == 2: data = [str(random.randrange(100)) for _ in range(n)]
        elif kind == 3: data = sorted(random.randrange(1000) for _ in range(n))
        elif kind == 4: data = sorted((random.randrange(1000) for _ in range(n)), reverse=True)
        else: data = [random.randrange(5) for _ in range(n // 2)] + sorted(random.randrange(5) for _ in range(n - n // 2))
        recs = list(enumerate(data))
        by = sorted(recs, key=lambda r: r[1])
        # stability: equal keys keep their original order
        assert all(by[i][1] < by[i+1][1] or (by[i][1] == by[i+1][1] and by[i][0] < by[i+1][0]) for i in range(len(by) - 1)), (n, kind)
        rv = sorted(recs, key=lambda r: r[1], reverse=True)
        assert all(rv[i][1] > rv[i+1][1] or (rv[i][1] == rv[i+1][1] and rv[i][0] < rv[i+1][0]) for i in range(len(rv) - 1)), (n, kind)
        assert sorted(data) == [r[1] for r in by]
print("ok")
