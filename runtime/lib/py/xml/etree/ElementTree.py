"""The ElementTree XML API: elements, trees, parsing and serialization.

Behaviour follows CPython 3.11's ElementTree with its C accelerator
(_elementtree): the same Element API and errors, the same serialized
bytes, and ParseError with expat's codes, messages and positions, from the
parser in xml.parsers.expat.  The one piece of shared mutable state, the
prefix registry of register_namespace, sits behind a lock; an Element, like
a list, may be read by many threads, and a parser is used by one thread at
a time.
"""

import io
import re
import sys
import _thread

from . import ElementPath
from ..parsers import expat as _expat

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring",
    "fromstringlist", "indent", "iselement", "iterparse", "parse",
    "ParseError", "PI", "ProcessingInstruction", "QName", "SubElement",
    "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace", "canonicalize",
    "C14NWriterTarget",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """A document that is not well-formed: .code is expat's error code and
    .position the (line, column) where it was found."""


def iselement(element):
    """Whether element looks like an Element (has a tag)."""
    return hasattr(element, "tag")


class Element:
    """An XML element: a tag, an attribute dict, text, tail and a list of
    subelements."""

    __slots__ = ("tag", "attrib", "text", "tail", "_children", "__weakref__")

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s"
                            % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem._children[:] = self._children
        return elem

    def __deepcopy__(self, memo):
        from copy import deepcopy
        elem = self.makeelement(deepcopy(self.tag, memo),
                                deepcopy(self.attrib, memo))
        elem.text = deepcopy(self.text, memo)
        elem.tail = deepcopy(self.tail, memo)
        elem._children[:] = [deepcopy(c, memo) for c in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            element = list(element)
            for e in element:
                _check(e)
        else:
            _check(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def __getstate__(self):
        return {"tag": self.tag, "attrib": self.attrib, "text": self.text,
                "tail": self.tail, "_children": self._children}

    def __setstate__(self, state):
        self.tag = state["tag"]
        self.attrib = state.get("attrib", {})
        self.text = state.get("text")
        self.tail = state.get("tail")
        self._children = list(state.get("_children", ()))

    def __reduce_ex__(self, protocol):
        return (self.__class__, (self.tag,), self.__getstate__())

    def append(self, subelement):
        _check(subelement, "append")
        self._children.append(subelement)

    def extend(self, elements):
        elements = list(elements)
        for e in elements:
            _check(e, "extend")
        self._children.extend(elements)

    def insert(self, index, subelement):
        _check(subelement, "insert")
        self._children.insert(index, subelement)

    def remove(self, subelement):
        for i, e in enumerate(self._children):
            if e is subelement or e == subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib = {}
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        stack = [iter((self,))]
        while stack:
            for e in stack[-1]:
                if tag is None or e.tag == tag:
                    yield e
                if e._children:
                    stack.append(iter(e._children))
                    break
            else:
                stack.pop()

    def itertext(self):
        # As _elementtree's, the text of comments and processing
        # instructions is included.
        if self.text:
            yield self.text
        for e in self._children:
            yield from e.itertext()
            if e.tail:
                yield e.tail


def _check(e, what=None):
    if not isinstance(e, Element):
        if what is None:
            raise TypeError("expected an Element, not %s" % type(e).__name__)
        raise TypeError("%s() argument must be xml.etree.ElementTree.Element, "
                        "not %s" % (what, type(e).__name__))


def SubElement(parent, tag, attrib={}, **extra):
    """Makes an element and appends it to parent."""
    if not isinstance(parent, Element):
        raise TypeError("SubElement() argument 1 must be "
                        "xml.etree.ElementTree.Element, not %s"
                        % type(parent).__name__)
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s"
                        % type(attrib).__name__)
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    """An element that serializes as <!--text-->."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """An element that serializes as <?target text?>."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name, "{uri}local", usable as a tag, attribute name or
    attribute value."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __eq__(self, other):
        return self.text == self._other(other)


class ElementTree:
    """A document: a root element, with parse and write."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _path(self, path):
        if path[:1] == "/":
            import warnings
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed "
                "in a future version.  If you rely on the current behaviour, "
                "change it to %r" % ("." + path), FutureWarning, stacklevel=3)
            path = "." + path
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *,
              short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in ("xml", "html", "text", "c14n"):
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "utf-8" if method == "c14n" else "us-ascii"
        parts = self._serialize(encoding, xml_declaration, default_namespace,
                                method, short_empty_elements,
                                getattr(file_or_filename, "encoding", None))
        _write_out(file_or_filename, parts, encoding)

    def _serialize(self, encoding, xml_declaration, default_namespace, method,
                   short_empty_elements, file_encoding=None):
        out = []
        write = out.append
        unicode = encoding.lower() == "unicode"
        declared = (file_encoding or "utf-8") if unicode else encoding
        if method == "xml" and (xml_declaration or (
                xml_declaration is None and not unicode
                and declared.lower() not in ("utf-8", "us-ascii"))):
            write("<?xml version='1.0' encoding='%s'?>\n" % declared)
        if method == "text":
            _serialize_text(write, self._root)
        else:
            qnames, namespaces = _namespaces(self._root, default_namespace)
            if method == "html":
                _serialize_html(write, self._root, qnames, namespaces)
            else:
                _serialize_xml(write, self._root, qnames, namespaces,
                               short_empty_elements)
        return out

    def write_c14n(self, file):
        return self.write(file, method="c14n")


def _write_out(target, parts, encoding):
    unicode = encoding.lower() == "unicode"
    if unicode:
        text = "".join(parts)
        if hasattr(target, "write"):
            target.write(text)
        else:
            with open(target, "w", encoding="utf-8",
                      errors="xmlcharrefreplace") as f:
                f.write(text)
        return
    data = "".join(parts).encode(encoding, "xmlcharrefreplace")
    if hasattr(target, "write"):
        target.write(data)
    else:
        with open(target, "wb") as f:
            f.write(data)


# Serialization.

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}
_namespace_lock = _thread.allocate_lock()


def register_namespace(prefix, uri):
    """Makes the serializer write uri's names with prefix."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    with _namespace_lock:
        for k, v in list(_namespace_map.items()):
            if k == uri or v == prefix:
                del _namespace_map[k]
        _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)"
                    % (text, type(text).__name__))


def _namespaces(elem, default_namespace=None):
    """Maps each qualified name in the tree to its prefixed form, and each
    namespace to its prefix."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""
    with _namespace_lock:
        known = dict(_namespace_map)

    def add_qname(qname):
        try:
            if qname[:1] == "{":
                uri, tag = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = known.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = "%s:%s" % (prefix, tag)
                else:
                    qnames[qname] = tag
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with "
                                     "default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        text = e.text
        if isinstance(text, QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _escape_cdata(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib(text):
    # An attribute value escapes what text does, then its quote and the
    # whitespace that parsing would normalize.
    text = _escape_cdata(text)
    for ch, entity in _ATTRIB_ENTITIES:
        if ch in text:
            text = text.replace(ch, entity)
    return text


_ATTRIB_ENTITIES = (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))


def _escape_attrib_html(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        if '"' in text:
            text = text.replace('"', "&quot;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _start_tag(write, elem, tag, qnames, namespaces, escape):
    write("<" + tag)
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda x: x[1]):
            write(' xmlns%s="%s"' % (":" + prefix if prefix else "",
                                     _escape_attrib(uri)))
    for key, value in elem.items():
        if isinstance(key, QName):
            key = key.text
        if isinstance(value, QName):
            value = qnames[value.text]
        else:
            value = escape(value)
        write(' %s="%s"' % (qnames[key], value))


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        if isinstance(tag, QName):
            tag = tag.text
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements)
        else:
            _start_tag(write, elem, tag, qnames, namespaces, _escape_attrib)
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None,
                                   short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param", "source",
              "track", "wbr"}


def _serialize_html(write, elem, qnames, namespaces):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        if isinstance(tag, QName):
            tag = tag.text
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
        else:
            _start_tag(write, elem, tag, qnames, namespaces,
                       _escape_attrib_html)
            write(">")
            ltag = tag.lower()
            if text:
                if ltag == "script" or ltag == "style":
                    write(text)
                else:
                    write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
            if ltag not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """The element's XML as bytes, or as str with encoding="unicode"."""
    parts = tostringlist(element, encoding, method,
                         xml_declaration=xml_declaration,
                         default_namespace=default_namespace,
                         short_empty_elements=short_empty_elements)
    if encoding is not None and encoding.lower() == "unicode":
        return "".join(parts)
    return b"".join(parts)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    """tostring's output as a list of pieces."""
    if not method:
        method = "xml"
    elif method not in ("xml", "html", "text", "c14n"):
        raise ValueError("unknown method %r" % method)
    enc = encoding or "us-ascii"
    parts = ElementTree(element)._serialize(
        enc, xml_declaration, default_namespace, method,
        short_empty_elements)
    if enc.lower() == "unicode":
        return parts
    return ["".join(parts).encode(enc, "xmlcharrefreplace")]


def dump(elem):
    """Writes the element (or tree) to sys.stdout, for debugging."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indents the tree in place with whitespace text and tails, space per
    level, starting at level."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %s"
                         % level)
    if not len(tree):
        return
    prefixes = ["\n" + level * space]

    def walk(elem, level):
        inner = level + 1
        if inner < len(prefixes):
            pad = prefixes[inner]
        else:
            pad = prefixes[level] + space
            prefixes.append(pad)
        if not elem.text or not elem.text.strip():
            elem.text = pad
        child = None
        for child in elem:
            if len(child):
                walk(child, inner)
            if not child.tail or not child.tail.strip():
                child.tail = pad
        if not child.tail.strip():
            child.tail = prefixes[level]

    walk(tree, 0)


# Parsing.

def parse(source, parser=None):
    """Reads a document from a file name or a binary file object."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    """The root element of a document given as str or bytes."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    """The root element and a dict of the elements with an id attribute."""
    tree = XML(text, parser)
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    """The root element of a document given in pieces."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder:
    """Builds a tree of elements from start, data and end calls."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        if comment_factory is None:
            comment_factory = Comment
        self._comment_factory = comment_factory
        self.insert_comments = insert_comments
        if pi_factory is None:
            pi_factory = ProcessingInstruction
        self._pi_factory = pi_factory
        self.insert_pis = insert_pis
        if element_factory is None:
            element_factory = Element
        self._factory = element_factory

    def close(self):
        if self._elem:
            raise AssertionError("missing end tags")
        if self._root is None:
            raise AssertionError("missing toplevel element")
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._single(self._pi_factory, self.insert_pis, target, text)

    def _single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


class XMLParser:
    """Parses XML into elements through a target (a TreeBuilder unless
    given); feed() data, then close() returns what the target's close()
    returns."""

    def __init__(self, *, target=None, encoding=None):
        parser = _expat.ParserCreate(encoding, "}")
        if target is None:
            target = TreeBuilder()
        self.parser = self._parser = parser
        self.target = self._target = target
        self._error = _expat.error
        self._names = {}
        self._events = None
        self.entity = {}
        self.version = "Expat %d.%d.%d" % _expat.version_info
        parser.buffer_text = 1
        if hasattr(target, "start"):
            parser.StartElementHandler = self._start
        if hasattr(target, "end"):
            parser.EndElementHandler = self._end
        if hasattr(target, "start_ns"):
            parser.StartNamespaceDeclHandler = self._start_ns
        if hasattr(target, "end_ns"):
            parser.EndNamespaceDeclHandler = self._end_ns
        if hasattr(target, "data"):
            parser.CharacterDataHandler = target.data
        if hasattr(target, "comment"):
            parser.CommentHandler = target.comment
        if hasattr(target, "pi"):
            parser.ProcessingInstructionHandler = target.pi
        parser.DefaultHandlerExpand = self._default
        if hasattr(target, "doctype"):
            parser.StartDoctypeDeclHandler = self._doctype

    def _name(self, key):
        name = self._names.get(key)
        if name is None:
            name = "{" + key if "}" in key else key
            self._names[key] = name
        return name

    def _start(self, tag, attrib):
        name = self._name
        tag = name(tag)
        for key in attrib:
            if "}" in key:
                attrib = {name(k): v for k, v in attrib.items()}
                break
        return self.target.start(tag, attrib)

    def _end(self, tag):
        return self.target.end(self._name(tag))

    def _start_ns(self, prefix, uri):
        return self.target.start_ns(prefix or "", uri or "")

    def _end_ns(self, prefix):
        return self.target.end_ns(prefix or "")

    def _default(self, text):
        if text[:1] == "&":
            value = self.entity.get(text[1:-1])
            if value is not None:
                data = getattr(self.target, "data", None)
                if data is not None:
                    data(value)
                return
            err = ParseError("undefined entity %s: line %d, column %d"
                             % (text, self._parser.CurrentLineNumber,
                                self._parser.CurrentColumnNumber))
            err.code = 11
            err.position = (self._parser.CurrentLineNumber,
                            self._parser.CurrentColumnNumber)
            raise err

    def _doctype(self, name, system, public, has_subset):
        self.target.doctype(name, public, system)

    def _setevents(self, events_queue, events_to_report):
        """Reports the named events to events_queue, for XMLPullParser."""
        parser = self._parser
        append = events_queue.append
        target = self.target
        for event in events_to_report:
            if event == "start":
                def handler(tag, attrib, start=self._start):
                    append(("start", start(tag, attrib)))
                parser.StartElementHandler = handler
            elif event == "end":
                def handler(tag, end=self._end):
                    append(("end", end(tag)))
                parser.EndElementHandler = handler
            elif event == "start-ns":
                if hasattr(target, "start_ns"):
                    def handler(prefix, uri, start_ns=self._start_ns):
                        append(("start-ns", start_ns(prefix, uri)))
                else:
                    def handler(prefix, uri):
                        append(("start-ns", (prefix or "", uri or "")))
                parser.StartNamespaceDeclHandler = handler
            elif event == "end-ns":
                if hasattr(target, "end_ns"):
                    def handler(prefix, end_ns=self._end_ns):
                        append(("end-ns", end_ns(prefix)))
                else:
                    def handler(prefix):
                        append(("end-ns", None))
                parser.EndNamespaceDeclHandler = handler
            elif event == "comment":
                def handler(text, comment=target.comment):
                    append(("comment", comment(text)))
                parser.CommentHandler = handler
            elif event == "pi":
                def handler(pi_target, data, pi=target.pi):
                    append(("pi", pi(pi_target, data)))
                parser.ProcessingInstructionHandler = handler
            else:
                raise ValueError("unknown event %r" % event)

    def _raise(self, value):
        err = ParseError(str(value))
        err.code = value.code
        err.position = value.lineno, value.offset
        raise err from None

    def feed(self, data):
        try:
            self._parser.Parse(data, False)
        except self._error as v:
            self._raise(v)

    def close(self):
        try:
            self._parser.Parse(b"", True)
        except self._error as v:
            self._raise(v)
        close = getattr(self.target, "close", None)
        if close is not None:
            return close()
        return None

    def flush(self):
        pass


class XMLPullParser:
    """A parser fed by the caller whose results are read as events."""

    def __init__(self, events=None, *, _parser=None):
        self._events_queue = []
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._events_queue, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        events = self._events_queue
        while events:
            event = events.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event

    def flush(self):
        pass


class _IterParseIterator:
    """The iterator iterparse returns; .root is set when it is done."""

    def __init__(self, source, events, parser):
        self._close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            self._close_source = True
        self._source = source
        self._pull = XMLPullParser(events=events, _parser=parser)
        self.root = None
        self._gen = self._run()

    def _run(self):
        pull = self._pull
        source = self._source
        try:
            while True:
                yield from pull.read_events()
                data = source.read(16 * 1024)
                if not data:
                    break
                pull.feed(data)
            root = pull._close_and_return_root()
            yield from pull.read_events()
            self.root = root
        finally:
            if self._close_source:
                source.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def iterparse(source, events=None, parser=None):
    """Parses a file (a name or a binary file object) and yields (event,
    element) pairs as it goes: "end" by default, also "start", "start-ns",
    "end-ns", "comment" and "pi"."""
    return _IterParseIterator(source, events, parser)


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("canonicalize (C14N 2.0) is not implemented")


class C14NWriterTarget:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("C14NWriterTarget is not implemented")
