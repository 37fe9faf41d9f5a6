# errno: Linux's error numbers by name and errorcode's reverse map.
import errno
import os

assert errno.ENOENT == 2 and errno.EACCES == 13 and errno.EEXIST == 17
assert errno.EAGAIN == errno.EWOULDBLOCK == 11
assert errno.EDEADLK == errno.EDEADLOCK
assert errno.errorcode[2] == "ENOENT"
assert errno.errorcode[11] == "EAGAIN"
assert errno.errorcode[errno.EPIPE] == "EPIPE"
assert errno.ECONNREFUSED == 111 and errno.ETIMEDOUT == 110
assert all(getattr(errno, name) == num for num, name in errno.errorcode.items())
assert len(errno.errorcode) > 120
try:
    open("/no/such/file/anywhere")
except OSError as e:
    assert e.errno == errno.ENOENT
    assert errno.errorcode[e.errno] == "ENOENT"
try:
    os.mkdir("/")
except FileExistsError as e:
    assert e.errno == errno.EEXIST
print(errno.errorcode[errno.ENOENT], errno.ENOENT)
print("errno ok")
