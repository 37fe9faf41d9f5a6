# logging: the logger hierarchy, levels, handlers, formatters, filters,
# basicConfig, LoggerAdapter, disable, the last-resort handler, threads.
import io
import logging
import os
import sys
import tempfile
import threading

L = logging
assert (L.DEBUG, L.INFO, L.WARNING, L.ERROR, L.CRITICAL, L.NOTSET) == (10, 20, 30, 40, 50, 0)
assert L.WARN == L.WARNING and L.FATAL == L.CRITICAL
assert L.getLevelName(20) == "INFO" and L.getLevelName("ERROR") == 40
assert L.getLevelName(25) == "Level 25"
L.addLevelName(25, "NOTICE")
assert L.getLevelName(25) == "NOTICE" and L.getLevelName("NOTICE") == 25

# Hierarchy: parents by dotted name, the root, propagation.
root = L.getLogger()
assert root is L.root and root.name == "root" and L.getLogger("root") is root
assert repr(root) == "<RootLogger root (WARNING)>"
abc = L.getLogger("a.b.c")
assert abc.parent is root
a = L.getLogger("a")
assert abc.parent is a and a.parent is root
ab = L.getLogger("a.b")
assert abc.parent is ab and ab.parent is a
assert L.getLogger("a.b") is ab and a.getChild("b") is ab
assert repr(ab) == "<Logger a.b (WARNING)>"
a.setLevel(L.DEBUG)
assert abc.getEffectiveLevel() == L.DEBUG and abc.isEnabledFor(L.DEBUG)
assert repr(abc) == "<Logger a.b.c (DEBUG)>"
a.setLevel("INFO")
assert abc.getEffectiveLevel() == L.INFO and not abc.isEnabledFor(L.DEBUG)
for bad, exc in [("LOUD", ValueError), (1.5, TypeError)]:
    try:
        a.setLevel(bad)
    except exc as e:
        msg = str(e)
    else:
        raise AssertionError("accepted %r" % (bad,))
assert msg == "Level not an integer or a valid string: 1.5", msg

out = io.StringIO()
h = L.StreamHandler(out)
h.setFormatter(L.Formatter("%(levelname)s|%(name)s|%(message)s"))
a.addHandler(h)
abc.info("hello %s %d", "world", 3)
abc.debug("hidden")
abc.warning("dict %(x)s", {"x": 7})
ab.propagate = False
saved, sys.stderr = sys.stderr, io.StringIO()
abc.error("stops at a.b")  # no handler on the way: the last resort writes it
assert sys.stderr.getvalue() == "stops at a.b\n"
sys.stderr = saved
ab.propagate = True
abc.log(25, "custom")
assert out.getvalue() == "INFO|a.b.c|hello world 3\nWARNING|a.b.c|dict 7\nNOTICE|a.b.c|custom\n", repr(out.getvalue())
assert a.hasHandlers() and abc.hasHandlers()

# Handler levels, filters, funcName and lineno.
out.seek(0)
out.truncate()
h.setLevel(L.WARNING)
abc.info("below the handler")
h.setLevel(L.NOTSET)
h.setFormatter(L.Formatter("%(funcName)s:%(lineno)d:%(module)s:%(filename)s:%(message)s"))


def where():
    abc.info("here")


where()
assert out.getvalue() == "where:%d:lib_logging:lib_logging.py:here\n" % (where.__code__.co_firstlineno + 1), out.getvalue()
out.seek(0)
out.truncate()
h.setFormatter(L.Formatter("%(name)s %(message)s"))
h.addFilter(L.Filter("a.b"))
a.info("a dropped")
ab.info("ab kept")
abc.info("abc kept")
L.getLogger("a.bc").info("a.bc dropped")
h.filters.clear()
h.addFilter(lambda r: "secret" not in r.getMessage())
a.info("secret dropped")
a.info("public kept")
h.filters.clear()
assert out.getvalue() == "a.b ab kept\na.b.c abc kept\na public kept\n", repr(out.getvalue())

# exception() appends the traceback; exc_info takes an exception too.
out.seek(0)
out.truncate()
try:
    1 / 0
except ZeroDivisionError:
    a.exception("failed %d", 1)
text = out.getvalue()
assert text.startswith("a failed 1\nTraceback (most recent call last):\n"), text
assert text.endswith("ZeroDivisionError: division by zero\n"), text
out.seek(0)
out.truncate()
a.error("with", exc_info=ValueError("v"))
assert out.getvalue() == "a with\nValueError: v\n", repr(out.getvalue())

# extra and LoggerAdapter.
out.seek(0)
out.truncate()
h.setFormatter(L.Formatter("%(user)s %(message)s"))
a.info("x", extra={"user": "ann"})
ad = L.LoggerAdapter(a, {"user": "bob"})
ad.info("y %d", 2)
assert ad.isEnabledFor(L.INFO) and ad.name == "a"
try:
    a.info("z", extra={"message": 1})
except KeyError as e:
    assert str(e) == "\"Attempt to overwrite 'message' in LogRecord\"", str(e)
assert out.getvalue() == "ann x\nbob y 2\n", repr(out.getvalue())

# Formatter: asctime with datefmt, the default time format, styles.
rec = L.makeLogRecord({"msg": "m %s", "args": ("q",), "created": 0.25, "msecs": 250.0,
                       "levelname": "INFO", "name": "n"})
assert rec.getMessage() == "m q"
f = L.Formatter("%(asctime)s %(message)s", datefmt="%Y")
f.converter = __import__("time").gmtime
assert f.format(rec) == "1970 m q"
f = L.Formatter("%(asctime)s")
f.converter = __import__("time").gmtime
assert f.format(rec) == "1970-01-01 00:00:00,250", f.format(rec)
assert L.Formatter("{levelname}-{message}", style="{").format(rec) == "INFO-m q"
assert L.Formatter("$name/$message", style="$").format(rec) == "n/m q"
assert L.Formatter().format(rec) == "m q"
for args in [("%(message)s", None, "?"), ("no fields",)]:
    try:
        L.Formatter(*args)
    except ValueError as e:
        msg = str(e)
    else:
        raise AssertionError(args)
assert msg == "Invalid format 'no fields' for '%' style", msg

# disable.
out.seek(0)
out.truncate()
h.setFormatter(L.Formatter("%(message)s"))
L.disable(L.WARNING)
a.warning("off")
a.error("on")
L.disable(L.NOTSET)
a.warning("back")
assert out.getvalue() == "on\nback\n", repr(out.getvalue())
a.removeHandler(h)

# The last resort: no handlers anywhere, WARNING and above to stderr.
saved = sys.stderr
sys.stderr = err = io.StringIO()
try:
    lone = L.getLogger("lone")
    lone.info("quiet")
    lone.warning("loud %d", 1)
    assert repr(L.NullHandler()) == "<NullHandler (NOTSET)>"
    lone.addHandler(L.NullHandler())
    lone.error("swallowed")
finally:
    sys.stderr = saved
assert err.getvalue() == "loud 1\n", repr(err.getvalue())

# basicConfig: stream, format, level; force; filename and filemode.
buf = io.StringIO()
L.basicConfig(stream=buf, level=L.INFO, format="%(levelname)s:%(message)s")
L.basicConfig(stream=io.StringIO(), level=L.ERROR)  # no effect: root has a handler
L.info("via %s", "root")
L.debug("not shown")
L.getLogger("x.y").warning("child")
assert buf.getvalue() == "INFO:via root\nWARNING:child\n", repr(buf.getvalue())
assert root.level == L.INFO
for kw, msg in [({"stream": buf, "filename": "f", "force": True},
                 "'stream' and 'filename' should not be specified together"),
                ({"bogus": 1, "force": True}, "Unrecognised argument(s): bogus"),
                ({"style": "x", "force": True}, "Style must be one of: %,{,$")]:
    try:
        L.basicConfig(**kw)
    except ValueError as e:
        assert str(e) == msg, e
    else:
        raise AssertionError(kw)
d = tempfile.mkdtemp()
path = os.path.join(d, "log.txt")
L.basicConfig(filename=path, filemode="w", format="%(name)s %(message)s", force=True)
fh = root.handlers[0]
assert isinstance(fh, L.FileHandler) and fh.baseFilename == path
assert repr(fh) == "<FileHandler %s (NOTSET)>" % path
L.getLogger("file").warning("to file")
L.basicConfig(stream=buf, force=True)
with open(path) as fp:
    assert fp.read() == "file to file\n"
assert repr(root.handlers[0]) == "<StreamHandler (NOTSET)>"
os.remove(path)
os.rmdir(d)

# Threads: many loggers made and used at once, every line written whole.
tout = io.StringIO()
th = L.StreamHandler(tout)
th.setFormatter(L.Formatter("%(name)s %(message)s"))
tl = L.getLogger("t")
tl.propagate = False
tl.addHandler(th)
tl.setLevel(L.INFO)


def work(n):
    lg = L.getLogger("t.w%d.sub" % (n % 4))
    for i in range(50):
        lg.info("n%d i%d", n, i)


ts = [threading.Thread(target=work, args=(n,)) for n in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
lines = tout.getvalue().splitlines()
assert len(lines) == 400 and all(line.startswith("t.w") and " n" in line for line in lines)
assert L.getLogger("t.w1").parent is tl
assert L.getLogger("t.w1.sub").parent is L.getLogger("t.w1")

print(repr(ab), repr(h))
print("logging ok")
