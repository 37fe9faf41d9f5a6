"""os calls beyond the basics: affinity, load, times, descriptor
plumbing, statvfs, sysconf, process groups, ownership, FIFOs, waiting
for children, the environment as bytes, and the constants. Each check
asserts a real result; the script passes under python3 too."""

import os
import stat
import subprocess
import sys
import tempfile
import threading

# CPU affinity sizes worker pools.
cpus = os.sched_getaffinity(0)
assert isinstance(cpus, set) and cpus and all(isinstance(c, int) and c >= 0 for c in cpus)
assert len(cpus) <= os.cpu_count()
os.sched_setaffinity(0, cpus)
assert os.sched_getaffinity(0) == cpus
try:
    os.sched_setaffinity(0, [-1])
except ValueError:
    pass
else:
    raise AssertionError('negative CPU accepted')
try:
    os.sched_getaffinity(2**22)
except ProcessLookupError as e:
    assert e.errno == 3
os.sched_yield()

load = os.getloadavg()
assert type(load) is tuple and len(load) == 3 and all(isinstance(x, float) and x >= 0 for x in load)

t = os.times()
assert len(t) == 5 and t.user >= 0 and t.system >= 0 and t.elapsed > 0
assert t[0] == t.user and t[4] == t.elapsed
assert repr(t).startswith('posix.times_result(user=')
assert isinstance(t, os.times_result) and isinstance(t, tuple)

# descriptors
r, w = os.pipe()
assert os.get_blocking(r) and not os.get_inheritable(r)
os.set_blocking(r, False)
assert not os.get_blocking(r)
try:
    os.read(r, 1)
except BlockingIOError as e:
    assert e.errno == 11
else:
    raise AssertionError('read on an empty non-blocking pipe did not fail')
os.set_blocking(r, True)
os.set_inheritable(w, True)
assert os.get_inheritable(w)
os.set_inheritable(w, False)
assert not os.get_inheritable(w)
fd2 = os.dup2(w, 200)
assert fd2 == 200 and os.get_inheritable(200)
assert os.dup2(w, 201, inheritable=False) == 201 and not os.get_inheritable(201)
assert os.dup2(200, 200) == 200
os.write(200, b'ab')
os.write(201, b'cd')
assert os.read(r, 4) == b'abcd'
for fd in (r, w, 200, 201):
    os.close(fd)
try:
    os.dup2(r, 202)
except OSError as e:
    assert e.errno == 9 and str(e) == '[Errno 9] Bad file descriptor'
else:
    raise AssertionError('dup2 of a closed descriptor')
for call in (os.get_blocking, os.get_inheritable):
    try:
        call(r)
    except OSError as e:
        assert e.errno == 9
    else:
        raise AssertionError(call)

r, w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
assert not os.get_blocking(r) and not os.get_inheritable(w)
os.dup2(r, 210)
os.dup2(w, 212)
os.close(r)
os.close(w)
os.closerange(210, 213)
for fd in (210, 212):
    try:
        os.fstat(fd)
    except OSError as e:
        assert e.errno == 9
    else:
        raise AssertionError('closerange left %d open' % fd)

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f')
    fd = os.open(p, os.O_RDWR | os.O_CREAT, 0o644)
    assert os.pwrite(fd, b'abcdef', 2) == 6
    assert os.lseek(fd, 0, os.SEEK_CUR) == 0  # pwrite leaves the offset alone
    assert os.pread(fd, 4, 3) == b'bcde'
    assert os.pread(fd, 100, 6) == b'ef'
    assert os.pread(fd, 4, 100) == b''
    os.ftruncate(fd, 3)
    assert os.fstat(fd).st_size == 3
    os.fsync(fd)
    os.fdatasync(fd)
    os.fchmod(fd, 0o600)
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o600
    os.fchown(fd, -1, -1)
    os.chown(p, os.getuid(), os.getgid())
    os.lchown(p, -1, -1)
    os.chown(fd, -1, -1)
    os.close(fd)
    with os.fdopen(os.open(p, os.O_RDONLY), 'rb') as f:
        assert f.read() == b'\0\0a'
    with os.fdopen(os.open(p, os.O_WRONLY | os.O_APPEND), 'w') as f:
        f.write('xyz')
    with open(p, 'rb') as f:
        assert f.read() == b'\0\0axyz'
    os.truncate(p, 1)
    assert os.stat(p).st_size == 1

    fifo = os.path.join(d, 'fifo')
    os.mkfifo(fifo, 0o600)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    try:
        os.mkfifo(fifo)
    except FileExistsError as e:
        assert e.errno == 17
    else:
        raise AssertionError('mkfifo over an existing file')

    dfd = os.open(d, os.O_RDONLY)
    cwd = os.getcwd()
    try:
        os.fchdir(dfd)
        assert os.path.samefile(os.getcwd(), d)
    finally:
        os.chdir(cwd)
        os.close(dfd)

    st = os.statvfs(d)
    assert len(st) == 10 and st.f_bsize > 0 and st.f_frsize > 0
    assert st.f_blocks >= st.f_bfree >= 0 and st.f_namemax > 0
    assert isinstance(st.f_fsid, int)
    assert st[0] == st.f_bsize and st[9] == st.f_namemax
    fd = os.open(d, os.O_RDONLY)
    assert os.fstatvfs(fd).f_blocks == st.f_blocks
    os.close(fd)
    try:
        os.statvfs(os.path.join(d, 'missing'))
    except FileNotFoundError as e:
        assert e.filename == os.path.join(d, 'missing')
    else:
        raise AssertionError('statvfs of a missing path')

# sysconf
assert os.sysconf('SC_PAGESIZE') == os.sysconf('SC_PAGE_SIZE') == os.sysconf(os.sysconf_names['SC_PAGESIZE'])
assert os.sysconf('SC_PAGESIZE') >= 4096
assert os.sysconf('SC_CLK_TCK') == 100
assert os.sysconf('SC_NPROCESSORS_ONLN') == os.cpu_count()
assert os.sysconf('SC_NPROCESSORS_CONF') >= os.sysconf('SC_NPROCESSORS_ONLN')
assert os.sysconf('SC_OPEN_MAX') > 2 and os.sysconf('SC_ARG_MAX') >= 131072
assert os.sysconf('SC_PHYS_PAGES') >= os.sysconf('SC_AVPHYS_PAGES') > 0
try:
    os.sysconf('SC_NO_SUCH')
except ValueError as e:
    assert str(e) == 'unrecognized configuration name'
else:
    raise AssertionError('unknown sysconf name')
try:
    os.sysconf(1.5)
except TypeError:
    pass
else:
    raise AssertionError('float sysconf name')

# processes
assert os.getpgrp() == os.getpgid(0) == os.getpgid(os.getpid())
# A session leader outside the PID namespace (a container) shows as 0.
assert os.getsid(0) == os.getsid(os.getpid()) >= 0
assert all(isinstance(g, int) for g in os.getgroups())
assert os.getresuid()[0] == os.getuid() and os.getresgid()[1] == os.getegid()
try:
    os.getpgid(2**22)
except ProcessLookupError:
    pass
else:
    raise AssertionError('getpgid of no process')
try:
    name = os.getlogin()
    assert isinstance(name, str) and name
except OSError:
    pass
n = os.nice(0)
assert n == os.getpriority(os.PRIO_PROCESS, 0)
assert os.nice(1) == min(n + 1, 19)
try:
    os.killpg(2**22, 0)
except ProcessLookupError:
    pass
else:
    raise AssertionError('killpg of no group')

# wait statuses
assert os.WIFEXITED(3 << 8) and os.WEXITSTATUS(3 << 8) == 3 and not os.WIFSIGNALED(3 << 8)
assert os.WIFSIGNALED(9) and os.WTERMSIG(9) == 9 and not os.WIFEXITED(9)
assert os.WIFSTOPPED(0x137f) and os.WSTOPSIG(0x137f) == 0x13 and os.WIFCONTINUED(0xffff)
assert os.WCOREDUMP(0x86) and not os.WCOREDUMP(6)
assert os.waitstatus_to_exitcode(3 << 8) == 3 and os.waitstatus_to_exitcode(15) == -15
try:
    os.waitstatus_to_exitcode(0x137f)
except ValueError as e:
    assert str(e) == 'process stopped by delivery of signal 19'
else:
    raise AssertionError('stopped status')

# waitpid takes a child's status, once.
p = subprocess.Popen([sys.executable, '-c', 'import sys; sys.exit(7)'])
pid, status = os.waitpid(p.pid, 0)
assert pid == p.pid and os.waitstatus_to_exitcode(status) == 7
try:
    os.waitpid(p.pid, 0)
except ChildProcessError as e:
    assert e.errno == 10
else:
    raise AssertionError('a child waited for twice')
p.wait()
p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(0.3)'])
assert os.waitpid(p.pid, os.WNOHANG) == (0, 0)
pid, status = os.wait()
assert pid == p.pid and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
p.wait()
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError:
    pass
else:
    raise AssertionError('waitpid with no children')

# Many threads use the calls at once.
errors = []


def worker():
    try:
        for _ in range(200):
            assert os.sched_getaffinity(0) == cpus
            assert os.sysconf('SC_CLK_TCK') == 100
            assert len(os.times()) == 5
            a, b = os.pipe()
            os.set_blocking(a, False)
            assert not os.get_blocking(a)
            os.close(a)
            os.close(b)
    except Exception as e:
        errors.append(e)


threads = [threading.Thread(target=worker) for _ in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
assert not errors, errors

# device numbers
dev = os.makedev(259, 70000)
assert os.major(dev) == 259 and os.minor(dev) == 70000 and dev == 286327664
assert os.device_encoding(os.open(os.devnull, os.O_RDONLY)) is None

# the environment as bytes follows os.environ
assert os.environb[b'PATH'] == os.environ['PATH'].encode()
assert os.getenvb(b'GILFREE_NO_SUCH_VAR', 5) == 5
os.environ['GILFREE_H51'] = 'x'
assert os.environb[b'GILFREE_H51'] == b'x'
os.environb[b'GILFREE_H51'] = b'yz'
assert os.environ['GILFREE_H51'] == 'yz'
assert subprocess.run([sys.executable, '-c', 'import os; print(os.environ["GILFREE_H51"])'],
                      capture_output=True, text=True).stdout == 'yz\n'
del os.environb[b'GILFREE_H51']
assert 'GILFREE_H51' not in os.environ and b'GILFREE_H51' not in os.environb

assert len(os.getrandom(16)) == 16 and os.getrandom(0) == b''

# constants, as Linux defines them
assert (os.EX_USAGE, os.EX_SOFTWARE, os.EX_CONFIG) == (64, 70, 78)
assert (os.PRIO_PROCESS, os.PRIO_PGRP, os.PRIO_USER) == (0, 1, 2)
assert (os.SCHED_OTHER, os.SCHED_FIFO, os.SCHED_RR, os.SCHED_BATCH, os.SCHED_IDLE) == (0, 1, 2, 3, 5)
assert (os.F_ULOCK, os.F_LOCK, os.F_TLOCK, os.F_TEST) == (0, 1, 2, 3)
assert (os.WNOHANG, os.WUNTRACED, os.WCONTINUED) == (1, 2, 8)
assert os.O_ACCMODE == 3 and os.O_NOCTTY == 0o400 and os.O_NDELAY == os.O_NONBLOCK
assert (os.SEEK_DATA, os.SEEK_HOLE) == (3, 4) and os.ST_RDONLY == 1
assert os.stat in os.supports_fd and os.stat in os.supports_follow_symlinks
assert isinstance(os.supports_dir_fd, set)
# writev, posix_fallocate, lockf, the terminal calls
r, w = os.pipe()
assert os.writev(w, [b'ab', bytearray(b'cd'), b'', memoryview(b'ef')]) == 6
assert os.read(r, 10) == b'abcdef'
assert os.writev(w, []) == 0
os.close(r)
os.close(w)
with tempfile.TemporaryFile() as f:
    fd = f.fileno()
    os.posix_fallocate(fd, 0, 4096)
    assert os.fstat(fd).st_size == 4096
    os.lockf(fd, os.F_TLOCK, 0)
    os.lockf(fd, os.F_TEST, 0)
    os.lockf(fd, os.F_LOCK, 10)
    os.lockf(fd, os.F_ULOCK, 0)
try:
    os.lockf(999, os.F_LOCK, 0)
except OSError as e:
    assert e.errno == 9
else:
    raise AssertionError('lockf on a closed descriptor')
assert os.ctermid() == '/dev/tty'
r, w = os.pipe()
try:
    os.get_terminal_size(r)
except OSError as e:
    assert e.errno == 25
else:
    raise AssertionError('the terminal size of a pipe')
os.close(r)
os.close(w)
fd = os.open(os.devnull, os.O_RDONLY)
try:
    os.tcgetpgrp(fd)
except OSError as e:
    assert e.errno == 25
else:
    raise AssertionError('tcgetpgrp of /dev/null')
os.close(fd)
# the exec family replaces a child process
exec_code = """
import os, sys
mode = sys.argv[1]
if mode == 'vp':
    os.execvp('sh', ['sh', '-c', 'echo vp $0', 'x'])
if mode == 'lp':
    os.execlp('echo', 'echo', 'lp')
if mode == 'le':
    os.execle('/bin/sh', 'sh', '-c', 'echo le $GILFREE_H51', {'GILFREE_H51': 'yes'})
if mode == 'vpe':
    os.execvpe('sh', ['sh', '-c', 'echo vpe $GILFREE_H51'], {'GILFREE_H51': 'z', 'PATH': os.environ['PATH']})
if mode == 'missing':
    try:
        os.execvp('no-such-program-gilfree-h51', ['x'])
    except FileNotFoundError as e:
        print('missing', e.errno)
"""
for mode, want in (('vp', 'vp x'), ('lp', 'lp'), ('le', 'le yes'), ('vpe', 'vpe z'), ('missing', 'missing 2')):
    got = subprocess.run([sys.executable, '-c', exec_code, mode], capture_output=True, text=True).stdout
    assert got == want + '\n', (mode, got)
print('ok')
