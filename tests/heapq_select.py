# heapq.nsmallest and nlargest keep a bounded heap; they must give exactly
# sorted(...)[:n] (and the reverse sort's), ties resolved by position,
# for keys and without, on inputs with and without len().
import heapq
import random

rng = random.Random(7)


class Tagged:
    """Compares by value only, so ties show which item was kept."""

    def __init__(self, value, tag):
        self.value = value
        self.tag = tag

    def __lt__(self, other):
        return self.value < other.value

    def __eq__(self, other):
        return self.value == other.value

    def __repr__(self):
        return f"T({self.value},{self.tag})"


def ids(items):
    return [id(x) for x in items]


for trial in range(300):
    size = rng.randrange(0, 40)
    data = [Tagged(rng.randrange(8), i) for i in range(size)]
    for n in (-1, 0, 1, 2, 3, 5, 10, 39, 50):
        want_small = sorted(data)[:max(n, 0)]
        want_large = sorted(data, reverse=True)[:max(n, 0)]
        assert ids(heapq.nsmallest(n, data)) == ids(want_small), (n, data)
        assert ids(heapq.nlargest(n, data)) == ids(want_large), (n, data)
        assert ids(heapq.nsmallest(n, iter(data))) == ids(want_small), (n, data)
        assert ids(heapq.nlargest(n, iter(data))) == ids(want_large), (n, data)
        key = lambda t: -t.value
        assert ids(heapq.nsmallest(n, data, key=key)) == ids(sorted(data, key=key)[:max(n, 0)])
        assert ids(heapq.nlargest(n, iter(data), key=key)) == \
            ids(sorted(data, key=key, reverse=True)[:max(n, 0)])

# Plain numbers and strings, and a generator input.
nums = [rng.random() for _ in range(1000)]
assert heapq.nlargest(7, nums) == sorted(nums, reverse=True)[:7]
assert heapq.nsmallest(7, (x for x in nums)) == sorted(nums)[:7]
words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum"]
assert heapq.nlargest(3, words, key=len) == ["banana", "apple", "pear"]
assert heapq.nsmallest(3, words, key=len) == ["fig", "pear", "kiwi"]
assert heapq.nlargest(2, []) == [] and heapq.nsmallest(2, iter([])) == []
print("ok")
