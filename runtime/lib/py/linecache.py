"""Source lines of Python files by name and number, cached; the
embedded library's files are found as the traceback printer finds them."""

import _traceback

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

cache = {}


def getlines(filename, module_globals=None):
    """The lines of filename, each with its newline, or []."""
    lines = cache.get(filename)
    if lines is None:
        return updatecache(filename, module_globals)
    return lines


def getline(filename, lineno, module_globals=None):
    """Line lineno (from 1) of filename with its newline, or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def updatecache(filename, module_globals=None):
    """Read filename again into the cache; return its lines."""
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    text = _traceback.source(filename)
    if text is None:
        cache.pop(filename, None)
        return []
    lines = text.replace('\r\n', '\n').splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = lines
    return lines


def clearcache():
    cache.clear()


def checkcache(filename=None):
    """Forget cached files (all of them, or filename)."""
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def lazycache(filename, module_globals):
    return False
