"""The C locale: gilfree's programs always run in it. setlocale accepts
'C', 'POSIX', '' and None (and names of the C.UTF-8 locale) and reports
'C'; others raise locale.Error. localeconv, the formatting functions and
str/atof/atoi follow the C locale's conventions (no grouping, '.' as the
decimal point). getpreferredencoding is 'UTF-8', as in CPython's UTF-8
mode."""

import re as _re

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency", "normalize",
           "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC",
           "LC_ALL", "LC_MESSAGES", "CHAR_MAX", "getencoding"]

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_builtin_str = str


class Error(Exception):
    pass


_C_NAMES = ('C', 'POSIX', 'C.UTF-8', 'C.utf8', 'C.UTF8')


def setlocale(category, locale=None):
    """Set (or with locale None, query) the locale of category; only
    the C locale exists."""
    if category not in (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE,
                        LC_MONETARY, LC_MESSAGES, LC_ALL):
        raise Error("unsupported locale setting")
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = '.'.join(x for x in locale if x)
    if locale is None or locale == '' or locale in _C_NAMES:
        return 'C.UTF-8' if category == LC_CTYPE and locale in (
            '', 'C.UTF-8', 'C.utf8', 'C.UTF8') else 'C'
    raise Error("unsupported locale setting")


def resetlocale(category=LC_ALL):
    """Set category to the default (the C locale)."""
    setlocale(category, '')


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '',
            'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '',
            'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of category: (None, None) for C."""
    if category == LC_ALL:
        raise TypeError('category LC_ALL is not supported')
    return (None, None)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """The locale the environment asks for, as (language, encoding),
    from the first of envvars that is set."""
    import os
    for variable in envvars:
        localename = os.environ.get(variable)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    if localename in ('C', 'POSIX') or localename.startswith('C.'):
        return (None, None)
    code, _, enc = localename.partition('.')
    enc = enc.partition('@')[0]
    return (code or None, (enc.upper().replace('UTF8', 'UTF-8') or None))


def getpreferredencoding(do_setlocale=True):
    """The encoding of text files by default: 'UTF-8'."""
    return 'UTF-8'


def getencoding():
    """The locale encoding: 'UTF-8'."""
    return 'UTF-8'


def normalize(localename):
    """localename in the form language_TERRITORY.ENCODING (the encoding
    name as the C library spells it)."""
    code, dot, enc = localename.partition('.')
    if not dot:
        return localename
    enc = enc.replace('-', '').replace('_', '').lower()
    enc = {'utf8': 'UTF-8', 'iso88591': 'ISO8859-1',
           'iso885915': 'ISO8859-15'}.get(enc, enc.upper())
    return code + '.' + enc


def strcoll(s1, s2):
    """Compare two strings by code point (the C locale's collation)."""
    return (s1 > s2) - (s1 < s2)


def strxfrm(s):
    """s itself: the C locale's collation key."""
    return s


_percent_re = _re.compile(r'%(?:\((?P<key>.*?)\))?'
                          r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def format_string(f, val, grouping=False, monetary=False):
    """f % val in the C locale (which has no grouping)."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated form of format_string for a single %-specifier."""
    if not _percent_re.fullmatch(percent):
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))
    return format_string(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """Not available: the C locale has no currency format."""
    raise ValueError("Currency formatting is not possible using "
                     "the 'C' locale.")


def str(val):
    """float formatted as %.12g in the locale."""
    return format_string("%.12g", val)


def delocalize(string):
    """string with the locale's separators replaced by Python's."""
    return string


def localize(string, grouping=False, monetary=False):
    """string with Python's separators replaced by the locale's."""
    return string


def atof(string, func=float):
    """string, a number in the locale's format, converted by func."""
    return func(delocalize(string))


def atoi(string):
    """string, an integer in the locale's format, as an int."""
    return int(delocalize(string))
