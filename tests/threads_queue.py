# The queue module: FIFO, LIFO, priority and simple queues, blocking and
# non-blocking puts and gets, timeouts, task_done and join, between threads.
import time
import queue
import threading


def elapsed_between(t0, lo, hi):
    d = time.monotonic() - t0
    return lo <= d <= hi


def error_of(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        return type(e).__name__, str(e)
    return None


# --- single-threaded behaviour --------------------------------------------

q = queue.Queue()
assert q.empty() and not q.full() and q.qsize() == 0 and q.maxsize == 0
for i in range(5):
    q.put(i)
assert q.qsize() == 5 and not q.empty()
assert [q.get() for _ in range(5)] == [0, 1, 2, 3, 4]
assert error_of(q.get_nowait) == ("Empty", "")
assert error_of(q.get, False) == ("Empty", "")
assert isinstance(queue.Empty(), Exception) and isinstance(queue.Full(), Exception)

lq = queue.LifoQueue()
for i in range(4):
    lq.put(i)
assert [lq.get() for _ in range(4)] == [3, 2, 1, 0]

pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3, 0]:
    pq.put((x, "item%d" % x))
assert [pq.get()[0] for _ in range(6)] == [0, 1, 2, 3, 4, 5]

bq = queue.Queue(maxsize=2)
bq.put("a")
bq.put_nowait("b")
assert bq.full() and bq.qsize() == 2
assert error_of(bq.put_nowait, "c") == ("Full", "")
assert error_of(bq.put, "c", False) == ("Full", "")
t0 = time.monotonic()
assert error_of(bq.put, "c", timeout=0.05) == ("Full", "")
assert elapsed_between(t0, 0.04, 1.5)
assert bq.get() == "a" and not bq.full()
assert error_of(bq.put, "c", timeout=-1) == ("ValueError", "'timeout' must be a non-negative number")
assert error_of(q.get, timeout=-1) == ("ValueError", "'timeout' must be a non-negative number")
t0 = time.monotonic()
assert error_of(q.get, timeout=0.05) == ("Empty", "")
assert elapsed_between(t0, 0.04, 1.5)
assert error_of(q.get, True, 0) == ("Empty", "")
print("basics", [x for x in "ab"], bq.qsize())

# task_done called too often.
tq = queue.Queue()
assert error_of(tq.task_done) == ("ValueError", "task_done() called too many times")
tq.put(1)
tq.get()
tq.task_done()
tq.join()
assert error_of(tq.task_done) == ("ValueError", "task_done() called too many times")

# --- producers and consumers ------------------------------------------------

work = queue.Queue(maxsize=8)
results = queue.Queue()
PRODUCERS, CONSUMERS, PER = 3, 3, 300
STOP = object()


def produce(base):
    for i in range(PER):
        work.put(base + i)


def consume():
    total = 0
    count = 0
    while True:
        x = work.get()
        if x is STOP:
            work.task_done()
            break
        total += x
        count += 1
        work.task_done()
    results.put((count, total))


ps = [threading.Thread(target=produce, args=(k * 10000,)) for k in range(PRODUCERS)]
cs = [threading.Thread(target=consume) for _ in range(CONSUMERS)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
work.join()
for _ in cs:
    work.put(STOP)
for t in cs:
    t.join()
got = [results.get_nowait() for _ in cs]
assert results.empty()
expected = sum(k * 10000 + i for k in range(PRODUCERS) for i in range(PER))
assert sum(c for c, _ in got) == PRODUCERS * PER
assert sum(s for _, s in got) == expected
assert work.unfinished_tasks == 0 and work.empty()
print("pipeline", sum(c for c, _ in got), sum(s for _, s in got))

# A blocked get wakes when another thread puts; a blocked put wakes when
# another thread gets.
hand = queue.Queue(maxsize=1)
events = []


def late_put():
    time.sleep(0.02)
    events.append("put")
    hand.put("x")


t = threading.Thread(target=late_put)
t.start()
assert hand.get(timeout=5) == "x"
events.append("got")
t.join()
hand.put("first")


def late_get():
    time.sleep(0.02)
    events.append("get")
    events.append(hand.get())


t = threading.Thread(target=late_get)
t.start()
hand.put("second", timeout=5)
events.append("put second")
t.join()
# The getter's append and the putter's may come in either order.
assert events[:3] == ["put", "got", "get"], events
assert sorted(events[3:]) == ["first", "put second"], events
assert hand.get_nowait() == "second"

# join() waits until every task is done.
jq = queue.Queue()
done_items = []


def slow_worker():
    while True:
        item = jq.get()
        time.sleep(0.001)
        done_items.append(item)
        jq.task_done()


for _ in range(2):
    threading.Thread(target=slow_worker, daemon=True).start()
for i in range(20):
    jq.put(i)
jq.join()
assert sorted(done_items) == list(range(20))
print("join", len(done_items))

# Priorities across threads: items come out smallest first once all are in.
pq = queue.PriorityQueue()
fill = [threading.Thread(target=lambda base=base: [pq.put(base + i) for i in range(0, 50, 5)])
        for base in range(5)]
for t in fill:
    t.start()
for t in fill:
    t.join()
out = [pq.get_nowait() for _ in range(pq.qsize())]
assert out == list(range(50))

# --- SimpleQueue ------------------------------------------------------------

sq = queue.SimpleQueue()
assert sq.empty() and sq.qsize() == 0
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=1)
assert sq.qsize() == 3 and not sq.empty()
assert [sq.get(), sq.get_nowait(), sq.get(False)] == [1, 2, 3]
assert error_of(sq.get_nowait) == ("Empty", "")
t0 = time.monotonic()
assert error_of(sq.get, timeout=0.05) == ("Empty", "")
assert elapsed_between(t0, 0.04, 1.5)
assert error_of(sq.get, timeout=-1) == ("ValueError", "'timeout' must be a non-negative number")

collected = []
clock = threading.Lock()


def sq_consumer(n):
    for _ in range(n):
        v = sq.get(timeout=5)
        with clock:
            collected.append(v)


cs = [threading.Thread(target=sq_consumer, args=(100,)) for _ in range(2)]
for t in cs:
    t.start()
for i in range(200):
    sq.put(i)
for t in cs:
    t.join()
assert sorted(collected) == list(range(200)) and sq.empty()
print("simple", len(collected))
