"""The parts of os that are imported on first use (os.__getattr__):
wait-status macros, times and statvfs results, fdopen, the supports_*
sets and environb."""

import os
import posix
from os import environ, fsdecode, fsencode, stat, chmod, truncate, chown, _Environ


def WIFEXITED(status):
    """Return True if the process returning status exited via the exit() system call."""
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    """Return the process return code from status."""
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    """Return True if the process returning status was terminated by a signal."""
    return (status & 0x7f) not in (0, 0x7f)


def WTERMSIG(status):
    """Return the signal that terminated the process that provided the status value."""
    return status & 0x7f


def WIFSTOPPED(status):
    """Return True if the process returning status was stopped."""
    return (status & 0xff) == 0x7f


def WSTOPSIG(status):
    """Return the signal that stopped the process that provided the status value."""
    return (status >> 8) & 0xff


def WIFCONTINUED(status):
    """Return True if a particular process was continued from a job control stop."""
    return status == 0xffff


def WCOREDUMP(status):
    """Return True if the process returning status was dumped to a core file."""
    return (status & 0x80) != 0


def waitstatus_to_exitcode(status):
    """Convert a wait status to an exit code: the exit status if the
    process exited, minus the signal number if a signal killed it."""
    if not isinstance(status, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(status).__name__)
    if status < -2**31 or status >= 2**31:
        raise OverflowError('signed integer is greater than maximum' if status > 0
                            else 'signed integer is less than minimum')
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    if WIFSTOPPED(status):
        raise ValueError('process stopped by delivery of signal %d' % WSTOPSIG(status))
    raise ValueError('invalid wait status: %d' % status)


# more results as named tuples --------------------------------------------

def _result_type(name, module, fields, nseq=None):
    """A tuple subclass with named fields, like CPython's struct
    sequences: the first nseq fields are the items, the rest attributes."""
    if nseq is None:
        nseq = len(fields)

    def __new__(cls, seq, _extra=None):
        seq = tuple(seq)
        if len(seq) < nseq or len(seq) > len(fields):
            raise TypeError('%s.%s() takes an at least %d-sequence (%d-sequence given)'
                            % (module, name, nseq, len(seq)))
        self = tuple.__new__(cls, seq[:nseq])
        self._extra = seq[nseq:] + (None,) * (len(fields) - len(seq))
        return self

    def __repr__(self):
        return '%s.%s(%s)' % (module, name, ', '.join(
            '%s=%r' % (n, v) for n, v in zip(fields, self)))

    def __reduce__(self):
        return (type(self), (tuple(self) + self._extra,))

    ns = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,
          'n_sequence_fields': nseq, 'n_fields': len(fields), 'n_unnamed_fields': 0,
          '__module__': module, '__match_args__': fields[:nseq]}
    for i, n in enumerate(fields):
        if i < nseq:
            ns[n] = property(lambda self, i=i: tuple.__getitem__(self, i))
        else:
            ns[n] = property(lambda self, i=i - nseq: self._extra[i])
    return type(name, (tuple,), ns)


times_result = _result_type('times_result', 'posix', (
    'user', 'system', 'children_user', 'children_system', 'elapsed'))

statvfs_result = _result_type('statvfs_result', 'os', (
    'f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files',
    'f_ffree', 'f_favail', 'f_flag', 'f_namemax', 'f_fsid'), 10)


def times():
    """Return a collection containing process timing information."""
    return times_result(posix._times())


def statvfs(path):
    """Perform a statvfs system call on the given path (or open
    descriptor)."""
    return statvfs_result(posix._statvfs_full(path))


def fstatvfs(fd):
    """Perform an fstatvfs system call on the given fd."""
    if not isinstance(fd, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(fd).__name__)
    return statvfs_result(posix._statvfs_full(fd))


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Return an open file object connected to the file descriptor fd."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


# What the calls above accept: a descriptor in place of a path, and
# follow_symlinks=False. dir_fd is accepted by a few calls but not acted
# on, so no call claims it.
supports_fd = {stat, chmod, truncate, chown, statvfs}
supports_dir_fd = set()
supports_follow_symlinks = {stat, chown}
supports_effective_ids = set()


class _Environb(_Environ):
    """os.environb: the environment as bytes, writing through to the
    process environment (and to os.environ)."""

    def __setitem__(self, key, value):
        if not isinstance(key, bytes):
            raise TypeError('bytes expected, not %s' % type(key).__name__)
        if not isinstance(value, bytes):
            raise TypeError('bytes expected, not %s' % type(value).__name__)
        k, v = fsdecode(key), fsdecode(value)
        posix.putenv(k, v)
        self._data[key] = value
        environ._data[k] = v

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        k = fsdecode(key)
        posix.unsetenv(k)
        del self._data[key]
        environ._data.pop(k, None)

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % kv for kv in self._data.items())


environb = _Environb(posix._environb())


def getenvb(key, default=None):
    """Return the environment variable key (bytes), or default."""
    return environb.get(key, default)


# The exec family, as CPython's os.py writes it on execv and execve.

def execl(file, *args):
    """Execute the executable file with argument list args, replacing the
    current process."""
    os.execv(file, args)


def execle(file, *args):
    """Execute the executable file with argument list args and
    environment env (the last argument), replacing the current process."""
    env = args[-1]
    os.execve(file, args[:-1], env)


def execlp(file, *args):
    """Execute the executable file (found along $PATH) with argument
    list args, replacing the current process."""
    execvp(file, args)


def execlpe(file, *args):
    """Execute the executable file (found along $PATH) with argument list
    args and environment env (the last argument), replacing the current
    process."""
    env = args[-1]
    execvpe(file, args[:-1], env)


def execvp(file, args):
    """Execute the executable file (found along $PATH) with argument list
    args, replacing the current process."""
    _execvpe(file, args)


def execvpe(file, args, env):
    """Execute the executable file (found along $PATH) with argument list
    args and environment env, replacing the current process."""
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if env is not None:
        exec_func = os.execve
        argrest = (args, env)
    else:
        exec_func = os.execv
        argrest = (args,)
        env = environ
    if os.path.dirname(file):
        exec_func(file, *argrest)
        return
    saved_exc = None
    path_list = os.get_exec_path(env)
    if not isinstance(file, str):
        path_list = map(fsencode, path_list)
    for dir in path_list:
        fullname = os.path.join(dir, file)
        try:
            exec_func(fullname, *argrest)
        except (FileNotFoundError, NotADirectoryError) as e:
            last_exc = e
        except OSError as e:
            last_exc = e
            if saved_exc is None:
                saved_exc = e
    if saved_exc is not None:
        raise saved_exc
    raise last_exc
