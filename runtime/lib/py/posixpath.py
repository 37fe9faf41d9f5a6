"""Pathname operations on POSIX paths (os.path).

Every function accepts str or bytes (or an os.PathLike) and answers in the
same kind; the separators are taken from the argument's kind.
"""

import posix
import sys

sep = '/'
pathsep = ':'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ['join', 'split', 'splitext', 'basename', 'dirname', 'exists',
           'lexists', 'isfile', 'isdir', 'islink', 'ismount', 'abspath',
           'realpath', 'normpath', 'normcase', 'relpath', 'expanduser',
           'expandvars', 'getsize', 'getmtime', 'getatime', 'getctime',
           'isabs', 'commonpath', 'commonprefix', 'samefile', 'splitdrive',
           'sep', 'pathsep', 'curdir', 'pardir', 'extsep', 'altsep',
           'defpath', 'devnull']


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    import os
    return os.fspath(p)


def _seps(p):
    """The separator, current and parent directory names in p's kind."""
    if isinstance(p, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


def _check_kinds(funcname, *args):
    hasstr = hasbytes = False
    for a in args:
        if isinstance(a, str):
            hasstr = True
        elif isinstance(a, bytes):
            hasbytes = True
        else:
            raise TypeError('%s() argument must be str, bytes, or os.PathLike object, not %r'
                            % (funcname, type(a).__name__)) from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Join path components, restarting at an absolute one."""
    a = _fspath(a)
    slash = _seps(a)[0]
    path = a
    parts = [_fspath(b) for b in p]
    _check_kinds('join', a, *parts)
    for b in parts:
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


def split(p):
    """Split p into (head, tail): tail is everything after the last
    slash, head has its trailing slashes removed unless it is all
    slashes."""
    p = _fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    """Split p into (root, ext), ext being the last dot and what follows,
    ignoring leading dots of the last component."""
    p = _fspath(p)
    if isinstance(p, bytes):
        slash, dot = b'/', b'.'
    else:
        slash, dot = '/', '.'
    last = p.rfind(slash) + 1
    i = p.rfind(dot)
    if i > last:
        # The extension needs a non-dot before it in the last component.
        j = last
        while j < i:
            if p[j:j + 1] != dot:
                return p[:i], p[i:]
            j += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def exists(path):
    try:
        posix.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode(path, follow=True):
    try:
        if follow:
            return posix.stat(path)[0]
        return posix.lstat(path)[0]
    except (OSError, ValueError):
        return None


def isfile(path):
    m = _mode(path)
    return m is not None and m & 0o170000 == 0o100000


def isdir(s):
    m = _mode(s)
    return m is not None and m & 0o170000 == 0o040000


def islink(path):
    m = _mode(path, False)
    return m is not None and m & 0o170000 == 0o120000


def ismount(path):
    try:
        s1 = posix.lstat(path)
    except (OSError, ValueError):
        return False
    if s1[0] & 0o170000 == 0o120000:
        return False
    path = _fspath(path)
    parent = join(path, _seps(path)[2])
    try:
        s2 = posix.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1[2] != s2[2] or s1[1] == s2[1]


def getsize(filename):
    return posix.stat(filename)[6]


def getmtime(filename):
    return posix.stat(filename)[8] / 1e9


def getatime(filename):
    return posix.stat(filename)[7] / 1e9


def getctime(filename):
    return posix.stat(filename)[9] / 1e9


def samefile(f1, f2):
    s1, s2 = posix.stat(f1), posix.stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def normpath(path):
    """Collapse redundant separators and '.' and '..' components."""
    path = _fspath(path)
    slash, dot, dotdot = _seps(path)
    if not path:
        return dot
    initial = 0
    if path.startswith(slash):
        initial = 1
        # POSIX keeps exactly two leading slashes, collapses three or more.
        if path.startswith(slash * 2) and not path.startswith(slash * 3):
            initial = 2
    out = []
    for comp in path.split(slash):
        if not comp or comp == dot:
            continue
        if comp != dotdot or (not initial and not out) or (out and out[-1] == dotdot):
            out.append(comp)
        elif out:
            out.pop()
    result = slash * initial + slash.join(out)
    return result or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, '.' and '..' removed.
    Components that do not exist are kept as they are (unless strict)."""
    filename = _fspath(filename)
    asbytes = isinstance(filename, bytes)
    if asbytes:
        filename = filename.decode()
    path, ok = _resolve('', filename, strict, {})
    path = abspath(path)
    return path.encode() if asbytes else path


def _resolve(path, rest, strict, seen):
    if rest.startswith('/'):
        rest = rest[1:]
        path = '/'
    while rest:
        name, _, rest = rest.partition('/')
        if not name or name == '.':
            continue
        if name == '..':
            if path:
                path, name = split(path)
                if name == '..':
                    path = join(path, '..', '..')
            else:
                path = '..'
            continue
        newpath = join(path, name)
        try:
            st = posix.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st[0] & 0o170000 == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                posix.stat(newpath)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, posix.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """A relative path from start (default: the current directory) to
    path."""
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    slash, dot, dotdot = _seps(path)
    if start is None:
        start = dot
    else:
        start = _fspath(start)
    _check_kinds('relpath', path, start)
    start_list = [x for x in abspath(start).split(slash) if x]
    path_list = [x for x in abspath(path).split(slash) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def commonprefix(m):
    """The longest string that starts every item of m (character by
    character, so it may not be a valid path)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of the paths, component by component."""
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    _check_kinds('commonpath', *paths)
    slash, dot, _ = _seps(paths[0])
    split_paths = [p.split(slash) for p in paths]
    try:
        (isabs_,) = set(p[:1] == slash for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = slash if isabs_ else slash[:0]
    return prefix + slash.join(common)


def expanduser(path):
    """Replace a leading ~ or ~user with that user's home directory."""
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        import os
        home = os.environ.get('HOME')
        if home is None:
            home = _home_of(None)
            if home is None:
                return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode()
        home = _home_of(name)
        if home is None:
            return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def _home_of(user):
    """The home directory of user (None: the current user) from
    /etc/passwd."""
    uid = posix.getuid()
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) < 7:
                    continue
                if user is None and fields[2] == str(uid) or fields[0] == user:
                    return fields[5]
    except OSError:
        pass
    return None


def expandvars(path):
    """Replace $name and ${name} with environment variables that exist."""
    path = _fspath(path)
    if isinstance(path, bytes):
        return expandvars(path.decode()).encode()
    if '$' not in path:
        return path
    import os
    out = []
    i, n = 0, len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if path.startswith('${', i):
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end] if end > i + 1 else '$')
        i = max(end, i + 1)
    return ''.join(out)
