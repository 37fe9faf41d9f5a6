"""Shell-style wildcard matching: '*' matches anything, '?' one
character, '[seq]' one character in seq, '[!seq]' one not in seq.

Patterns are matched by a small backtracking matcher of their own (no
regular expressions), after being parsed once into a list of tokens that
is cached per pattern. translate() still gives the regular expression
CPython's fnmatch gives, for programs that build on it."""

import posixpath

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}
_CACHE_MAX = 256


def _parse(pat):
    """Split pat into tokens: ('*',), ('?',), ('[', negate, items) with
    items single characters or (lo, hi) ranges, or a literal string."""
    tokens = _cache.get(pat)
    if tokens is not None:
        return tokens
    tokens = []
    lit = []
    i, n = 0, len(pat)
    empty = pat[:0]

    def flush():
        if lit:
            tokens.append(empty.join(lit))
            lit.clear()

    while i < n:
        c = pat[i:i + 1]
        i += 1
        if c == _s(pat, '*'):
            flush()
            if not tokens or tokens[-1] != ('*',):
                tokens.append(('*',))
        elif c == _s(pat, '?'):
            flush()
            tokens.append(('?',))
        elif c == _s(pat, '['):
            j = i
            if pat[j:j + 1] == _s(pat, '!'):
                j += 1
            if pat[j:j + 1] == _s(pat, ']'):
                j += 1
            while j < n and pat[j:j + 1] != _s(pat, ']'):
                j += 1
            if j >= n:
                lit.append(c)
                continue
            body = pat[i:j]
            i = j + 1
            negate = body[:1] == _s(pat, '!')
            if negate:
                body = body[1:]
            items = []
            k = 0
            while k < len(body):
                ch = body[k:k + 1]
                if body[k + 1:k + 2] == _s(pat, '-') and k + 2 < len(body):
                    hi = body[k + 2:k + 3]
                    if ch <= hi:
                        items.append((ch, hi))
                    k += 3
                else:
                    items.append(ch)
                    k += 1
            flush()
            tokens.append(('[', negate, tuple(items)))
        else:
            lit.append(c)
    flush()
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    _cache[pat] = tokens
    return tokens


def _s(pat, ch):
    return ch.encode() if isinstance(pat, bytes) else ch


def _one(tok, c):
    if tok[0] == '?':
        return True
    found = False
    for item in tok[2]:
        if isinstance(item, tuple):
            if item[0] <= c <= item[1]:
                found = True
                break
        elif item == c:
            found = True
            break
    return found != tok[1]


def _match(tokens, name):
    """Whether name matches the tokens; '*' backtracks to the last star
    only, which is enough because stars match any run of characters."""
    ti = ni = 0
    star_t = star_n = -1
    nt, nn = len(tokens), len(name)
    while True:
        if ti < nt:
            tok = tokens[ti]
            if isinstance(tok, tuple):
                if tok[0] == '*':
                    star_t, star_n = ti, ni
                    ti += 1
                    continue
                if ni < nn and _one(tok, name[ni:ni + 1]):
                    ti += 1
                    ni += 1
                    continue
            elif name.startswith(tok, ni):
                ti += 1
                ni += len(tok)
                continue
        elif ni == nn:
            return True
        if star_t < 0 or star_n >= nn:
            return False
        star_n += 1
        ti, ni = star_t + 1, star_n


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _match(_parse(pat), name)


def fnmatch(name, pat):
    """Whether name matches pat (after os.path.normcase, which does
    nothing on POSIX)."""
    name = posixpath.normcase(name)
    pat = posixpath.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The items of names that match pat."""
    tokens = _parse(posixpath.normcase(pat))
    return [n for n in names if _match(tokens, posixpath.normcase(n))]


_SPECIAL = set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(s):
    return ''.join('\\' + c if c in _SPECIAL else c for c in s)


def translate(pat):
    """The regular expression (as a str) that matches what pat matches."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            stuff = pat[i:j]
            i = j + 1
            stuff = stuff.replace('\\', '\\\\')
            if not stuff:
                out.append('(?!)')
                continue
            if stuff[0] == '!':
                stuff = '^' + stuff[1:]
            elif stuff[0] in ('^', '['):
                stuff = '\\' + stuff
            out.append('[' + stuff + ']')
        else:
            out.append(_escape(c))
    return '(?s:' + ''.join(out) + ')\\Z'
