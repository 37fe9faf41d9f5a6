# The os and os.path modules: paths computed (join, split, normpath,
# relpath, ...), the file system inside a scratch directory (mkdir,
# makedirs, listdir, scandir, stat, rename, remove, walk), the environment
# written through to child processes, descriptors, and OSErrors with
# CPython's errno, strerror and filename.

import os
import os.path
import sys


def raises(exc, fn, *args, **kw):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args, **kw)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


# Constants.
assert os.name == 'posix' and os.sep == '/' and os.pathsep == ':'
assert os.linesep == '\n' and os.curdir == '.' and os.pardir == '..'
assert os.extsep == '.' and os.devnull == '/dev/null' and os.altsep is None
assert os.path is sys.modules['os.path'] and os.path.sep == '/'
assert os.F_OK == 0 and os.R_OK == 4 and os.W_OK == 2 and os.X_OK == 1
assert os.SEEK_SET == 0 and os.SEEK_CUR == 1 and os.SEEK_END == 2
assert os.error is OSError

# os.path on strings.
j = os.path.join
assert j('a', 'b', 'c') == 'a/b/c'
assert j('a/', 'b') == 'a/b'
assert j('a', '/b', 'c') == '/b/c'
assert j('', 'x') == 'x' and j('a', '') == 'a/'
assert j(b'a', b'b') == b'a/b'
e = raises(TypeError, j, 'a', b'b')
assert str(e) == "Can't mix strings and bytes in path components"
assert os.path.split('/a/b/c.txt') == ('/a/b', 'c.txt')
assert os.path.split('/a/b/') == ('/a/b', '')
assert os.path.split('file') == ('', 'file')
assert os.path.split('//x') == ('//', 'x')
assert os.path.split('/') == ('/', '')
assert os.path.splitext('a/b.tar.gz') == ('a/b.tar', '.gz')
assert os.path.splitext('.bashrc') == ('.bashrc', '')
assert os.path.splitext('a/..b') == ('a/..b', '')
assert os.path.splitext('x.') == ('x', '.')
assert os.path.splitext('a.b/c') == ('a.b/c', '')
assert os.path.basename('/a/b.py') == 'b.py' and os.path.basename('/a/') == ''
assert os.path.dirname('/a/b.py') == '/a' and os.path.dirname('b.py') == ''
assert os.path.dirname('/a') == '/' and os.path.dirname('//a//b') == '//a'
assert os.path.isabs('/x') and not os.path.isabs('x')
assert os.path.normpath('a//b/./c/../d/') == 'a/b/d'
assert os.path.normpath('') == '.' and os.path.normpath('../../a') == '../../a'
assert os.path.normpath('/../a') == '/a' and os.path.normpath('//a') == '//a'
assert os.path.normpath('///a/.') == '/a'
assert os.path.relpath('/a/b/c', '/a/d') == '../b/c'
assert os.path.relpath('/a/b', '/a/b') == '.'
assert os.path.commonpath(['/usr/lib', '/usr/local/lib']) == '/usr'
assert os.path.commonpath(['a/b', 'a/c']) == 'a'
e = raises(ValueError, os.path.commonpath, ['/a', 'b'])
assert str(e) == "Can't mix absolute and relative paths"
e = raises(ValueError, os.path.commonpath, [])
assert str(e) == 'commonpath() arg is an empty sequence'
assert os.path.commonprefix(['interstellar', 'internet']) == 'inter'
assert os.path.commonprefix([]) == ''
assert os.path.splitdrive('/a/b') == ('', '/a/b')
assert os.path.normcase('AbC') == 'AbC'

home = os.environ['HOME']
assert os.path.expanduser('~') == home
assert os.path.expanduser('~/x') == home.rstrip('/') + '/x'
assert os.path.expanduser('x/~') == 'x/~'
os.environ['GF_TEST_VAR'] = 'val'
assert os.path.expandvars('$GF_TEST_VAR/${GF_TEST_VAR}/$NOPE_NOT_SET') == 'val/val/$NOPE_NOT_SET'

# The working directory and a scratch tree. Every run starts in an empty
# directory of its own, but the script cleans up after itself anyway.
start = os.getcwd()
assert os.path.isabs(start) and os.path.abspath('.') == start
assert os.path.abspath('x/../y') == os.path.join(start, 'y')
top = os.path.join(start, 'os_scratch')
os.mkdir(top)
try:
    assert os.path.isdir(top) and not os.path.isfile(top) and os.path.exists(top)
    e = raises(FileExistsError, os.mkdir, top)
    assert e.errno == 17 and e.strerror == 'File exists' and e.filename == top
    assert str(e) == "[Errno 17] File exists: %r" % top

    os.chdir(top)
    assert os.getcwd() == os.path.realpath(top)
    with open('a.txt', 'w') as f:
        f.write('hello world\n')
    assert os.path.isfile('a.txt') and os.path.getsize('a.txt') == 12
    st = os.stat('a.txt')
    assert isinstance(st, os.stat_result) and isinstance(st, tuple) and len(st) == 10
    assert st.st_size == 12 and st[6] == 12 and st.st_mode == st[0]
    assert st.st_mode & 0o170000 == 0o100000
    assert isinstance(st.st_mtime, float) and isinstance(st[8], int)
    assert st.st_mtime_ns // 10**9 == st[8] and abs(st.st_mtime - os.path.getmtime('a.txt')) < 1e-6
    assert os.stat(top).st_mode & 0o170000 == 0o040000
    assert os.lstat('a.txt').st_ino == st.st_ino
    assert repr(st).startswith('os.stat_result(st_mode=')
    e = raises(FileNotFoundError, os.stat, 'missing.txt')
    assert e.errno == 2 and e.strerror == 'No such file or directory' and e.filename == 'missing.txt'
    assert str(e) == "[Errno 2] No such file or directory: 'missing.txt'"
    e = raises(TypeError, os.stat, 1.5)
    assert str(e) == 'stat: path should be string, bytes, os.PathLike or integer, not float'

    os.makedirs('d1/d2/d3')
    assert os.path.isdir('d1/d2/d3')
    os.makedirs('d1/d2/d3', exist_ok=True)
    e = raises(FileExistsError, os.makedirs, 'd1/d2')
    assert e.filename == 'd1/d2'
    e = raises(FileExistsError, os.makedirs, 'a.txt', exist_ok=True)
    assert e.errno == 17
    with open('d1/b.py', 'w') as f:
        f.write('x = 1\n')
    assert sorted(os.listdir()) == ['a.txt', 'd1']
    assert sorted(os.listdir('d1')) == ['b.py', 'd2']
    assert sorted(os.listdir(b'd1')) == [b'b.py', b'd2']
    e = raises(FileNotFoundError, os.listdir, 'nope')
    assert str(e) == "[Errno 2] No such file or directory: 'nope'"
    e = raises(NotADirectoryError, os.listdir, 'a.txt')
    assert e.errno == 20 and e.strerror == 'Not a directory'

    with os.scandir('d1') as it:
        entries = sorted(it, key=lambda e: e.name)
    assert [e.name for e in entries] == ['b.py', 'd2']
    assert [e.path for e in entries] == ['d1/b.py', 'd1/d2']
    assert entries[0].is_file() and not entries[0].is_dir() and not entries[0].is_symlink()
    assert entries[1].is_dir() and not entries[1].is_file()
    assert entries[0].stat().st_size == 6 and os.fspath(entries[0]) == 'd1/b.py'
    assert repr(entries[0]) == "<DirEntry 'b.py'>"
    assert entries[0].inode() == os.stat('d1/b.py').st_ino

    os.symlink('a.txt', 'link')
    assert os.path.islink('link') and os.path.isfile('link') and os.readlink('link') == 'a.txt'
    assert os.path.realpath('link') == os.path.join(os.getcwd(), 'a.txt')
    assert os.lstat('link').st_mode & 0o170000 == 0o120000
    os.symlink('nowhere', 'dangling')
    assert os.path.lexists('dangling') and not os.path.exists('dangling')
    os.unlink('dangling')

    walked = []
    for dirpath, dirnames, filenames in os.walk('.'):
        dirnames.sort()
        walked.append((dirpath, sorted(dirnames), sorted(filenames)))
    assert walked == [('.', ['d1'], ['a.txt', 'link']), ('./d1', ['d2'], ['b.py']),
                      ('./d1/d2', ['d3'], []), ('./d1/d2/d3', [], [])], walked
    bottom_up = [w[0] for w in os.walk('d1', topdown=False)]
    assert bottom_up == ['d1/d2/d3', 'd1/d2', 'd1']
    errors = []
    assert list(os.walk('nope', onerror=errors.append)) == [] and isinstance(errors[0], FileNotFoundError)

    os.rename('a.txt', 'c.txt')
    assert not os.path.exists('a.txt') and os.path.exists('c.txt')
    e = raises(FileNotFoundError, os.rename, 'a.txt', 'z.txt')
    assert str(e) == "[Errno 2] No such file or directory: 'a.txt' -> 'z.txt'"
    assert e.filename == 'a.txt' and e.filename2 == 'z.txt'
    with open('d.txt', 'w') as f:
        f.write('dd')
    os.replace('d.txt', 'c.txt')
    with open('c.txt') as f:
        assert f.read() == 'dd'
    os.remove('c.txt')
    e = raises(FileNotFoundError, os.remove, 'c.txt')
    assert e.filename == 'c.txt'
    e = raises(OSError, os.rmdir, 'd1')
    assert e.errno == 39 and e.strerror == 'Directory not empty'
    e = raises(IsADirectoryError, os.unlink, 'd1')
    assert e.errno == 21
    os.removedirs('d1/d2/d3')
    assert not os.path.exists('d1/d2') and os.path.exists('d1')
    os.remove('d1/b.py')
    os.rmdir('d1')
    os.unlink('link')
    assert os.listdir('.') == []

    # Descriptors.
    fd = os.open('raw.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    assert isinstance(fd, int) and fd > 2
    assert os.write(fd, b'abcdef') == 6
    os.close(fd)
    fd = os.open('raw.bin', os.O_RDONLY)
    assert os.read(fd, 3) == b'abc' and os.lseek(fd, 1, os.SEEK_SET) == 1
    assert os.read(fd, 100) == b'bcdef' and os.read(fd, 10) == b''
    assert os.fstat(fd).st_size == 6 and not os.isatty(fd)
    os.close(fd)
    e = raises(OSError, os.close, fd)
    assert e.errno == 9 and str(e) == '[Errno 9] Bad file descriptor'
    e = raises(FileNotFoundError, os.open, 'none.bin', os.O_RDONLY)
    assert e.filename == 'none.bin'
    r, w = os.pipe()
    os.write(w, b'through the pipe')
    os.close(w)
    assert os.read(r, 100) == b'through the pipe'
    os.close(r)
    os.truncate('raw.bin', 2)
    assert os.path.getsize('raw.bin') == 2
    os.chmod('raw.bin', 0o600)
    assert os.stat('raw.bin').st_mode & 0o777 == 0o600
    assert os.access('raw.bin', os.R_OK) and os.access('raw.bin', os.F_OK)
    assert not os.access('none.bin', os.F_OK)
    os.utime('raw.bin', (1000000000, 1200000000))
    st = os.stat('raw.bin')
    assert st.st_mtime == 1200000000.0 and st[7] == 1000000000
    os.utime('raw.bin', ns=(5 * 10**9, 7 * 10**9 + 5))
    assert os.stat('raw.bin').st_mtime_ns == 7 * 10**9 + 5
    os.remove('raw.bin')
finally:
    os.chdir(start)
    for dirpath, dirnames, filenames in os.walk(top, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        for name in dirnames:
            p = os.path.join(dirpath, name)
            if os.path.islink(p):
                os.remove(p)
            else:
                os.rmdir(p)
    os.rmdir(top)
assert not os.path.exists(top)

# The environment.
assert os.environ['GF_TEST_VAR'] == 'val' and os.getenv('GF_TEST_VAR') == 'val'
assert os.getenv('GF_NOT_SET') is None and os.getenv('GF_NOT_SET', 'dflt') == 'dflt'
assert 'GF_TEST_VAR' in os.environ and 'GF_TEST_VAR' in list(os.environ)
e = raises(KeyError, lambda: os.environ['GF_NOT_SET'])
assert e.args == ('GF_NOT_SET',)
e = raises(TypeError, os.environ.__setitem__, 'X', 1)
assert str(e) == 'str expected, not int'
assert os.environ.setdefault('GF_SD', 'one') == 'one' and os.environ.setdefault('GF_SD', 'two') == 'one'
assert os.environ.pop('GF_SD') == 'one' and 'GF_SD' not in os.environ
assert os.environ.pop('GF_SD', 'gone') == 'gone'
os.environ.update({'GF_A': '1'}, GF_B='2')
assert os.environ.get('GF_A') == '1' and os.environ['GF_B'] == '2'
assert isinstance(os.environ.copy(), dict) and os.environ.copy()['GF_A'] == '1'
import collections.abc
assert isinstance(os.environ, collections.abc.MutableMapping) and isinstance(os.environ, collections.abc.Mapping)
del os.environ['GF_A']
assert 'GF_A' not in os.environ
raises(KeyError, os.environ.__delitem__, 'GF_A')
# A child process sees the changes.
import subprocess
out = subprocess.run(['sh', '-c', 'echo "$GF_TEST_VAR:$GF_B:${GF_A-unset}"'], capture_output=True, text=True).stdout
assert out == 'val:2:unset\n', out
e = raises(ValueError, os.putenv, 'A=B', 'x')
assert str(e) == 'illegal environment variable name'

# Processes and odds and ends.
assert os.getpid() > 0 and os.getppid() > 0 and os.getpid() != os.getppid()
assert os.getuid() >= 0 and os.getgid() >= 0 and os.geteuid() >= 0
assert os.cpu_count() >= 1
u = os.urandom(16)
assert isinstance(u, bytes) and len(u) == 16 and os.urandom(0) == b''
assert os.strerror(2) == 'No such file or directory' and os.strerror(13) == 'Permission denied'
old = os.umask(0o22)
assert os.umask(old) == 0o22
assert os.uname().sysname == 'Linux' and len(os.uname()) == 5
assert os.fsencode('abc') == b'abc' and os.fsdecode(b'abc') == 'abc'


class P:
    def __fspath__(self):
        return 'some/path'


assert os.fspath('x') == 'x' and os.fspath(b'x') == b'x' and os.fspath(P()) == 'some/path'
assert isinstance(P(), os.PathLike) and not isinstance('x', os.PathLike) and issubclass(P, os.PathLike)
e = raises(TypeError, os.fspath, 3)
assert str(e) == 'expected str, bytes or os.PathLike object, not int'
assert os.path.join(P(), 'x') == 'some/path/x' and os.path.basename(P()) == 'path'
assert os.get_exec_path() == os.environ['PATH'].split(':')
raises(OSError, os.get_terminal_size, 0) if not os.isatty(0) else None

with os.popen('echo one; echo two') as f:
    assert f.read() == 'one\ntwo\n'
f = os.popen('echo x; exit 2')
assert list(f) == ['x\n'] and f.close() == 2 << 8
assert os.popen('true').close() is None
assert os.system('exit 3') == 3 << 8 and os.waitstatus_to_exitcode(3 << 8) == 3
st = os.stat('/')
assert st.st_blksize > 0 and st.st_blocks >= 0 and isinstance(st.st_rdev, int)

print(os.path.join('a', 'b'), os.path.splitext('x.py'), os.path.normpath('a/./b/../c'))
print("ok")

# isatty asks about a descriptor without taking it over: after many calls
# (and garbage) standard output and a /dev/null descriptor are still open.
null_fd = os.open(os.devnull, os.O_RDONLY)
for i in range(20000):
    assert not os.isatty(null_fd)
    os.isatty(1)
    junk = [i] * 50
os.fstat(1)
os.fstat(null_fd)
os.close(null_fd)
print("isatty leaves descriptors open")
