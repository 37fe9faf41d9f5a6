"""Queues for handing items between threads: FIFO, LIFO and priority
queues with optional bounds, and the unbounded SimpleQueue.

A Queue keeps its items in a container that only code holding its mutex
touches; three conditions on that one mutex let getters wait for items,
putters wait for room, and join() wait for task_done() calls.
"""

import threading
from time import monotonic as _time

try:
    from collections import deque as _deque
except ImportError:
    _deque = None

try:
    from heapq import heappush as _heappush, heappop as _heappop
except ImportError:
    _heappush = _heappop = None

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class _ListDeque(list):
    # Stands in for collections.deque where that is not available: the
    # two operations a FIFO queue needs.
    def popleft(self):
        return self.pop(0)


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A first-in, first-out queue; maxsize <= 0 means unbounded."""

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Tell the queue that a task taken with get() is complete; join()
        returns when every item put has been marked done."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Wait until every item put has been taken and marked done."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The approximate number of items in the queue."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Whether the queue is empty (a moment ago)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Whether the queue is full (a moment ago)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def _wait(self, cond, ready, block, timeout, error):
        # Wait on cond until ready() holds, for put and get; the mutex is
        # held.
        if not block:
            if not ready():
                raise error
            return
        if timeout is None:
            while not ready():
                cond.wait()
            return
        _check_timeout(timeout)
        deadline = _time() + timeout
        while not ready():
            left = deadline - _time()
            if left <= 0.0:
                raise error
            cond.wait(left)

    def put(self, item, block=True, timeout=None):
        """Put an item in the queue, waiting for room if it is bounded and
        full (up to timeout seconds; then Full)."""
        with self.not_full:
            if self.maxsize > 0:
                self._wait(self.not_full, lambda: self._qsize() < self.maxsize,
                           block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Take an item from the queue, waiting for one if it is empty (up
        to timeout seconds; then Empty)."""
        with self.not_empty:
            self._wait(self.not_empty, self._qsize, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Put an item only if there is room at once, else raise Full."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Take an item only if one is there at once, else raise Empty."""
        return self.get(block=False)

    # The container: subclasses override these four.

    def _init(self, maxsize):
        self.queue = _deque() if _deque is not None else _ListDeque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that hands out its smallest item first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        if _heappush is not None:
            _heappush(self.queue, item)
        else:
            self.queue.append(item)
            self.queue.sort()

    def _get(self):
        if _heappop is not None:
            return _heappop(self.queue)
        return self.queue.pop(0)


class LifoQueue(Queue):
    """A last-in, first-out queue (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self):
        self._items = _deque() if _deque is not None else _ListDeque()
        self._mutex = threading.Lock()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Put an item in the queue; it never blocks (the arguments exist
        for compatibility with Queue.put)."""
        with self._mutex:
            self._items.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        """Take an item, waiting for one if the queue is empty (up to
        timeout seconds; then Empty)."""
        _check_timeout(timeout)
        if not self._count.acquire(block, timeout if block else None):
            raise Empty
        with self._mutex:
            return self._items.popleft()

    def put_nowait(self, item):
        """Put an item (same as put)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Take an item if one is there at once, else raise Empty."""
        return self.get(False)

    def empty(self):
        """Whether the queue is empty (a moment ago)."""
        with self._mutex:
            return len(self._items) == 0

    def qsize(self):
        """The approximate number of items in the queue."""
        with self._mutex:
            return len(self._items)
