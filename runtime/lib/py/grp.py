"""The group database (grp), read from /etc/group.

As pwd, this reads the file only where CPython asks the C library, which
may also consult other name services."""

from _structseq import structseq

__all__ = ['struct_group', 'getgrgid', 'getgrnam', 'getgrall']

struct_group = structseq('grp', 'struct_group', ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem'), """\
grp.struct_group: Results from getgr*() routines.

This object may be accessed either as a tuple of
  (gr_name,gr_passwd,gr_gid,gr_mem)
or via the object attributes as named in the above tuple.""")


def _entries():
    try:
        with open('/etc/group', encoding='utf-8', errors='surrogateescape') as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        parts = line.split(':')
        if len(parts) != 4 or line.startswith(('#', '+', '-')):
            continue
        try:
            gid = int(parts[2])
        except ValueError:
            continue
        members = [m for m in parts[3].split(',') if m]
        out.append(struct_group((parts[0], parts[1], gid, members)))
    return out


def getgrgid(id, /):
    """Return the group database entry for the given numeric group ID."""
    if isinstance(id, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        gid = id.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(id).__name__) from None
    for e in _entries():
        if e.gr_gid == gid:
            return e
    raise KeyError('getgrgid(): gid not found: %d' % gid)


def getgrnam(name, /):
    """Return the group database entry for the given group name."""
    if not isinstance(name, str):
        raise TypeError('getgrnam() argument must be str, not %s' % type(name).__name__)
    if '\0' in name:
        raise ValueError('embedded null character')
    for e in _entries():
        if e.gr_name == name:
            return e
    raise KeyError('getgrnam(): name not found: %r' % name)


def getgrall():
    """Return a list of all available group database entries, in
    arbitrary order."""
    return _entries()
