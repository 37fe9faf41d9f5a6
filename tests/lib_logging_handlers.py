# logging.handlers: RotatingFileHandler's rollover and backups,
# TimedRotatingFileHandler's schedule and rollovers, WatchedFileHandler,
# MemoryHandler and BufferingHandler, QueueHandler with a QueueListener
# thread.
import datetime
import io
import logging
import logging.handlers as H
import os
import queue
import tempfile
import time

d = tempfile.mkdtemp()
path = os.path.join(d, "app.log")
log = logging.getLogger("rot")
log.propagate = False
log.setLevel(logging.INFO)
rh = H.RotatingFileHandler(path, maxBytes=40, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(rh)
for i in range(10):
    log.info("line %02d of the log", i)  # 19 bytes a line: two a file
rh.close()
log.removeHandler(rh)
assert sorted(os.listdir(d)) == ["app.log", "app.log.1", "app.log.2"], os.listdir(d)
with open(path) as f:
    assert f.read() == "line 08 of the log\nline 09 of the log\n"
with open(path + ".1") as f:
    assert f.read() == "line 06 of the log\nline 07 of the log\n"
with open(path + ".2") as f:
    assert f.read() == "line 04 of the log\nline 05 of the log\n"
for name in os.listdir(d):
    os.remove(os.path.join(d, name))

named = H.RotatingFileHandler(path, maxBytes=1, backupCount=1)
named.namer = lambda name: name + ".old"
named.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(named)
log.info("first")
log.info("second")
named.close()
log.removeHandler(named)
assert sorted(os.listdir(d)) == ["app.log", "app.log.1.old"]
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)

# TimedRotatingFileHandler: the schedule, and rollovers forced by moving
# the next rollover time into the past.
d = tempfile.mkdtemp()
path = os.path.join(d, "timed.log")
for when, after in [("S", 2), ("M", 120), ("H", 7200), ("D", 172800), ("MIDNIGHT", 6400),
                    ("W0", 524800), ("W6", 438400)]:
    h = H.TimedRotatingFileHandler(path, when=when, interval=2, delay=True, utc=True)
    assert h.computeRollover(1700000000) - 1700000000 == after, when
h = H.TimedRotatingFileHandler(path, when="midnight", utc=True, delay=True, atTime=datetime.time(3, 30))
assert h.computeRollover(1700000000) - 1700000000 == 19000
for when, msg in [("X", "Invalid rollover interval specified: X"),
                  ("W7", "Invalid day specified for weekly rollover: W7"),
                  ("W", "You must specify a day for weekly rollover from 0 to 6 (0 is Monday): W")]:
    try:
        H.TimedRotatingFileHandler(path, when=when, delay=True)
    except ValueError as e:
        assert str(e) == msg, e
    else:
        raise AssertionError(when)
th = H.TimedRotatingFileHandler(path, when="H", backupCount=2, utc=True)
th.setFormatter(logging.Formatter("%(message)s"))
tlog = logging.getLogger("timed")
tlog.propagate = False
tlog.addHandler(th)
tlog.warning("zero")
for i, at in enumerate((1700000000, 1700003600, 1700007200), 1):
    th.rolloverAt = at  # in the past: the next record rolls over
    tlog.warning("after %d", i)
    assert th.rolloverAt > time.time()
th.close()
tlog.removeHandler(th)
names = sorted(os.listdir(d))
assert names == ["timed.log", "timed.log.2023-11-14_22", "timed.log.2023-11-14_23"], names
with open(os.path.join(d, "timed.log.2023-11-14_23")) as f:
    assert f.read() == "after 2\n"
with open(path) as f:
    assert f.read() == "after 3\n"
for name in names:
    os.remove(os.path.join(d, name))

# WatchedFileHandler: a file moved away is reopened.
wh = H.WatchedFileHandler(path)
wh.setFormatter(logging.Formatter("%(message)s"))
tlog.addHandler(wh)
tlog.warning("one")
os.rename(path, path + ".moved")
tlog.warning("two")
wh.close()
tlog.removeHandler(wh)
with open(path + ".moved") as f:
    assert f.read() == "one\n"
with open(path) as f:
    assert f.read() == "two\n"
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)

# MemoryHandler: flush on capacity, on flushLevel, and at close.
out = io.StringIO()
target = logging.StreamHandler(out)
target.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
mem = H.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mlog = logging.getLogger("mem")
mlog.propagate = False
mlog.setLevel(logging.DEBUG)
mlog.addHandler(mem)
mlog.info("a")
mlog.info("b")
assert out.getvalue() == "" and len(mem.buffer) == 2
mlog.info("c")
assert out.getvalue() == "INFO a\nINFO b\nINFO c\n" and mem.buffer == []
mlog.debug("d")
mlog.error("e")
assert out.getvalue().endswith("DEBUG d\nERROR e\n")
mlog.info("f")
mem.close()
assert out.getvalue().endswith("INFO f\n") and mem.target is None
mlog.removeHandler(mem)
buf = H.BufferingHandler(2)
buf.handle(logging.makeLogRecord({"msg": "x"}))
assert len(buf.buffer) == 1
buf.handle(logging.makeLogRecord({"msg": "y"}))
assert buf.buffer == []

# QueueHandler and QueueListener.
q = queue.Queue()
qlog = logging.getLogger("queued")
qlog.propagate = False
qlog.setLevel(logging.DEBUG)
qh = H.QueueHandler(q)
qlog.addHandler(qh)
got = io.StringIO()
sink = logging.StreamHandler(got)
sink.setFormatter(logging.Formatter("%(name)s|%(message)s"))
sink.setLevel(logging.INFO)
listener = H.QueueListener(q, sink, respect_handler_level=True)
listener.start()
qlog.info("hello %s", "there")
qlog.debug("dropped by the sink's level")
try:
    1 / 0
except ZeroDivisionError:
    qlog.exception("boom")
listener.stop()
lines = got.getvalue().splitlines()
assert lines[0] == "queued|hello there", lines
assert lines[1] == "queued|boom" and lines[-1] == "ZeroDivisionError: division by zero", lines
rec = qh.prepare(logging.makeLogRecord({"msg": "m %d", "args": (1,), "name": "n"}))
assert (rec.msg, rec.args, rec.exc_info, rec.message) == ("m 1", None, None, "m 1")
print(lines[0])
print("logging.handlers ok")
