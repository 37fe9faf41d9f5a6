"""Extracting, formatting and printing stack traces, as CPython 3.11's
traceback module does, with the same text as the interpreter's own
report of an uncaught exception (the caret lines come from the same
code, through _traceback.carets)."""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n'
_sentinel = object()


# frames ------------------------------------------------------------------

class FrameSummary:
    """One frame of a stack: filename, lineno, name and the source line,
    unpackable as the 4-tuple older code expects."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_code', '_lasti')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._code = None
        self._lasti = -1
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) from f (default: the caller's caller) out."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _limited(gen, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return list(gen)
    items = list(gen)
    if limit >= 0:
        return items[:limit]
    return items[limit:] if -limit < len(items) else items


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """A StackSummary from (frame, lineno) pairs."""
        return klass._extract(((f, lineno, -1) for f, lineno in frame_gen),
                              limit, lookup_lines, capture_locals)

    @classmethod
    def _extract(klass, gen, limit, lookup_lines, capture_locals):
        result = klass()
        for f, lineno, lasti in _limited(gen, limit):
            co = f.f_code
            fs = FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=False,
                              locals=f.f_locals if capture_locals else None)
            if lasti >= 0:
                pos = _traceback.positions(co, lasti)
                fs.end_lineno, fs.colno, fs.end_colno = pos[1], pos[2], pos[3]
                fs._code, fs._lasti = co, lasti
            result.append(fs)
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or 4-tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The lines for one frame, as one string."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
            code = getattr(frame_summary, '_code', None)
            if code is not None and frame_summary.colno is not None:
                raw = frame_summary._original_line.rstrip('\n')
                row.append(_traceback.carets(code, frame_summary._lasti, raw))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """The frames as a list of strings, long runs of one repeated frame
        folded into "[Previous line repeated N more times]"."""
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key != last:
                if count > _RECURSIVE_CUTOFF:
                    n = count - _RECURSIVE_CUTOFF
                    result.append('  [Previous line repeated {} more time{}]\n'.format(n, 's' if n > 1 else ''))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            n = count - _RECURSIVE_CUTOFF
            result.append('  [Previous line repeated {} more time{}]\n'.format(n, 's' if n > 1 else ''))
        return result


def _tb_entries(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb.tb_lasti
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    """The StackSummary of a traceback object."""
    return StackSummary._extract(_tb_entries(tb), limit, True, False)


def extract_stack(f=None, limit=None):
    """The StackSummary of the current stack (or f's), oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(_walk(f), limit=limit)
    stack.reverse()
    return stack


def _walk(f):
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    pass


# exceptions --------------------------------------------------------------

def _some_str(value):
    try:
        return str(value)
    except BaseException:
        return '<exception str() failed>'


def _type_name(etype):
    name = getattr(etype, '__qualname__', None) or etype.__name__
    mod = getattr(etype, '__module__', None)
    if mod not in ('__main__', 'builtins', None):
        if not isinstance(mod, str):
            mod = '<unknown>'
        name = mod + '.' + name
    return name


class TracebackException:
    """An exception ready for formatting: its type, the summary of its
    traceback, and its cause or context, captured at once."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = StackSummary._extract(_tb_entries(exc_traceback), limit,
                                           lookup_lines, capture_locals)
        self.exc_type = exc_type
        self._str = _some_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None) if exc_value is not None else None
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        # An exception group's exceptions, each captured the same way.
        self.exceptions = None

        def capture(e):
            return TracebackException(type(e), e, e.__traceback__, limit=limit, lookup_lines=lookup_lines,
                                      capture_locals=capture_locals, max_group_width=max_group_width,
                                      max_group_depth=max_group_depth, _seen=_seen)
        if exc_value is not None:
            cause, context = exc_value.__cause__, exc_value.__context__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = capture(cause)
            if context is not None and id(context) not in _seen:
                self.__context__ = capture(context)
            if isinstance(exc_value, BaseExceptionGroup):
                self.exceptions = [capture(e) for e in exc_value.exceptions if id(e) not in _seen]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The lines of the last part: 'Type: message' (with the location
        lines of a SyntaxError, and the notes)."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = _type_name(self.exc_type)
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if isinstance(self.__notes__, list):
            for note in self.__notes__:
                note = _some_str(note)
                yield from [line + '\n' for line in note.split('\n')]
        elif self.__notes__ is not None:
            yield _some_str(self.__notes__) + '\n'

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or '<string>', self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ((c if c.isspace() else ' ') for c in ltext[:colno])
                    yield '    {}{}\n'.format(''.join(caretspace), '^' * (end_colno - colno))
        msg = self.msg or '<no detail available>'
        yield '{}: {}{}\n'.format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """The whole report, chain first, as a generator of strings. An
        exception group prints as a tree: each of its exceptions under a
        numbered rule, behind a margin that grows with the nesting."""
        if _ctx is None:
            _ctx = _GroupPrinting()
        output = []
        exc = self
        while exc is not None:
            if chain:
                if exc.__cause__ is not None:
                    chained_msg, chained_exc = _CAUSE, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg, chained_exc = _CONTEXT, exc.__context__
                else:
                    chained_msg = chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
            else:
                output.append((None, exc))
                exc = None
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.depth > exc.max_group_depth:
                yield from _ctx.emit('... (max_group_depth is %d)\n' % exc.max_group_depth)
            else:
                yield from exc._format_group(chain, _ctx)

    def _format_group(self, chain, ctx):
        top = ctx.depth == 0
        if top:
            ctx.depth += 1
        if self.stack:
            yield from ctx.emit('Exception Group Traceback (most recent call last):\n', '+' if top else '|')
            yield from ctx.emit(self.stack.format())
        yield from ctx.emit(self.format_exception_only())
        width = self.max_group_width
        n = min(len(self.exceptions), width + 1)
        ctx.need_close = False
        for i in range(n):
            last = i == n - 1
            if last:
                # A nested group's last exception may close it instead.
                ctx.need_close = True
            truncated = i >= width
            title = '...' if truncated else str(i + 1)
            yield '%s%s+---------------- %s ----------------\n' % (ctx.indent(), '+-' if i == 0 else '  ', title)
            ctx.depth += 1
            if truncated:
                more = len(self.exceptions) - width
                yield from ctx.emit('and %d more exception%s\n' % (more, 's' if more > 1 else ''))
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=ctx)
            if last and ctx.need_close:
                yield ctx.indent() + '+------------------------------------\n'
                ctx.need_close = False
            ctx.depth -= 1
        if top:
            ctx.depth = 0

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')


class _GroupPrinting:
    """Where the printing of an exception group's tree is: the nesting
    depth, and whether the innermost group still owes its closing rule."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.depth)

    def emit(self, text, margin='|'):
        """Yield text (a string or strings), each line behind the margin."""
        pieces = [text] if isinstance(text, str) else text
        if not self.depth:
            yield from pieces
            return
        prefix = self.indent() + margin + ' '
        for piece in pieces:
            yield ''.join(prefix + line for line in piece.splitlines(True))


def _format_final_exc_line(etype, value):
    valuestr = _some_str(value)
    if value is None or not valuestr:
        return '%s\n' % etype
    return '%s: %s\n' % (etype, valuestr)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of the report print_exception prints."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception and its traceback as the interpreter does (to
    sys.stderr by default)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of the report: 'Type: message'."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled and its traceback."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)
