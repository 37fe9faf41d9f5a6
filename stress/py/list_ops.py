"""Many threads append, extend, insert into and pop from one shared list.

Each thread pushes items tagged with its number and a serial, and pops
items (anyone's) into its own list. At the end the items left in the
shared list plus every popped item are exactly the items pushed: none
lost, none duplicated. Slices and len() are read meanwhile and must be
consistent (a list, a non-negative length)."""

import stresslib

cfg = stresslib.setup("list_ops", iters=20000)
shared = []
popped = [[] for _ in range(cfg.threads)]
pushed = [0] * cfg.threads


def worker(k):
    mine = popped[k]
    n = 0
    for i in range(cfg.iters):
        op = i % 8
        if op < 3:
            shared.append((k, n))
            n += 1
        elif op == 3:
            shared.extend([(k, n), (k, n + 1)])
            n += 2
        elif op == 4:
            shared.insert(i % 5, (k, n))
            n += 1
        elif op == 5:
            snap = shared[-4:]
            if not isinstance(snap, list) or len(snap) > 4 or len(shared) < 0:
                stresslib.fail("bad slice %r" % (snap,))
        else:
            try:
                mine.append(shared.pop())
            except IndexError:
                pass
            if op == 7:
                try:
                    mine.append(shared.pop(0))
                except IndexError:
                    pass
    pushed[k] = n


seconds = stresslib.run_threads(worker)
everything = list(shared)
for p in popped:
    everything.extend(p)
stresslib.check(len(everything) == sum(pushed),
                "items: %d found, %d pushed" % (len(everything), sum(pushed)))
stresslib.check(len(set(everything)) == len(everything), "an item appears twice")
expected = set((k, i) for k in range(cfg.threads) for i in range(pushed[k]))
stresslib.check(set(everything) == expected, "the items found are not the items pushed")
stresslib.report(cfg.threads * cfg.iters, seconds)
