"""Regular expressions with Python's syntax and semantics.

gilfree's re module: the matching engine, the Pattern and Match types and
the compiled-pattern cache are written in Go (the _sre module); this file
adds what is easier to say in Python: the RegexFlag values, the error
class, escape(), the module-level functions and Scanner.
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(int):
    """The flags of re, as ints that print by name."""

    # Names in the order CPython lists them in a combined flag's repr.
    _order = ("ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE",
              "DOTALL", "VERBOSE", "TEMPLATE", "DEBUG")
    _values = {"ASCII": 256, "IGNORECASE": 2, "LOCALE": 4, "UNICODE": 32,
               "MULTILINE": 8, "DOTALL": 16, "VERBOSE": 64, "TEMPLATE": 1,
               "DEBUG": 128, "NOFLAG": 0}
    _all = 511
    _members = {}

    def __new__(cls, value=0):
        value = int(value)
        member = cls._members.get(value)
        if member is not None:
            return member
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [n for n in self._order if v & self._values[n]]
        if not names or sum(self._values[n] for n in names) != v:
            return None
        return "|".join(names)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for n in self._order:
            bit = self._values[n]
            if v & bit:
                parts.append("re." + n)
                v &= ~bit
        if v:
            if not parts:
                return "re.RegexFlag(%d)" % int(self)
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(self._all & ~int(self))

    def __reduce__(self):
        return RegexFlag, (int(self),)


for _name, _value in RegexFlag._values.items():
    RegexFlag._members[_value] = int.__new__(RegexFlag, _value)
del _name, _value

NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """A bad regular expression or replacement template.

    msg is the bare message, pattern the text, pos the index in it where
    the problem lies (or None), and lineno and colno that place again
    counted in lines and columns from 1.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            text = "%s at position %d" % (msg, pos)
            if nl in pattern:
                text = "%s (line %d, column %d)" % (text, self.lineno, self.colno)
        super().__init__(text)


_sre.set_error(error)

Pattern = _sre.Pattern
Match = _sre.Match
_compile = _sre.compile


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping
    occurrences of the pattern in string by repl: a template (with \\1 and
    \\g<name> group references) or a function of the Match."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub, but return (new_string, number_of_substitutions)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split string by the occurrences of pattern, with the text of its
    groups between the parts; at most maxsplit splits when nonzero."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string: the
    matched text, the one group's text, or a tuple of the groups' texts."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over the Match objects of all non-overlapping
    matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression cache."
    _sre.purge()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object (deprecated)."
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | T)


# The characters escape() puts a backslash before.
_special = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _special else c for c in pattern)
    text = str(pattern, "latin1")
    return "".join("\\" + c if c in _special else c for c in text).encode("latin1")


class Scanner:
    """Split a string into tokens by a lexicon of (pattern, action)
    pairs (an undocumented part of re that some programs use)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._phrase_of = {}
        group = 1
        for i, (phrase, action) in enumerate(lexicon):
            self._phrase_of[group] = i
            parts.append("(%s)" % phrase)
            group += 1 + _compile(phrase, flags).groups
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._phrase_of[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
