"""Object-oriented filesystem paths (POSIX flavour only): PurePath and
PurePosixPath for path arithmetic, Path and PosixPath for the calls that
touch the file system.

A path is kept as its root ('', '/' or '//') and a tuple of its parts,
parsed once when it is made; str() joins them back."""

import os
import posixpath
import fnmatch

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path',
           'PosixPath', 'WindowsPath']


def _parse(args):
    """The root and parts of the path the arguments join to."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root, parts = a._root, list(a._parts)
            else:
                parts.extend(a._parts)
            continue
        s = a if isinstance(a, str) else os.fspath(a)
        if not isinstance(s, str):
            raise TypeError('argument should be a str object or an os.PathLike '
                            'object returning str, not %r' % (type(s),))
        if s.startswith('/'):
            parts = []
            root = '//' if s.startswith('//') and not s.startswith('///') else '/'
        parts.extend(p for p in s.split('/') if p and p != '.')
    return root, tuple(parts)


class _Parents:
    """The sequence of a path's ancestors: path.parents."""

    __slots__ = ('_path', '_n')

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        p = self._path
        return p._make(p._root, p._parts[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePath:
    """A path that is only computed with, never looked up."""

    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parsed(*_parse(args))

    @classmethod
    def _from_parsed(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = parts
        self._str = None
        self._hash = None
        return self

    def _make(self, root, parts):
        return type(self)._from_parsed(root, parts)

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    def __str__(self):
        s = self._str
        if s is None:
            s = self._root + '/'.join(self._parts) or '.'
            self._str = s
        return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, str(self))

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = "/-_.~!$&'()*+,;=:@"
        out = []
        for ch in str(self):
            if ch.isascii() and (ch.isalnum() or ch in safe):
                out.append(ch)
            else:
                out.extend('%%%02X' % b for b in ch.encode('utf-8'))
        return 'file://' + ''.join(out)

    def _key(self):
        return (self._root,) + self._parts if self._root else self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._root == other._root and self._parts == other._parts

    def __hash__(self):
        h = self._hash
        if h is None:
            h = self._hash = hash(str(self))
        return h

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    drive = property(lambda self: '')
    root = property(lambda self: self._root)
    anchor = property(lambda self: self._root)

    @property
    def parts(self):
        if self._root:
            return (self._root,) + self._parts
        return self._parts

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._make(self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        if old:
            name = name[:-len(old)]
        return self._make(self._root, self._parts[:-1] + (name + suffix,))

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = type(self)(*other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative '
                             'and the other is absolute.'.format(str(self), str(base)))
        return self._make('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared from
        the right (from the root when the pattern is absolute)."""
        pat = PurePosixPath(path_pattern)
        pat_parts = pat.parts
        if not pat_parts:
            raise ValueError('empty pattern')
        parts = self.parts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by gilfree's pathlib."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError('PureWindowsPath is not supported on gilfree')


def _is_dir_entry(entry):
    try:
        return entry.is_dir()
    except OSError:
        return False


class Path(PurePath):
    """A path on the file system this program runs on."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parsed(*_parse(args))

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _mode(self, follow=True):
        try:
            return os.stat(str(self), follow_symlinks=follow).st_mode
        except (OSError, ValueError):
            return None

    def exists(self):
        return self._mode() is not None

    def is_file(self):
        m = self._mode()
        return m is not None and m & 0o170000 == 0o100000

    def is_dir(self):
        m = self._mode()
        return m is not None and m & 0o170000 == 0o040000

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and m & 0o170000 == 0o120000

    def is_fifo(self):
        m = self._mode()
        return m is not None and m & 0o170000 == 0o010000

    def is_socket(self):
        m = self._mode()
        return m is not None and m & 0o170000 == 0o140000

    def is_block_device(self):
        m = self._mode()
        return m is not None and m & 0o170000 == 0o060000

    def is_char_device(self):
        m = self._mode()
        return m is not None and m & 0o170000 == 0o020000

    def is_mount(self):
        return posixpath.ismount(str(self))

    def samefile(self, other_path):
        st = self.stat()
        other = other_path.stat() if isinstance(other_path, Path) else os.stat(other_path)
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    def iterdir(self):
        """The paths of the directory's entries, in the directory's order."""
        for name in os.listdir(str(self)):
            yield self._make(self._root, self._parts + (name,))

    def _child(self, name):
        return self._make(self._root, self._parts + (name,))

    def glob(self, pattern):
        """The paths below this one that match the relative pattern."""
        pat = PurePosixPath(pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if pat._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        yield from self._select(pat._parts, set() if '**' in pat._parts else None)

    def rglob(self, pattern):
        """glob('**/' + pattern)."""
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = ('**',) + pat._parts
        yield from self._select(parts, set())

    def _select(self, parts, seen):
        if not parts:
            if seen is not None:
                if self in seen:
                    return
                seen.add(self)
            yield self
            return
        part, rest = parts[0], parts[1:]
        if part == '**':
            while rest[:1] == ('**',):
                rest = rest[1:]
            for d in self._walk_dirs():
                yield from d._select(rest, seen)
        elif any(c in part for c in '*?['):
            try:
                with os.scandir(str(self)) as it:
                    entries = list(it)
            except OSError:
                return
            for entry in entries:
                if rest and not _is_dir_entry(entry):
                    continue
                if fnmatch.fnmatchcase(entry.name, part):
                    yield from self._child(entry.name)._select(rest, seen)
        else:
            child = self._child(part)
            if rest:
                if child.is_dir():
                    yield from child._select(rest, seen)
            elif child._mode(False) is not None:
                yield from child._select(rest, seen)

    def _walk_dirs(self):
        yield self
        try:
            with os.scandir(str(self)) as it:
                entries = list(it)
        except OSError:
            return
        for entry in entries:
            try:
                if entry.is_dir() and not entry.is_symlink():
                    yield from self._child(entry.name)._walk_dirs()
            except OSError:
                pass

    def absolute(self):
        if self._root:
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(str(self), strict=strict))

    def expanduser(self):
        if self._parts and self._parts[0].startswith('~') and not self._root:
            home = os.path.expanduser(self._parts[0])
            if home == self._parts[0]:
                raise RuntimeError('Could not determine home directory.')
            return type(self)(home, *self._parts[1:])
        return self

    def readlink(self):
        return type(self)(os.readlink(str(self)))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            data = bytes(memoryview(data))
        with self.open('wb') as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(str(self), None)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(str(self), flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(os.fspath(target), str(self))

    def hardlink_to(self, target):
        os.link(os.fspath(target), str(self))

    def owner(self):
        uid = self.stat().st_uid
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.split(':')
                if len(fields) > 2 and fields[2] == str(uid):
                    return fields[0]
        raise KeyError('getpwuid(): uid not found: %d' % uid)


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported by gilfree's pathlib."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate 'WindowsPath' on your system")
