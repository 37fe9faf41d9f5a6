# difflib: SequenceMatcher (matching blocks, opcodes, grouped opcodes, the
# three ratios, junk and the autojunk rule), get_close_matches,
# unified_diff, context_diff, ndiff, Differ, restore, diff_bytes. Exact
# expected values come from CPython; a seeded random run prints a digest of
# many outputs, which the harness compares with python3's.
import difflib
import hashlib
import random
import threading
from difflib import SequenceMatcher, Match

# SequenceMatcher basics.
s = SequenceMatcher(None, "abxcd", "abcd")
assert s.get_matching_blocks() == [Match(0, 0, 2), Match(3, 2, 2), Match(5, 4, 0)]
assert s.get_matching_blocks()[0].size == 2
assert s.get_opcodes() == [('equal', 0, 2, 0, 2), ('delete', 2, 3, 2, 2),
                           ('equal', 3, 5, 2, 4)]
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
assert round(s.ratio(), 3) == 0.866
assert s.get_matching_blocks()[:3] == [(0, 0, 8), (8, 17, 21), (29, 38, 0)]
s = SequenceMatcher(None, " abcd", "abcd abcd")
assert s.find_longest_match(0, 5, 0, 9) == Match(a=0, b=4, size=5)
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
assert s.find_longest_match(0, 5, 0, 9) == Match(a=1, b=0, size=4)
assert s.find_longest_match() == Match(a=1, b=0, size=4)
s = SequenceMatcher(None, "ab", "c")
assert s.find_longest_match(0, 2, 0, 1) == Match(a=0, b=0, size=0)
s = SequenceMatcher(None, "qabxcd", "abycdf")
assert s.get_opcodes() == [('delete', 0, 1, 0, 0), ('equal', 1, 3, 0, 2),
                           ('replace', 3, 4, 2, 3), ('equal', 4, 6, 3, 5),
                           ('insert', 6, 6, 5, 6)]
s = SequenceMatcher(None, "abcd", "bcde")
assert (s.ratio(), s.quick_ratio(), s.real_quick_ratio()) == (0.75, 0.75, 1.0)
assert SequenceMatcher(None, "", "").ratio() == 1.0
assert SequenceMatcher(None, "", "").get_opcodes() == []
assert SequenceMatcher(None, [1, 2, 3], (1, 2, 3)).ratio() == 1.0
assert SequenceMatcher[str] is not None

# set_seq1 / set_seq2 reset the caches.
s = SequenceMatcher(None, "abc", "abc")
assert s.ratio() == 1.0
s.set_seq1("xyz")
assert s.ratio() == 0.0
s.set_seq2("xyz")
assert s.ratio() == 1.0
s.set_seqs("ab", "ba")
assert s.get_opcodes() == [('insert', 0, 0, 0, 1), ('equal', 0, 1, 1, 2),
                           ('delete', 1, 2, 2, 2)]

# Junk and autojunk.
s = SequenceMatcher(lambda c: c in "xy", "axbyc", "abxxcy")
assert s.bjunk == {"x", "y"}
assert "x" not in s.b2j and s.b2j["a"] == [0]
b = "a" * 150 + "b" * 50 + "cd"
s = SequenceMatcher(None, "cdab", b)
assert s.bpopular == {"a", "b"} and s.bjunk == set()
assert s.get_matching_blocks() == [(0, 200, 2), (4, 202, 0)]
s = SequenceMatcher(None, "xab", b)
assert s.get_matching_blocks() == [(3, 202, 0)]
s = SequenceMatcher(None, "xab", b, autojunk=False)
assert s.bpopular == set()
assert s.get_matching_blocks() == [(1, 149, 2), (3, 202, 0)]
s = SequenceMatcher(None, "x" * 100, "x" * 199)
assert s.bpopular == set() and s.ratio() > 0.6
s = SequenceMatcher(None, "x" * 100, "x" * 200)
assert s.bpopular == {"x"} and s.get_matching_blocks() == [(0, 0, 100), (100, 200, 0)]

# Grouped opcodes (and their trimming of the cached opcodes, as CPython).
a = [str(i) for i in range(1, 40)]
b = a[:]
b[8:8] = ["i"]
b[20] += "x"
b[23:28] = []
b[30] = "y"
s = SequenceMatcher(None, a, b)
groups = list(s.get_grouped_opcodes())
assert groups == [
    [('equal', 5, 8, 5, 8), ('insert', 8, 8, 8, 9), ('equal', 8, 11, 9, 12)],
    [('equal', 16, 19, 17, 20), ('replace', 19, 20, 20, 21),
     ('equal', 20, 22, 21, 23), ('delete', 22, 27, 23, 23),
     ('equal', 27, 30, 23, 26)],
    [('equal', 31, 34, 27, 30), ('replace', 34, 35, 30, 31),
     ('equal', 35, 38, 31, 34)]], groups
assert s.get_opcodes()[0] == ('equal', 5, 8, 5, 8)
assert list(SequenceMatcher(None, "", "").get_grouped_opcodes()) == []
assert list(SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()) == []
assert list(SequenceMatcher(None, "", "a").get_grouped_opcodes()) == [[('insert', 0, 0, 0, 1)]]

# get_close_matches.
assert difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]) == ["apple", "ape"]
import keyword
assert difflib.get_close_matches("wheel", keyword.kwlist) == ["while"]
assert difflib.get_close_matches("pineapple", keyword.kwlist) == []
assert difflib.get_close_matches("accept", keyword.kwlist) == ["except"]
assert difflib.get_close_matches("ab", ["ba", "ab", "aa", "bb"], n=2) == ["ab"]
assert difflib.get_close_matches("ab", ["ba", "ab", "aa", "bb"], cutoff=0.0, n=10) == ["ab", "bb", "ba", "aa"]
for bad_args, msg in (((0,), "n must be > 0: 0"), ((3, 1.5), "cutoff must be in [0.0, 1.0]: 1.5")):
    try:
        difflib.get_close_matches("x", ["x"], *bad_args)
    except ValueError as e:
        assert str(e) == msg, e
    else:
        raise AssertionError("no error")

# unified_diff and context_diff.
a = ['one\n', 'two\n', 'three\n', 'four\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n']
u = list(difflib.unified_diff(a, b, 'Original', 'Current', '2005-01-26 23:30:50', '2010-04-02 10:20:52'))
assert u == ['--- Original\t2005-01-26 23:30:50\n', '+++ Current\t2010-04-02 10:20:52\n',
             '@@ -1,4 +1,4 @@\n', '+zero\n', ' one\n', '-two\n', '-three\n', '+tree\n', ' four\n'], u
c = list(difflib.context_diff(a, b, fromfile='before.py', tofile='after.py'))
assert c == ['*** before.py\n', '--- after.py\n', '***************\n', '*** 1,4 ****\n',
             '  one\n', '! two\n', '! three\n', '  four\n', '--- 1,4 ----\n', '+ zero\n',
             '  one\n', '! tree\n', '  four\n'], c
assert list(difflib.unified_diff(a, a)) == []
u = list(difflib.unified_diff(['a'], [], lineterm=''))
assert u == ['--- ', '+++ ', '@@ -1 +0,0 @@', '-a'], u
c = list(difflib.context_diff([], ['a'], lineterm=''))
assert c == ['*** ', '--- ', '***************', '*** 0 ****', '--- 1 ----', '+ a'], c
u = list(difflib.unified_diff(list("abcdefghijklmnop"), list("abcdefgXhijklmnoY"), n=1, lineterm=''))
assert u == ['--- ', '+++ ', '@@ -7,2 +7,3 @@', ' g', '+X', ' h',
             '@@ -15,2 +16,2 @@', ' o', '-p', '+Y'], u
try:
    list(difflib.unified_diff([b'a'], ['b']))
except TypeError as e:
    assert str(e) == "lines to compare must be str, not bytes (b'a')", e
try:
    list(difflib.context_diff(['a'], ['b'], fromfile=b'x'))
except TypeError as e:
    assert str(e) == "all arguments must be str, not: b'x'", e
d = list(difflib.diff_bytes(difflib.unified_diff, [b'a\xff\n'], [b'b\n'], b'f1', b'f2'))
assert d == [b'--- f1\n', b'+++ f2\n', b'@@ -1 +1 @@\n', b'-a\xff\n', b'+b\n'], d
try:
    list(difflib.diff_bytes(difflib.unified_diff, ['a'], [b'b']))
except TypeError as e:
    assert str(e) == "all arguments must be bytes, not str ('a')", e

# ndiff, Differ, restore.
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                          'ore\ntree\nemu\n'.splitlines(keepends=True)))
assert diff == ['- one\n', '?  ^\n', '+ ore\n', '?  ^\n', '- two\n', '- three\n',
                '?  -\n', '+ tree\n', '+ emu\n'], diff
assert ''.join(difflib.restore(diff, 1)) == 'one\ntwo\nthree\n'
assert ''.join(difflib.restore(diff, 2)) == 'ore\ntree\nemu\n'
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    assert str(e) == "unknown delta choice (must be 1 or 2): 3", e
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
result = list(difflib.Differ().compare(text1, text2))
assert result == [
    '    1. Beautiful is better than ugly.\n',
    '-   2. Explicit is better than implicit.\n',
    '-   3. Simple is better than complex.\n',
    '+   3.   Simple is better than complex.\n',
    '?     ++\n',
    '-   4. Complex is better than complicated.\n',
    '?            ^                     ---- ^\n',
    '+   4. Complicated is better than complex.\n',
    '?           ++++ ^                      ^\n',
    '+   5. Flat is better than nested.\n'], result
# Tabs in a changed line are kept in its guide line.
r = list(difflib.ndiff(['\tabcdefgh\n'], ['\tabcXefgh\n']))
assert r == ['- \tabcdefgh\n', '? \t   ^\n', '+ \tabcXefgh\n', '? \t   ^\n'], r
# An identical line inside a replaced block anchors it when no pair is similar.
r = list(difflib.ndiff(['aaaa\n', 'same\n', 'bbbb\n'], ['xxxx\n', 'same\n', 'yyyy\n', 'zzzz\n']))
assert r == ['- aaaa\n', '+ xxxx\n', '  same\n', '- bbbb\n', '+ yyyy\n', '+ zzzz\n'], r
assert difflib.IS_LINE_JUNK('\n') and difflib.IS_LINE_JUNK('  #   \n')
assert not difflib.IS_LINE_JUNK('hello\n')
assert difflib.IS_CHARACTER_JUNK(' ') and difflib.IS_CHARACTER_JUNK('\t')
assert not difflib.IS_CHARACTER_JUNK('\n') and not difflib.IS_CHARACTER_JUNK('x')

# A seeded random run over all of it; the digest must equal python3's.
rnd = random.Random(2024)
digest = hashlib.sha256()
words = ['alpha\n', 'beta\n', 'gamma\n', '\tdelta x\n', 'epsilon  y\n', '# c\n', '\n', 'alphb\n', 'gamna\n']
for it in range(150):
    alpha = rnd.choice(['ab', 'abc', 'abcdefg', 'ab \t#x'])
    a = ''.join(rnd.choice(alpha) for _ in range(rnd.choice([0, 1, 3, 10, 50, 250])))
    b = ''.join(rnd.choice(alpha) for _ in range(rnd.choice([0, 1, 5, 30, 220])))
    if rnd.random() < 0.5:
        b = a[:len(a) // 2] + b[:10] + a[len(a) // 2:]
    junk = rnd.choice([None, lambda c: c == ' ', lambda c: c in 'x#'])
    s = SequenceMatcher(junk, a, b, rnd.choice([True, False]))
    out = [s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(),
           s.real_quick_ratio(), list(s.get_grouped_opcodes(rnd.choice([0, 1, 3])))]
    la = [rnd.choice(words) for _ in range(rnd.randint(0, 30))]
    lb = list(la)
    for _ in range(rnd.randint(0, 8)):
        op = rnd.random()
        if op < 0.3 and lb:
            del lb[rnd.randrange(len(lb))]
        elif op < 0.6:
            lb.insert(rnd.randint(0, len(lb)), rnd.choice(words))
        elif lb:
            k = rnd.randrange(len(lb))
            lb[k] = lb[k].replace(rnd.choice('aelt'), rnd.choice('xyz \t'), 1)
    out.append(list(difflib.unified_diff(la, lb, 'a', 'b', n=rnd.choice([0, 1, 3]))))
    out.append(list(difflib.context_diff(la, lb, 'a', 'b', n=rnd.choice([0, 1, 3]))))
    out.append(list(difflib.ndiff(la, lb, rnd.choice([None, difflib.IS_LINE_JUNK]))))
    wl = [''.join(rnd.choice('abcde') for _ in range(rnd.randint(1, 6))) for _ in range(30)]
    out.append(difflib.get_close_matches(''.join(rnd.choice('abcde') for _ in range(4)), wl))
    digest.update(repr(out).encode())
print("random digest", digest.hexdigest()[:16])

# Many threads diffing at once get the same answers as one.
want = list(difflib.ndiff(text1, text2))
errors = []
def work():
    for _ in range(20):
        if list(difflib.ndiff(text1, text2)) != want:
            errors.append("ndiff differs")
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not errors, errors
print("difflib ok")
