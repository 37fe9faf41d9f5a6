"""A general-purpose event scheduler, as CPython's sched.

Events sit in a heap ordered by (time, priority, sequence); run() calls
each when its time comes, waiting through delayfunc. The queue is guarded
by the scheduler's own lock, so events can be entered and cancelled from
other threads while run() is going; actions run outside the lock.
"""

import heapq
import itertools
import threading
from collections import namedtuple
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'When the event runs, in the units of the timefunc.'
Event.priority.__doc__ = 'Orders events due at the same time; lower runs first.'
Event.sequence.__doc__ = 'Entry order, breaking ties of time and priority.'
Event.action.__doc__ = 'The callable the event calls.'
Event.argument.__doc__ = 'The positional arguments of the action.'
Event.kwargs.__doc__ = 'The keyword arguments of the action.'

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=__import__('time').sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = itertools.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at the given time; return
        the event, which cancel() takes."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator),
                          action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an event delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action,
                             argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run events as their times come until the queue is empty; with
        blocking false, run those already due and return the delay to the
        next one (None when none is left)."""
        lock = self._lock
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        while True:
            with lock:
                if not q:
                    break
                time, priority, sequence, action, argument, kwargs = q[0]
                now = timefunc()
                if time > now:
                    wait = True
                else:
                    wait = False
                    heapq.heappop(q)
            if wait:
                if not blocking:
                    return time - now
                delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                # Give other threads a chance, as CPython's does.
                delayfunc(0)

    @property
    def queue(self):
        """The pending events, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
