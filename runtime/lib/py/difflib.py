"""Compare sequences and produce differences, as CPython's difflib does.

SequenceMatcher finds the longest common block of two sequences, then
recurses on the pieces to its left and right, and reports matching blocks
and edit opcodes. Its results (the "autojunk" rule for popular elements
included) match CPython's exactly, so the text diffs built on it
(unified_diff, context_diff, ndiff, Differ) do too.

Every object here keeps its state on itself: nothing at module level
changes after import, so the module is safe to use from many threads.
"""

from collections import namedtuple as _namedtuple
from types import GenericAlias
import heapq as _heapq
import re as _re

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio(matches, total):
    # Two sequences with nothing in them are identical.
    if total:
        return 2.0 * matches / total
    return 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements.

    The second sequence (b) is indexed once: set it with set_seq2 and vary
    the first with set_seq1 to compare many sequences against one.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # Map each element of b to the ascending list of its positions,
        # then drop the junk elements and, for long sequences, the
        # "popular" ones (more than 1% of b plus one), which would make the
        # search quadratic while telling little.
        b = self.b
        where = {}
        for pos, elt in enumerate(b):
            lst = where.get(elt)
            if lst is None:
                where[elt] = [pos]
            else:
                lst.append(pos)
        junk = set()
        if self.isjunk is not None:
            for elt in where:
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del where[elt]
        popular = set()
        size = len(b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            for elt, lst in where.items():
                if len(lst) > limit:
                    popular.add(elt)
            for elt in popular:
                del where[elt]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Return the longest matching block in a[alo:ahi] and b[blo:bhi].

        Among the longest blocks free of junk, the one starting earliest in
        a wins, and of those the one starting earliest in b. The block is
        then grown by equal elements on either side: first by those that are
        not junk (popular ones), then by junk ones.
        """
        a, b = self.a, self.b
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        b2j = self.b2j
        junk = self.bjunk
        best_i, best_j, best_n = alo, blo, 0
        # runs[j] is the length of the match ending at a[i-1] and b[j].
        runs = {}
        empty = ()
        for i in range(alo, ahi):
            new_runs = {}
            get = runs.get
            for j in b2j.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                n = get(j - 1, 0) + 1
                new_runs[j] = n
                if n > best_n:
                    best_i, best_j, best_n = i - n + 1, j - n + 1, n
            runs = new_runs

        while (best_i > alo and best_j > blo
               and b[best_j - 1] not in junk
               and a[best_i - 1] == b[best_j - 1]):
            best_i -= 1
            best_j -= 1
            best_n += 1
        while (best_i + best_n < ahi and best_j + best_n < bhi
               and b[best_j + best_n] not in junk
               and a[best_i + best_n] == b[best_j + best_n]):
            best_n += 1
        while (best_i > alo and best_j > blo
               and b[best_j - 1] in junk
               and a[best_i - 1] == b[best_j - 1]):
            best_i -= 1
            best_j -= 1
            best_n += 1
        while (best_i + best_n < ahi and best_j + best_n < bhi
               and b[best_j + best_n] in junk
               and a[best_i + best_n] == b[best_j + best_n]):
            best_n += 1
        return Match(best_i, best_j, best_n)

    def get_matching_blocks(self):
        """Return the list of Match triples (i, j, n), a[i:i+n] == b[j:j+n],
        ascending in i and j, with adjacent blocks merged and a final
        (len(a), len(b), 0) sentinel."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            m = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, n = m
            if n:
                found.append(m)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + n < ahi and j + n < bhi:
                    pending.append((i + n, ahi, j + n, bhi))
        found.sort()

        merged = []
        ci = cj = cn = 0
        for i, j, n in found:
            if ci + cn == i and cj + cn == j:
                cn += n
            else:
                if cn:
                    merged.append(Match(ci, cj, cn))
                ci, cj, cn = i, j, n
        if cn:
            merged.append(Match(ci, cj, cn))
        merged.append(Match(la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """Return the list of 5-tuples (tag, i1, i2, j1, j2) that turn a
        into b, tag one of 'replace', 'delete', 'insert', 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        codes = []
        for ai, bj, n in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + n, bj + n
            if n:
                codes.append(('equal', ai, i, bj, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes, each with up to n lines of context,
        splitting where more than 2*n equal elements separate changes."""
        # As CPython's, this trims the cached opcode list in place.
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > n + n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Return 2*M/T, M the matched elements and T the total of both."""
        matched = 0
        for m in self.get_matching_blocks():
            matched += m[2]
        return _ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """Return an upper bound on ratio() from element counts alone."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        left = {}
        matched = 0
        for elt in self.a:
            if elt in left:
                k = left[elt]
            else:
                k = counts.get(elt, 0)
            left[elt] = k - 1
            if k > 0:
                matched += 1
        return _ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """Return an upper bound on ratio() from the lengths alone."""
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Return up to n of possibilities most like word, best first, each
    with a similarity ratio of at least cutoff."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    sm = SequenceMatcher()
    sm.set_seq2(word)
    for x in possibilities:
        sm.set_seq1(x)
        if (sm.real_quick_ratio() >= cutoff and sm.quick_ratio() >= cutoff
                and sm.ratio() >= cutoff):
            scored.append((sm.ratio(), x))
    return [x for _, x in _heapq.nlargest(n, scored)]


def _with_whitespace(line, tags):
    # A blank tag under a whitespace character keeps that character, so
    # tabs in the line keep the guide line aligned.
    out = []
    for c, t in zip(line, tags):
        out.append(c if t == ' ' and c.isspace() else t)
    return ''.join(out)


class Differ:
    """Compares sequences of lines and yields human-readable deltas:
    '- ' line only in a, '+ ' line only in b, '  ' line in both, and
    '? ' guide lines marking the changes within similar lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        sm = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in sm.get_opcodes():
            if tag == 'replace':
                g = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                g = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                g = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                g = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            yield from g

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        # The shorter block goes first, to keep the output short to read.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (ratio above 0.75), show it
        # as a changed line with guides, and recurse on both sides. With no
        # such pair, an identical pair (the first found) serves instead;
        # with neither, the blocks are dumped plainly.
        best, cutoff = 0.74, 0.75
        sm = SequenceMatcher(self.charjunk)
        same_i = same_j = None
        best_i = best_j = None
        for j in range(blo, bhi):
            bj = b[j]
            sm.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                sm.set_seq1(ai)
                if (sm.real_quick_ratio() > best and sm.quick_ratio() > best
                        and sm.ratio() > best):
                    best, best_i, best_j = sm.ratio(), i, j
        if best < cutoff:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = same_i, same_j
        else:
            same_i = None

        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aline, bline = a[best_i], b[best_j]
        if same_i is None:
            atags = []
            btags = []
            sm.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in sm.get_opcodes():
                na, nb = i2 - i1, j2 - j1
                if tag == 'replace':
                    atags.append('^' * na)
                    btags.append('^' * nb)
                elif tag == 'delete':
                    atags.append('-' * na)
                elif tag == 'insert':
                    btags.append('+' * nb)
                elif tag == 'equal':
                    atags.append(' ' * na)
                    btags.append(' ' * nb)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aline, bline, ''.join(atags),
                                     ''.join(btags))
        else:
            yield '  ' + aline
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _with_whitespace(aline, atags).rstrip()
        btags = _with_whitespace(bline, btags).rstrip()
        yield '- ' + aline
        if atags:
            yield '? %s\n' % atags
        yield '+ ' + bline
        if btags:
            yield '? %s\n' % btags


def IS_LINE_JUNK(line, pat=_re.compile(r'\s*(?:#\s*)?$').match):
    """True for a blank line or one holding only '#' and whitespace."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    """True for a space or a tab."""
    return ch in ws


def _unified_range(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return '%d' % first
    if not length:
        first -= 1
    return '%d,%d' % (first, length)


def _context_range(start, stop):
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + length - 1)


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a unified diff of the line lists a and b."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t' + fromfiledate if fromfiledate else ''
            todate = '\t' + tofiledate if tofiledate else ''
            yield '--- %s%s%s' % (fromfile, fromdate, lineterm)
            yield '+++ %s%s%s' % (tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(first[1], last[2]),
                                   _unified_range(first[3], last[4]),
                                   lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag == 'replace' or tag == 'delete':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag == 'replace' or tag == 'insert':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ',
                 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a context diff of the line lists a and b."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t' + fromfiledate if fromfiledate else ''
            todate = '\t' + tofiledate if tofiledate else ''
            yield '*** %s%s%s' % (fromfile, fromdate, lineterm)
            yield '--- %s%s%s' % (tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(first[1], last[2]), lineterm)
        if any(g[0] == 'replace' or g[0] == 'delete' for g in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- %s ----%s' % (_context_range(first[3], last[4]), lineterm)
        if any(g[0] == 'replace' or g[0] == 'insert' for g in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Run a str diff function (unified_diff, context_diff) over bytes,
    decoding and re-encoding as ASCII with surrogateescape."""
    def decode(s):
        try:
            return s.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)' %
                            (type(s).__name__, s)) from err
    a = [decode(x) for x in a]
    b = [decode(x) for x in b]
    lines = dfunc(a, b, decode(fromfile), decode(tofile),
                  decode(fromfiledate), decode(tofiledate), n,
                  decode(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Return a Differ-style delta of the line lists a and b."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Yield the lines of sequence 1 or 2 back from an ndiff delta."""
    try:
        mark = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    for line in delta:
        if line[:2] == '  ' or line[:2] == mark:
            yield line[2:]


class HtmlDiff:
    """Side-by-side HTML tables of differences: not provided by gilfree."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError('difflib.HtmlDiff is not provided by '
                                  'gilfree')
