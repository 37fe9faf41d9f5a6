# A small sales report mixing random, collections, itertools, functools,
# operator, heapq, bisect and copy; its printed lines are compared with CPython's.
import random, itertools, functools, operator, heapq, bisect, copy
from collections import Counter, defaultdict, namedtuple, OrderedDict, deque, ChainMap
random.seed(12345)
Sale = namedtuple("Sale", "region product qty price")
regions = ["north", "south", "east", "west"]
products = ["apple", "pear", "plum", "fig", "kiwi"]
sales = [Sale(random.choice(regions), random.choice(products), random.randint(1, 20), round(random.uniform(0.5, 5.0), 2)) for _ in range(500)]
by_region = defaultdict(list)
for s in sales: by_region[s.region].append(s)
for region, rows in sorted(by_region.items()):
    total = functools.reduce(operator.add, (r.qty * r.price for r in rows))
    top = heapq.nlargest(2, rows, key=lambda r: r.qty * r.price)
    print(f"{region:6} {len(rows):4} {total:10.2f} {[t.product for t in top]}")
c = Counter(s.product for s in sales)
print(c.most_common(3), sum(c.values()))
srt = sorted(sales, key=operator.attrgetter("product", "region"))
for prod, grp in itertools.groupby(srt, key=operator.attrgetter("product")):
    g = list(grp)
    print(prod, len(g), max(g, key=operator.itemgetter(2)).qty)
print(list(itertools.islice(itertools.accumulate(s.qty for s in sales), 5)))
print(list(itertools.combinations(products[:4], 2))[:3], len(list(itertools.permutations(products, 3))))
d = deque(maxlen=5)
for s in sales[:20]: d.append(s.qty)
print(d, sum(d), bisect.bisect([1, 5, 10, 15], 7))
od = OrderedDict(sorted(c.items(), key=operator.itemgetter(1)))
od.move_to_end(next(iter(od)))
print(list(od))
cm = ChainMap({"x": 1}, {"x": 2, "y": 3})
print(dict(cm), copy.deepcopy(sales[0]), random.sample(products, 3), random.gauss(0, 1) > -100)
random.shuffle(products); print(products)
@functools.lru_cache(maxsize=None)
def ways(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return ways(n - k, k) + ways(n, k - 1)
print(ways(100, 100), ways.cache_info().currsize)
assert ways(100, 100) == 190569292 and ways.cache_info().hits > 0
assert c.total() == 500 and len(sales) == 500 and sum(len(v) for v in by_region.values()) == 500
print("ok")
