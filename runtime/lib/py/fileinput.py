"""Iterate over the lines of several files (or standard input) as one
stream, optionally rewriting each file in place.

    import fileinput
    for line in fileinput.input():
        process(line)

gilfree's own implementation of the interface CPython documents: input()
and the module functions over the one global FileInput, the FileInput
class, and the hook_compressed and hook_encoded open hooks. The global
instance is set and cleared under a lock, so two threads cannot both start
one; a single FileInput is, as in CPython, read by one thread at a time.
"""

import io
import os
import sys
from _thread import allocate_lock
from types import GenericAlias

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "fileno", "isfirstline", "isstdin", "FileInput", "hook_compressed",
           "hook_encoded"]

_state = None
_state_lock = allocate_lock()


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Return the global FileInput over files (sys.argv[1:] or stdin by
    default), made active for the module functions."""
    global _state
    with _state_lock:
        if _state and _state._file:
            raise RuntimeError("input() already active")
        _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                           encoding=encoding, errors=errors)
        return _state


def close():
    """Close the global FileInput."""
    global _state
    with _state_lock:
        state = _state
        _state = None
    if state:
        state.close()


def _active():
    state = _state
    if not state:
        raise RuntimeError("no active input()")
    return state


def nextfile():
    """Close the current file so that the next line comes from the next
    one."""
    return _active().nextfile()


def filename():
    """The name of the file being read, or None before the first line."""
    return _active().filename()


def lineno():
    """The number of the line just read, counting across all files."""
    return _active().lineno()


def filelineno():
    """The number of the line just read within its file."""
    return _active().filelineno()


def fileno():
    """The file descriptor of the current file, or -1."""
    return _active().fileno()


def isfirstline():
    """Whether the line just read is its file's first."""
    return _active().isfirstline()


def isstdin():
    """Whether the line just read came from standard input."""
    return _active().isstdin()


class FileInput:
    """The lines of a sequence of files, read one file after another.

    A file named '-' is standard input. With inplace, each file is moved to
    a backup and standard output is redirected into a new file of the
    original name while its lines are read; the backup is removed at the
    file's end unless backup names its extension."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r",
                 openhook=None, encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, os.PathLike):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            if not files:
                files = ("-",)
            else:
                files = tuple(files)
        self._files = files
        self._inplace = inplace
        self._backup = backup
        self._savestdout = None
        self._output = None
        self._filename = None
        self._startlineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = None
        self._encoding = encoding
        self._errors = errors
        if mode not in ("r", "rb"):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._mode = mode
        self._write_mode = mode.replace("r", "w")
        if openhook:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._openhook = openhook

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                raise StopIteration
            self.nextfile()

    def nextfile(self):
        savestdout = self._savestdout
        self._savestdout = None
        if savestdout:
            sys.stdout = savestdout
        output = self._output
        self._output = None
        try:
            if output:
                output.close()
        finally:
            file = self._file
            self._file = None
            self.__dict__.pop("_readline", None)
            try:
                if file and not self._isstdin:
                    file.close()
            finally:
                backupfilename = self._backupfilename
                self._backupfilename = None
                if backupfilename and not self._backup:
                    try:
                        os.unlink(backupfilename)
                    except OSError:
                        pass
                self._isstdin = False

    def readline(self):
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                return line
            self.nextfile()

    def _readline(self):
        # Opens the next file; once one is open, the instance attribute
        # _readline (the file's own readline) hides this method.
        if not self._files:
            if "b" in self._mode:
                return b""
            return ""
        self._filename = self._files[0]
        self._files = self._files[1:]
        self._startlineno = self.lineno()
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = 0
        encoding = None if "b" in self._mode else self._encoding
        if self._filename == "-":
            self._filename = "<stdin>"
            if "b" in self._mode:
                self._file = getattr(sys.stdin, "buffer", sys.stdin)
            else:
                self._file = sys.stdin
            self._isstdin = True
        elif self._inplace:
            self._backupfilename = os.fspath(self._filename) + (self._backup or ".bak")
            try:
                os.unlink(self._backupfilename)
            except OSError:
                pass
            os.rename(self._filename, self._backupfilename)
            self._file = open(self._backupfilename, self._mode,
                              encoding=encoding, errors=self._errors)
            try:
                perm = os.fstat(self._file.fileno()).st_mode
            except OSError:
                self._output = open(self._filename, self._write_mode,
                                    encoding=encoding, errors=self._errors)
            else:
                fd = os.open(self._filename, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, perm)
                self._output = open(fd, self._write_mode,
                                    encoding=encoding, errors=self._errors)
                try:
                    os.chmod(self._filename, perm)
                except OSError:
                    pass
            self._savestdout = sys.stdout
            sys.stdout = self._output
        elif self._openhook:
            if self._encoding is None:
                self._file = self._openhook(self._filename, self._mode)
            else:
                self._file = self._openhook(self._filename, self._mode,
                                            encoding=self._encoding, errors=self._errors)
        else:
            self._file = open(self._filename, self._mode,
                              encoding=encoding, errors=self._errors)
        self._readline = self._file.readline
        return self._readline()

    def filename(self):
        return self._filename

    def lineno(self):
        return self._startlineno + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if self._file:
            try:
                return self._file.fileno()
            except ValueError:
                return -1
        return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin

    __class_getitem__ = classmethod(GenericAlias)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An open hook that opens .gz (and .bz2) files through their
    decompressors and anything else with open()."""
    ext = os.path.splitext(filename)[1]
    if ext == ".gz":
        import gzip
        stream = gzip.open(filename, mode)
    elif ext == ".bz2":
        import bz2
        stream = bz2.BZ2File(filename, mode)
    else:
        return open(filename, mode, encoding=encoding, errors=errors)
    if "b" not in mode:
        try:
            stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
        except TypeError:
            # gilfree's TextIOWrapper wraps only its own files: decode the
            # (already whole) decompressed data instead.
            data = stream.read()
            stream.close()
            stream = io.StringIO(data.decode(encoding or "utf-8", errors or "strict"),
                                 newline=None)
    return stream


def hook_encoded(encoding, errors=None):
    """An open hook that opens files with the given encoding."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
