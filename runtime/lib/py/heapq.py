"""Heap queue algorithm (a min-heap kept in a list): gilfree's heapq.

heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k; the
smallest item is heap[0]. Only < is used to compare items, as CPython's
heapq does, so the same inputs leave lists in the same order.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _sift_down(heap, start, pos):
    # Move heap[pos] up towards start until its parent is not larger.
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_up(heap, pos):
    # Move the smaller child up into the hole at pos until a leaf is
    # reached, then settle the displaced item with _sift_down (fewer
    # comparisons than stopping early: Floyd's bottom-up method).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, start, pos)


def _check(heap, fname, arg):
    if not isinstance(heap, list):
        raise TypeError("%s() argument%s must be list, not %s"
                        % (fname, arg, type(heap).__name__))


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check(heap, "heappush", " 1")
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check(heap, "heappop", "")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _check(heap, "heapreplace", " 1")
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return top


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _check(heap, "heappushpop", " 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check(x, "heapify", "")
    for i in range(len(x) // 2 - 1, -1, -1):
        _sift_up(x, i)


# Max-heap variants, used by merge(reverse=True) and nlargest.

def _sift_down_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if p < item:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_up_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down_max(heap, start, pos)


def _heapify_max(x):
    for i in range(len(x) // 2 - 1, -1, -1):
        _sift_up_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_up_max(heap, 0)
        return top
    return last


def _heapreplace_max(heap, item):
    top = heap[0]
    heap[0] = item
    _sift_up_max(heap, 0)
    return top


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Lazy, like sorted(itertools.chain(*iterables)) but never holding more
    than one item of each input. Equal items come out in input order.
    """
    if reverse:
        init, pop, replace = _heapify_max, _heappop_max, _heapreplace_max
        order = -1
    else:
        init, pop, replace = heapify, heappop, heapreplace
        order = 1
    # Each heap entry is [key, tie-break, value, next]; the tie-break (the
    # input's position, negated for reverse) keeps equal keys stable.
    heap = []
    for i, it in enumerate(map(iter, iterables)):
        nxt = it.__next__
        try:
            value = nxt()
        except StopIteration:
            continue
        k = value if key is None else key(value)
        heap.append([k, i * order, value, nxt])
    init(heap)
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(heap, entry)
        except StopIteration:
            pop(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from _rest(entry[3])


def _rest(nxt):
    while True:
        try:
            v = nxt()
        except StopIteration:
            return
        yield v


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to sorted(iterable, key=key)[:n].
    """
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # A max-heap of the n smallest so far, as (key, position, item): the
    # position breaks ties between equal keys in favour of the earlier
    # item, as the stable sort does, and keeps items from being compared.
    # An item enters only if its key is below the largest kept.
    it = iter(iterable)
    heap = []
    for position, item in zip(range(n), it):
        heap.append((item if key is None else key(item), position, item))
    if not heap:
        return []
    _heapify_max(heap)
    top = heap[0][0]
    position = n
    for item in it:
        k = item if key is None else key(item)
        if k < top:
            _heapreplace_max(heap, (k, position, item))
            top = heap[0][0]
        position += 1
    heap.sort()
    return [entry[2] for entry in heap]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to sorted(iterable, key=key, reverse=True)[:n].
    """
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # A min-heap of the n largest so far, as (key, -position, item): among
    # equal keys the earlier item ranks higher, as in the stable reverse
    # sort. An item enters only if its key is above the smallest kept.
    it = iter(iterable)
    heap = []
    for position, item in zip(range(n), it):
        heap.append((item if key is None else key(item), -position, item))
    if not heap:
        return []
    heapify(heap)
    top = heap[0][0]
    position = n
    for item in it:
        k = item if key is None else key(item)
        if top < k:
            heapreplace(heap, (k, -position, item))
            top = heap[0][0]
        position += 1
    heap.sort(reverse=True)
    return [entry[2] for entry in heap]


# The Go versions of the core operations replace the ones above.
try:
    from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
except ImportError:
    pass
