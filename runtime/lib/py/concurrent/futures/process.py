"""ProcessPoolExecutor for gilfree: a thread pool.

gilfree runs threads in parallel without a global interpreter lock, so
the calls submitted here run in worker threads of this process, not in
child processes. Calls and arguments need not be picklable; module state
is shared with the workers, unlike CPython's process pool.
"""

import os as _os

from concurrent.futures._base import BrokenExecutor
from concurrent.futures.thread import ThreadPoolExecutor


class BrokenProcessPool(BrokenExecutor):
    """Raised when a worker of a ProcessPoolExecutor failed to start."""


class ProcessPoolExecutor(ThreadPoolExecutor):
    """An executor whose workers are threads (see the module docstring)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = _os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if max_tasks_per_child is not None:
            if type(max_tasks_per_child) is not int:
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        super().__init__(max_workers, 'ProcessPoolExecutor', initializer,
                         initargs)
