# xml.etree.ElementTree: building, serializing (escaping, namespaces,
# methods, encodings), parsing (entities, CDATA, namespaces, encodings),
# expat's error codes, messages and positions, ElementPath, TreeBuilder and
# parser targets, iterparse and XMLPullParser, indent and dump, threads.
import copy
import io
import os
import sys
import tempfile
import threading
import xml.etree.ElementTree as ET


def raises(exc, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


# Building and serializing.
r = ET.Element("root", {"b": "2", "a": "1"}, c="3")
r.text = "x<&>\"'y"
s = ET.SubElement(r, "child", attr="v\"<>&\n\t\r'")
s.tail = "tail&"
ET.SubElement(r, "{http://u}n", {"{http://u}q": "1", "{http://w}q": "2"})
r.append(ET.Comment(" c -- "))
r.append(ET.PI("tgt", "data x"))
ET.SubElement(r, "e")
body = ('<root xmlns:ns0="http://u" xmlns:ns1="http://w" b="2" a="1" c="3">'
        "x&lt;&amp;&gt;\"'y<child attr=\"v&quot;&lt;&gt;&amp;&#10;&#09;&#13;'\""
        ' />tail&amp;<ns0:n ns0:q="1" ns1:q="2" /><!-- c -- -->'
        "<?tgt data x?><e /></root>")
assert ET.tostring(r) == body.encode()
assert ET.tostring(r, encoding="unicode") == body
assert ET.tostring(r, encoding="utf-8") == body.encode()
assert ET.tostring(r, encoding="iso-8859-1", xml_declaration=False) == body.encode()
assert ET.tostring(r, short_empty_elements=False) == body.replace(
    "'\" />", "'\"></child>").replace('ns1:q="2" />', 'ns1:q="2"></ns0:n>'
                                      ).replace("<e />", "<e></e>").encode()
assert ET.tostring(r, method="text") == b"x<&>\"'ytail& c -- tgt data x"
assert "".join(ET.tostringlist(r, encoding="unicode")) == body
assert b"".join(ET.tostringlist(r)) == body.encode()
assert ET.tostring(ET.Element("x", y="\xe9\u20ac"), encoding="latin-1") == \
    b"<?xml version='1.0' encoding='latin-1'?>\n<x y=\"\xe9&#8364;\" />"
assert ET.tostring(ET.Element("\xe9")) == b"<&#233; />"
assert ET.tostring(ET.Element("a"), encoding="unicode", xml_declaration=True) \
    == "<?xml version='1.0' encoding='utf-8'?>\n<a />"
assert ET.tostring(ET.Element("a"), xml_declaration=True) == \
    b"<?xml version='1.0' encoding='us-ascii'?>\n<a />"
assert raises(ValueError, ET.tostring, r, method="json").args[0] == \
    "unknown method 'json'"

d = ET.Element("{http://d}a")
ET.SubElement(d, "{http://d}b")
ET.SubElement(d, "{http://e}c")
assert ET.tostring(d, default_namespace="http://d") == \
    b'<a xmlns="http://d" xmlns:ns1="http://e"><b /><ns1:c /></a>'
e = raises(ValueError, ET.tostring, r, default_namespace="http://d")
assert str(e) == "cannot use non-qualified names with default_namespace option"
ET.register_namespace("dd", "http://d")
assert ET.tostring(d) == \
    b'<dd:a xmlns:dd="http://d" xmlns:ns1="http://e"><dd:b /><ns1:c /></dd:a>'
assert str(raises(ValueError, ET.register_namespace, "ns3", "x")) == \
    "Prefix format reserved for internal use"
x = ET.Element("{http://www.w3.org/XML/1998/namespace}lang")
assert ET.tostring(x) == b"<xml:lang />"

h = ET.fromstring('<html><head><script>a&lt;b</script></head><body><br/>'
                  '<p a="&lt;&quot;">x&amp;</p><img src="i"/></body></html>')
assert ET.tostring(h, method="html") == (
    b'<html><head><script>a<b</script></head><body><br><p a="<&quot;">'
    b'x&amp;</p><img src="i"></body></html>')

bad = ET.Element("a")
bad.text = 5
assert str(raises(TypeError, ET.tostring, bad)) == "cannot serialize 5 (type int)"
assert str(raises(TypeError, ET.tostring, ET.Element("a", x=1))) == \
    "cannot serialize 1 (type int)"
q = ET.Element(ET.QName("http://q", "x"))
q.set(ET.QName("http://q", "y"), ET.QName("http://q", "z"))
assert ET.tostring(q) == b'<ns0:x xmlns:ns0="http://q" ns0:y="ns0:z" />'
assert str(ET.QName("u", "l")) == "{u}l" and repr(ET.QName("{u}l")) == "<QName '{u}l'>"
assert ET.QName("a") == "a" and ET.QName("a") == ET.QName("a")

# Element API.
e = ET.Element("a")
assert repr(e).startswith("<Element 'a' at 0x")
assert (len(e), bool(e), e.tag, e.attrib, e.text, e.tail) == (0, False, "a", {}, None, None)
e.set("k", "v")
assert e.get("k") == "v" and e.get("z", 9) == 9
assert list(e.keys()) == ["k"] and list(e.items()) == [("k", "v")]
e.extend([ET.Element("b"), ET.Element("c")])
e.insert(1, ET.Element("i"))
assert [x.tag for x in e] == ["b", "i", "c"] and e[-1].tag == "c"
assert [x.tag for x in e[0:2]] == ["b", "i"]
e[0:1] = [ET.Element("z"), ET.Element("y")]
assert [x.tag for x in e] == ["z", "y", "i", "c"]
del e[0]
e.remove(e[0])
assert [x.tag for x in e] == ["i", "c"] and bool(e)
assert str(raises(ValueError, e.remove, ET.Element("q"))) == "list.remove(x): x not in list"
assert str(raises(TypeError, e.append, "x")) == \
    "append() argument must be xml.etree.ElementTree.Element, not str"
assert str(raises(TypeError, ET.Element, "a", "x")) == \
    "Element() argument 2 must be dict, not str"
e.clear()
assert (len(e), e.attrib) == (0, {})
assert ET.iselement(e) and not ET.iselement("x")

t = ET.fromstring("<a><b><c>1</c><c>2</c></b><d/>text</a>")
assert ET.tostring(copy.deepcopy(t)) == ET.tostring(t)
assert copy.deepcopy(t)[0] is not t[0] and copy.copy(t)[0] is t[0]
assert [x.tag for x in t.iter()] == ["a", "b", "c", "c", "d"]
assert [x.tag for x in t.iter("c")] == ["c", "c"]
assert list(t.itertext()) == ["1", "2", "text"]

# indent and dump.
ET.indent(t)
assert ET.tostring(t, encoding="unicode") == (
    "<a>\n  <b>\n    <c>1</c>\n    <c>2</c>\n  </b>\n  <d />text</a>")
t2 = ET.fromstring("<a><b><c/></b></a>")
ET.indent(t2, space="\t", level=1)
assert ET.tostring(t2, encoding="unicode") == \
    "<a>\n\t\t<b>\n\t\t\t<c />\n\t\t</b>\n\t</a>"
assert str(raises(ValueError, ET.indent, t2, level=-1)) == \
    "Initial indentation level must be >= 0, got -1"
out = io.StringIO()
saved, sys.stdout = sys.stdout, out
try:
    ET.dump(ET.fromstring("<a><b/></a>"))
finally:
    sys.stdout = saved
assert out.getvalue() == "<a><b /></a>\n"

# ElementTree.write to files and streams.
buf = io.BytesIO()
ET.ElementTree(r).write(buf, encoding="utf-8", xml_declaration=True)
assert buf.getvalue() == b"<?xml version='1.0' encoding='utf-8'?>\n" + body.encode()
buf = io.StringIO()
ET.ElementTree(r).write(buf, encoding="unicode")
assert buf.getvalue() == body
raises(TypeError, ET.ElementTree(r).write, io.StringIO(), encoding="utf-8")
raises(TypeError, ET.ElementTree(r).write, io.BytesIO(), encoding="unicode")
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "t.xml")
    ET.ElementTree(ET.fromstring("<a><b>\xe9</b></a>")).write(path, encoding="utf-8")
    with open(path, "rb") as f:
        assert f.read() == b"<a><b>\xc3\xa9</b></a>"
    tree = ET.parse(path)
    assert tree.getroot().tag == "a" and tree.findtext("b") == "\xe9"
    assert [(ev, el.tag) for ev, el in ET.iterparse(path)] == [("end", "b"), ("end", "a")]

# Parsing.
assert ET.XML("<a>\xe9</a>").text == "\xe9"
assert ET.fromstring(b'<?xml version="1.0" encoding="latin-1"?><a>\xe9</a>').text == "\xe9"
assert ET.fromstring(b"<a>\xc3\xa9</a>").text == "\xe9"
assert ET.fromstring(b"\xff\xfe<\x00a\x00/\x00>\x00").tag == "a"
assert ET.fromstring("\ufeff<a/>").tag == "a"
assert ET.fromstring('<?xml version="1.0" encoding="latin-1"?><a>\xe9</a>').text == "\xe9"
p = ET.fromstring("<a>&lt;&gt;&amp;&quot;&apos;&#x1F600;&#65;</a>")
assert p.text == "<>&\"'\U0001F600A"
p = ET.fromstring('<a b="x\ny\tz&#10;" c="&lt;&#x41;">\r\nx\ry<![CDATA[<&>]]></a>')
assert p.attrib == {"b": "x y z\n", "c": "<A"} and p.text == "\nx\ny<&>"
p = ET.fromstring('<!DOCTYPE a [<!ENTITY e "x&#65;y"><!ENTITY m "<b>x</b>">'
                  '<!ENTITY w "1&amp;2">]><a v="&w;">&e;&m;</a>')
assert p.get("v") == "1&2" and p.text == "xAy" and p[0].tag == "b" and p[0].text == "x"
err = raises(ET.ParseError, ET.fromstring,
             '<!DOCTYPE a [<!ENTITY e "x&#60;y">]><a>&e;</a>')
assert (err.code, err.position) == (5, (1, 39))
err = raises(ET.ParseError, ET.fromstring,
             '<!DOCTYPE a [<!ENTITY e "x&#60;y">]><a v="&e;"/>')
assert (err.code, err.position) == (4, (1, 36))
p = ET.fromstring('<r xmlns="u" xmlns:q="v"><q:x q:y="1" z="2">t</q:x>'
                  "<!--c--><?pi d?>tail</r>")
assert p.tag == "{u}r" and p[0].tag == "{v}x" and p[0].attrib == {"{v}y": "1", "z": "2"}
assert p[0].tail == "tail" and len(p) == 1
assert ET.tostring(p) == b'<ns0:r xmlns:ns0="u" xmlns:ns1="v"><ns1:x ns1:y="1" z="2">t</ns1:x>tail</ns0:r>'
assert ET.tostring(ET.fromstringlist(["<a>", "x", "</a>"])) == b"<a>x</a>"
root, ids = ET.XMLID('<a id="1"><b id="2"/></a>')
assert sorted(ids) == ["1", "2"] and ids["2"].tag == "b"

# Errors: expat's codes, messages and positions.
errors = [
    ("", 3, (1, 0), "no element found"),
    ("<a>", 3, (1, 3), "no element found"),
    ("<a>text", 3, (1, 7), "no element found"),
    ("<a></b>", 7, (1, 5), "mismatched tag"),
    ("<a>\xe9</b>", 7, (1, 6), "mismatched tag"),
    ("\n\n <a>\n  <b></c></a>", 7, (4, 7), "mismatched tag"),
    ("<a/><b/>", 9, (1, 4), "junk after document element"),
    ("<a>x</a>  y", 9, (1, 10), "junk after document element"),
    ("<a>&foo;</a>", 11, (1, 3), "undefined entity"),
    ('<a b="&foo;"/>', 11, (1, 0), "undefined entity"),
    ("<a x=1/>", 4, (1, 5), "not well-formed (invalid token)"),
    ('<a b="1"c="2"/>', 4, (1, 8), "not well-formed (invalid token)"),
    ("<a><</a>", 4, (1, 4), "not well-formed (invalid token)"),
    ("<a>&amp</a>", 4, (1, 7), "not well-formed (invalid token)"),
    ("<a>]]></a>", 4, (1, 5), "not well-formed (invalid token)"),
    ("<a>x\x00</a>", 4, (1, 4), "not well-formed (invalid token)"),
    ('<a\n  b="1"\n c="\x01"/>', 4, (3, 4), "not well-formed (invalid token)"),
    ("<a><!-- a -- b --></a>", 4, (1, 12), "not well-formed (invalid token)"),
    ("<a:b:c/>", 4, (1, 4), "not well-formed (invalid token)"),
    ('<a x="1" x="2"/>', 8, (1, 9), "duplicate attribute"),
    ('<a xmlns:b="u" xmlns:d="u" b:c="1" d:c="2"/>', 8, (1, 0), "duplicate attribute"),
    ("<a>&#0;</a>", 14, (1, 3), "reference to invalid character number"),
    ("abc", 2, (1, 0), "syntax error"),
    ("<a", 5, (1, 0), "unclosed token"),
    ('<a b="1', 5, (1, 0), "unclosed token"),
    ("<a><!-- x", 5, (1, 3), "unclosed token"),
    ("<a><![CDATA[xyz", 20, (1, 15), "unclosed CDATA section"),
    ("<p:a/>", 27, (1, 0), "unbound prefix"),
    ('<a xmlns:p=""/>', 28, (1, 0), "must not undeclare prefix"),
    (' <?xml version="1.0"?><a/>', 17, (1, 1),
     "XML or text declaration not at start of entity"),
    ("<?xml ?><a/>", 30, (1, 5), "XML declaration not well-formed"),
    (b"<a>\xff</a>", 4, (1, 3), "not well-formed (invalid token)"),
    ('<!DOCTYPE a SYSTEM "x.dtd"><a>&e;</a>', 11, (1, 30), "undefined entity &e;"),
    # Before and after the root, in the XML declaration and in the DTD.
    ("C<a/>", 4, (1, 1), "not well-formed (invalid token)"),
    ("ab <a/>", 2, (1, 0), "syntax error"),
    ('"x"<a/>', 4, (1, 3), "not well-formed (invalid token)"),
    ("<! x><a/>", 4, (1, 2), "not well-formed (invalid token)"),
    ("<!DOCTYP/ r><a/>", 4, (1, 8), "not well-formed (invalid token)"),
    ("<!ELEMENT a><a/>", 2, (1, 0), "syntax error"),
    ("<a/>&", 4, (1, 4), "not well-formed (invalid token)"),
    ("<a/> <!DOCTYPE a>", 9, (1, 5), "junk after document element"),
    ('<?xml version="1.0" encoding"utf-8"?><a/>', 30, (1, 35),
     "XML declaration not well-formed"),
    ('<?xml verion="1.0"?><a/>', 30, (1, 6), "XML declaration not well-formed"),
    ('<?xml version="1:0"?><a/>', 30, (1, 16), "XML declaration not well-formed"),
    ('<?xml version="1.0" standalone="maybe"?><a/>', 30, (1, 32),
     "XML declaration not well-formed"),
    ('<?xml version="1.0"encoding="x"?><a/>', 30, (1, 19),
     "XML declaration not well-formed"),
    ("<a><?XML x?></a>", 4, (1, 8), "not well-formed (invalid token)"),
    ("<a><![CDAA[x]]></a>", 4, (1, 9), "not well-formed (invalid token)"),
    ('<!DOCTYPE r [<!E;NTITY e "v">]><r/>', 4, (1, 16), "not well-formed (invalid token)"),
    ('<!DOCTYPE r [<!NTITY e "v">]><r/>', 2, (1, 13), "syntax error"),
    ('<!DOCTYPE r [<!ENTITY eT"v">]><r/>', 4, (1, 24), "not well-formed (invalid token)"),
    ('<!DOCTYPE r [<!ENTITY e \'"v">]><r/>', 5, (1, 24), "unclosed token"),
    ('<a xmlns="u"><b f="&Alt;"/</a>', 4, (1, 26), "not well-formed (invalid token)"),
    ('<a><b f="&lt;\x01/></a>', 4, (1, 13), "not well-formed (invalid token)"),
    ("<a>&amp:;</a>", 4, (1, 7), "not well-formed (invalid token)"),
]
for text, code, position, message in errors:
    err = raises(ET.ParseError, ET.fromstring, text)
    assert (err.code, err.position) == (code, position), (text, err.code, err.position)
    assert str(err) == "%s: line %d, column %d" % ((message,) + position), (text, str(err))
    assert isinstance(err, SyntaxError)
assert raises(LookupError, ET.fromstring, b'<?xml version="1.0" encoding="nope"?><a/>')

from xml.parsers import expat
assert expat.ErrorString(7) == "mismatched tag"
assert expat.errors.messages[9] == "junk after document element"
xp = expat.ParserCreate()
seen = []
xp.StartElementHandler = lambda name, attrs: seen.append((name, attrs))
xp.CharacterDataHandler = seen.append
xp.Parse("<a x='1'>hi</a>", True)
assert seen == [("a", {"x": "1"}), "hi"]
xp = expat.ParserCreate()
err = raises(expat.ExpatError, xp.Parse, "<a></b>", True)
assert (err.code, err.lineno, err.offset) == (7, 1, 5)

# ElementPath.
r = ET.fromstring('<r xmlns:p="urn:p"><a x="1" n="a1">t<b>u</b><b>v</b></a>'
                  '<a x="2" n="a2"><c><b>w</b></c></a><c/><p:a n="pa"><p:b/></p:a>'
                  '<a n="a3">tu</a></r>')


def names(path, ns=None):
    return [e.get("n") or e.text or e.tag for e in r.findall(path, ns)]


cases = {
    "a": ["a1", "a2", "a3"], "*": ["a1", "a2", "c", "pa", "a3"],
    ".": ["r"], "..": [], "a/..": ["r"], "a/": ["u", "v", "c"],
    "a//": ["u", "v", "c", "w"], ".//b": ["u", "v", "w"],
    ".//b[1]": ["u", "w"], ".//b[last()]": ["v", "w"], "a/b[2]": ["v"],
    "a[2]": ["a2"], "a[last()]": ["a3"], "a[last()-1]": ["a2"], "a[4]": [],
    "a[@x]": ["a1", "a2"], "a[@x='2']": ["a2"], 'a[@x!="1"]': ["a2"],
    "a[b]": ["a1"], "a[c]": ["a2"], 'a[b="u"]': ["a1"], 'a[b!="u"]': ["a1"],
    'a[.="tu"]': ["a3"], 'a[.!="tu"]': ["a1", "a2"], "a[1][@x]": ["a1"],
    "{*}a": ["a1", "a2", "pa", "a3"], "{urn:p}a": ["pa"], "{urn:p}*": ["pa"],
    "{}*": ["a1", "a2", "c", "a3"], ".//{*}b": ["u", "v", "w", "{urn:p}b"],
    "./a/./b": ["u", "v"], ".//c/b": ["w"], ".//c/..": ["a2", "r"],
    "*[2]": ["a2"], ".//b/../..": ["r", "a2"], 'a[ @x = "1" ]': ["a1"],
    "": [], "a]": [], "p:a": [],
}
for path, expected in cases.items():
    assert names(path) == expected, (path, names(path))
ns = {"q": "urn:p", "": "urn:p"}
assert names("q:a", ns) == ["pa"] and names("q:a/q:b", ns) == ["{urn:p}b"]
assert names("a", ns) == ["pa"] and names("a", {"q": "urn:p"}) == ["a1", "a2", "a3"]
assert [e.tag for e in r.iterfind(".//q:b", namespaces=ns)] == ["{urn:p}b"]
syntax = {"/a": "cannot use absolute path on element",
          "a[0]": "XPath position >= 1 expected",
          "a[last()+1]": "XPath offset from last() must be negative",
          "a[foo()]": "unsupported function", "a[@x=1]": "invalid predicate",
          "x:a": "prefix 'x' not found in prefix map"}
for path, message in syntax.items():
    assert str(raises(SyntaxError, r.findall, path,
                      ns if ":" in path else None)) == message, path
assert r.find("a").get("n") == "a1" and r.find("zz") is None
assert r.findtext("a/b") == "u" and r.findtext("c") == ""
assert r.findtext("zz", "dflt") == "dflt" and r.findtext("zz") is None
assert r.findtext("q:a", namespaces=ns) == ""
assert len(ET.fromstring("<r><a><a><b/></a></a></r>").findall(".//a//b")) == 2
assert [e.get("n") for e in ET.ElementTree(r).findall("./a")] == ["a1", "a2", "a3"]

# Targets, TreeBuilder, events.
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
parser = ET.XMLParser(target=tb)
parser.feed("<a><!--c--><?p q?>t</a>")
assert ET.tostring(parser.close()) == b"<a><!--c--><?p q?>t</a>"


class Target:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(("start", tag, attrib))

    def end(self, tag):
        self.log.append(("end", tag))

    def data(self, d):
        self.log.append(("data", d))

    def comment(self, t):
        self.log.append(("comment", t))

    def pi(self, t, d):
        self.log.append(("pi", t, d))

    def start_ns(self, p, u):
        self.log.append(("ns", p, u))

    def end_ns(self, p):
        self.log.append(("endns", p))

    def close(self):
        return self.log


parser = ET.XMLParser(target=Target())
parser.feed('<a xmlns="u" xmlns:p="v" p:x="1"><!--c--><?pi d?>t<b/></a>')
assert parser.close() == [
    ("ns", "", "u"), ("ns", "p", "v"), ("start", "{u}a", {"{v}x": "1"}),
    ("comment", "c"), ("pi", "pi", "d"), ("data", "t"), ("start", "{u}b", {}),
    ("end", "{u}b"), ("end", "{u}a"), ("endns", "p"), ("endns", "")]

src = io.BytesIO(b'<a xmlns:p="u"><p:b x="1">t</p:b><c/><!--k--><?pi z?></a>')
got = []
for ev, el in ET.iterparse(src, events=("start", "end", "start-ns", "end-ns", "comment", "pi")):
    got.append((ev, el if ev in ("start-ns", "end-ns") else (el.tag, el.text)))
assert got == [
    ("start-ns", ("p", "u")), ("start", ("a", None)), ("start", ("{u}b", "t")),
    ("end", ("{u}b", "t")), ("start", ("c", None)), ("end", ("c", None)),
    ("comment", (ET.Comment, "k")), ("pi", (ET.PI, "pi z")), ("end", ("a", None)),
    ("end-ns", None)]
it = ET.iterparse(io.BytesIO(b"<a><b/></a>"))
assert [(e, x.tag) for e, x in it] == [("end", "b"), ("end", "a")] and it.root.tag == "a"
it = ET.iterparse(io.BytesIO(b"<a><b/></c>"))
assert next(it)[1].tag == "b"
err = raises(ET.ParseError, next, it)
assert str(err) == "mismatched tag: line 1, column 9"
assert raises(FileNotFoundError, ET.iterparse, "/nonexistent/x.xml")

pp = ET.XMLPullParser(events=("start", "end"))
pp.feed("<a><b")
assert [(e, x.tag) for e, x in pp.read_events()] == [("start", "a")]
pp.feed("/>x</a>")
assert [(e, x.tag) for e, x in pp.read_events()] == [("start", "b"), ("end", "b"), ("end", "a")]
pp.close()
# A document fed a byte at a time parses as a whole one does.
doc = '<?xml version="1.0"?>\n<r a="&lt;1">x&amp;y<![CDATA[]]]]><!--c-->\xe9\r\n</r>'.encode()
parser = ET.XMLParser()
for i in range(len(doc)):
    parser.feed(doc[i:i + 1])
whole = ET.fromstring(doc)
assert ET.tostring(parser.close()) == ET.tostring(whole) == b'<r a="&lt;1">x&amp;y]]&#233;\n</r>'

# Errors found after many small feeds are where a whole document has them.
for doc in ('<?xml version="1.0"?>\n<r a="1" b=\'x\'<c>t</c></r>'.encode(),
            '<a xmlns="u">\r\n<b>\xe9\u20ac</b>\n  <c>x</d></a>'):
    whole = raises(ET.ParseError, ET.fromstring, doc)
    for size in (1, 2, 7):
        parser = ET.XMLParser()
        err = raises(ET.ParseError, lambda: [parser.feed(doc[i:i + size])
                                             for i in range(0, len(doc), size)]
                     and parser.close())
        assert (err.code, err.position) == (whole.code, whole.position), (size, err)
assert raises(ET.ParseError, ET.fromstring, doc).position == (3, 8)

# Threads: each parses, searches and serializes its own documents while
# others register namespaces.
failures = []


def worker(n):
    try:
        for i in range(20):
            ET.register_namespace("t%d" % n, "http://t%d" % n)
            doc = "<r%d><x v='%d'>%d</x><y/></r%d>" % (n, i, i, n)
            root = ET.fromstring(doc)
            assert root.find("x").text == str(i)
            assert ET.tostring(root, encoding="unicode") == \
                '<r%d><x v="%d">%d</x><y /></r%d>' % (n, i, i, n)
            e = ET.Element("{http://t%d}e" % n)
            assert ET.tostring(e) == ('<t%d:e xmlns:t%d="http://t%d" />' % (n, n, n)).encode()
    except Exception as exc:
        failures.append(exc)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
assert failures == [], failures

print("lib_xml_etree ok")
