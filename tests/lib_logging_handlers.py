# logging.handlers: RotatingFileHandler's rollover and backups,
# MemoryHandler and BufferingHandler, QueueHandler with a QueueListener
# thread.
import io
import logging
import logging.handlers as H
import os
import queue
import tempfile

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
