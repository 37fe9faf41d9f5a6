"""ThreadPoolExecutor: calls run by a pool of worker threads.

The workers share one queue of work items. A worker is started by submit
when no worker is idle and there are fewer than max_workers. At shutdown
(or at interpreter exit, through threading._register_atexit) a None on
the queue tells a worker to end; each worker puts it back for the next.
The workers hold the executor strongly (CPython's hold it through a weak
reference), so an executor dropped without shutdown keeps its idle
workers until the interpreter exits.
"""

import itertools
import os
import queue
import threading

from concurrent.futures import _base

_threads_queues = {}
_global_lock = threading.Lock()
_shutdown = False


def _python_exit():
    global _shutdown
    with _global_lock:
        _shutdown = True
        items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Break the cycle exception -> traceback -> frame -> self.
            self = None
        else:
            self.future.set_result(result)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            import logging
            logging.getLogger("concurrent.futures").critical(
                'Exception in initializer:', exc_info=True)
            executor._initializer_failed()
            return
    try:
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                del item
                executor._idle_semaphore.release()
                continue
            # None: the executor or the interpreter shuts down. Pass the
            # word on to the next worker.
            work_queue.put(None)
            return
    finally:
        with _global_lock:
            _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker of a ThreadPoolExecutor failed in its initializer."""


_counter_lock = threading.Lock()
_counter = itertools.count()


class ThreadPoolExecutor(_base.Executor):
    """An executor that runs each call in one of up to max_workers
    threads (default min(32, os.cpu_count() + 4))."""

    _broken_class = BrokenThreadPool

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            with _counter_lock:
                n = next(_counter)
            thread_name_prefix = "ThreadPoolExecutor-%d" % n
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return its Future."""
        with self._shutdown_lock:
            if self._broken:
                raise self._broken_class(self._broken)
            if self._shutdown:
                raise RuntimeError(
                    'cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # With _shutdown_lock held. An idle worker takes the new item.
        if self._idle_semaphore.acquire(timeout=0):
            return
        n = len(self._threads)
        if n < self._max_workers:
            t = threading.Thread(
                name='%s_%d' % (self._thread_name_prefix, n),
                target=_worker,
                args=(self, self._work_queue, self._initializer,
                      self._initargs))
            with _global_lock:
                if _shutdown:
                    return
                _threads_queues[t] = self._work_queue
            t.start()
            self._threads.add(t)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail every call still queued.
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(
                        self._broken_class(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Run no more new calls; with cancel_futures, cancel the queued
        ones; with wait, return when every worker has ended."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
            threads = list(self._threads)
        if wait:
            for t in threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
