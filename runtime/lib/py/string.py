"""Common string constants, capwords, and the Formatter and Template classes.

Formatter exposes str.format's machinery as overridable steps: parse splits
a format string into (literal, field, spec, conversion) tuples, get_field
resolves "name.attr[key]" through get_value, convert_field applies !r/!s/!a
and format_field calls format(). Template does "$name" substitution.
Both are written here without the re module: the format-string grammar
and the default "$identifier" syntax are scanned by hand; a Template
subclass that sets its own pattern, idpattern or flags gets a regular
expression built on first use.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s by sep, capitalize each word, and join them with sep
    (a single space when sep is None)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ---------------------------------------------------------------------------
# Template

_sentinel_dict = {}
_ID_START = frozenset('_' + ascii_letters)
_ID_REST = frozenset('_' + ascii_letters + digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


class Template:
    """A string with $-substitutions: $$ is a literal $, $name and ${name}
    are replaced by values from a mapping and keyword arguments."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None  # re.IGNORECASE, when a regular expression is built

    def __init__(self, template):
        self.template = template

    @classmethod
    def _uses_default_syntax(cls):
        return (not hasattr(cls, 'pattern')
                and cls.idpattern == _DEFAULT_IDPATTERN
                and cls.braceidpattern is None
                and cls.flags is None)

    def _scan(self):
        """Yield (start, end, kind, name) for each placeholder: kind is
        'escaped', 'named', 'braced' or 'invalid'."""
        if not type(self)._uses_default_syntax():
            yield from self._scan_re()
            return
        text = self.template
        delim = self.delimiter
        n = len(delim)
        i = text.find(delim)
        while i >= 0:
            j = i + n
            if text.startswith(delim, j):
                yield i, j + n, 'escaped', None
                i = text.find(delim, j + n)
                continue
            if j < len(text) and text[j] in _ID_START:
                k = j + 1
                while k < len(text) and text[k] in _ID_REST:
                    k += 1
                yield i, k, 'named', text[j:k]
                i = text.find(delim, k)
                continue
            if j < len(text) and text[j] == '{':
                k = j + 1
                if k < len(text) and text[k] in _ID_START:
                    k += 1
                    while k < len(text) and text[k] in _ID_REST:
                        k += 1
                    if k < len(text) and text[k] == '}':
                        yield i, k + 1, 'braced', text[j + 1:k]
                        i = text.find(delim, k + 1)
                        continue
            yield i, j, 'invalid', None
            i = text.find(delim, j)

    def _scan_re(self):
        cls = type(self)
        pattern = cls.__dict__.get('_compiled')
        if pattern is None:
            import re
            if hasattr(cls, 'pattern'):
                pattern = cls.pattern
                if isinstance(pattern, str):
                    pattern = re.compile(pattern, cls.flags if cls.flags is not None else re.IGNORECASE | re.VERBOSE)
            else:
                delim = re.escape(cls.delimiter)
                ident = cls.idpattern
                braced = cls.braceidpattern or ident
                pattern = re.compile(
                    '%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))'
                    % (delim, delim, ident, braced),
                    cls.flags if cls.flags is not None else re.IGNORECASE)
            cls._compiled = pattern
        for mo in pattern.finditer(self.template):
            for kind in ('escaped', 'named', 'braced', 'invalid'):
                value = mo.group(kind)
                if value is not None:
                    if kind == 'invalid':
                        yield mo.start(), mo.start(kind), kind, None
                    else:
                        yield mo.start(), mo.end(), kind, value
                    break
            else:
                raise ValueError('Unrecognized named group in pattern', pattern)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _render(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        pos = 0
        text = self.template
        for start, end, kind, name in self._scan():
            out.append(text[pos:start])
            pos = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                out.append(text[start:end])
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(text[start:end])
            else:
                out.append(str(mapping[name]))
        out.append(text[pos:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._render(mapping, kws, True)

    def is_valid(self):
        for _, _, kind, _ in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for _, _, kind, name in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


class _ChainLookup:
    """Keyword arguments first, then the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


# ---------------------------------------------------------------------------
# Formatter

def _parse_format(s):
    """Split a format string as str.format reads it."""
    out = []
    i = 0
    n = len(s)
    literal = []
    while i < n:
        c = s[i]
        if c not in '{}':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == c:
            literal.append(c)
            out.append((''.join(literal), None, None, None))
            literal = []
            i += 2
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        j = i + 1
        while j < n:
            ch = s[j]
            if ch == '[':
                k = s.find(']', j)
                if k < 0:
                    raise ValueError("expected '}' before end of string")
                j = k + 1
                continue
            if ch in '}:!':
                break
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        name = s[i + 1:j]
        conversion = None
        if s[j] == '!':
            j += 1
            if j >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[j]
            j += 1
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
            if s[j] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        spec = ''
        if s[j] == ':':
            start = j + 1
            level = 1
            j = start
            while j < n:
                if s[j] == '{':
                    level += 1
                elif s[j] == '}':
                    level -= 1
                    if level == 0:
                        break
                j += 1
            else:
                raise ValueError("unmatched '{' in format spec")
            spec = s[start:j]
        out.append((''.join(literal), name, spec, conversion))
        literal = []
        i = j + 1
    if literal:
        out.append((''.join(literal), None, None, None))
    return out


def _split_field_name(name):
    """Return the first part of a field name (an int when it is all
    digits) and a list of (is_attribute, key) for the rest."""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            if key.isdigit() and key.isascii():
                key = int(key)
            rest.append((False, key))
            i = j + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format's machinery, with each step a method to override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # CPython's Formatter words both directions this way.
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                auto_arg_index = False
            obj, used = self.get_field(field_name, args, kwargs)
            used_args.add(used)
            obj = self.convert_field(obj, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1, auto_arg_index)
            pieces.append(self.format_field(obj, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
