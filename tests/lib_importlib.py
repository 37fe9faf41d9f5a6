# importlib: import_module, reload, util.find_spec, spec_from_file_location.
import importlib
import importlib.machinery
import importlib.util
import os
import sys
import tempfile
import textwrap
import threading

tmp = tempfile.mkdtemp()
os.makedirs(os.path.join(tmp, "gfpkg"))
with open(os.path.join(tmp, "gfpkg", "__init__.py"), "w") as f:
    f.write("X = 1\n")
with open(os.path.join(tmp, "gfpkg", "sub.py"), "w") as f:
    f.write("counter = globals().get('counter', 0) + 1\n")
sys.path.insert(0, tmp)

m = importlib.import_module("gfpkg.sub")
assert m.__name__ == "gfpkg.sub" and m.counter == 1 and sys.modules["gfpkg.sub"] is m
assert importlib.import_module(".sub", "gfpkg") is m
assert importlib.import_module("json").dumps([1]) == "[1]"
assert importlib.reload(m) is m and m.counter == 2
with open(os.path.join(tmp, "gfpkg", "sub.py"), "w") as f:
    f.write("counter = 100\nnew_name = 'yes'\n")
importlib.reload(m)
assert m.counter == 100 and m.new_name == "yes"
tw = importlib.reload(textwrap)           # an embedded library module
assert tw is textwrap and textwrap.dedent("  a\n  b") == "a\nb"
for fn, exc, msg in [
        (lambda: importlib.import_module(".x"), TypeError,
         "the 'package' argument is required to perform a relative import for '.x'"),
        (lambda: importlib.import_module("gf_no_such_module"), ModuleNotFoundError,
         "No module named 'gf_no_such_module'"),
        (lambda: importlib.import_module("...x", "gfpkg"), ImportError,
         "attempted relative import beyond top-level package"),
        (lambda: importlib.util.resolve_name(".a", None), ImportError,
         "no package specified for '.a' (required for relative module names)"),
        (lambda: importlib.util.find_spec("os.path.x"), ModuleNotFoundError,
         "__path__ attribute not found on 'os.path' while trying to find 'os.path.x'")]:
    try:
        fn()
        raise AssertionError(msg)
    except exc as e:
        assert str(e) == msg, str(e)
loose = type(sys)("gf_loose")
try:
    importlib.reload(loose)
    raise AssertionError
except ImportError as e:
    assert str(e) == "module gf_loose not in sys.modules"

s = importlib.util.find_spec("gfpkg.sub")
assert s.name == "gfpkg.sub" and s.origin.endswith(os.path.join("gfpkg", "sub.py"))
assert s.parent == "gfpkg" and s.has_location and s.submodule_search_locations is None
s = importlib.util.find_spec("gfpkg")
assert s.parent == "gfpkg" and s.submodule_search_locations == [os.path.join(tmp, "gfpkg")]
assert importlib.util.find_spec("gf_no_such_module") is None
assert importlib.util.find_spec("csv").name == "csv"
assert importlib.util.find_spec("sys").origin == "built-in"
assert importlib.util.resolve_name("..a", "p.q.r") == "p.q.a"
assert importlib.util.resolve_name("abs", None) == "abs"

with open(os.path.join(tmp, "free.py"), "w") as f:
    f.write("value = 42\ndef twice(x):\n    return 2 * x\n")
spec = importlib.util.spec_from_file_location("gf_free", os.path.join(tmp, "free.py"))
assert isinstance(spec, importlib.machinery.ModuleSpec) and spec.name == "gf_free"
mod = importlib.util.module_from_spec(spec)
assert mod.__spec__ is spec and mod.__file__ == spec.origin and "gf_free" not in sys.modules
spec.loader.exec_module(mod)
assert mod.value == 42 and mod.twice(4) == 8
assert ".py" in importlib.machinery.SOURCE_SUFFIXES

# Many threads importing the same fresh module at once get one module.
for i in range(3):
    with open(os.path.join(tmp, "gf_race%d.py" % i), "w") as f:
        f.write("import time\ntime.sleep(0.01)\nloads = [1]\n")
got = []
def imp(i):
    got.append(importlib.import_module("gf_race%d" % (i % 3)))
ts = [threading.Thread(target=imp, args=(i,)) for i in range(9)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert len(set(map(id, got))) == 3 and all(m.loads == [1] for m in got)
importlib.invalidate_caches()
sys.path.remove(tmp)
import shutil
shutil.rmtree(tmp)
print("importlib ok")
