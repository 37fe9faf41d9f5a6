"""A SAX driver over xml.parsers.expat."""

import re

from xml.parsers import expat
from xml.sax import SAXParseException, SAXNotRecognizedException
from xml.sax import SAXNotSupportedException
from xml.sax import handler, xmlreader

_LINES = re.compile("(\n)")


class _Locator:
    def __init__(self, parser):
        self._parser = parser

    def getColumnNumber(self):
        p = self._parser._parser
        return p.CurrentColumnNumber if p is not None else None

    def getLineNumber(self):
        p = self._parser._parser
        return p.CurrentLineNumber if p is not None else 1

    def getPublicId(self):
        return self._parser._source.getPublicId()

    def getSystemId(self):
        return self._parser._source.getSystemId()


class _ErrorLocator:
    def __init__(self, line, column, system_id, public_id):
        self._where = line, column, system_id, public_id

    def getLineNumber(self):
        return self._where[0]

    def getColumnNumber(self):
        return self._where[1]

    def getSystemId(self):
        return self._where[2]

    def getPublicId(self):
        return self._where[3]


class ExpatParser:
    """A SAX parser: give it handlers, then parse() or feed()/close()."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        self._cont_handler = handler.ContentHandler()
        self._err_handler = handler.ErrorHandler()
        self._dtd_handler = handler.DTDHandler()
        self._ent_handler = handler.EntityResolver()
        self._lex_handler = None
        self._namespaces = namespaceHandling
        self._bufsize = bufsize
        self._source = xmlreader.InputSource()
        self._parser = None
        self._parsing = False

    def setContentHandler(self, h):
        self._cont_handler = h

    def getContentHandler(self):
        return self._cont_handler

    def setErrorHandler(self, h):
        self._err_handler = h

    def getErrorHandler(self):
        return self._err_handler

    def setDTDHandler(self, h):
        self._dtd_handler = h

    def getDTDHandler(self):
        return self._dtd_handler

    def setEntityResolver(self, h):
        self._ent_handler = h

    def getEntityResolver(self):
        return self._ent_handler

    def setLocale(self, locale):
        raise SAXNotSupportedException("Locale support not implemented")

    def getFeature(self, name):
        if name == handler.feature_namespaces:
            return self._namespaces
        if name in handler.all_features:
            return 0
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name == handler.feature_namespaces:
            self._namespaces = state
        elif name in handler.all_features:
            if state:
                raise SAXNotSupportedException(
                    "expat does not support feature %s" % name)
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lex_handler
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == handler.property_lexical_handler:
            self._lex_handler = value
        else:
            raise SAXNotRecognizedException("Property '%s' not recognized"
                                            % name)

    def parse(self, source):
        source = _input_source(source)
        self._source = source
        try:
            self.reset()
            self._cont_handler.setDocumentLocator(_Locator(self))
            stream = source.getCharacterStream() or source.getByteStream()
            close = None
            if stream is None:
                stream = open(source.getSystemId(), "rb")
                close = stream.close
            try:
                while True:
                    data = stream.read(self._bufsize)
                    if not data:
                        break
                    self.feed(data)
                self.close()
            finally:
                if close is not None:
                    close()
        finally:
            self._parsing = False

    def reset(self):
        if self._namespaces:
            p = expat.ParserCreate(self._source.getEncoding(), " ")
            p.namespace_prefixes = 1
            p.StartElementHandler = self._start_ns
            p.EndElementHandler = self._end_ns
        else:
            p = expat.ParserCreate(self._source.getEncoding())
            p.StartElementHandler = self._start
            p.EndElementHandler = self._end
        p.CharacterDataHandler = self._characters
        p.ProcessingInstructionHandler = self._pi
        p.StartNamespaceDeclHandler = self._start_prefix
        p.EndNamespaceDeclHandler = self._end_prefix
        p.CommentHandler = self._comment
        p.StartCdataSectionHandler = self._start_cdata
        p.EndCdataSectionHandler = self._end_cdata
        self._parser = p
        self._parsing = False

    def feed(self, data, isFinal=False):
        if not self._parsing:
            if self._parser is None:
                self.reset()
            self._parsing = True
            self._cont_handler.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as e:
            exc = SAXParseException(expat.ErrorString(e.code), e, _ErrorLocator(
                e.lineno, e.offset, self._source.getSystemId(),
                self._source.getPublicId()))
            self._err_handler.fatalError(exc)

    def close(self):
        if self._parser is None:
            return
        try:
            self.feed(b"", isFinal=True)
            self._cont_handler.endDocument()
        finally:
            self._parsing = False
            self._parser = None

    def _start(self, name, attrs):
        self._cont_handler.startElement(name, xmlreader.AttributesImpl(attrs))

    def _end(self, name):
        self._cont_handler.endElement(name)

    @staticmethod
    def _pair(name):
        parts = name.split(" ")
        if len(parts) == 1:
            return (None, name), name
        if len(parts) == 3:
            return (parts[0], parts[1]), "%s:%s" % (parts[2], parts[1])
        return tuple(parts), parts[1]

    def _start_ns(self, name, attrs):
        pair, _ = self._pair(name)
        values = {}
        qnames = {}
        for aname, value in attrs.items():
            apair, qname = self._pair(aname)
            values[apair] = value
            qnames[apair] = qname
        self._cont_handler.startElementNS(
            pair, None, xmlreader.AttributesNSImpl(values, qnames))

    def _end_ns(self, name):
        self._cont_handler.endElementNS(self._pair(name)[0], None)

    def _characters(self, data):
        # expat reports each newline as a piece of its own.
        characters = self._cont_handler.characters
        if "\n" in data:
            for piece in _LINES.split(data):
                if piece:
                    characters(piece)
        else:
            characters(data)

    def _pi(self, target, data):
        self._cont_handler.processingInstruction(target, data)

    def _start_prefix(self, prefix, uri):
        self._cont_handler.startPrefixMapping(prefix, uri)

    def _end_prefix(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)

    def _comment(self, data):
        if self._lex_handler is not None:
            self._lex_handler.comment(data)

    def _start_cdata(self):
        if self._lex_handler is not None:
            self._lex_handler.startCDATA()

    def _end_cdata(self):
        if self._lex_handler is not None:
            self._lex_handler.endCDATA()


def _input_source(source):
    if isinstance(source, xmlreader.InputSource):
        return source
    src = xmlreader.InputSource()
    if hasattr(source, "read"):
        if isinstance(source.read(0), str):
            src.setCharacterStream(source)
        else:
            src.setByteStream(source)
        src.setSystemId(getattr(source, "name", None))
    else:
        import os
        src.setSystemId(os.fspath(source))
    return src


def create_parser(*args, **kwargs):
    return ExpatParser(*args, **kwargs)
