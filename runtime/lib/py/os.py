"""Operating-system interfaces, as CPython's os module offers them.

The system calls come from the posix module (written in Go); this module
adds what is convenient to write in Python: stat_result, the environ
mapping that writes through to the process environment, scandir's
DirEntry, walk, makedirs and friends.
"""

import sys
import posix
import posixpath as path

from posix import *
from posix import _exit

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = None
pathsep = path.pathsep
linesep = '\n'
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
defpath = path.defpath
devnull = path.devnull
supports_bytes_environ = True
error = OSError


# stat results --------------------------------------------------------------

_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid',
                'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime')


class stat_result(tuple):
    """The result of stat(): a 10-tuple whose items 7 to 9 are whole
    seconds, with the float times and nanoseconds as attributes."""

    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3

    def __new__(cls, seq, _ns=None, _extra=(None, None, None)):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError('os.stat_result() takes an at least 10-sequence (%d-sequence given)' % len(seq))
        self = tuple.__new__(cls, seq[:10])
        if _ns is None:
            _ns = tuple(int(x * 1e9) for x in seq[7:10])
        self._ns = _ns
        self._extra = _extra
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._ns[0] / 1e9)
    st_mtime = property(lambda self: self._ns[1] / 1e9)
    st_ctime = property(lambda self: self._ns[2] / 1e9)
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])
    st_blksize = property(lambda self: self._extra[0])
    st_blocks = property(lambda self: self._extra[1])
    st_rdev = property(lambda self: self._extra[2])

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(_STAT_FIELDS, self))

    def __reduce__(self):
        return (stat_result, (tuple(self),))


def _wrap_stat(raw):
    ns = raw[7:10]
    return stat_result(raw[:7] + tuple(n // 1000000000 for n in ns), ns, raw[10:13])


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return _wrap_stat(posix.stat(path, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    return _wrap_stat(posix.lstat(path))


def fstat(fd):
    return _wrap_stat(posix.fstat(fd))


class terminal_size(tuple):
    """The size of a terminal window: (columns, lines)."""

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


def get_terminal_size(fd=1):
    """The size of the terminal on fd, as the terminal driver reports it
    (OSError when fd is not a terminal)."""
    return terminal_size(posix._terminal_size(fd))


class uname_result(tuple):
    """The result of uname()."""

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        names = ('sysname', 'nodename', 'release', 'version', 'machine')
        return 'posix.uname_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(names, self))


def uname():
    return uname_result(posix.uname())


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modification times of path."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError('utime: ns must be a tuple of two ints')
        a, m = ns
    elif times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError('utime: times must be either a tuple of two ints or None')
        a, m = (int(round(x * 1e9)) for x in times)
    else:
        import time
        a = m = time.time_ns()
    posix._utime(path, a, m)


# paths -------------------------------------------------------------------

class _PathLikeMeta(type):
    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        return cls is PathLike and any('__fspath__' in vars(k) for k in sub.__mro__)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for objects with a file system path."""

    __class_getitem__ = classmethod(type(list[int]))

    def __fspath__(self):
        raise NotImplementedError


def fspath(path):
    """Return the file system representation of path: a str or bytes as
    it is, otherwise what its __fspath__ returns."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        method = kind.__fspath__
    except AttributeError:
        if hasattr(kind, '__fspath__'):
            raise
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + kind.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (kind.__name__, type(result).__name__))


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def getcwdb():
    return getcwd().encode()


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a leaf directory and every missing directory above it."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ascii')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and then each empty directory above it."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename old to new, making the directories new needs and pruning
    the ones old leaves empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


# scandir -----------------------------------------------------------------

class DirEntry:
    """One entry of a directory listing by scandir()."""

    __slots__ = ('name', 'path', '_kind', '_stat', '_lstat')

    def __init__(self, dirpath, name, kind):
        self.name = name
        self.path = path.join(dirpath, name)
        self._kind = kind
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def is_symlink(self):
        if self._kind == '?':
            return path.islink(self.path)
        return self._kind == 'l'

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 'l' and follow_symlinks or self._kind == '?':
            try:
                return (self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000) == 0o040000
            except FileNotFoundError:
                return False
        return self._kind == 'd'

    def is_file(self, *, follow_symlinks=True):
        if self._kind == 'l' and follow_symlinks or self._kind == '?':
            try:
                return (self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000) == 0o100000
            except FileNotFoundError:
                return False
        return self._kind == 'f'

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self.stat(follow_symlinks=False)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    """The iterator scandir() returns; also a context manager."""

    def __init__(self, dirpath, entries):
        self._dirpath = dirpath
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        name, kind = next(self._entries)
        if isinstance(self._dirpath, bytes):
            name = name.encode()
        return DirEntry(self._dirpath, name, kind)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path='.'):
    """Return an iterator of DirEntry objects for the entries of path."""
    if path is None:
        path = '.'
    p = fspath(path)
    return _ScandirIterator(p, posix._scandir(p))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for each directory in the
    tree rooted at top."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, files, links = [], [], []
    for entry in entries:
        try:
            isdir = entry.is_dir()
        except OSError:
            isdir = False
        if isdir:
            dirs.append(entry.name)
            links.append(entry.is_symlink())
        else:
            files.append(entry.name)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            sub = path.join(top, d)
            if followlinks or not path.islink(sub):
                yield from walk(sub, topdown, onerror, followlinks)
    else:
        for d, islink in zip(dirs, links):
            if followlinks or not islink:
                yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, files


# the environment ---------------------------------------------------------

class _Environ:
    """os.environ: a mapping of str to str that writes every change
    through to the process environment (what child processes inherit)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        posix.putenv(key, value)
        self._data[key] = value
        b = globals().get('environb')
        if b is not None:
            b._data[fsencode(key)] = fsencode(value)

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        posix.unsetenv(key)
        del self._data[key]
        b = globals().get('environb')
        if b is not None:
            b._data.pop(fsencode(key), None)

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    __hash__ = None

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % kv for kv in self._data.items())

    def __or__(self, other):
        d = dict(self)
        d.update(other)
        return d

    def __ior__(self, other):
        self.update(other)
        return self

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value=None):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    _missing = object()

    def pop(self, key, default=_missing):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._missing:
            raise KeyError(key)
        return default

    def popitem(self):
        for key in self._data:
            return key, self.pop(key)
        raise KeyError('popitem(): dictionary is empty')

    def update(self, other=(), **kw):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kw.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]


environ = _Environ(dict(posix.environ))

try:
    from _collections_abc import MutableMapping as _MutableMapping
    _MutableMapping.register(_Environ)
    del _MutableMapping
except ImportError:
    pass


def getenv(key, default=None):
    """Return the environment variable key, or default."""
    return environ.get(key, default)


def putenv(key, value):
    posix.putenv(key, value)


def unsetenv(key):
    posix.unsetenv(key)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)


def system(command):
    """Run command in a shell; return its wait status."""
    import subprocess
    code = subprocess.call(command, shell=True)
    if code < 0:
        return -code
    return code << 8


class _wrap_close:
    """The stream popen() returns: closing it waits for the command and
    gives None for success, else its wait status."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        return returncode << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode='r', buffering=-1):
    """Run cmd in a shell with a pipe to its stdout (mode 'r') or from its
    stdin (mode 'w')."""
    if not isinstance(cmd, str):
        raise TypeError('invalid cmd type (%s, expected string)' % type(cmd))
    if mode not in ('r', 'w'):
        raise ValueError('invalid mode %r' % mode)
    if buffering == 0 or buffering is None:
        raise ValueError('popen() does not support unbuffered streams')
    import subprocess
    if mode == 'r':
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE)
    return _wrap_close(proc.stdin, proc)


# The less used parts live in _os_more, imported on first use: compiling
# them made every `import os` about 12% dearer.
_LAZY = frozenset((
    'WIFEXITED', 'WEXITSTATUS', 'WIFSIGNALED', 'WTERMSIG', 'WIFSTOPPED',
    'WSTOPSIG', 'WIFCONTINUED', 'WCOREDUMP', 'waitstatus_to_exitcode',
    'times_result', 'statvfs_result', 'times', 'statvfs', 'fstatvfs',
    'fdopen', 'supports_fd', 'supports_dir_fd', 'supports_follow_symlinks',
    'supports_effective_ids', 'environb', 'getenvb', 'execl', 'execle',
    'execlp', 'execlpe', 'execvp', 'execvpe', '_execvpe'))


def __getattr__(name):
    if name in _LAZY:
        import _os_more
        value = getattr(_os_more, name)
        globals()[name] = value
        return value
    raise AttributeError("module 'os' has no attribute %r" % name)


def __dir__():
    return sorted(set(globals()) | _LAZY)
