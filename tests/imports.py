# Imports: packages from the script's directory, absolute and relative
# imports, `from x import *`, __all__, module attributes, sys.modules
# caching, import cycles, failed imports, and __import__.

import sys

assert __name__ == "__main__"
assert "importdata" not in sys.modules

import importdata  # noqa: E402

assert sys.modules["importdata"] is importdata
assert "importdata.helpers" in sys.modules and "importdata.constants" in sys.modules
assert importdata.__name__ == "importdata"
assert importdata.__package__ == "importdata"
assert importdata.__file__.endswith("__init__.py")
assert importdata.__path__[0].endswith("importdata")
assert importdata.__doc__.startswith("A small package")
assert importdata.double(21) == 42
assert importdata.consts.SCALE == 3
assert importdata.helpers.where() == "importdata.helpers"  # submodules become attributes
assert type(importdata).__name__ == "module"
assert repr(importdata).startswith("<module 'importdata' from ")

# Importing again returns the cached module; the body ran once.
import importdata.helpers  # noqa: E402
import importdata.helpers as h  # noqa: E402
from importdata import helpers  # noqa: E402

assert h is helpers is sys.modules["importdata.helpers"]
assert h.load_count == 1 and importdata.consts.helper_loads == 1
assert h.scaled(5) == 15
assert h.__name__ == "importdata.helpers" and h.__package__ == "importdata"

# from ... import name, with aliases.
from importdata.constants import GREETING, SCALE as FACTOR  # noqa: E402
from importdata import PACKAGE_LEVEL  # noqa: E402

assert GREETING == "hello" and FACTOR == 3 and PACKAGE_LEVEL == "top"


# Star imports: __all__ when present, else public names only.
def star_import(module):
    ns = {}
    exec(f"from {module} import *", ns)
    del ns["__builtins__"]
    return sorted(ns)


assert star_import("importdata") == ["PACKAGE_LEVEL", "consts", "double"]
assert star_import("importdata.constants") == ["GREETING", "SCALE", "helper_loads"]
assert "_PRIVATE" in vars(importdata.constants)

# Subpackages: relative imports up a level, absolute imports inside.
from importdata.sub import deep  # noqa: E402
import importdata.sub  # noqa: E402

assert importdata.sub.SUB_VALUE == 6
assert importdata.sub.PARENT == "top"
assert deep.DEEP == "hello:6"
assert deep.SAME_HELPERS is helpers
assert deep.PACKAGE == "importdata.sub"
assert deep.__name__ == "importdata.sub.deep"
assert importdata.sub.deep is deep
assert sys.modules["importdata.sub.deep"] is deep

# An import cycle sees the partly initialised module.
from importdata import cycle_a  # noqa: E402

assert cycle_a.B_SAW == "a-before"
assert cycle_a.cycle_b.SAW_A_AFTER is False
assert cycle_a.A_AFTER == "a-after"
assert sys.modules["importdata.cycle_b"].cycle_a is cycle_a

# A failed import propagates its error and leaves no module behind.
try:
    import importdata.broken  # noqa: F401
except ValueError as exc:
    assert str(exc) == "broken on import"
else:
    raise AssertionError("importing broken did not fail")
assert "importdata.broken" not in sys.modules
try:
    import importdata.broken  # noqa: F401,F811
except ValueError:
    pass  # runs the body again
else:
    raise AssertionError("the second import of broken did not fail")

# Missing modules and names.
try:
    import importdata.no_such  # noqa: F401
except ModuleNotFoundError as exc:
    assert str(exc) == "No module named 'importdata.no_such'"
    assert exc.name == "importdata.no_such"
else:
    raise AssertionError("importdata.no_such was imported")
try:
    from importdata import no_such_name  # noqa: F401
except ImportError as exc:
    assert str(exc).startswith("cannot import name 'no_such_name' from 'importdata' (")
    assert exc.name == "importdata"
else:
    raise AssertionError("no_such_name was imported")
try:
    import no_such_top_level_module  # noqa: F401
except ImportError as exc:
    assert type(exc) is ModuleNotFoundError
    assert str(exc) == "No module named 'no_such_top_level_module'"
else:
    raise AssertionError("no_such_top_level_module was imported")

# __import__ returns the top package unless fromlist is given.
top = __import__("importdata.sub.deep")
assert top is importdata
leaf = __import__("importdata.sub.deep", fromlist=["DEEP"])
assert leaf is deep
assert __import__("sys") is sys
assert __import__("math").sqrt(9) == 3.0

# Modules are objects: attributes can be added, and a module replaced in
# sys.modules is what the next import returns.
importdata.added_later = 5
from importdata import added_later  # noqa: E402

assert added_later == 5
stand_in = type(sys)("stand_in")
stand_in.value = "replaced"
sys.modules["importdata.fake"] = stand_in
from importdata.fake import value  # noqa: E402

assert value == "replaced"
assert stand_in.__name__ == "stand_in"
del sys.modules["importdata.fake"]

# Builtin modules and sys.path.
import math  # noqa: E402
import time  # noqa: E402

assert sys.modules["math"] is math and sys.modules["time"] is time
assert "sys" in sys.builtin_module_names
assert sys.path[0].endswith("tests")
assert isinstance(sys.argv, list) and sys.argv[0].endswith("imports.py")
assert sys.modules["__main__"].__name__ == "__main__"
assert sys.modules[__name__] is sys.modules["__main__"]

# The guarded block of a module does not run on import.
assert importdata.constants.GREETING == "hello"

print("ok")
