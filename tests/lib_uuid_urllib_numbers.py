# uuid, urllib.parse and numbers.
import fractions
import numbers
import threading
import uuid
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin,
                          urldefrag, quote, quote_plus, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)

# uuid
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
assert str(u) == '12345678-1234-5678-1234-567812345678'
assert repr(u) == "UUID('12345678-1234-5678-1234-567812345678')"
assert u.hex == '12345678123456781234567812345678'
assert u.int == 0x12345678123456781234567812345678
assert u.bytes == bytes.fromhex('12345678123456781234567812345678')
assert u.bytes_le == bytes.fromhex('78563412341278561234567812345678')
assert u.fields == (0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)
assert u.urn == 'urn:uuid:12345678-1234-5678-1234-567812345678'
assert u.variant == uuid.RESERVED_NCS and u.version is None
assert uuid.UUID(bytes_le=u.bytes_le) == u == uuid.UUID(fields=u.fields)
assert uuid.UUID('urn:uuid:' + u.hex) == u and uuid.UUID(int=u.int) == u
assert str(uuid.UUID(int=u.int, version=4)) == '12345678-1234-4678-9234-567812345678'
assert str(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org')) == '6fa459ea-ee8a-3ca4-894e-db77e160355e'
assert str(uuid.uuid5(uuid.NAMESPACE_URL, 'http://x')) == 'c059942f-567e-54eb-aeb5-5fd9830bce43'
assert str(uuid.NAMESPACE_X500) == '6ba7b814-9dad-11d1-80b4-00c04fd430c8'
v = uuid.uuid4()
assert v.version == 4 and v.variant == uuid.RFC_4122 and v != uuid.uuid4()
w = uuid.uuid1()
assert w.version == 1 and w.node == uuid.getnode() and uuid.uuid1().time > w.time
assert sorted([uuid.UUID(int=5), uuid.UUID(int=3)]) == [uuid.UUID(int=3), uuid.UUID(int=5)]
assert hash(u) == hash(u.int) and int(u) == u.int and {u: 1}[uuid.UUID(str(u))] == 1
for kw, exc, msg in [
        (dict(hex='xyz'), ValueError, 'badly formed hexadecimal UUID string'),
        (dict(int=-1), ValueError, 'int is out of range (need a 128-bit value)'),
        (dict(bytes=b'x'), ValueError, 'bytes is not a 16-char string'),
        (dict(), TypeError, 'one of the hex, bytes, bytes_le, fields, or int arguments must be given'),
        (dict(hex='0' * 32, version=9), ValueError, 'illegal version number'),
        (dict(fields=(1, 2, 3, 4, 5, 1 << 48)), ValueError, 'field 6 out of range (need a 48-bit value)')]:
    try:
        uuid.UUID(**kw)
        raise AssertionError(kw)
    except exc as e:
        assert str(e) == msg, str(e)
try:
    u.int = 5
    raise AssertionError
except TypeError as e:
    assert str(e) == 'UUID objects are immutable'
made = []
lock = threading.Lock()
def make():
    got = [uuid.uuid1() for _ in range(200)] + [uuid.uuid4() for _ in range(200)]
    with lock:
        made.extend(got)
ts = [threading.Thread(target=make) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert len(set(made)) == 1600

# urllib.parse
p = urlparse("http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag")
assert p == ('http', 'user:pw@Example.COM:8080', '/a/b', 'p', 'q=1&r=2', 'frag')
assert (p.username, p.password, p.hostname, p.port) == ('user', 'pw', 'example.com', 8080)
assert p.geturl() == "http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag"
s = urlsplit("https://[::1]:443/x?y#z")
assert s == ('https', '[::1]:443', '/x', 'y', 'z') and s.hostname == '::1' and s.port == 443
assert urlsplit("//host/path").netloc == "host" and urlsplit("a/b", "dflt").scheme == "dflt"
assert urlsplit("http://a/b#c", allow_fragments=False).path == "/b#c"
assert urlsplit(" \thttp://a\nb.c/").netloc == "ab.c"
assert urlparse(b"http://a/b?c").query == b"c"
assert urlparse("mailto:a@b.c") == ('mailto', '', 'a@b.c', '', '', '')
for bad, msg in [("http://h:abc/", "Port could not be cast to integer value as 'abc'"),
                 ("http://h:99999/", "Port out of range 0-65535")]:
    try:
        urlparse(bad).port
        raise AssertionError
    except ValueError as e:
        assert str(e) == msg, str(e)
try:
    urlsplit("http://[::1/")
    raise AssertionError
except ValueError as e:
    assert str(e) == "Invalid IPv6 URL"
assert urlunparse(("http", "h", "/p", "par", "q", "f")) == "http://h/p;par?q#f"
assert urlunsplit(("file", "", "/x", "", "")) == "file:///x"
assert urlunsplit(("http", "", "x", "", "")) == "http:///x"
assert urlsplit("http://h/p")._replace(path="/q").geturl() == "http://h/q"
base = "http://a/b/c/d;p?q"   # RFC 3986 section 5.4
for ref, want in [("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"),
                  ("g/", "http://a/b/c/g/"), ("/g", "http://a/g"), ("//g", "http://g"),
                  ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
                  ("#s", "http://a/b/c/d;p?q#s"), (";x", "http://a/b/c/;x"),
                  ("", base), (".", "http://a/b/c/"), ("..", "http://a/b/"),
                  ("../g", "http://a/b/g"), ("../..", "http://a/"),
                  ("../../../g", "http://a/g"), ("/./g", "http://a/g"),
                  ("g.", "http://a/b/c/g."), ("..g", "http://a/b/c/..g"),
                  ("g/../h", "http://a/b/c/h"), ("g;x=1/../y", "http://a/b/c/y"),
                  ("g?y/../x", "http://a/b/c/g?y/../x"), ("g#s/../x", "http://a/b/c/g#s/../x"),
                  ("http:g", "http://a/b/c/g")]:
    assert urljoin(base, ref) == want, (ref, urljoin(base, ref))
assert urljoin(b"http://a/b/", b"c") == b"http://a/b/c"
assert urljoin("mailto:x", "y") == "y"
assert quote("a b/c é") == "a%20b/c%20%C3%A9" and quote("a/b", safe="") == "a%2Fb"
assert quote("~_.-") == "~_.-" and quote(b"\x00\xff") == "%00%FF"
assert quote("é", encoding="latin-1") == "%E9"
assert quote_plus("a b&c=d/e") == "a+b%26c%3Dd%2Fe" and quote_plus("x y", safe="/") == "x+y"
assert unquote("%41%42%e2%82%ac") == "AB\u20ac" and unquote("%E2%82") == "\ufffd"
assert unquote("%zz%4") == "%zz%4" and unquote("%e9", "latin-1") == "\xe9"
assert unquote_plus("a+b%20c") == "a b c" and unquote_to_bytes("%41%ff") == b"A\xff"
assert unquote(b"%41") == "A"
assert urlencode({"a": 1, "b": "x y", "c": ["1", "2"], "é": "ü"}) == \
    "a=1&b=x+y&c=%5B%271%27%2C+%272%27%5D&%C3%A9=%C3%BC"
assert urlencode({"c": ["1", "2"], "t": (1,)}, doseq=True) == "c=1&c=2&t=1"
assert urlencode({"p": "/x y"}, safe="/", quote_via=quote) == "p=/x%20y"
try:
    urlencode("abc")
    raise AssertionError
except TypeError as e:
    assert str(e) == "not a valid non-string sequence or mapping object"
assert parse_qs("a=1&b=2&a=3") == {"a": ["1", "3"], "b": ["2"]}
assert parse_qs("a=&b", keep_blank_values=True) == {"a": [""], "b": [""]}
assert parse_qsl("x=%20y+z&&=v") == [("x", " y z"), ("", "v")]
assert parse_qsl("a=1;b=2", separator=";") == [("a", "1"), ("b", "2")]
assert parse_qsl(b"a=%41") == [(b"a", b"A")]
for kw, msg in [(dict(strict_parsing=True), "bad query field: 'b'"),
                (dict(max_num_fields=1), "Max number of fields exceeded")]:
    try:
        parse_qsl("a=1&b", **kw)
        raise AssertionError
    except ValueError as e:
        assert str(e) == msg
assert urldefrag("http://a/b#c") == ("http://a/b", "c")
assert urldefrag("http://a/b#c").geturl() == "http://a/b#c"

# numbers: the tower and its registrations.
checks = {1: (True, True, True, True, True), True: (True, True, True, True, True),
          1.5: (True, True, True, False, False), 1j: (True, True, False, False, False),
          fractions.Fraction(1, 2): (True, True, True, True, False),
          "x": (False, False, False, False, False)}
tower = (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
for x, want in checks.items():
    assert tuple(isinstance(x, c) for c in tower) == want, x
assert issubclass(numbers.Integral, numbers.Number)

class Half(numbers.Integral):
    pass
try:
    Half()
    raise AssertionError
except TypeError as e:
    assert str(e).startswith("Can't instantiate abstract class Half with abstract methods __abs__, __add__")
assert "__int__" in numbers.Integral.__abstractmethods__
assert "__sub__" not in numbers.Complex.__abstractmethods__
print("uuid urllib.parse numbers ok")
