"""Shared scaffolding of the stress programs in this directory.

Every program imports this module, calls setup() for its configuration,
runs its workers with run_threads(), checks its exact final counts with
check(), and ends with report(). The configuration comes from the
command line or the environment:

    gilfree list_ops.py [THREADS [ITERATIONS]]
    STRESS_THREADS=8 STRESS_ITERS=2000 STRESS_TIMEOUT=120 gilfree list_ops.py

THREADS defaults to 8; ITERATIONS is the work each thread does (each
program has its own default, sized to finish in about a second); the
timeout, in seconds, is the deadline after which a watchdog declares a
deadlock: it prints every thread's traceback (sys._current_frames, where
the interpreter has it; otherwise the list of live threads, and a note
saying the tracebacks are unavailable) and ends the process with status 3.

The last line a program prints is machine-readable, for the runners:

    STRESS <name> ok threads=<n> ops=<count> seconds=<s> ops_per_s=<rate>
    STRESS <name> FAIL <reason>
"""

import os
import sys
import threading
import time
import traceback

TIMEOUT_STATUS = 3
FAIL_STATUS = 1


class Config:
    """What one run of a program does: its name, thread count, iterations
    per thread, and deadline."""

    def __init__(self, name, threads, iters, timeout):
        self.name = name
        self.threads = threads
        self.iters = iters
        self.timeout = timeout


_config = None
_dog = None
_done = threading.Event()
_failures = []
_failures_lock = threading.Lock()


def _int_setting(pos, env, default):
    if len(sys.argv) > pos and sys.argv[pos]:
        return int(sys.argv[pos])
    value = os.environ.get(env)
    if value:
        return int(value)
    return default


def setup(name, iters, min_threads=1):
    """Read the configuration, start the watchdog, and return the Config.

    iters is the program's default number of iterations per thread;
    STRESS_SCALE (a float) multiplies it, so one variable sizes the whole
    suite."""
    global _config, _dog
    threads = max(_int_setting(1, "STRESS_THREADS", 8), min_threads)
    scale = float(os.environ.get("STRESS_SCALE") or 1)
    iters = _int_setting(2, "STRESS_ITERS", max(1, int(iters * scale)))
    timeout = float(os.environ.get("STRESS_TIMEOUT") or 120)
    _config = Config(name, threads, iters, timeout)
    _dog = threading.Thread(target=_watchdog, name="stress-watchdog", daemon=True)
    _dog.start()
    return _config


def _watchdog():
    if _done.wait(_config.timeout):
        return
    out = sys.stdout
    out.write("STRESS %s: no progress after %.0f s; threads:\n" % (_config.name, _config.timeout))
    dump_threads(out)
    out.write("STRESS %s FAIL deadline of %.0f s passed (deadlock?)\n" % (_config.name, _config.timeout))
    out.flush()
    sys.stderr.flush()
    os._exit(TIMEOUT_STATUS)


def dump_threads(out):
    """Print every live thread, with its traceback where the interpreter
    can give one (sys._current_frames)."""
    frames = getattr(sys, "_current_frames", None)
    frames = frames() if frames is not None else None
    for th in threading.enumerate():
        out.write("--- thread %r (ident %s, daemon %s, alive %s)\n"
                  % (th.name, th.ident, th.daemon, th.is_alive()))
        if frames is None:
            continue
        frame = frames.get(th.ident)
        if frame is not None:
            out.write("".join(traceback.format_stack(frame)))
    if frames is None:
        out.write("(sys._current_frames is not available here: no Python "
                  "tracebacks; the Go runner sends SIGQUIT for the goroutine stacks)\n")


def fail(reason):
    """Record a failure; report() turns it into the FAIL line."""
    with _failures_lock:
        _failures.append(reason)


def check(cond, reason):
    """Record a failure unless cond holds."""
    if not cond:
        fail(reason)


def run_threads(worker, n=None, args_of=None):
    """Run worker(k) (or worker(*args_of(k))) on n threads, started
    together, and return the seconds from the start signal until the last
    one ended. An exception in a worker is a failure, with its traceback."""
    n = _config.threads if n is None else n
    go = threading.Event()

    def body(k):
        go.wait()
        try:
            if args_of is None:
                worker(k)
            else:
                worker(*args_of(k))
        except BaseException:
            fail("worker %d raised:\n%s" % (k, traceback.format_exc()))

    ts = [threading.Thread(target=body, args=(k,), name="stress-%d" % k) for k in range(n)]
    for t in ts:
        t.start()
    start = time.perf_counter()
    go.set()
    for t in ts:
        t.join()
    return time.perf_counter() - start


def report(ops, seconds):
    """Print the result line, stop the watchdog, and exit with status 1 if
    anything failed."""
    _done.set()
    _dog.join()  # so that nothing of this program runs after it returns
    name = _config.name
    if _failures:
        for f in _failures[:20]:
            print("  " + f.rstrip())
        print("STRESS %s FAIL %d failure(s), first: %s" % (name, len(_failures), _failures[0].splitlines()[0]))
        sys.stdout.flush()
        sys.exit(FAIL_STATUS)
    rate = ops / seconds if seconds > 0 else 0.0
    print("STRESS %s ok threads=%d ops=%d seconds=%.3f ops_per_s=%.0f"
          % (name, _config.threads, ops, seconds, rate))
