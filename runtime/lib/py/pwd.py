"""The password database (pwd), read from /etc/passwd.

CPython asks the C library (getpwnam, getpwuid), which also consults the
system's other name services (LDAP, NIS, systemd's dynamic users); this
module reads the file only, which is what a container or an ordinary
workstation holds."""

from _structseq import structseq

__all__ = ['struct_passwd', 'getpwuid', 'getpwnam', 'getpwall']

struct_passwd = structseq('pwd', 'struct_passwd', (
    'pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell'), """\
pwd.struct_passwd: Results from getpw*() routines.

This object may be accessed either as a tuple of
  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)
or via the object attributes as named in the above tuple.""")


def _entries():
    try:
        with open('/etc/passwd', encoding='utf-8', errors='surrogateescape') as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        parts = line.split(':')
        if len(parts) != 7 or line.startswith(('#', '+', '-')):
            continue
        try:
            uid, gid = int(parts[2]), int(parts[3])
        except ValueError:
            continue
        out.append(struct_passwd((parts[0], parts[1], uid, gid, parts[4], parts[5], parts[6])))
    return out


def _id(value, what):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None


def getpwuid(uid, /):
    """Return the password database entry for the given numeric user ID."""
    uid = _id(uid, 'uid')
    for e in _entries():
        if e.pw_uid == uid:
            return e
    raise KeyError('getpwuid(): uid not found: %d' % uid)


def getpwnam(name, /):
    """Return the password database entry for the given user name."""
    if not isinstance(name, str):
        raise TypeError('getpwnam() argument must be str, not %s' % type(name).__name__)
    if '\0' in name:
        raise ValueError('embedded null character')
    for e in _entries():
        if e.pw_name == name:
            return e
    raise KeyError('getpwnam(): name not found: %r' % name)


def getpwall():
    """Return a list of all available password database entries, in
    arbitrary order."""
    return _entries()
