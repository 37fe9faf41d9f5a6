"""Escaping helpers for XML text and attribute values."""

import io
import sys

from xml.sax import handler

__all__ = ["escape", "unescape", "quoteattr", "XMLGenerator",
           "XMLFilterBase"]


def _replace(data, table):
    for old, new in table.items():
        data = data.replace(old, new)
    return data


def escape(data, entities={}):
    """Escapes &, < and > in data, then replaces each key of entities by
    its value."""
    data = data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    if entities:
        data = _replace(data, entities)
    return data


def unescape(data, entities={}):
    """Undoes escape: &lt;, &gt;, the keys of entities, then &amp;."""
    data = data.replace("&lt;", "<").replace("&gt;", ">")
    if entities:
        data = _replace(data, entities)
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """Escapes data for an attribute value and puts it in quotes: double
    quotes unless data holds a double quote and no single one."""
    table = {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
    table.update(entities)
    data = escape(data, table)
    if '"' in data:
        if "'" in data:
            return '"%s"' % data.replace('"', "&quot;")
        return "'%s'" % data
    return '"%s"' % data


class XMLGenerator(handler.ContentHandler):
    """A ContentHandler that writes the events it gets as XML to out (a
    text or binary stream; sys.stdout by default)."""

    def __init__(self, out=None, encoding="iso-8859-1",
                 short_empty_elements=False):
        handler.ContentHandler.__init__(self)
        if out is None:
            out = sys.stdout
        if isinstance(out, io.TextIOBase):
            self._write = out.write
        else:
            def write(text, out=out, encoding=encoding):
                out.write(text.encode(encoding, "xmlcharrefreplace"))
            self._write = write
        self._flush = getattr(out, "flush", lambda: None)
        self._ns_contexts = [{}]
        self._current_context = self._ns_contexts[-1]
        self._undeclared_ns_maps = []
        self._encoding = encoding
        self._short_empty_elements = short_empty_elements
        self._pending_start_element = False

    def _qname(self, name):
        if name[0]:
            if "http://www.w3.org/XML/1998/namespace" == name[0]:
                return "xml:" + name[1]
            prefix = self._current_context[name[0]]
            if prefix:
                return prefix + ":" + name[1]
        return name[1]

    def _finish_pending_start_element(self, endElement=False):
        if self._pending_start_element:
            self._write(">")
            self._pending_start_element = False

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        self._flush()

    def startPrefixMapping(self, prefix, uri):
        self._ns_contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix
        self._undeclared_ns_maps.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts[-1]
        del self._ns_contexts[-1]

    def startElement(self, name, attrs):
        self._finish_pending_start_element()
        self._write("<" + name)
        for name, value in attrs.items():
            self._write(" %s=%s" % (name, quoteattr(value)))
        if self._short_empty_elements:
            self._pending_start_element = True
        else:
            self._write(">")

    def endElement(self, name):
        if self._pending_start_element:
            self._write("/>")
            self._pending_start_element = False
        else:
            self._write("</%s>" % name)

    def startElementNS(self, name, qname, attrs):
        self._finish_pending_start_element()
        self._write("<" + self._qname(name))
        for prefix, uri in self._undeclared_ns_maps:
            if prefix:
                self._write(' xmlns:%s="%s"' % (prefix, uri))
            else:
                self._write(' xmlns="%s"' % uri)
        self._undeclared_ns_maps = []
        for name, value in attrs.items():
            self._write(" %s=%s" % (self._qname(name), quoteattr(value)))
        if self._short_empty_elements:
            self._pending_start_element = True
        else:
            self._write(">")

    def endElementNS(self, name, qname):
        if self._pending_start_element:
            self._write("/>")
            self._pending_start_element = False
        else:
            self._write("</%s>" % self._qname(name))

    def characters(self, content):
        if content:
            self._finish_pending_start_element()
            if not isinstance(content, str):
                content = str(content, self._encoding)
            self._write(escape(content))

    def ignorableWhitespace(self, content):
        if content:
            self._finish_pending_start_element()
            if not isinstance(content, str):
                content = str(content, self._encoding)
            self._write(content)

    def processingInstruction(self, target, data):
        self._finish_pending_start_element()
        self._write("<?%s %s?>" % (target, data))


class XMLFilterBase:
    """Passes every event through to a parent reader's handlers."""

    def __init__(self, parent=None):
        self._parent = parent
        self._cont_handler = handler.ContentHandler()

    def setContentHandler(self, h):
        self._cont_handler = h

    def getContentHandler(self):
        return self._cont_handler

    def __getattr__(self, name):
        cont = self.__dict__.get("_cont_handler")
        if cont is not None and hasattr(cont, name):
            return getattr(cont, name)
        raise AttributeError(name)
