"""fcntl: descriptor flags, file status flags, flock and lockf on a
temporary file, ioctl's errors, and the argument checks."""

import fcntl
import os
import tempfile

fd, path = tempfile.mkstemp()
try:
    flags = fcntl.fcntl(fd, fcntl.F_GETFD)
    fcntl.fcntl(fd, fcntl.F_SETFD, flags | fcntl.FD_CLOEXEC)
    assert fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC
    fl = fcntl.fcntl(fd, fcntl.F_GETFL)
    assert fl & os.O_RDWR
    fcntl.fcntl(fd, fcntl.F_SETFL, fl | os.O_APPEND)
    assert fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND
    with open(path, "rb") as f:
        fcntl.flock(f, fcntl.LOCK_SH)
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    fcntl.flock(fd, fcntl.LOCK_UN)
    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 10, 0)
    fcntl.lockf(fd, fcntl.LOCK_UN, 10, 0)
    dup = fcntl.fcntl(fd, fcntl.F_DUPFD, 100)
    assert dup >= 100
    os.close(dup)
    try:
        fcntl.ioctl(fd, 0x5401)  # TCGETS on a regular file
    except OSError as e:
        assert e.errno == 25, e  # ENOTTY
    else:
        raise AssertionError("ioctl TCGETS on a file")
finally:
    os.close(fd)
    os.unlink(path)

for bad, exc in ((lambda: fcntl.fcntl(-1, fcntl.F_GETFD), ValueError),
                 (lambda: fcntl.fcntl("x", fcntl.F_GETFD), TypeError),
                 (lambda: fcntl.flock(987, fcntl.LOCK_EX), OSError)):
    try:
        bad()
    except exc:
        pass
    else:
        raise AssertionError(exc)
assert fcntl.LOCK_EX == 2 and fcntl.LOCK_NB == 4 and fcntl.F_SETFD == 2
print("fcntl ok")
