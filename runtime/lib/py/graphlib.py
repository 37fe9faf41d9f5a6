"""Topological sorting of a graph of hashable nodes, as CPython's graphlib.

A TopologicalSorter records, for each node, how many predecessors are not
yet done and which nodes follow it. After prepare(), get_ready() hands out
the nodes with no pending predecessors and done() releases their
successors, so independent nodes can be processed in parallel. A sorter is
one object with its own state: share it between threads under a lock.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# A node's pending count becomes one of these once it leaves the sorter.
_HANDED_OUT = -1
_FINISHED = -2


class _Node:
    __slots__ = ("node", "pending", "successors")

    def __init__(self, node):
        self.node = node
        # Predecessors not yet done, or _HANDED_OUT / _FINISHED.
        self.pending = 0
        self.successors = []


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists its nodes, the first repeated
    at the end (each node a predecessor of the next in reverse)."""


class TopologicalSorter:
    """Sorts the nodes of a graph given as {node: predecessors}."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add node, which must come after each of predecessors."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.pending += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.pending == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """Return a tuple of the nodes now ready, each handed out once."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].pending = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(result)
        return result

    def is_active(self):
        """Whether more nodes can be handed out or are still being
        processed."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark handed-out nodes as processed, readying their successors."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        table = self._nodes
        for node in nodes:
            info = table.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.pending
            if state != _HANDED_OUT:
                if state >= 0:
                    raise ValueError(
                        f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.pending = _FINISHED
            for succ in info.successors:
                sinfo = table[succ]
                sinfo.pending -= 1
                if sinfo.pending == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first search along successor edges, nodes in insertion order;
        # reaching a node that is on the current path closes a cycle.
        table = self._nodes
        seen = set()
        for start in table:
            if start in seen:
                continue
            path = []
            on_path = {}
            iters = []
            node = start
            while True:
                if node in seen:
                    if node in on_path:
                        return path[on_path[node]:] + [node]
                else:
                    seen.add(node)
                    iters.append(iter(table[node].successors))
                    on_path[node] = len(path)
                    path.append(node)
                # Step to the next successor of the deepest node with one.
                while path:
                    nxt = next(iters[-1], _FINISHED)
                    if nxt is not _FINISHED:
                        node = nxt
                        break
                    del on_path[path.pop()]
                    iters.pop()
                else:
                    break
        return None

    def static_order(self):
        """Yield every node, each after all its predecessors."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)
