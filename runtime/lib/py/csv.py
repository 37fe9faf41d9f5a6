"""Reading and writing comma-separated values.

A dialect says how records are written: the delimiter between fields,
the quote character and when it is used, how a quote inside a quoted
field is written (doubled, or after an escape character), and the line
terminator. The reader accepts either newline convention whatever the
dialect says, and quoted fields may span lines.
"""

import threading as _threading

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "unregister_dialect",
           "DictReader", "DictWriter", "unix_dialect", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = "_csv"

_limit = [131072]
_registry = {}
_registry_lock = _threading.Lock()


def field_size_limit(*args):
    """Returns the field size limit, setting a new one if given."""
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _limit[0] = args[0]
    return old


def _char(name, value, optional):
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, " or None" if optional else "", type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Spec:
    """A dialect's settings, checked: what readers and writers use."""

    __slots__ = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
                 "lineterminator", "quoting", "strict")

    def __init__(self, dialect, params):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name, default):
            if name in params:
                return params[name]
            return getattr(dialect, name, default) if dialect is not None else default

        unknown = set(params) - set(self.__slots__)
        if unknown:
            raise TypeError("'%s' is an invalid keyword argument for this function" % sorted(unknown)[0])
        quoting = pick("quoting", QUOTE_MINIMAL)
        if not isinstance(quoting, int) or quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        self.delimiter = _char("delimiter", pick("delimiter", ","), False)
        self.quotechar = _char("quotechar", pick("quotechar", '"'), True)
        self.escapechar = _char("escapechar", pick("escapechar", None), True)
        self.doublequote = bool(pick("doublequote", True))
        self.skipinitialspace = bool(pick("skipinitialspace", False))
        self.strict = bool(pick("strict", False))
        term = pick("lineterminator", "\r\n")
        if not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = term
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")


class Dialect:
    """Describes a CSV dialect; subclass it and set the attributes."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        try:
            _Spec(self, {})
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


class _SpecDialect:
    """The dialect object a reader or writer exposes."""

    def __init__(self, spec):
        for name in _Spec.__slots__:
            setattr(self, name, getattr(spec, name))


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    spec = _Spec(dialect, fmtparams)
    with _registry_lock:
        _registry[name] = _SpecDialect(spec)


def unregister_dialect(name):
    with _registry_lock:
        if name not in _registry:
            raise Error("unknown dialect")
        del _registry[name]


def get_dialect(name):
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_registry)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# The reader's states while it walks a record.
_START_RECORD, _START_FIELD, _UNQUOTED, _QUOTED, _AFTER_QUOTE, _ESCAPED, _ESCAPED_IN_QUOTES, _LINE_END = range(8)
# After an escaped newline: unquoted, but the line's end does not end the
# record.
_ESCAPED_NL = 8


class _Reader:
    def __init__(self, lines, spec):
        self._lines = iter(lines)
        self._spec = spec
        self.dialect = _SpecDialect(spec)
        self.line_num = 0
        self._well_formed = None

    def __iter__(self):
        return self

    def __next__(self):
        spec = self._spec
        line = next(self._lines)
        if type(line) is not str or spec.skipinitialspace or spec.quoting == QUOTE_NONNUMERIC:
            return self._parse(line)
        if spec.escapechar is not None and spec.escapechar in line:
            return self._parse(line)
        if line[-2:] == "\r\n":
            body = line[:-2]
        elif line[-1:] in ("\n", "\r"):
            body = line[:-1]
        else:
            body = line
        if len(body) > _limit[0]:
            return self._parse(line)
        if spec.quoting == QUOTE_NONE or spec.quotechar not in line:
            # No quotes: the record is the line split at delimiters.
            if "\n" in body or "\r" in body:
                return self._parse(line)
            self.line_num += 1
            if not body:
                return []
            return body.split(spec.delimiter)
        if self._well_formed is None:
            self._compile()
        if spec.strict or not spec.doublequote or not self._well_formed.fullmatch(body):
            return self._parse(line)
        # Well-formed quoting on one line: take the fields a token at a
        # time.
        self.line_num += 1
        fields = []
        token = self._token.match
        pair, quote, delim = spec.quotechar * 2, spec.quotechar, spec.delimiter
        pos, end = 0, len(body)
        while True:
            m = token(body, pos)
            inner = m.group(1)
            fields.append(m.group(2) if inner is None else inner.replace(pair, quote))
            pos = m.end()
            if pos >= end:
                return fields
            pos += 1

    def _compile(self):
        import re
        d = re.escape(self._spec.delimiter)
        q = re.escape(self._spec.quotechar)
        field = "%s(?:[^%s]|%s%s)*%s|[^%s%s\r\n]*" % (q, q, q, q, q, d, q)
        self._well_formed = re.compile("(?:%s)(?:%s(?:%s))*" % (field, d, field))
        self._token = re.compile("%s((?:[^%s]|%s%s)*)%s|([^%s%s\r\n]*)" % (q, q, q, q, q, d, q))

    def _parse(self, pending):
        spec = self._spec
        delim, quote, esc = spec.delimiter, spec.quotechar, spec.escapechar
        numeric = spec.quoting == QUOTE_NONNUMERIC
        record = []
        field = []
        quoted = False
        state = _START_RECORD
        limit = _limit[0]

        def finish():
            text = "".join(field)
            if numeric and not quoted and text:
                record.append(float(text))
            else:
                record.append(text)
            field.clear()

        while True:
            try:
                if pending is not None:
                    line, pending = pending, None
                else:
                    line = next(self._lines)
            except StopIteration:
                if state in (_START_RECORD, _LINE_END):
                    raise
                if not field and state != _QUOTED:
                    raise
                if spec.strict:
                    raise Error("unexpected end of data")
                finish()
                return record
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            if state == _START_RECORD and line in ("", "\n", "\r\n", "\r"):
                return []
            for c in line:
                if state == _LINE_END:
                    if c in "\r\n":
                        continue
                    raise Error("new-line character seen in unquoted field - "
                                "do you need to open the file in universal-newline mode?")
                if state == _START_RECORD or state == _START_FIELD:
                    quoted = False
                    if c in "\r\n":
                        if state == _START_FIELD or record:
                            finish()
                        state = _LINE_END
                        continue
                    if c == quote and spec.quoting != QUOTE_NONE:
                        quoted = True
                        state = _QUOTED
                    elif c == esc:
                        state = _ESCAPED
                    elif c == " " and spec.skipinitialspace:
                        state = _START_FIELD
                    elif c == delim:
                        finish()
                        state = _START_FIELD
                    else:
                        field.append(c)
                        state = _UNQUOTED
                elif state == _UNQUOTED or state == _ESCAPED_NL:
                    if c in "\r\n":
                        finish()
                        state = _LINE_END
                    elif c == esc:
                        state = _ESCAPED
                    elif c == delim:
                        finish()
                        state = _START_FIELD
                    else:
                        field.append(c)
                elif state == _ESCAPED:
                    field.append(c)
                    state = _ESCAPED_NL if c in "\r\n" else _UNQUOTED
                elif state == _QUOTED:
                    if c == esc:
                        state = _ESCAPED_IN_QUOTES
                    elif c == quote:
                        state = _AFTER_QUOTE if spec.doublequote else _UNQUOTED
                    else:
                        field.append(c)
                elif state == _ESCAPED_IN_QUOTES:
                    field.append(c)
                    state = _QUOTED
                elif state == _AFTER_QUOTE:
                    if c == quote:
                        field.append(c)
                        state = _QUOTED
                    elif c == delim:
                        finish()
                        state = _START_FIELD
                    elif c in "\r\n":
                        finish()
                        state = _LINE_END
                    elif spec.strict:
                        raise Error("'%s' expected after '%s'" % (delim, quote))
                    else:
                        field.append(c)
                        state = _UNQUOTED
                if len(field) > limit:
                    raise Error("field larger than field limit (%d)" % limit)
            if state == _LINE_END:
                return record
            if state == _ESCAPED_NL:
                state = _UNQUOTED
                continue
            if state == _ESCAPED or state == _ESCAPED_IN_QUOTES:
                # An escape character ending a line escapes a newline.
                field.append("\n")
                state = _UNQUOTED if state == _ESCAPED else _QUOTED
                continue
            if state in (_START_FIELD, _UNQUOTED, _AFTER_QUOTE):
                # A line without its newline (the last of a file, or a
                # list of strings) ends the record.
                finish()
                return record
            # Inside quotes the record goes on at the next line.


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, _Spec(dialect, fmtparams))


class _Writer:
    def __init__(self, f, spec):
        self._write = f.write
        self._spec = spec
        self.dialect = _SpecDialect(spec)
        # The characters that make a field need quotes or escapes (a
        # newline only when the line terminator holds it, as in 3.11).
        special = {spec.delimiter} | set(spec.lineterminator)
        for c in (spec.quotechar, spec.escapechar):
            if c is not None:
                special.add(c)
        self._special = tuple(special)
        self._plain = spec.quoting in (QUOTE_MINIMAL, QUOTE_NONE)

    def _field(self, value, only):
        if value is None:
            text = ""
        elif type(value) is str:
            text = value
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        if self._plain and text and not only:
            for c in self._special:
                if c in text:
                    break
            else:
                return text
        spec = self._spec
        quoting = spec.quoting
        if quoting == QUOTE_ALL:
            quoted = True
        elif quoting == QUOTE_NONNUMERIC:
            quoted = not isinstance(value, (int, float))
        else:
            quoted = False
        if only and text == "":
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        if quoting != QUOTE_NONE and spec.doublequote:
            # Quotes are doubled, escape characters escaped, and any
            # other special character only asks for quotes.
            esc, q = spec.escapechar, spec.quotechar
            if esc is not None and esc in text:
                text = text.replace(esc, esc + esc)
            if q in text:
                text = text.replace(q, q + q)
                quoted = True
            elif not quoted:
                for c in self._special:
                    if c in text and c != esc:
                        quoted = True
                        break
            if quoted:
                return q + text + q
            return text
        out = []
        for c in text:
            if c == spec.quotechar and quoting != QUOTE_NONE:
                if spec.doublequote:
                    quoted = True
                    out.append(c + c)
                    continue
                if spec.escapechar is None:
                    raise Error("need to escape, but no escapechar set")
                out.append(spec.escapechar + c)
                continue
            if c == spec.escapechar or (quoting == QUOTE_NONE and c == spec.quotechar):
                out.append(spec.escapechar + c)
                continue
            if c == spec.delimiter or c in spec.lineterminator:
                if quoting == QUOTE_NONE:
                    if spec.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(spec.escapechar + c)
                    continue
                quoted = True
            out.append(c)
        text = "".join(out)
        if quoted:
            return spec.quotechar + text + spec.quotechar
        return text

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        only = len(fields) == 1
        field = self._field
        line = self._spec.delimiter.join([field(v, only) for v in fields])
        return self._write(line + self._spec.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    if not hasattr(csvfile, "write"):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(csvfile, _Spec(dialect, fmtparams))


class DictReader:
    """Reads records as dicts keyed by the field names (the first record
    unless given); extra values go in a list under restkey, missing ones
    are restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
            self.line_num = self.reader.line_num
        names = self.fieldnames
        d = dict(zip(names, row))
        if len(names) < len(row):
            d[self.restkey] = row[len(names):]
        elif len(names) > len(row):
            for key in names[len(row):]:
                d[key] = self.restval
        return d

    __class_getitem__ = classmethod(lambda cls, item: cls)


class DictWriter:
    """Writes dicts as records in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _row(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [repr(k) for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join(wrong))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._row(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._row, rowdicts))

    __class_getitem__ = classmethod(lambda cls, item: cls)
