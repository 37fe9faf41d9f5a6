"""Helpers for assertion messages: safe and shortened reprs, the
description of how two sequences differ, element count differences and
line diffs."""

__unittest = True


def strclass(cls):
    return '%s.%s' % (cls.__module__, cls.__qualname__)


_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _MIN_COMMON_LEN + _MIN_END_LEN + 2 * _PLACEHOLDER_LEN)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def _elide(text, keep_front, keep_back):
    hidden = len(text) - keep_front - keep_back
    if hidden <= _PLACEHOLDER_LEN:
        return text
    return '%s[%d chars]%s' % (text[:keep_front], hidden, text[len(text) - keep_back:])


def _shared_prefix(texts):
    first, last = min(texts), max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _short_reprs(*objs):
    """The reprs of objs, shortened around their common start when long."""
    reprs = tuple(safe_repr(o) for o in objs)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _shared_prefix(reprs)
    plen = len(prefix)
    room = _MAX_LENGTH - (longest - plen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        head = _elide(prefix, _MIN_BEGIN_LEN, room)
        return tuple(head + r[plen:] for r in reprs)
    head = _elide(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _elide(r[plen:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def _line_diff(a_lines, b_lines):
    """The lines of difflib.ndiff(a_lines, b_lines): the runtime's difflib
    when it has one, else the package's own ndiff."""
    try:
        import difflib
    except ImportError:
        from ._ndiff import ndiff
        return ndiff(a_lines, b_lines)
    return list(difflib.ndiff(a_lines, b_lines))


def _pformat(obj):
    try:
        import pprint
    except ImportError:
        return repr(obj)
    return pprint.pformat(obj)



def _sequence_difference(seq1, seq2, kind, seq_type):
    """CPython's description of how two sequences differ, or None when
    they are equal."""
    try:
        len1 = len(seq1)
    except (TypeError, NotImplementedError):
        return 'First %s has no length.    Non-sequence?' % kind
    try:
        len2 = len(seq2)
    except (TypeError, NotImplementedError):
        return 'Second %s has no length.    Non-sequence?' % kind
    if seq1 == seq2:
        return None
    text = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + _short_reprs(seq1, seq2))
    for i in range(min(len1, len2)):
        try:
            item1 = seq1[i]
        except (TypeError, IndexError, NotImplementedError):
            return text + '\nUnable to index element %d of first %s\n' % (i, kind)
        try:
            item2 = seq2[i]
        except (TypeError, IndexError, NotImplementedError):
            return text + '\nUnable to index element %d of second %s\n' % (i, kind)
        if item1 != item2:
            text += '\nFirst differing element %d:\n%s\n%s\n' % ((i,) + _short_reprs(item1, item2))
            break
    else:
        if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
            return None
    if len1 > len2:
        text += '\nFirst %s contains %d additional elements.\n' % (kind, len1 - len2)
        try:
            text += 'First extra element %d:\n%s\n' % (len2, safe_repr(seq1[len2]))
        except (TypeError, IndexError, NotImplementedError):
            text += 'Unable to index element %d of first %s\n' % (len2, kind)
    elif len1 < len2:
        text += '\nSecond %s contains %d additional elements.\n' % (kind, len2 - len1)
        try:
            text += 'First extra element %d:\n%s\n' % (len1, safe_repr(seq2[len1]))
        except (TypeError, IndexError, NotImplementedError):
            text += 'Unable to index element %d of second %s\n' % (len1, kind)
    return text


def _count_diff_hashable(actual, expected):
    counts_a, counts_b = {}, {}
    for x in actual:
        counts_a[x] = counts_a.get(x, 0) + 1
    for x in expected:
        counts_b[x] = counts_b.get(x, 0) + 1
    out = []
    for x, n in counts_a.items():
        m = counts_b.get(x, 0)
        if n != m:
            out.append((n, m, x))
    for x, m in counts_b.items():
        if x not in counts_a:
            out.append((0, m, x))
    return out


def _count_diff_any(actual, expected):
    """Counts for unhashable items, by equality, in order of appearance."""
    a, b = list(actual), list(expected)
    done_a, done_b = [False] * len(a), [False] * len(b)
    out = []
    for i, x in enumerate(a):
        if done_a[i]:
            continue
        n = 0
        for j in range(i, len(a)):
            if not done_a[j] and a[j] == x:
                n += 1
                done_a[j] = True
        m = 0
        for j, y in enumerate(b):
            if not done_b[j] and y == x:
                m += 1
                done_b[j] = True
        if n != m:
            out.append((n, m, x))
    for i, y in enumerate(b):
        if done_b[i]:
            continue
        m = 0
        for j in range(i, len(b)):
            if not done_b[j] and b[j] == y:
                m += 1
                done_b[j] = True
        out.append((0, m, y))
    return out
