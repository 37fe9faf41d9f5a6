# signal: Python handlers run in the main thread; SIG_IGN, SIG_DFL and
# default_int_handler; raise_signal; the errors of bad arguments and of a
# handler set from another thread; the enums.
import os, signal, threading, time
got = []
def handler(signum, frame):
    got.append((signum, frame is not None))
old = signal.signal(signal.SIGUSR1, handler)
assert old == signal.SIG_DFL and signal.getsignal(signal.SIGUSR1) is handler
os.kill(os.getpid(), signal.SIGUSR1)
for _ in range(200):
    if got:
        break
    time.sleep(0.01)
assert got == [(signal.SIGUSR1, True)], got
signal.raise_signal(signal.SIGUSR1)
for _ in range(200):
    if len(got) == 2:
        break
    time.sleep(0.01)
assert len(got) == 2, got
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
time.sleep(0.05)
assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
old = signal.signal(signal.SIGINT, handler)
assert old is signal.default_int_handler
os.kill(os.getpid(), signal.SIGINT)
for _ in range(200):
    if len(got) == 3:
        break
    time.sleep(0.01)
assert got[-1][0] == signal.SIGINT, got
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    for _ in range(200):
        time.sleep(0.01)
except KeyboardInterrupt:
    pass
else:
    raise AssertionError("no KeyboardInterrupt")
def from_thread():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as e:
        got.append(str(e))
t = threading.Thread(target=from_thread); t.start(); t.join()
assert got[-1] == "signal only works in main thread of the main interpreter", got[-1]
for bad, exc in ((lambda: signal.signal(signal.SIGKILL, handler), OSError), (lambda: signal.signal(signal.SIGUSR1, 5), TypeError), (lambda: signal.signal(0, handler), ValueError)):
    try:
        bad()
    except exc:
        pass
    else:
        raise AssertionError(exc)
assert signal.Signals.SIGINT.name == "SIGINT" and signal.SIGTERM == 15 and isinstance(signal.SIGINT, signal.Signals)
assert signal.strsignal(signal.SIGTERM) == "Terminated" and signal.NSIG == 65
assert signal.getsignal(signal.SIGUSR2) is signal.SIG_IGN and isinstance(signal.SIG_IGN, signal.Handlers)
print("ok")
