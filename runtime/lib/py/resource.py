"""Resource usage and limits (resource): getrusage's struct_rusage,
getrlimit/setrlimit/prlimit, with Linux's constants. The system calls are
in Go (_resource)."""

import _resource
from _resource import *  # noqa: F401,F403 (the RLIMIT_ and RUSAGE_ constants)
from _resource import getpagesize

error = OSError

_FIELDS = ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss',
           'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock',
           'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw')


class struct_rusage(tuple):
    """struct_rusage: Result from getrusage.

    This object may be accessed either as a tuple of
        (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,
        nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)
    or via the attributes ru_utime, ru_stime, ru_maxrss, and so on."""

    n_sequence_fields = n_fields = len(_FIELDS)
    n_unnamed_fields = 0
    __match_args__ = _FIELDS
    __slots__ = ()

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != len(_FIELDS):
            raise TypeError('resource.struct_rusage() takes a 16-sequence (%d-sequence given)' % len(seq))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return 'resource.struct_rusage(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_rusage, (tuple(self),))


for _i, _name in enumerate(_FIELDS):
    setattr(struct_rusage, _name, property(lambda self, i=_i: self[i]))
del _i, _name


def getrusage(who, /):
    """Return the resource usage of this process (RUSAGE_SELF), of its
    waited-for children (RUSAGE_CHILDREN) or of the calling thread."""
    return struct_rusage(_resource.getrusage(who))


def getrlimit(resource, /):
    """Return the (soft, hard) limits of a resource."""
    return _resource.prlimit(0, resource)


def setrlimit(resource, limits, /):
    """Set the (soft, hard) limits of a resource."""
    _resource.prlimit(0, resource, limits)


def prlimit(pid, resource, limits=None, /):
    """Return the (soft, hard) limits of a resource of process pid (0:
    this one), setting new ones first when limits is given."""
    if limits is None:
        return _resource.prlimit(pid, resource)
    return _resource.prlimit(pid, resource, limits)
