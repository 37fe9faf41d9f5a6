"""getpass (read a password from the terminal without echo) and getuser.

gilfree has no termios module, so getpass reads the line from the
terminal device (/dev/tty) with echo turned off by running stty, and
when there is no terminal it falls back to standard input after a
GetPassWarning, as CPython does without termios."""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def _stty(args, tty):
    import subprocess
    try:
        return subprocess.run(['stty'] + args, stdin=tty, capture_output=True,
                              text=True).returncode == 0
    except OSError:
        return False


def _fallback(prompt, stream):
    warnings.warn("Can not control echo on the terminal.", GetPassWarning,
                  stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream, sys.stdin)


def _raw_input(prompt, stream, input):
    stream.write(prompt)
    stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def getpass(prompt='Password: ', stream=None):
    """Prompt for a password on the terminal with echo off and return
    it, without the newline."""
    try:
        tty = open('/dev/tty', 'r+')
    except OSError:
        return _fallback(prompt, stream)
    with tty:
        if not _stty(['-echo'], tty):
            return _fallback(prompt, stream)
        try:
            return _raw_input(prompt, stream or tty, tty)
        finally:
            _stty(['echo'], tty)
            (stream or tty).write('\n')
            (stream or tty).flush()


def getuser():
    """The login name: $LOGNAME, $USER, $LNAME or $USERNAME, else the
    name /etc/passwd gives the user id."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.split(':')
                if len(fields) > 2 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    raise OSError('No username set in the environment')
