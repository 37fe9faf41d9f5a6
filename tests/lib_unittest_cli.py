"""python -m unittest: discovery below a directory (packages searched,
other directories not, a module that fails to import reported as an
error), tests named by module, class, method or file, and the exit
status."""

import os
import subprocess
import sys
import tempfile

FILES = {
    "test_a.py": "import unittest\nclass A(unittest.TestCase):\n"
                 "    def test_one(self): self.assertEqual(1 + 1, 2)\n"
                 "    def test_fail(self): self.assertEqual(1, 2)\n",
    "pkg/__init__.py": "",
    "pkg/test_b.py": "import unittest\nclass B(unittest.TestCase):\n    def test_b(self): pass\n",
    "notpkg/test_c.py": "import unittest\nclass C(unittest.TestCase):\n    def test_c(self): pass\n",
    "test_broken.py": "import nonexistent_module_zz\n",
    "helper.py": "x = 1\n",
}


def run(cwd, *args):
    p = subprocess.run([sys.executable, "-m", "unittest", *args], cwd=cwd,
                       capture_output=True, text=True, timeout=60)
    return p.returncode, p.stderr


with tempfile.TemporaryDirectory() as d:
    for name, text in FILES.items():
        os.makedirs(os.path.dirname(os.path.join(d, name)), exist_ok=True)
        with open(os.path.join(d, name), "w") as f:
            f.write(text)

    status, err = run(d)
    assert status == 1, (status, err)
    lines = err.splitlines()
    assert lines[0] == ".F.E", lines[0]
    assert "ERROR: test_broken (unittest.loader._FailedTest.test_broken)" in err, err
    assert "ImportError: Failed to import test module: test_broken" in err, err
    assert "ModuleNotFoundError: No module named 'nonexistent_module_zz'" in err, err
    assert "FAIL: test_fail (test_a.A.test_fail)" in err, err
    assert "Ran 4 tests in " in err and lines[-1] == "FAILED (failures=1, errors=1)", err
    assert "test_c" not in err

    status, err = run(d, "discover", "-p", "test_a*.py", "-v")
    assert status == 1 and "test_one (test_a.A.test_one) ... ok" in err and "Ran 2 tests" in err, err

    status, err = run(d, "discover", "-s", "pkg", "-t", ".")
    assert status == 0 and "Ran 1 test in " in err and err.splitlines()[-1] == "OK", err

    status, err = run(d, "test_a.A.test_one")
    assert status == 0 and "Ran 1 test in " in err, err

    status, err = run(d, "pkg/test_b.py", "test_a.A")
    assert status == 1 and "Ran 3 tests in " in err, err

    status, err = run(d, "-k", "one", "test_a")
    assert status == 0 and "Ran 1 test in " in err, err
print("unittest cli ok")
