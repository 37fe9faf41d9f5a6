"""A small DOM: parse and parseString build a Document of Element, Text,
CDATASection, Comment and ProcessingInstruction nodes through
xml.parsers.expat; toxml and toprettyxml write them as CPython's minidom
does.  Only the common core of the DOM is here: no DOM Level 3 loading or
saving, no user data, no events.  A document is one thread's at a time.
"""

import io

from xml.dom import (Node, NotFoundErr, HierarchyRequestErr,
                     XMLNS_NAMESPACE, XML_NAMESPACE, EMPTY_NAMESPACE)
from xml.parsers import expat

__all__ = ["parse", "parseString", "getDOMImplementation", "Document",
           "Element", "Text", "Comment", "CDATASection",
           "ProcessingInstruction", "Attr", "NodeList", "DocumentType"]


def _write_data(writer, data):
    if data:
        data = data.replace("&", "&amp;").replace("<", "&lt;"). \
            replace('"', "&quot;").replace(">", "&gt;")
        writer.write(data)


class NodeList(list):
    """A list of nodes with the DOM's length and item()."""

    __slots__ = ()

    @property
    def length(self):
        return len(self)

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None


class _Node(Node):
    """What every node has: a parent, siblings and children."""

    __slots__ = ()
    parentNode = None
    ownerDocument = None
    nodeValue = None
    namespaceURI = EMPTY_NAMESPACE
    prefix = None
    childNodes = NodeList()

    def __bool__(self):
        return True

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    def _sibling(self, step):
        parent = self.parentNode
        if parent is None:
            return None
        siblings = parent.childNodes
        for i, node in enumerate(siblings):
            if node is self:
                j = i + step
                return siblings[j] if 0 <= j < len(siblings) else None
        return None

    @property
    def nextSibling(self):
        return self._sibling(1)

    @property
    def previousSibling(self):
        return self._sibling(-1)

    def hasChildNodes(self):
        return bool(self.childNodes)

    def appendChild(self, node):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for child in list(node.childNodes):
                self.appendChild(child)
            return node
        if not isinstance(self, (Element, Document, DocumentFragment)):
            raise HierarchyRequestErr("%s cannot have children" % self.nodeName)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        self.childNodes.append(node)
        node.parentNode = self
        return node

    def insertBefore(self, newChild, refChild):
        if refChild is None:
            return self.appendChild(newChild)
        for i, node in enumerate(self.childNodes):
            if node is refChild:
                if newChild.parentNode is not None:
                    newChild.parentNode.removeChild(newChild)
                self.childNodes.insert(self.childNodes.index(refChild)
                                       if newChild is not refChild else i,
                                       newChild)
                newChild.parentNode = self
                return newChild
        raise NotFoundErr()

    def removeChild(self, oldChild):
        for i, node in enumerate(self.childNodes):
            if node is oldChild:
                del self.childNodes[i]
                oldChild.parentNode = None
                return oldChild
        raise NotFoundErr()

    def replaceChild(self, newChild, oldChild):
        self.insertBefore(newChild, oldChild)
        return self.removeChild(oldChild)

    def normalize(self):
        out = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if out and out[-1].nodeType == Node.TEXT_NODE:
                    out[-1].data += child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            out.append(child)
        self.childNodes[:] = out

    def cloneNode(self, deep):
        raise NotImplementedError("cloneNode")

    def unlink(self):
        self.parentNode = None
        for child in self.childNodes:
            child.unlink()

    def toprettyxml(self, indent="\t", newl="\n", encoding=None,
                    standalone=None):
        writer = io.StringIO()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        if encoding is None:
            return writer.getvalue()
        return writer.getvalue().encode(encoding, "xmlcharrefreplace")

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


class Attr(_Node):
    """An attribute: name and value."""

    __slots__ = ("name", "value", "namespaceURI", "prefix", "localName",
                 "ownerElement", "ownerDocument")
    nodeType = Node.ATTRIBUTE_NODE

    def __init__(self, name, value="", namespaceURI=EMPTY_NAMESPACE,
                 prefix=None, localName=None):
        self.name = name
        self.value = value
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.localName = localName if localName is not None else name
        self.ownerElement = None
        self.ownerDocument = None

    @property
    def nodeName(self):
        return self.name

    @property
    def nodeValue(self):
        return self.value

    @property
    def specified(self):
        return True

    def __repr__(self):
        return "<DOM Attr: %s at %#x>" % (self.name, id(self))


class NamedNodeMap:
    """An element's attributes by name, in document order."""

    __slots__ = ("_attrs",)

    def __init__(self, attrs):
        self._attrs = attrs

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return list(self._attrs.values())[index]
        except IndexError:
            return None

    def keys(self):
        return self._attrs.keys()

    def items(self):
        return [(name, a.value) for name, a in self._attrs.items()]

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __getitem__(self, name):
        return self._attrs[name]

    def __contains__(self, name):
        return name in self._attrs

    def getNamedItem(self, name):
        return self._attrs.get(name)


class Element(_Node):
    """An element: tagName, attributes and child nodes."""

    nodeType = Node.ELEMENT_NODE

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None,
                 localName=None):
        self.tagName = tagName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.localName = localName if localName is not None else tagName
        self.childNodes = NodeList()
        self._attrs = {}
        self.parentNode = None
        self.ownerDocument = None

    @property
    def nodeName(self):
        return self.tagName

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs)

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def getAttribute(self, name):
        attr = self._attrs.get(name)
        return attr.value if attr is not None else ""

    def getAttributeNode(self, name):
        return self._attrs.get(name)

    def setAttribute(self, name, value):
        attr = self._attrs.get(name)
        if attr is None:
            attr = Attr(name, value)
            attr.ownerElement = self
            attr.ownerDocument = self.ownerDocument
            self._attrs[name] = attr
        else:
            attr.value = value

    def setAttributeNode(self, attr):
        old = self._attrs.get(attr.name)
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        return old

    def removeAttribute(self, name):
        try:
            del self._attrs[name]
        except KeyError:
            raise NotFoundErr()

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def getAttributeNS(self, namespaceURI, localName):
        for attr in self._attrs.values():
            if attr.namespaceURI == namespaceURI and attr.localName == localName:
                return attr.value
        return ""

    def getElementsByTagName(self, name):
        return _by_tag(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _by_tag_ns(self, namespaceURI, localName, NodeList())

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, attr in self._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, attr.value)
            writer.write('"')
        children = self.childNodes
        if children:
            writer.write(">")
            if len(children) == 1 and children[0].nodeType in (
                    Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
                children[0].writexml(writer, "", "", "")
            else:
                writer.write(newl)
                for node in children:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write("</%s>%s" % (self.tagName, newl))
        else:
            writer.write("/>%s" % newl)


def _by_tag(parent, name, out):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if name == "*" or node.tagName == name:
                out.append(node)
            _by_tag(node, name, out)
    return out


def _by_tag_ns(parent, uri, local, out):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if (local == "*" or node.localName == local) and (
                    uri == "*" or node.namespaceURI == uri):
                out.append(node)
            _by_tag_ns(node, uri, local, out)
    return out


class _CharacterData(_Node):
    def __init__(self, data):
        self.data = data
        self.parentNode = None
        self.ownerDocument = None

    @property
    def nodeValue(self):
        return self.data

    @property
    def length(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dots = "..." if len(data) > 10 else ""
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[0:10],
                                         dots)


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    @property
    def wholeText(self):
        return self.data

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class ProcessingInstruction(_Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = target
        self.data = data
        self.parentNode = None
        self.ownerDocument = None

    @property
    def nodeName(self):
        return self.target

    @property
    def nodeValue(self):
        return self.data

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class DocumentType(_Node):
    nodeType = Node.DOCUMENT_TYPE_NODE

    def __init__(self, name, publicId=None, systemId=None,
                 internalSubset=None):
        self.name = name
        self.publicId = publicId
        self.systemId = systemId
        self.internalSubset = internalSubset
        self.parentNode = None
        self.ownerDocument = None

    @property
    def nodeName(self):
        return self.name

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'"
                         % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)


class DocumentFragment(_Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"

    def __init__(self):
        self.childNodes = NodeList()
        self.parentNode = None


class Document(_Node):
    """A document: its children, the root among them as documentElement."""

    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    doctype = None
    actualEncoding = None
    encoding = None
    standalone = None
    version = None

    def __init__(self):
        self.childNodes = NodeList()
        self.parentNode = None

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, _, local = qualifiedName.rpartition(":")
        return self._own(Element(qualifiedName, namespaceURI, prefix or None,
                                 local))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(Text(data))

    def createCDATASection(self, data):
        return self._own(CDATASection(data))

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def getElementsByTagName(self, name):
        return _by_tag(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _by_tag_ns(self, namespaceURI, localName, NodeList())

    def appendChild(self, node):
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement:
            raise HierarchyRequestErr("two document elements disallowed")
        return _Node.appendChild(self, node)

    def writexml(self, writer, indent="", addindent="", newl="",
                 encoding=None, standalone=None):
        declarations = []
        if encoding:
            declarations.append('encoding="%s"' % encoding)
        if standalone is not None:
            declarations.append('standalone="%s"'
                                % ("yes" if standalone else "no"))
        writer.write('<?xml version="1.0" %s?>%s'
                     % (" ".join(declarations), newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


class _Builder:
    """Expat handlers that build a Document, with namespace processing on
    as CPython's expatbuilder has it (an unbound prefix is an error)."""

    def __init__(self):
        self.document = Document()
        self.current = self.document
        self.pending = []
        self.in_cdata = False
        self.parser = parser = expat.ParserCreate(None, " ")
        parser.namespace_prefixes = True
        parser.ordered_attributes = True
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.StartNamespaceDeclHandler = self.start_ns
        parser.CharacterDataHandler = self.data
        parser.CommentHandler = self.comment
        parser.ProcessingInstructionHandler = self.pi
        parser.StartCdataSectionHandler = self.start_cdata
        parser.EndCdataSectionHandler = self.end_cdata
        parser.StartDoctypeDeclHandler = self.doctype
        parser.XmlDeclHandler = self.xmldecl

    def _append(self, node):
        node.ownerDocument = self.document
        node.parentNode = self.current
        self.current.childNodes.append(node)

    @staticmethod
    def _split(name):
        """(qualified name, uri, prefix, local name) of an expat name."""
        parts = name.split(" ")
        if len(parts) == 3:
            uri, local, prefix = parts
            return prefix + ":" + local, uri, prefix, local
        if len(parts) == 2:
            return parts[1], parts[0], None, parts[1]
        return name, EMPTY_NAMESPACE, None, name

    def start_ns(self, prefix, uri):
        self.pending.append((prefix, uri or ""))

    def start(self, name, attrs):
        qname, uri, prefix, local = self._split(name)
        elem = Element(qname, uri, prefix, local)
        for nsprefix, nsuri in self.pending:
            if nsprefix:
                attr = Attr("xmlns:" + nsprefix, nsuri, XMLNS_NAMESPACE,
                            "xmlns", nsprefix)
            else:
                attr = Attr("xmlns", nsuri, XMLNS_NAMESPACE, None, "xmlns")
            attr.ownerElement = elem
            attr.ownerDocument = self.document
            elem._attrs[attr.name] = attr
        self.pending = []
        for i in range(0, len(attrs), 2):
            aq, auri, aprefix, alocal = self._split(attrs[i])
            attr = Attr(aq, attrs[i + 1], auri, aprefix, alocal)
            attr.ownerElement = elem
            attr.ownerDocument = self.document
            elem._attrs[aq] = attr
        self._append(elem)
        self.current = elem

    def end(self, name):
        self.current = self.current.parentNode

    def data(self, text):
        if self.current is self.document:
            return
        if self.in_cdata:
            last = self.current.childNodes[-1]
            last.data += text
            return
        children = self.current.childNodes
        if children and type(children[-1]) is Text:
            children[-1].data += text
        else:
            self._append(Text(text))

    def comment(self, text):
        self._append(Comment(text))

    def pi(self, target, data):
        self._append(ProcessingInstruction(target, data))

    def start_cdata(self):
        self.in_cdata = True
        self._append(CDATASection(""))

    def end_cdata(self):
        self.in_cdata = False

    def doctype(self, name, systemId, publicId, has_internal_subset):
        node = DocumentType(name, publicId, systemId)
        self._append(node)
        self.document.doctype = node

    def xmldecl(self, version, encoding, standalone):
        self.document.version = version
        self.document.encoding = encoding
        self.document.standalone = standalone == 1 if standalone >= 0 else None


def parseString(string, parser=None):
    """Parses a document given as str or bytes."""
    if parser is not None:
        raise NotImplementedError("only the built-in parser is supported")
    builder = _Builder()
    builder.parser.Parse(string, True)
    return builder.document


def parse(file, parser=None, bufsize=None):
    """Parses a document from a file name or a binary file object."""
    if parser is not None:
        raise NotImplementedError("only the built-in parser is supported")
    builder = _Builder()
    if isinstance(file, str) or hasattr(file, "__fspath__"):
        with open(file, "rb") as f:
            builder.parser.ParseFile(f)
    else:
        builder.parser.ParseFile(file)
    return builder.document


class DOMImplementation:
    def hasFeature(self, feature, version):
        return feature.lower() in ("core", "xml")

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        doc = Document()
        if doctype is not None:
            doc.appendChild(doctype)
            doc.doctype = doctype
        if qualifiedName:
            doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        return DocumentType(qualifiedName, publicId, systemId)


def getDOMImplementation(features=None):
    return DOMImplementation()
