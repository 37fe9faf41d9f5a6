# filecmp: cmp shallow and deep (same size, different bytes; same
# signature), cmpfiles' three lists, dircmp's attributes and reports (the
# report text is compared with python3's through standard output), and
# comparisons from many threads sharing the cache.
import filecmp
import os
import shutil
import tempfile
import threading


tmp = tempfile.mkdtemp()
os.chdir(tmp)

def write(name, data):
    os.makedirs(os.path.dirname(name) or ".", exist_ok=True)
    with open(name, "wb") as f:
        f.write(data)

write("x/same.txt", b"hello\n")
write("y/same.txt", b"hello\n")
write("x/diff.txt", b"hello\n")
write("y/diff.txt", b"jello\n")
write("x/size.txt", b"short\n")
write("y/size.txt", b"longer text\n")
write("x/only_x.txt", b"x")
write("y/only_y.txt", b"y")
write("x/sub/deep.txt", b"1" * 20000)
write("y/sub/deep.txt", b"1" * 19999 + b"2")
write("x/sub/deeper/z", b"z")
write("y/sub/deeper/z", b"z")
write("x/kind", b"a file")
os.makedirs("y/kind")
write("x/.git/HEAD", b"ref")
write("y/.git/HEAD", b"other")

assert filecmp.cmp("x/same.txt", "y/same.txt")
assert filecmp.cmp("x/same.txt", "y/same.txt", shallow=False)
assert not filecmp.cmp("x/diff.txt", "y/diff.txt")
assert not filecmp.cmp("x/size.txt", "y/size.txt", shallow=False)
assert not filecmp.cmp("x/sub/deep.txt", "y/sub/deep.txt", shallow=False)
assert filecmp.cmp("x/same.txt", "x/same.txt")
# Not regular files: never equal.
assert not filecmp.cmp("x/sub", "y/sub")
# Same signature (type, size, mtime) counts as equal when shallow.
st = os.stat("x/diff.txt")
os.utime("y/diff.txt", ns=(st.st_atime_ns, st.st_mtime_ns))
assert filecmp.cmp("x/diff.txt", "y/diff.txt")
assert not filecmp.cmp("x/diff.txt", "y/diff.txt", shallow=False)
filecmp.clear_cache()
try:
    filecmp.cmp("x/missing", "y/same.txt")
    raise AssertionError("no error")
except FileNotFoundError:
    pass

match, mismatch, errors = filecmp.cmpfiles("x", "y", ["same.txt", "diff.txt", "size.txt", "nope", "sub"], shallow=False)
assert match == ["same.txt"] and mismatch == ["diff.txt", "size.txt", "sub"], (match, mismatch)
assert errors == ["nope"], errors

d = filecmp.dircmp("x", "y")
assert d.left_list == ["diff.txt", "kind", "only_x.txt", "same.txt", "size.txt", "sub"], d.left_list
assert d.right_list == ["diff.txt", "kind", "only_y.txt", "same.txt", "size.txt", "sub"]
assert d.common == ["diff.txt", "kind", "same.txt", "size.txt", "sub"]
assert d.left_only == ["only_x.txt"] and d.right_only == ["only_y.txt"]
assert d.common_dirs == ["sub"] and d.common_funny == ["kind"]
assert d.common_files == ["diff.txt", "same.txt", "size.txt"]
# Shallow: diff.txt has the same signature now.
assert d.same_files == ["diff.txt", "same.txt"] and d.diff_files == ["size.txt"]
assert d.funny_files == []
assert list(d.subdirs) == ["sub"] and isinstance(d.subdirs["sub"], filecmp.dircmp)
assert d.subdirs["sub"].diff_files == [] or d.subdirs["sub"].diff_files == ["deep.txt"]
try:
    d.nothing
    raise AssertionError("no error")
except AttributeError:
    pass
d.report()
print("--")
d.report_partial_closure()
print("--")
filecmp.dircmp("x", "y", ignore=[], hide=[]).report_full_closure()
assert ".git" in filecmp.dircmp("x", "y", ignore=[]).common_dirs
assert filecmp.DEFAULT_IGNORES[:4] == ["RCS", "CVS", "tags", ".git"]

# Many threads comparing at once through the shared cache.
failures = []
def worker(k):
    try:
        for i in range(100):
            if i % 10 == 0:
                filecmp.clear_cache()
            assert filecmp.cmp("x/same.txt", "y/same.txt", shallow=False)
            assert not filecmp.cmp("x/sub/deep.txt", "y/sub/deep.txt", shallow=False)
            assert filecmp.dircmp("x", "y").same_files == ["diff.txt", "same.txt"]
    except Exception as e:
        failures.append(e)
threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not failures, failures
os.chdir("/")
shutil.rmtree(tmp)
print("filecmp ok")
