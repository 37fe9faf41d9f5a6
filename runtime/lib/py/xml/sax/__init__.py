"""SAX: parse and parseString drive a ContentHandler from
xml.parsers.expat; make_parser gives the parser itself."""


class SAXException(Exception):
    """An error or warning from a SAX parser or handler."""

    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """A document that is not well-formed, with where it was found."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        self._systemId = locator.getSystemId()
        self._colnum = locator.getColumnNumber()
        self._linenum = locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        return self._locator.getPublicId()

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        sysid = self.getSystemId()
        if sysid is None:
            sysid = "<unknown>"
        line = self.getLineNumber()
        if line is None:
            line = "?"
        col = self.getColumnNumber()
        if col is None:
            col = "?"
        return "%s:%s:%s: %s" % (sysid, line, col, self._msg)


class SAXNotRecognizedException(SAXException):
    pass


class SAXNotSupportedException(SAXException):
    pass


class SAXReaderNotAvailable(SAXNotSupportedException):
    pass


from xml.sax.handler import ContentHandler, ErrorHandler  # noqa: E402
from xml.sax.xmlreader import InputSource  # noqa: E402

default_parser_list = ["xml.sax.expatreader"]


def make_parser(parser_list=()):
    """A new SAX parser (expat's driver)."""
    from xml.sax import expatreader
    return expatreader.create_parser()


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parses a file (name or file object) into handler's callbacks."""
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    """Parses a document given as str or bytes into handler's callbacks."""
    import io
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    source = InputSource()
    if isinstance(string, str):
        source.setCharacterStream(io.StringIO(string))
    else:
        source.setByteStream(io.BytesIO(string))
    parser.parse(source)
