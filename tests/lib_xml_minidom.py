# xml.dom.minidom (parsing, the node tree, toxml and toprettyxml as
# CPython writes them, building documents), xml.sax (parseString, make_parser
# with namespaces, errors) and xml.sax.saxutils (escaping, XMLGenerator).
import io
import xml.sax
from xml.sax.saxutils import XMLGenerator
from xml.dom import minidom, Node
from xml.parsers.expat import ExpatError
from xml.sax.saxutils import escape, unescape, quoteattr

# saxutils.
assert escape('a<b>&c"d') == 'a&lt;b&gt;&amp;c"d'
assert escape("x\ny", {"\n": "&#10;", '"': "&quot;"}) == "x&#10;y"
assert unescape("&lt;&amp;lt;&gt;&amp;&quot;") == "<&lt;>&&quot;"
assert unescape("&quot;x", {"&quot;": '"'}) == '"x'
assert quoteattr("plain") == '"plain"'
assert quoteattr('say "hi"') == "'say \"hi\"'"
assert quoteattr("it's \"x\"") == '"it\'s &quot;x&quot;"'
assert quoteattr("a\nb\tc\rd<&>") == '"a&#10;b&#9;c&#13;d&lt;&amp;&gt;"'
assert quoteattr("x", {"x": "&#120;"}) == '"&#120;"'

# Parsing and writing.
src = ('<?xml version="1.0"?><!-- top --><root a="1" b="&lt;&quot;">'
       '<x>t&amp;"q"&gt;</x><y/><z>one<w/>two</z><![CDATA[c<d]]>'
       '<?pi data?><e>  </e>\n</root>')
d = minidom.parseString(src)
assert d.toxml() == (
    '<?xml version="1.0" ?><!-- top --><root a="1" b="&lt;&quot;">'
    "<x>t&amp;&quot;q&quot;&gt;</x><y/><z>one<w/>two</z><![CDATA[c<d]]>"
    "<?pi data?><e>  </e>\n</root>")
assert d.toprettyxml() == (
    '<?xml version="1.0" ?>\n<!-- top -->\n<root a="1" b="&lt;&quot;">\n'
    "\t<x>t&amp;&quot;q&quot;&gt;</x>\n\t<y/>\n\t<z>\n\t\tone\n\t\t<w/>\n"
    "\t\ttwo\n\t</z>\n<![CDATA[c<d]]>\t<?pi data?>\n\t<e>  </e>\n\t\n\n"
    "</root>\n")
assert d.toprettyxml(indent="  ", encoding="utf-8").startswith(
    b'<?xml version="1.0" encoding="utf-8"?>\n<!-- top -->\n<root')
assert minidom.parseString("<a><b>x</b><b>y</b></a>").toprettyxml(indent="  ") \
    == '<?xml version="1.0" ?>\n<a>\n  <b>x</b>\n  <b>y</b>\n</a>\n'
assert minidom.Document().toxml() == '<?xml version="1.0" ?>'
assert minidom.parseString("<a>x\r\ny</a>").toxml() == '<?xml version="1.0" ?><a>x\ny</a>'
assert minidom.parseString(b"<a>\xc3\xa9</a>").documentElement.firstChild.data == "\xe9"
assert minidom.parseString('<!DOCTYPE a SYSTEM "x.dtd"><a/>').toxml() == \
    "<?xml version=\"1.0\" ?><!DOCTYPE a  SYSTEM 'x.dtd'><a/>"
assert minidom.parse(io.BytesIO(b"<a><b/></a>")).documentElement.firstChild.tagName == "b"

# The tree.
r = d.documentElement
assert (r.tagName, r.nodeName, r.nodeType) == ("root", "root", Node.ELEMENT_NODE)
assert r.getAttribute("b") == '<"' and r.getAttribute("zz") == "" and r.hasAttribute("a")
assert [c.nodeName for c in r.childNodes] == [
    "x", "y", "z", "#cdata-section", "pi", "e", "#text"]
assert r.firstChild.firstChild.data == r.firstChild.firstChild.nodeValue == 't&"q">'
assert r.firstChild.nodeValue is None and r.lastChild.nodeValue == "\n"
assert r.parentNode is d and d.parentNode is None and d.nodeName == "#document"
assert [e.tagName for e in d.getElementsByTagName("w")] == ["w"]
assert len(d.getElementsByTagName("*")) == 6 and d.getElementsByTagName("*").length == 6
assert repr(r).startswith("<DOM Element: root at 0x")
assert repr(r.firstChild.firstChild) == '<DOM Text node "\'t&"q">\'">'
assert list(r.attributes.keys()) == ["a", "b"] and r.attributes["a"].value == "1"
assert r.attributes.length == 2 and r.getAttributeNode("a").name == "a"
assert d.childNodes[0].nodeType == Node.COMMENT_NODE and d.childNodes[0].data == " top "
pi = r.childNodes[4]
assert (pi.target, pi.data, pi.nodeType) == ("pi", "data", Node.PROCESSING_INSTRUCTION_NODE)
e = d.createElement("new")
e.setAttribute("k", "v")
e.appendChild(d.createTextNode("hi"))
r.appendChild(e)
assert e.toxml() == '<new k="v">hi</new>'
assert r.lastChild.previousSibling.nodeName == "#text" and e.nextSibling is None
assert r.removeChild(e) is e and r.lastChild.nodeName == "#text" and e.parentNode is None

ns = minidom.parseString('<a xmlns="u" xmlns:p="v"><p:b p:c="1"/></a>')
assert ns.toxml() == '<?xml version="1.0" ?><a xmlns="u" xmlns:p="v"><p:b p:c="1"/></a>'
b = ns.documentElement.firstChild
assert (b.namespaceURI, b.prefix, b.localName, b.tagName) == ("v", "p", "b", "p:b")
assert ns.documentElement.namespaceURI == "u"
assert b.getAttributeNode("p:c").namespaceURI == "v"

try:
    minidom.parseString("<a><p:b/></a>")
except ExpatError as exc:
    assert str(exc) == "unbound prefix: line 1, column 3"
else:
    raise AssertionError("no error")
try:
    minidom.parseString("<a>")
except ExpatError as exc:
    assert str(exc) == "no element found: line 1, column 3"
    assert (exc.code, exc.lineno, exc.offset) == (3, 1, 3)
else:
    raise AssertionError("no error")

doc = minidom.getDOMImplementation().createDocument(None, "top", None)
top = doc.documentElement
top.appendChild(doc.createComment("c"))
child = top.appendChild(doc.createElement("child"))
child.appendChild(doc.createCDATASection("<x>"))
assert doc.toxml() == '<?xml version="1.0" ?><top><!--c--><child><![CDATA[<x>]]></child></top>'


# SAX.
class Recorder(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.log = []

    def startDocument(self):
        self.log.append("sd")

    def endDocument(self):
        self.log.append("ed")

    def startElement(self, name, attrs):
        self.log.append(("s", name, dict(attrs), attrs.getNames(), len(attrs)))

    def endElement(self, name):
        self.log.append(("e", name))

    def characters(self, content):
        self.log.append(("c", content))

    def processingInstruction(self, target, data):
        self.log.append(("pi", target, data))

    def startElementNS(self, name, qname, attrs):
        self.log.append(("sNS", name, qname, dict(attrs), attrs.getQNames()))

    def endElementNS(self, name, qname):
        self.log.append(("eNS", name, qname))

    def startPrefixMapping(self, prefix, uri):
        self.log.append(("pm", prefix, uri))

    def endPrefixMapping(self, prefix):
        self.log.append(("epm", prefix))


h = Recorder()
xml.sax.parseString(b'<a x="1">t&amp;u\nv<b/><?p d?></a>', h)
assert h.log == ["sd", ("s", "a", {"x": "1"}, ["x"], 1), ("c", "t"), ("c", "&"),
                 ("c", "u"), ("c", "\n"), ("c", "v"), ("s", "b", {}, [], 0),
                 ("e", "b"), ("pi", "p", "d"), ("e", "a"), "ed"]
h = Recorder()
xml.sax.parseString("<a>x\n\ny</a>", h)
assert [c for k, c in h.log[2:-2]] == ["x", "\n", "\n", "y"]
try:
    xml.sax.parseString(b"<a>", Recorder())
except xml.sax.SAXParseException as exc:
    assert str(exc) == "<unknown>:1:3: no element found"
    assert (exc.getLineNumber(), exc.getColumnNumber(), exc.getMessage()) == \
        (1, 3, "no element found")
else:
    raise AssertionError("no error")
h = Recorder()
p = xml.sax.make_parser()
p.setFeature(xml.sax.handler.feature_namespaces, True)
p.setContentHandler(h)
p.parse(io.BytesIO(b'<a xmlns="u" xmlns:q="w" q:z="1" y="2"><q:b/></a>'))
assert h.log == [
    "sd", ("pm", None, "u"), ("pm", "q", "w"),
    ("sNS", ("u", "a"), None, {("w", "z"): "1", (None, "y"): "2"}, ["q:z", "y"]),
    ("sNS", ("w", "b"), None, {}, []), ("eNS", ("w", "b"), None),
    ("eNS", ("u", "a"), None), ("epm", "q"), ("epm", None), "ed"]

out = io.StringIO()
g = XMLGenerator(out)
g.startDocument()
g.startElement("a", {"k": 'v<"'})
g.characters("x<&>")
g.ignorableWhitespace(" ")
g.processingInstruction("p", "d")
g.endElement("a")
g.endDocument()
assert out.getvalue() == ('<?xml version="1.0" encoding="iso-8859-1"?>\n'
                          "<a k='v&lt;\"'>x&lt;&amp;&gt; <?p d?></a>")
out = io.BytesIO()
g = XMLGenerator(out, "utf-8", short_empty_elements=True)
g.startDocument()
g.startElement("a", {})
g.characters("\xe9")
g.startElement("b", {})
g.endElement("b")
g.endElement("a")
g.endDocument()
assert out.getvalue() == b'<?xml version="1.0" encoding="utf-8"?>\n<a>\xc3\xa9<b/></a>'
out = io.StringIO()
p = xml.sax.make_parser()
p.setContentHandler(XMLGenerator(out))
p.parse(io.StringIO('<r a="1"><c>t&lt;</c></r>'))
assert out.getvalue() == ('<?xml version="1.0" encoding="iso-8859-1"?>\n'
                          '<r a="1"><c>t&lt;</c></r>')
print("lib_xml_minidom ok")
