"""Running child processes: Popen, run and the helpers around them, as
CPython's subprocess module offers them on POSIX.

The process itself, its pipes and the waiting are done in Go by
_subprocess (with os/exec); this module turns arguments into argv, env
and stream specifications, decodes text, and raises the exceptions.
"""

import os
import _subprocess

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput',
           'getoutput', 'check_output', 'run', 'CalledProcessError', 'DEVNULL',
           'SubprocessError', 'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3

# How _subprocess.spawn names the same choices.
_INHERIT, _PIPE, _DEVNULL, _STDOUT = -1, -2, -3, -4

_SIGNAL_NAMES = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL',
                 6: 'SIGABRT', 8: 'SIGFPE', 9: 'SIGKILL', 11: 'SIGSEGV',
                 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM'}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when a process run by check_call, check_output or
    run(check=True) returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            sig = -self.returncode
            name = _SIGNAL_NAMES.get(sig)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, sig)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, sig)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished, as run() returns it."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args),
                 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            parts.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            parts.append('stderr={!r}'.format(self.stderr))
        return '{}({})'.format(type(self).__name__, ', '.join(parts))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _translate(data, text, encoding, errors):
    if data is None or not text:
        return data
    s = data.decode(encoding or 'utf-8', errors or 'strict')
    if '\r' in s:
        s = s.replace('\r\n', '\n').replace('\r', '\n')
    return s


class _PipeReader:
    """The parent's end of a pipe from the child's stdout or stderr."""

    def __init__(self, proc, which, text, encoding, errors):
        self._proc = proc
        self._which = which
        self._text = text
        self._encoding = encoding
        self._errors = errors
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        return _translate(self._proc.read(self._which, size, False),
                          self._text, self._encoding, self._errors)

    def readline(self, size=-1):
        self._check()
        return _translate(self._proc.read(self._which, -1, True),
                          self._text, self._encoding, self._errors)

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        if not self.closed:
            self.closed = True
            self._proc.close_read(self._which)

    def fileno(self):
        raise OSError('fileno() is not available on gilfree pipes')

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _PipeWriter:
    """The parent's end of a pipe to the child's stdin."""

    def __init__(self, proc, text, encoding, errors):
        self._proc = proc
        self._text = text
        self._encoding = encoding
        self._errors = errors
        self.closed = False

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if self._text:
            n = len(data)
            self._proc.write(data.encode(self._encoding or 'utf-8', self._errors or 'strict'))
            return n
        return self._proc.write(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            self._proc.close_stdin()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def _spec(value, name):
    if value is None:
        return _INHERIT
    if value == PIPE:
        return _PIPE
    if value == DEVNULL:
        return _DEVNULL
    if value == STDOUT:
        if name != 'stderr':
            raise ValueError('STDOUT can only be used for stderr')
        return _STDOUT
    if isinstance(value, int):
        if value < 0:
            raise ValueError('bad file descriptor %d' % value)
        return value
    flush = getattr(value, 'flush', None)
    if flush is not None:
        flush()
    return value.fileno()


class Popen:
    """A child process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None,
                 stdout=None, stderr=None, preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        if text is not None and universal_newlines is not None and bool(text) != bool(universal_newlines):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied but different. Pass one or the other.')
        self.text_mode = bool(text or universal_newlines or encoding or errors)
        self.encoding = encoding
        self.errors = errors

        if isinstance(args, (str, bytes)) or hasattr(args, '__fspath__'):
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ['/bin/sh', '-c'] + argv
        argv = [a.decode() if isinstance(a, bytes) else os.fspath(a) for a in argv]
        if executable is not None:
            executable = os.fspath(executable)
            if isinstance(executable, bytes):
                executable = executable.decode()
        if shell and executable is not None:
            argv[0] = executable
        if cwd is not None:
            cwd = os.fspath(cwd)
            if isinstance(cwd, bytes):
                cwd = cwd.decode()
        envlist = None
        if env is not None:
            envlist = []
            for k, v in env.items():
                k = os.fsdecode(k)
                if '=' in k:
                    raise ValueError('illegal environment variable name')
                envlist.append(k + '=' + os.fsdecode(v))
        specs = (_spec(stdin, 'stdin'), _spec(stdout, 'stdout'), _spec(stderr, 'stderr'))
        self._proc = _subprocess.spawn(argv, executable, cwd, envlist, *specs)
        self.pid = self._proc.pid
        if specs[0] == _PIPE:
            self.stdin = _PipeWriter(self._proc, self.text_mode, encoding, errors)
        if specs[1] == _PIPE:
            self.stdout = _PipeReader(self._proc, 1, self.text_mode, encoding, errors)
        if specs[2] == _PIPE:
            self.stderr = _PipeReader(self._proc, 2, self.text_mode, encoding, errors)

    def __repr__(self):
        return '<Popen: returncode: {} args: {!r}>'.format(self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr, self.stdin):
            if f is not None:
                f.close()
        self.wait()

    def poll(self):
        if self.returncode is None:
            self.returncode = self._proc.poll()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            code = self._proc.wait(timeout)
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def communicate(self, input=None, timeout=None):
        """Send input to stdin, read stdout and stderr to their ends, wait
        for the process; return (stdout, stderr)."""
        if input is not None:
            if self.stdin is None:
                raise ValueError('Cannot send input after starting communication')
            if self.text_mode:
                input = input.encode(self.encoding or 'utf-8', self.errors or 'strict')
        result = self._proc.communicate(input, timeout)
        if self.stdin is not None:
            self.stdin.closed = True
        if result is None:
            raise TimeoutExpired(self.args, timeout)
        self.wait()
        out, err = result
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.closed = True
        return (_translate(out, self.text_mode, self.encoding, self.errors),
                _translate(err, self.text_mode, self.encoding, self.errors))

    def send_signal(self, sig):
        self.poll()
        if self.returncode is None:
            self._proc.send_signal(sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def run(*popenargs, input=None, capture_output=False, timeout=None,
        check=False, **kwargs):
    """Run a command, wait for it, and return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            exc.stdout, exc.stderr = process.communicate()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its return code."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run a command; raise CalledProcessError if it fails."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; raise CalledProcessError if it
    fails."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        kwargs['input'] = '' if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') or kwargs.get('errors') else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Run cmd in a shell; return (exitcode, output) with the trailing
    newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Run cmd in a shell; return its output without the trailing
    newline."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Join arguments with the quoting of the MS C runtime (kept for
    programs that call it to show a command line)."""
    result = []
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (' ' in arg) or ('\t' in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)
