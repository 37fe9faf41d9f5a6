"""A line diff in the format of difflib.ndiff ('- ', '+ ', '  ' lines and
'? ' hint lines under similar lines), for assertion messages while the
runtime has no difflib.

Matching follows difflib's model: the longest common run of items is
found (items the junk test accepts never start a run, and in sequences of
200 or more items, the very common ones neither), and the parts on either
side are matched the same way. Between two runs of differing lines, the
most similar pair (ratio above 0.75) is shown with hint lines and the
differing lines around it are diffed again."""

__unittest = True


def _char_junk(ch):
    return ch in ' \t'


class _Matcher:
    def __init__(self, isjunk, a, b):
        self.a, self.b = a, b
        index = {}
        for j, item in enumerate(b):
            index.setdefault(item, []).append(j)
        junk = set()
        if isjunk is not None:
            for item in list(index):
                if isjunk(item):
                    junk.add(item)
                    del index[item]
        n = len(b)
        if n >= 200:
            limit = n // 100 + 1
            for item in [x for x, where in index.items() if len(where) > limit]:
                del index[item]
        self.index = index
        self.junk = junk

    def _longest(self, alo, ahi, blo, bhi):
        a, b, junk = self.a, self.b, self.junk
        best_i, best_j, best = alo, blo, 0
        runs = {}
        for i in range(alo, ahi):
            new_runs = {}
            for j in self.index.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = new_runs[j] = runs.get(j - 1, 0) + 1
                if k > best:
                    best_i, best_j, best = i - k + 1, j - k + 1, k
            runs = new_runs
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i, best_j, best = best_i - 1, best_j - 1, best + 1
            while (best_i + best < ahi and best_j + best < bhi
                   and (b[best_j + best] in junk) == want_junk
                   and a[best_i + best] == b[best_j + best]):
                best += 1
        return best_i, best_j, best

    def blocks(self):
        found = []
        todo = [(0, len(self.a), 0, len(self.b))]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = self._longest(alo, ahi, blo, bhi)
            if k:
                found.append((i, j, k))
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        for i, j, k in found:
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                pi, pj, pk = merged[-1]
                merged[-1] = (pi, pj, pk + k)
            else:
                merged.append((i, j, k))
        merged.append((len(self.a), len(self.b), 0))
        return merged

    def opcodes(self):
        i = j = 0
        out = []
        for ai, bj, size in self.blocks():
            if i < ai and j < bj:
                out.append(('replace', i, ai, j, bj))
            elif i < ai:
                out.append(('delete', i, ai, j, bj))
            elif j < bj:
                out.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                out.append(('equal', ai, i, bj, j))
        return out

    def ratio(self):
        total = len(self.a) + len(self.b)
        if not total:
            return 1.0
        return 2.0 * sum(k for _, _, k in self.blocks()) / total

    def quick_ratio(self):
        total = len(self.a) + len(self.b)
        if not total:
            return 1.0
        left = {}
        for item in self.b:
            left[item] = left.get(item, 0) + 1
        common = 0
        for item in self.a:
            if left.get(item, 0) > 0:
                left[item] -= 1
                common += 1
        return 2.0 * common / total

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return 2.0 * min(la, lb) / (la + lb) if la + lb else 1.0


def _dump(tag, lines, lo, hi):
    return ['%s %s' % (tag, lines[i]) for i in range(lo, hi)]


def _plain_replace(a, alo, ahi, b, blo, bhi):
    if bhi - blo < ahi - alo:
        return _dump('+', b, blo, bhi) + _dump('-', a, alo, ahi)
    return _dump('-', a, alo, ahi) + _dump('+', b, blo, bhi)


def _around(a, alo, ahi, b, blo, bhi):
    if alo < ahi:
        if blo < bhi:
            return _fancy_replace(a, alo, ahi, b, blo, bhi)
        return _dump('-', a, alo, ahi)
    if blo < bhi:
        return _dump('+', b, blo, bhi)
    return []


def _hint(line, tags):
    kept = ''.join(c if t == ' ' and c.isspace() else t for c, t in zip(line, tags))
    return kept.rstrip()


def _fancy_replace(a, alo, ahi, b, blo, bhi):
    best_ratio, cutoff = 0.74, 0.75
    best_i = best_j = None
    same_i = same_j = None
    for j in range(blo, bhi):
        for i in range(alo, ahi):
            if a[i] == b[j]:
                if same_i is None:
                    same_i, same_j = i, j
                continue
            m = _Matcher(_char_junk, a[i], b[j])
            if m.real_quick_ratio() > best_ratio and m.quick_ratio() > best_ratio:
                r = m.ratio()
                if r > best_ratio:
                    best_ratio, best_i, best_j = r, i, j
    if best_ratio < cutoff:
        if same_i is None:
            return _plain_replace(a, alo, ahi, b, blo, bhi)
        best_i, best_j = same_i, same_j
    else:
        same_i = None
    out = _around(a, alo, best_i, b, blo, best_j)
    aline, bline = a[best_i], b[best_j]
    if same_i is None:
        atags = btags = ''
        for tag, i1, i2, j1, j2 in _Matcher(_char_junk, aline, bline).opcodes():
            if tag == 'replace':
                atags += '^' * (i2 - i1)
                btags += '^' * (j2 - j1)
            elif tag == 'delete':
                atags += '-' * (i2 - i1)
            elif tag == 'insert':
                btags += '+' * (j2 - j1)
            else:
                atags += ' ' * (i2 - i1)
                btags += ' ' * (j2 - j1)
        atags, btags = _hint(aline, atags), _hint(bline, btags)
        out.append('- ' + aline)
        if atags:
            out.append('? %s\n' % atags)
        out.append('+ ' + bline)
        if btags:
            out.append('? %s\n' % btags)
    else:
        out.append('  ' + aline)
    return out + _around(a, best_i + 1, ahi, b, best_j + 1, bhi)


def ndiff(a, b):
    """The lines of difflib.ndiff(a, b)."""
    out = []
    for tag, alo, ahi, blo, bhi in _Matcher(None, a, b).opcodes():
        if tag == 'replace':
            out += _fancy_replace(a, alo, ahi, b, blo, bhi)
        elif tag == 'delete':
            out += _dump('-', a, alo, ahi)
        elif tag == 'insert':
            out += _dump('+', b, blo, bhi)
        else:
            out += _dump(' ', a, alo, ahi)
    return out
