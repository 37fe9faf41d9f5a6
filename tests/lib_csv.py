# csv: reader and writer over each dialect and option, quoting modes,
# fields spanning lines, CPython's errors, DictReader and DictWriter.
import csv
import hashlib
import io
import random
import os
import tempfile


def read(lines, **kw):
    r = csv.reader(lines, **kw)
    return list(r), r.line_num


def err(fn, *args, **kw):
    try:
        fn(*args, **kw)
    except (csv.Error, TypeError, ValueError) as e:
        return type(e).__name__ + ": " + str(e)
    raise AssertionError("no error")


assert read(['a,"b\n', 'c",d\n']) == ([["a", "b\nc", "d"]], 2)
assert read(['"ab"c,d']) == ([["abc", "d"]], 1)
assert err(read, ['"ab"c,d'], strict=True) == "Error: ',' expected after '\"'"
assert read(['a"b,c']) == ([['a"b', "c"]], 1)
assert read(['"abc']) == ([["abc"]], 1)
assert err(read, ['"abc'], strict=True) == "Error: unexpected end of data"
assert err(read, ["a\rb"]) == ("Error: new-line character seen in unquoted field - "
                               "do you need to open the file in universal-newline mode?")
assert read(["", "a"]) == ([[], ["a"]], 2)
assert err(read, ['1,"2",,x'], quoting=csv.QUOTE_NONNUMERIC) == "ValueError: could not convert string to float: 'x'"
assert read(['1,"2",'], quoting=csv.QUOTE_NONNUMERIC) == ([[1.0, "2", ""]], 1)
assert read(['a, b,  "c"'], skipinitialspace=True) == ([["a", "b", "c"]], 1)
assert read(["a\\,b,c"], escapechar="\\") == ([["a,b", "c"]], 1)
assert read(['"a\\"b",c'], escapechar="\\", doublequote=False) == ([['a"b', "c"]], 1)
assert read(['a,"b""c"']) == ([["a", 'b"c']], 1)
assert err(read, [b"a"]) == ("Error: iterator should return strings, not bytes "
                             "(the file should be opened in text mode)")
assert read(["a,b\r\n", "c\r\n"]) == ([["a", "b"], ["c"]], 2)
assert read(['"a\n']) == ([["a\n"]], 1)
assert read(["a;b,c"], delimiter=";") == ([["a", "b,c"]], 1)
assert read(["a\tb"], dialect="excel-tab") == ([["a", "b"]], 1)
assert read(["a,,", ",b"]) == ([["a", "", ""], ["", "b"]], 2)
assert read(["'a,b',c"], quotechar="'") == ([["a,b", "c"]], 1)
assert read(['"a,b",c'], quoting=csv.QUOTE_NONE) == ([['"a', 'b"', "c"]], 1)
assert err(csv.reader, [], delimiter="ab") == 'TypeError: "delimiter" must be a 1-character string'
assert err(csv.reader, [], quoting=5) == 'TypeError: bad "quoting" value'
assert err(csv.reader, [], delimiter=None) == 'TypeError: "delimiter" must be string, not NoneType'
old = csv.field_size_limit(10)
assert old == 131072
assert err(read, ["x" * 11]) == "Error: field larger than field limit (10)"
assert csv.field_size_limit(old) == 10


def write(rows, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    counts = [w.writerow(row) for row in rows]
    return s.getvalue(), counts


assert write([["a", "b,c", 'd"e', "f\ng", None, 1.5, 2, "", " x"]]) == \
    ('a,"b,c","d""e","f\ng",,1.5,2,, x\r\n', [33])
assert write([[""]]) == ('""\r\n', [4])
assert write([[]]) == ("\r\n", [2])
assert write([["a", 1, None, 2.5, True]], quoting=csv.QUOTE_NONNUMERIC) == ('"a",1,"",2.5,True\r\n', [19])
assert write([["a", 1]], quoting=csv.QUOTE_ALL) == ('"a","1"\r\n', [9])
assert err(write, [["a,b"]], quoting=csv.QUOTE_NONE) == "Error: need to escape, but no escapechar set"
assert write([["a,b", "c\\d", 'e"f']], quoting=csv.QUOTE_NONE, escapechar="\\") == \
    ('a\\,b,c\\\\d,e\\"f\r\n', [16])
assert err(write, [['a"b']], doublequote=False) == "Error: need to escape, but no escapechar set"
assert write([['a"b', "c,d"]], doublequote=False, escapechar="\\") == ('a\\"b,"c,d"\r\n', [12])
assert err(write, [[""]], quoting=csv.QUOTE_NONE) == "Error: single empty field record must be quoted"
assert err(write, [5]) == "Error: iterable expected, not int"
assert write([["x"]], dialect="unix") == ('"x"\n', [4])
assert write([["a\tb", "c"]], dialect="excel-tab") == ('"a\tb"\tc\r\n', [9])
assert write([["a\rb"]]) == ('"a\rb"\r\n', [7])
assert write([["a#b"]], lineterminator="#") == ('"a#b"#', [6])
s = io.StringIO()
csv.writer(s).writerows([[1, 2], (x for x in "ab")])
assert s.getvalue() == "1,2\r\na,b\r\n"

# Round trip of awkward values through a real file.
rows = [["plain", "with,comma", 'with "quotes"', "multi\nline", "", " lead"], ["1", "2", "3", "4", "5", "6"]]
d = tempfile.mkdtemp()
path = os.path.join(d, "t.csv")
with open(path, "w", newline="") as f:
    csv.writer(f).writerows(rows)
with open(path, newline="") as f:
    assert list(csv.reader(f)) == rows
os.remove(path)
os.rmdir(d)

# Dialects.
assert csv.list_dialects()[:3] == ["excel", "excel-tab", "unix"]
assert (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE) == (0, 1, 2, 3)
dx = csv.get_dialect("excel")
assert (dx.delimiter, dx.quotechar, dx.lineterminator, dx.quoting, dx.escapechar,
        dx.doublequote, dx.skipinitialspace, dx.strict) == (",", '"', "\r\n", 0, None, True, False, False)
assert err(csv.get_dialect, "nope") == "Error: unknown dialect"
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
assert write([["a", "b"]], dialect="pipes")[0] == '"a"|"b"\r\n'
assert read(["a|b"], dialect="pipes")[0] == [["a", "b"]]
csv.unregister_dialect("pipes")
assert err(csv.unregister_dialect, "pipes") == "Error: unknown dialect"


class Semi(csv.excel):
    delimiter = ";"


assert write([["a", "b;c"]], dialect=Semi)[0] == 'a;"b;c"\r\n'
assert csv.reader([], dialect=Semi).dialect.delimiter == ";"
assert csv.Error.__module__ == "_csv"

# DictReader and DictWriter.
dr = csv.DictReader(io.StringIO("a,b,c\n1,2\n\n3,4,5,6\n"), restval="R")
assert dr.fieldnames == ["a", "b", "c"]
assert list(dr) == [{"a": "1", "b": "2", "c": "R"}, {"a": "3", "b": "4", "c": "5", None: ["6"]}]
assert dr.line_num == 4
dr = csv.DictReader(["x;y", "1;2"], fieldnames=None, delimiter=";", restkey="more")
assert next(dr) == {"x": "1", "y": "2"}
dr = csv.DictReader(["1,2,3"], fieldnames=["p", "q"], restkey="rest")
assert list(dr) == [{"p": "1", "q": "2", "rest": ["3"]}]
assert csv.DictReader(io.StringIO("")).fieldnames is None
s = io.StringIO()
dw = csv.DictWriter(s, ["a", "b"])
dw.writeheader()
dw.writerow({"a": 1})
dw.writerows([{"b": "x,y"}, {"a": None, "b": 2}])
assert s.getvalue() == 'a,b\r\n1,\r\n,"x,y"\r\n,2\r\n'
assert err(dw.writerow, {"a": 1, "x": 2}) == "ValueError: dict contains fields not in fieldnames: 'x'"
assert err(csv.DictWriter, s, ["a"], extrasaction="foo") == "ValueError: extrasaction (foo) must be 'raise' or 'ignore'"
s = io.StringIO()
csv.DictWriter(s, ["a"], extrasaction="ignore", restval="-").writerows([{"z": 1}, {"a": 3, "z": 1}])
assert s.getvalue() == "-\r\n3\r\n"

# Random rows written with each dialect option and read back several ways;
# the digest is of CPython's results.
rnd = random.Random(11)
alpha = ['a', 'b', ',', '"', ' ', '\n', '\r', ';', '\\', 'x', "'", '\t']
out = []
opts = [{}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC}, {"delimiter": ";"},
        {"escapechar": "\\"}, {"doublequote": False, "escapechar": "\\"}, {"quoting": csv.QUOTE_NONE, "escapechar": "\\"},
        {"lineterminator": "\n"}, {"quotechar": "'"}, {"skipinitialspace": True}, {"strict": True}, {"dialect": "excel-tab"}]
for i in range(600):
    kw = rnd.choice(opts)
    rows = []
    for r in range(rnd.randrange(1, 5)):
        row = []
        for f in range(rnd.randrange(0, 5)):
            k = rnd.randrange(5)
            if k == 0: row.append(rnd.randrange(-100, 100))
            elif k == 1: row.append(rnd.random())
            elif k == 2: row.append(None)
            else: row.append("".join(rnd.choice(alpha) for _ in range(rnd.randrange(0, 6))))
        rows.append(row)
    s = io.StringIO()
    try:
        csv.writer(s, **kw).writerows(rows)
        text = s.getvalue()
        out.append(repr(text))
    except Exception as e:
        out.append("W " + type(e).__name__ + str(e)); text = s.getvalue()
    for rkw in (kw, {}, {"strict": True}):
        try:
            out.append(repr(list(csv.reader(io.StringIO(text, newline=""), **rkw))))
        except Exception as e:
            out.append("R " + type(e).__name__ + str(e))
        try:
            out.append(repr(list(csv.reader(text.splitlines(True), **rkw))))
        except Exception as e:
            out.append("R " + type(e).__name__ + str(e))
    junk = "".join(rnd.choice(alpha) for _ in range(rnd.randrange(0, 20)))
    try:
        out.append(repr(list(csv.reader([junk], **kw))))
    except Exception as e:
        out.append("J " + type(e).__name__ + str(e))
text = "\n".join(out)
DIGEST = "d512745f2070f66135137fa22353589e46d7045003f4c3f0bf089603b7ce0b98"
assert hashlib.sha256(text.encode()).hexdigest() == DIGEST, hashlib.sha256(text.encode()).hexdigest()

print(write([["id", "name"], [1, "a, b"]])[0], end="")
print("csv ok")

try:
    csv.writer(None)
except TypeError as e:
    assert str(e) == 'argument 1 must have a "write" method', e
else:
    raise AssertionError("csv.writer(None)")
