"""Resource usage and limits (resource): getrusage's struct_rusage,
getrlimit/setrlimit/prlimit, with Linux's constants. The system calls are
in Go (_resource)."""

import _resource
from _resource import *  # noqa: F401,F403 (the RLIMIT_ and RUSAGE_ constants)
from _resource import getpagesize
from _structseq import structseq

error = OSError

struct_rusage = structseq('resource', 'struct_rusage', (
    'ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss',
    'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock',
    'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw'), """\
struct_rusage: Result from getrusage.

This object may be accessed either as a tuple of
    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,
    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)
or via the attributes ru_utime, ru_stime, ru_maxrss, and so on.""")


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
