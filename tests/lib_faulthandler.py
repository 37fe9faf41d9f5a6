# faulthandler: enable/disable/is_enabled, dump_traceback of the current
# thread and of all threads (a thread blocked in a known function is
# found under its own ident), dump_traceback_later firing and cancelled,
# register/unregister for a user signal, and the report a fatal signal
# writes before the process dies by it.
import faulthandler
import io
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time


def raises(exc, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


def line():
    return sys._getframe(1).f_lineno


tmp = tempfile.mkdtemp()
def out_file(name):
    return open(os.path.join(tmp, name), "w+")

def read(f):
    f.seek(0)
    return f.read()

me = os.path.abspath(__file__)
assert os.path.abspath(faulthandler.__file__ if hasattr(faulthandler, "__file__") else me)

# enable / disable.
was = faulthandler.is_enabled()
with out_file("enable") as f:
    faulthandler.enable(file=f)
    assert faulthandler.is_enabled()
    assert faulthandler.disable() is True
    assert not faulthandler.is_enabled()
    assert faulthandler.disable() is False
    faulthandler.enable(f.fileno(), all_threads=False)
    assert faulthandler.is_enabled()
    faulthandler.disable()
raises(io.UnsupportedOperation, faulthandler.enable, io.StringIO())
raises(ValueError, faulthandler.dump_traceback, -1)

# The current thread's stack.
def inner(f):
    faulthandler.dump_traceback(f, all_threads=False); return line()
def outer(f):
    n = inner(f); return n, line()
with out_file("one") as f:
    a, b = outer(f); c = line()
    text = read(f)
assert text == ('Stack (most recent call first):\n'
                '  File "%s", line %d in inner\n'
                '  File "%s", line %d in outer\n'
                '  File "%s", line %d in <module>\n' % (__file__, a, __file__, b, __file__, c)), text

# Every thread: a worker blocked in waiting() is listed under its ident,
# the caller as the current thread.
ready = threading.Event()
go = threading.Event()
def waiting():
    ready.set(); go.wait(); return
wait_line = line() - 1
worker = threading.Thread(target=waiting, daemon=True)
worker.start()
ready.wait()
time.sleep(0.05)
with out_file("all") as f:
    faulthandler.dump_traceback(file=f); here = line()
    text = read(f)
paragraphs = text.split("\n\n")
assert len(paragraphs) >= 2, text
cur = [p for p in paragraphs if p.startswith("Current thread 0x")]
assert len(cur) == 1 and cur[0].endswith('  File "%s", line %d in <module>\n' % (__file__, here)), text
mine = [p for p in paragraphs if p.startswith("Thread 0x%016x (most recent call first):\n" % worker.ident)]
assert len(mine) == 1 and ('  File "%s", line %d in waiting\n' % (__file__, wait_line)) in mine[0], text
for p in paragraphs:
    p = p if p.endswith("\n") else p + "\n"
    assert re.fullmatch(r'(Current thread|Thread) 0x[0-9a-f]{16} \(most recent call first\):\n'
                        r'(  File ".*", line \d+ in .*\n)+', p), p

# dump_traceback_later: fires after its timeout, listing the threads but
# not its own watchdog; a cancelled one writes nothing.
with out_file("later") as f:
    faulthandler.dump_traceback_later(0.05, file=f)
    deadline = time.monotonic() + 10; loop = line() + 1
    while time.monotonic() < deadline and "in <module>" not in read(f):
        time.sleep(0.02)
    faulthandler.cancel_dump_traceback_later()
    text = read(f)
assert text.startswith("Timeout (0:00:00.050000)!\nThread 0x"), text
assert "Current thread" not in text
assert re.search(r'line (%d|%d) in <module>\n' % (loop, loop + 1), text), text
assert "in waiting\n" in text
with out_file("cancelled") as f:
    faulthandler.dump_traceback_later(0.2, file=f)
    faulthandler.dump_traceback_later(0.3, repeat=True, file=f)
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.4)
    assert read(f) == ""
faulthandler.cancel_dump_traceback_later()
assert str(raises(ValueError, faulthandler.dump_traceback_later, 0)) == "timeout must be greater than 0"
go.set()
worker.join()

# A user signal dumps the traceback where the main thread is.
with out_file("signal") as f:
    faulthandler.register(signal.SIGUSR1, file=f, all_threads=False)
    def poke():
        os.kill(os.getpid(), signal.SIGUSR1)
        time.sleep(0.1); return line()
    n = poke()
    text = read(f)
    assert faulthandler.unregister(signal.SIGUSR1) is True
    assert faulthandler.unregister(signal.SIGUSR1) is False
assert text.startswith('Stack (most recent call first):\n  File "%s", line ' % __file__), text
assert re.search(r'line (%d|%d) in poke\n' % (n - 1, n), text), text
raises(RuntimeError, faulthandler.register, signal.SIGSEGV)

# A fatal signal: the report, then death by the signal.
code = """if 1:
    import faulthandler, signal, time
    faulthandler.enable()
    def crash():
        signal.raise_signal(signal.SIGABRT)
        time.sleep(5)
    crash()
"""
p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
assert p.returncode == -signal.SIGABRT, (p.returncode, p.stderr)
assert p.stderr.startswith("Fatal Python error: Aborted\n\n"), p.stderr
assert re.search(r'(Current thread|Thread) 0x[0-9a-f]{16} \(most recent call first\):\n'
                 r'  File "<string>", line [56] in crash\n'
                 r'  File "<string>", line 7 in <module>\n', p.stderr), p.stderr
print("faulthandler ok")
