"""Message translation: gettext and friends over GNU .mo catalogs.

translation() finds localedir/<language>/LC_MESSAGES/<domain>.mo for the
languages asked for (or those of $LANGUAGE, $LC_ALL, $LC_MESSAGES and
$LANG) and reads it into a GNUTranslations; without a catalog the text
comes back untranslated (NullTranslations). Plural forms are chosen by
the catalog's Plural-Forms expression, evaluated by a small C-expression
evaluator (no eval). Translations are cached under a lock; the module's
current domain and directory are module globals, as in CPython.
"""

import os
import re
import struct
import sys
import _thread

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext', 'dnpgettext']

_default_localedir = os.path.join(getattr(sys, 'base_prefix', '/usr'), 'share', 'locale')


# --- Plural-Forms expressions ----------------------------------------------

_token_re = re.compile(r'\s*(?:(\d+)|(n)|(&&|\|\||[=!<>]=|[-+*/%<>!?:()]))')
_binary_prec = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4,
                '<=': 4, '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6}


def _tokens(text):
    pos = 0
    out = []
    text = text.strip()
    while pos < len(text):
        m = _token_re.match(text, pos)
        if not m or m.end() == pos:
            raise ValueError('invalid token in plural form: %s' %
                             text[pos:].strip())
        pos = m.end()
        out.append(m.group(1) or m.group(2) or m.group(3))
    out.append('')
    return out


def c2py(plural):
    """A function of n computing the C expression plural (a catalog's
    Plural-Forms), checked to hold only its allowed operators."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    toks = _tokens(plural)
    pos = [0]

    def peek():
        return toks[pos[0]]

    def take():
        t = toks[pos[0]]
        pos[0] += 1
        return t

    def primary():
        t = take()
        if t == '(':
            e = ternary()
            if take() != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            return e
        if t == '!':
            e = primary()
            return lambda n: int(not e(n))
        if t == '-':
            e = primary()
            return lambda n: -e(n)
        if t == 'n':
            return lambda n: n
        if t.isdigit():
            v = int(t)
            return lambda n: v
        raise ValueError('unexpected token in plural form: %s' % t)

    def binary(prec):
        left = primary()
        while peek() in _binary_prec and _binary_prec[peek()] >= prec:
            op = take()
            right = binary(_binary_prec[op] + 1)
            left = _apply(op, left, right)
        return left

    def ternary():
        cond = binary(1)
        if peek() == '?':
            take()
            a = ternary()
            if take() != ':':
                raise ValueError('syntax error in plural form')
            b = ternary()
            return lambda n: a(n) if cond(n) else b(n)
        return cond

    expr = ternary()
    if peek() != '':
        raise ValueError('syntax error in plural form')

    def func(n):
        if not isinstance(n, int):
            n = _as_int(n)
        return int(expr(n))
    return func


def _apply(op, a, b):
    if op == '||':
        return lambda n: int(bool(a(n)) or bool(b(n)))
    if op == '&&':
        return lambda n: int(bool(a(n)) and bool(b(n)))
    if op == '==':
        return lambda n: int(a(n) == b(n))
    if op == '!=':
        return lambda n: int(a(n) != b(n))
    if op == '<':
        return lambda n: int(a(n) < b(n))
    if op == '>':
        return lambda n: int(a(n) > b(n))
    if op == '<=':
        return lambda n: int(a(n) <= b(n))
    if op == '>=':
        return lambda n: int(a(n) >= b(n))
    if op == '+':
        return lambda n: a(n) + b(n)
    if op == '-':
        return lambda n: a(n) - b(n)
    if op == '*':
        return lambda n: a(n) * b(n)
    if op == '/':
        return lambda n: _cdiv(a(n), b(n))
    return lambda n: _cmod(a(n), b(n))


def _cdiv(x, y):
    if y == 0:
        raise ZeroDivisionError('integer division or modulo by zero')
    q = abs(x) // abs(y)
    return q if (x < 0) == (y < 0) else -q


def _cmod(x, y):
    return x - y * _cdiv(x, y)


def _as_int(n):
    try:
        i = round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' %
                        (n.__class__.__name__,)) from None
    import warnings
    warnings.warn('Plural value must be an integer, got %s' %
                  (n.__class__.__name__,), DeprecationWarning, 4)
    return i


# --- translations -------------------------------------------------------------

class NullTranslations:
    """Translations that translate nothing: each message is its own
    translation (the plural form by n != 1). A fallback, added with
    add_fallback, is asked first."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._output_charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Put _ (and the functions in names) in builtins."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            allowed = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        # A .mo file: magic, revision, number of strings, then the
        # offsets of two tables of (length, offset) pairs, for the
        # original strings and their translations.
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        data = fp.read()
        filename = getattr(fp, 'name', '')
        if len(data) < 20:
            raise OSError(0, 'Bad magic number', filename)
        for order in '<>':
            if struct.unpack_from(order + 'I', data)[0] == self.LE_MAGIC:
                break
        else:
            raise OSError(0, 'Bad magic number', filename)
        revision, count, originals, translations = struct.unpack_from(
            order + '4I', data, 4)
        if self._get_versions(revision)[0] not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' +
                          str(self._get_versions(revision)[0]), filename)
        pair = order + 'II'

        def string(table, i):
            length, offset = struct.unpack_from(pair, data, table + 8 * i)
            if offset + length >= len(data):
                raise OSError(0, 'File is corrupt', filename)
            return data[offset:offset + length]

        for i in range(count):
            original = string(originals, i)
            translated = string(translations, i)
            if not original:
                self._parse_header(translated)
            charset = self._charset or 'ascii'
            if b'\x00' in original:
                singular = original.split(b'\x00')[0].decode(charset)
                for n, form in enumerate(translated.split(b'\x00')):
                    catalog[(singular, n)] = form.decode(charset)
            else:
                catalog[original.decode(charset)] = translated.decode(charset)

    def _parse_header(self, tmsg):
        lastk = None
        for b_item in tmsg.split(b'\n'):
            item = b_item.decode().strip()
            if not item:
                continue
            if item.startswith('#-#-#-#-#') and item.endswith('#-#-#-#-#'):
                continue
            k = v = None
            if ':' in item:
                k, v = item.split(':', 1)
                k = k.strip().lower()
                v = v.strip()
                self._info[k] = v
                lastk = k
            elif lastk:
                self._info[lastk] += '\n' + item
            if k == 'content-type':
                self._charset = v.split('charset=')[1]
            elif k == 'plural-forms':
                v = v.split(';')
                plural = v[1].split('plural=')[1]
                self.plural = c2py(plural)

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((message, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        ctxt_msg_id = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(ctxt_msg_id, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((ctxt_msg_id, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


def _expand_lang(loc):
    """loc and its less specific forms, most specific first:
    de_DE.UTF-8@euro, ..., de."""
    code, _, modifier = loc.partition('@')
    code, _, codeset = code.partition('.')
    language, _, territory = code.partition('_')
    out = []
    for m in ([modifier, ''] if modifier else ['']):
        for t in ([territory, ''] if territory else ['']):
            for c in ([codeset, ''] if codeset else ['']):
                name = language + ('_' + t if t else '') + \
                    ('.' + c if c else '') + ('@' + m if m else '')
                if name not in out:
                    out.append(name)
    return out


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file for domain in localedir for the first language that
    has one (every one with all=True)."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = os.environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    nelangs = []
    for lang in languages:
        for nelang in _expand_lang(lang):
            if nelang not in nelangs:
                nelangs.append(nelang)
    result = [] if all else None
    for lang in nelangs:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES',
                              '%s.mo' % domain)
        if os.path.exists(mofile):
            if all:
                result.append(mofile)
            else:
                return mofile
    return result


_translations = {}
_translations_lock = _thread.allocate_lock()
_localedirs = {}
_current_domain = 'messages'


def translation(domain, localedir=None, languages=None, class_=None,
                fallback=False):
    """The translations of domain for languages, from localedir;
    without a catalog, NullTranslations if fallback else OSError."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for '
                                'domain', domain)
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        with _translations_lock:
            t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = class_(fp)
            with _translations_lock:
                t = _translations.setdefault(key, t)
        import copy
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    """Install _ in builtins for domain."""
    t = translation(domain, localedir, fallback=True)
    t.install(names)


def textdomain(domain=None):
    """Set (if given) and return the current domain."""
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    """Set (if given) and return the directory of domain's catalogs."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def dgettext(domain, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    """message translated in the current domain."""
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    """The singular or plural message for n, translated."""
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    """message in context, translated."""
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    """The singular or plural message for n in context, translated."""
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
