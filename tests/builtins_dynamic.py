# Builtins that reach into the running program and the outside world:
# vars, dir, callable, globals, locals, exec, eval, compile, __import__,
# open, input; and the sys and time modules.
#
# open() writes a scratch file named below in the current directory (the
# test harness runs each script in a fresh temporary directory).

import sys
import time


def raises(exc, fn, *args):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


# eval and exec with explicit and default namespaces.
assert eval("1 + 2 * 3") == 7
assert eval("x * 2", {"x": 21}) == 42
assert eval("x + y", {"x": 1}, {"y": 2}) == 3
assert eval("[c for c in 'ab']") == ["a", "b"]
assert eval("  5\n") == 5
ns = {}
exec("a = 1\ndef f(b):\n    return a + b\n", ns)
assert ns["a"] == 1 and ns["f"](2) == 3
assert "__builtins__" in ns
assert exec("1 + 1") is None
gl = {"__builtins__": {"len": len}}
assert eval("len('abc')", gl) == 3
e = raises(NameError, eval, "abs(-1)", gl)
assert str(e) == "name 'abs' is not defined"
e = raises(SyntaxError, eval, "1 +")
assert e.msg == "invalid syntax" and e.lineno == 1
e = raises(SyntaxError, exec, "x = = 1")
assert e.msg == "invalid syntax"
e = raises(SyntaxError, eval, "x = 1")
assert e.msg == "invalid syntax"
counter = 0
exec("counter += 5")  # module level: exec sees and changes the globals
assert counter == 5


def exec_in_function():
    local_ns = {}
    exec("v = 10", globals(), local_ns)
    return local_ns["v"]


assert exec_in_function() == 10

# compile produces code objects for exec and eval.
code = compile("p * q", "<expr>", "eval")
assert eval(code, {"p": 6, "q": 7}) == 42
assert code.co_filename == "<expr>"
code = compile("r = [i * i for i in range(4)]", "<stmts>", "exec")
ns = {}
exec(code, ns)
assert ns["r"] == [0, 1, 4, 9]
single = compile("1 + 1", "<single>", "single")
assert type(single).__name__ == "code"
e = raises(ValueError, compile, "1", "<x>", "bogus")
assert str(e) == "compile() mode must be 'exec', 'eval' or 'single'"
e = raises(SyntaxError, compile, "def f(:\n", "<bad>", "exec")
assert e.filename == "<bad>" and e.lineno == 1

# vars, dir, callable, globals, locals.


class Shape:
    sides = 0

    def __init__(self):
        self.color = "red"

    def area(self):
        return 0


s = Shape()
assert vars(s) == {"color": "red"}
assert vars(s) is s.__dict__
assert "area" in vars(Shape) and "sides" in vars(Shape)
e = raises(TypeError, vars, 5)
assert str(e) == "vars() argument must have __dict__ attribute"
d = dir(s)
assert d == sorted(d)
assert {"area", "color", "sides", "__init__", "__class__"} <= set(d)
assert "color" not in dir(Shape)
assert "append" in dir([]) and "upper" in dir("")
assert "sqrt" in dir(__import__("math"))


def local_dir():
    alpha = beta = 1
    return dir()


assert local_dir() == ["alpha", "beta"]
assert callable(len) and callable(Shape) and callable(s.area) and callable(lambda: 0)
assert not callable(s) and not callable("str") and not callable(None)
assert globals()["Shape"] is Shape
g = globals()
g["injected"] = "via globals"
assert injected == "via globals"  # noqa: F821


def locals_snapshot(a):
    b = a * 2
    snap = locals()
    snap["b"] = "not written back"
    return b, sorted(snap)


assert locals_snapshot(2) == (4, ["a", "b"])
assert locals() is globals()

# __import__ and the builtins module.
math_mod = __import__("math")
assert math_mod.floor(2.5) == 2
builtins_mod = __import__("builtins")
assert builtins_mod.len is len and builtins_mod.print is print
assert builtins_mod.__name__ == "builtins"
assert sorted(n for n in ("zip", "open", "input", "compile") if hasattr(builtins_mod, n)) == [
    "compile", "input", "open", "zip"]

# open: text and binary, read and write, as a context manager.
# The scratch file is in a directory of its own: the harness runs this
# script under several interpreters at once.
import os
import tempfile
scratch = tempfile.mkdtemp()
path = os.path.join(scratch, "gilfree_builtins_dynamic.tmp")
with open(path, "w") as f:
    assert f.write("line one\n") == 9
    f.write("line two\nünïcode ✓\n")
    assert not f.closed
assert f.closed
with open(path) as f:
    assert f.read() == "line one\nline two\nünïcode ✓\n"
with open(path) as f:
    assert f.readline() == "line one\n"
    assert [line.rstrip("\n") for line in f] == ["line two", "ünïcode ✓"]
with open(path, "r", encoding="utf-8") as f:
    assert f.readlines() == ["line one\n", "line two\n", "ünïcode ✓\n"]
with open(path, "a") as f:
    print("appended", 1, file=f)
with open(path, "rb") as f:
    data = f.read()
assert type(data) is bytes
assert data.endswith(b"\xc3\xbcn\xc3\xafcode \xe2\x9c\x93\nappended 1\n")
with open(path, "wb") as f:
    f.write(bytes(range(256)))
with open(path, "rb") as f:
    assert f.read(4) == b"\x00\x01\x02\x03"
    rest = f.read()
assert len(rest) == 252 and rest[-1] == 255
with open(path, "w") as f:
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    assert f.read(1) == "a" and f.read() == "\nb\n" and f.read() == ""
f = open(path)
f.close()
e = raises(ValueError, f.read)
assert str(e) == "I/O operation on closed file."
e = raises(FileNotFoundError, open, "no_such_dir/no_such_file.txt")
assert e.errno == 2 and e.filename == "no_such_dir/no_such_file.txt"
with open(__file__, encoding="utf-8") as f:
    first = f.readline()
assert first.startswith("# Builtins that reach")
with open(path, "w"):
    pass  # truncate the scratch file
with open(path) as f:
    assert f.read() == ""
os.remove(path)
os.rmdir(scratch)


# input() reads a line from sys.stdin (any object with readline) and
# writes the prompt to sys.stdout.
class FakeStdin:
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


real_stdin = sys.stdin
sys.stdin = FakeStdin(["first answer\n", "second\n"])
try:
    a1 = input("question? ")
    print()
    a2 = input()
    e = raises(EOFError, input)
    assert str(e) == "EOF when reading a line"
finally:
    sys.stdin = real_stdin
assert a1 == "first answer" and a2 == "second"

# The sys module.
assert sys.argv[0].endswith("builtins_dynamic.py") and len(sys.argv) == 1
assert sys.version_info[0] == 3 and sys.version_info >= (3, 11)
assert sys.version_info.major == 3
assert sys.maxsize == 9223372036854775807
assert sys.platform in ("linux", "darwin")
assert isinstance(sys.path, list) and all(isinstance(p, str) for p in sys.path)
# sys.implementation: the implementation's name and versions as attributes.
impl = sys.implementation
assert isinstance(impl.name, str) and impl.name == impl.name.lower()
assert impl.cache_tag is None or isinstance(impl.cache_tag, str)
assert impl.version == sys.version_info and impl.hexversion == sys.hexversion
assert isinstance(impl._multiarch, str)
assert sys.modules["sys"] is sys and sys.modules["__main__"].__name__ == "__main__"
assert sys.intern("abc") is sys.intern("".join(["ab", "c"]))
assert sys.getrecursionlimit() == 1000
sys.setrecursionlimit(2000)
assert sys.getrecursionlimit() == 2000
sys.setrecursionlimit(1000)
obj = object()
base = sys.getrefcount(obj)
holder = [obj, obj]
assert sys.getrefcount(obj) == base + 2
del holder
assert sys.getrefcount(obj) == base


def frame_names():
    frame = sys._getframe()
    return frame.f_code.co_name, sys._getframe(1).f_code.co_name


assert frame_names() == ("frame_names", "<module>")
assert sys._getframe().f_globals is globals()
assert sys.stdout.write("") == 0
assert hasattr(sys.stderr, "write") and hasattr(sys.stdin, "readline")
assert isinstance(sys.float_info.epsilon, float) and sys.float_info.epsilon == 2.220446049250313e-16
assert isinstance(sys.executable, str)
assert sys.byteorder == "little"

# The time module.
t0 = time.time()
p0 = time.perf_counter()
n0 = time.perf_counter_ns()
m0 = time.monotonic()
c0 = time.process_time()
time.sleep(0.01)
assert time.perf_counter() - p0 >= 0.009
assert time.perf_counter_ns() - n0 >= 9_000_000
assert time.monotonic() >= m0
assert time.time() >= t0 > 1_600_000_000
assert time.process_time() >= c0
assert isinstance(time.perf_counter_ns(), int) and isinstance(time.time(), float)
time.sleep(0)
e = raises(ValueError, time.sleep, -1)
assert str(e) == "sleep length must be non-negative"

print("ok")
