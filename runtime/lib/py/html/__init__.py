"""Escaping and unescaping of HTML text: escape and unescape.

unescape knows the named references of html.entities (HTML 4.01's, plus
'apos;' and HTML5's legacy names without ';') and every numeric one;
numeric references are resolved as HTML5 says (the C1 range through
Windows-1252, invalid code points to U+FFFD or nothing).
"""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with &, < and > replaced by their references, and with quote
    also " and '."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


_c1 = {
    0x00: '\ufffd',
    0x0d: '\r',
    0x80: '\u20ac',
    0x81: '\x81',
    0x82: '\u201a',
    0x83: '\u0192',
    0x84: '\u201e',
    0x85: '\u2026',
    0x86: '\u2020',
    0x87: '\u2021',
    0x88: '\u02c6',
    0x89: '\u2030',
    0x8a: '\u0160',
    0x8b: '\u2039',
    0x8c: '\u0152',
    0x8d: '\x8d',
    0x8e: '\u017d',
    0x8f: '\x8f',
    0x90: '\x90',
    0x91: '\u2018',
    0x92: '\u2019',
    0x93: '\u201c',
    0x94: '\u201d',
    0x95: '\u2022',
    0x96: '\u2013',
    0x97: '\u2014',
    0x98: '\u02dc',
    0x99: '\u2122',
    0x9a: '\u0161',
    0x9b: '\u203a',
    0x9c: '\u0153',
    0x9d: '\x9d',
    0x9e: '\u017e',
    0x9f: '\u0178',
}


def _invalid(cp):
    return (0x01 <= cp <= 0x08 or cp == 0x0b or 0x0e <= cp <= 0x1f or
            0x7f <= cp <= 0x9f or 0xfdd0 <= cp <= 0xfdef or
            cp & 0xfffe == 0xfffe)


def _replace(m):
    s = m.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _c1:
            return _c1[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if _invalid(num):
            return ''
        return chr(num)
    if s in _html5:
        return _html5[s]
    # The longest prefix that is a name HTML5 takes without ';'.
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """s with its named and numeric character references (&gt;, &#62;,
    &#x3e;) replaced by the characters they stand for."""
    if '&' not in s:
        return s
    return _charref.sub(_replace, s)
