"""Running calls asynchronously: Future objects and executors.

gilfree has no global interpreter lock, so a ThreadPoolExecutor's workers
run Python code truly in parallel, on as many cores as there are workers.
ProcessPoolExecutor is the same thread pool under another name: gilfree
cannot fork interpreters, and threads already give parallelism. Its
max_workers, mp_context and max_tasks_per_child arguments are accepted;
the last two are ignored.
"""

from concurrent.futures._base import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
    CancelledError, TimeoutError, InvalidStateError, BrokenExecutor, Error,
    Future, Executor, wait, as_completed,
)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'CancelledError', 'TimeoutError', 'BrokenExecutor',
    'Future', 'Executor', 'wait', 'as_completed',
    'ProcessPoolExecutor', 'ThreadPoolExecutor',
)
