"""Pathname pattern expansion: glob('*.py'), glob('**/*.txt',
recursive=True), in the order the directories list their entries, as
CPython's glob does."""

import os
import fnmatch

__all__ = ['glob', 'iglob', 'escape', 'has_magic']


def _magic(s):
    if isinstance(s, bytes):
        return any(c in b'*?[' for c in s)
    return any(c in '*?[' for c in s)


has_magic = _magic


def _hidden(name):
    return name[:1] in ('.', b'.')


def _recursive(pat):
    return pat in ('**', b'**')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """The list of paths matching pathname."""
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator over the paths matching pathname."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _recursive(pathname[:2]):
        # A leading '**' also yields the empty relative path; skip it.
        try:
            first = next(it)
            if first:
                it = _chain(first, it)
        except StopIteration:
            pass
    return it


def _chain(first, rest):
    yield first
    yield from rest


def _lexists(path, root_dir):
    if root_dir:
        path = os.path.join(root_dir, path)
    return os.path.lexists(path)


def _isdir(path, root_dir):
    if root_dir:
        path = os.path.join(root_dir, path)
    return os.path.isdir(path)


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not _magic(pathname):
        if basename:
            if _lexists(pathname, root_dir):
                yield pathname
        elif _isdir(dirname, root_dir):
            yield pathname
        return
    if not dirname:
        if recursive and _recursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and _magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if _magic(basename):
        if recursive and _recursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for d in dirs:
        for name in glob_in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _join(a, b):
    if a and b:
        return os.path.join(a, b)
    return a or b


def _listdir(dirname, dironly):
    try:
        with os.scandir(dirname or os.curdir if not isinstance(dirname, bytes) else dirname or b'.') as it:
            out = []
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        name = entry.name
                        if isinstance(dirname, bytes) and isinstance(name, str):
                            name = name.encode()
                        out.append(name)
                except OSError:
                    pass
            return out
    except OSError:
        return []


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _hidden(pattern)):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(_join(dirname, basename), None):
            return [basename]
    elif _isdir(dirname, None):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _hidden(name):
            yield name
            path = _join(dirname, name)
            if os.path.isdir(path) and not os.path.islink(path):
                for sub in _rlistdir(path, dironly, include_hidden):
                    yield os.path.join(name, sub)


def escape(pathname):
    """Escape the magic characters of pathname so it matches itself."""
    if isinstance(pathname, bytes):
        return b''.join(b'[' + bytes([c]) + b']' if c in b'*?[' else bytes([c]) for c in pathname)
    return ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)
