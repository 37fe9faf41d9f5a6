"""The platform the program runs on: operating system, machine, node
name, and the Python implementation.

python_implementation() answers 'CPython': gilfree runs programs written
for CPython, and scripts test that name to pick CPython's behaviour,
which is the behaviour gilfree gives them. The truth is kept in
sys.implementation and in python_compiler() ('Go ...')."""

import os
import sys

__all__ = ['system', 'node', 'release', 'version', 'machine', 'processor',
           'uname', 'platform', 'python_implementation', 'python_version',
           'python_version_tuple', 'python_build', 'python_compiler',
           'architecture', 'libc_ver', 'freedesktop_os_release']

_uname_cache = None


class uname_result(tuple):
    """(system, node, release, version, machine, processor); the repr
    shows the first five, as CPython's does."""

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine, processor()))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])
    processor = property(lambda self: self[5])

    def __repr__(self):
        names = ('system', 'node', 'release', 'version', 'machine')
        return 'uname_result(%s)' % ', '.join('%s=%r' % nv for nv in zip(names, self[:5]))


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    """The processor name: '' on Linux, as CPython answers when
    'uname -p' knows none."""
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    size = {True: '64bit', False: '32bit'}[sys.maxsize > 2 ** 32]
    return (bits or size, linkage or 'ELF')


def python_implementation():
    return 'CPython'


def python_version_tuple():
    v = sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_version():
    return '.'.join(python_version_tuple())


def python_build():
    return ('gilfree', '')


def python_compiler():
    v = sys.version
    i = v.find('[')
    return v[i + 1:v.rfind(']')] if i >= 0 else 'Go'


def python_branch():
    return ''


def python_revision():
    return ''


_LIBC_PATHS = ('/lib/x86_64-linux-gnu/libc.so.6', '/lib/aarch64-linux-gnu/libc.so.6',
               '/lib64/libc.so.6', '/usr/lib64/libc.so.6', '/lib/libc.so.6',
               '/usr/lib/libc.so.6')


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """('glibc', version) of the system's C library, read from its
    banner (gilfree itself links no C library)."""
    for path in _LIBC_PATHS:
        try:
            with open(path, 'rb') as f:
                data = f.read()
        except OSError:
            continue
        i = data.find(b'release version ')
        if i < 0:
            continue
        j = i + len(b'release version ')
        k = j
        while k < len(data) and data[k] in b'0123456789.':
            k += 1
        return ('glibc', data[j:k].rstrip(b'.').decode())
    return (lib, version)


def freedesktop_os_release():
    info = {}
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path) as f:
                for line in f:
                    line = line.strip()
                    if not line or line.startswith('#') or '=' not in line:
                        continue
                    k, v = line.split('=', 1)
                    if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
                        v = v[1:-1]
                    info[k] = v
            return info
        except OSError:
            continue
    raise OSError(2, 'Unable to read files /etc/os-release, /usr/lib/os-release')


def platform(aliased=False, terse=False):
    """A string naming the platform, as CPython builds it on Linux:
    'Linux-<release>-<machine>-with-<libc>' (terse or not)."""
    u = uname()
    lib, ver = libc_ver()
    s = '%s-%s-%s' % (u.system, u.release, u.machine)
    if u.system == 'Linux':
        s += '-with-%s%s' % (lib, ver)
    return s
