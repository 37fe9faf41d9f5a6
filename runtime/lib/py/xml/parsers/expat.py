"""An XML parser with the interface of CPython's pyexpat, written in Python.

The parser reads its input incrementally: Parse(data, isfinal) scans every
complete token in what it has been given and keeps an unfinished token for
the next call.  Errors carry expat's codes, messages and positions (line
from 1, column in characters from 0), which xml.etree.ElementTree reports
through ParseError.  Namespace processing follows expat's: with a
namespace separator, element and attribute names are given as
"uri<sep>local".

Only internal DTD subsets are read: general entities declared there are
expanded (as text), other declarations are skipped.  A parser object is
meant to be used by one thread at a time, as in CPython; the module itself
holds no mutable state.
"""

import codecs
import re

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)
native_encoding = "UTF-8"
features = [("sizeof(XML_Char)", 1), ("sizeof(XML_LChar)", 1), ("XML_DTD", 0),
            ("XML_CONTEXT_BYTES", 1024), ("XML_NS", 0)]

XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2


class ExpatError(Exception):
    """An error found in the document, with expat's code and position."""


error = ExpatError


class _ErrorsModule:
    """The xml.parsers.expat.errors namespace: messages by name, and the
    codes and messages maps."""

    def __init__(self, table):
        self.codes = {}
        self.messages = {}
        for code, (name, message) in table.items():
            setattr(self, name, message)
            self.codes[message] = code
            self.messages[code] = message


_ERROR_TABLE = {
    1: ("XML_ERROR_NO_MEMORY", "out of memory"),
    2: ("XML_ERROR_SYNTAX", "syntax error"),
    3: ("XML_ERROR_NO_ELEMENTS", "no element found"),
    4: ("XML_ERROR_INVALID_TOKEN", "not well-formed (invalid token)"),
    5: ("XML_ERROR_UNCLOSED_TOKEN", "unclosed token"),
    6: ("XML_ERROR_PARTIAL_CHAR", "partial character"),
    7: ("XML_ERROR_TAG_MISMATCH", "mismatched tag"),
    8: ("XML_ERROR_DUPLICATE_ATTRIBUTE", "duplicate attribute"),
    9: ("XML_ERROR_JUNK_AFTER_DOC_ELEMENT", "junk after document element"),
    10: ("XML_ERROR_PARAM_ENTITY_REF", "illegal parameter entity reference"),
    11: ("XML_ERROR_UNDEFINED_ENTITY", "undefined entity"),
    12: ("XML_ERROR_RECURSIVE_ENTITY_REF", "recursive entity reference"),
    13: ("XML_ERROR_ASYNC_ENTITY", "asynchronous entity"),
    14: ("XML_ERROR_BAD_CHAR_REF", "reference to invalid character number"),
    15: ("XML_ERROR_BINARY_ENTITY_REF", "reference to binary entity"),
    16: ("XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF",
         "reference to external entity in attribute"),
    17: ("XML_ERROR_MISPLACED_XML_PI",
         "XML or text declaration not at start of entity"),
    18: ("XML_ERROR_UNKNOWN_ENCODING", "unknown encoding"),
    19: ("XML_ERROR_INCORRECT_ENCODING",
         "encoding specified in XML declaration is incorrect"),
    20: ("XML_ERROR_UNCLOSED_CDATA_SECTION", "unclosed CDATA section"),
    21: ("XML_ERROR_EXTERNAL_ENTITY_HANDLING",
         "error in processing external entity reference"),
    22: ("XML_ERROR_NOT_STANDALONE", "document is not standalone"),
    23: ("XML_ERROR_UNEXPECTED_STATE",
         "unexpected parser state - please send a bug report"),
    24: ("XML_ERROR_ENTITY_DECLARED_IN_PE", "entity declared in parameter entity"),
    25: ("XML_ERROR_FEATURE_REQUIRES_XML_DTD",
         "requested feature requires XML_DTD support in Expat"),
    26: ("XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING",
         "cannot change setting once parsing has begun"),
    27: ("XML_ERROR_UNBOUND_PREFIX", "unbound prefix"),
    28: ("XML_ERROR_UNDECLARING_PREFIX", "must not undeclare prefix"),
    29: ("XML_ERROR_INCOMPLETE_PE", "incomplete markup in parameter entity"),
    30: ("XML_ERROR_XML_DECL", "XML declaration not well-formed"),
    31: ("XML_ERROR_TEXT_DECL", "text declaration not well-formed"),
    32: ("XML_ERROR_PUBLICID", "illegal character(s) in public id"),
    33: ("XML_ERROR_SUSPENDED", "parser suspended"),
    34: ("XML_ERROR_NOT_SUSPENDED", "parser not suspended"),
    35: ("XML_ERROR_ABORTED", "parsing aborted"),
    36: ("XML_ERROR_FINISHED", "parsing finished"),
    37: ("XML_ERROR_SUSPEND_PE", "cannot suspend in external parameter entity"),
    38: ("XML_ERROR_RESERVED_PREFIX_XML",
         "reserved prefix (xml) must not be undeclared or bound to another "
         "namespace name"),
    39: ("XML_ERROR_RESERVED_PREFIX_XMLNS",
         "reserved prefix (xmlns) must not be declared or undeclared"),
    40: ("XML_ERROR_RESERVED_NAMESPACE_URI",
         "prefix must not be bound to one of the reserved namespace names"),
}

errors = _ErrorsModule(_ERROR_TABLE)


class _ModelModule:
    XML_CTYPE_EMPTY = 1
    XML_CTYPE_ANY = 2
    XML_CTYPE_MIXED = 3
    XML_CTYPE_NAME = 4
    XML_CTYPE_CHOICE = 5
    XML_CTYPE_SEQ = 6
    XML_CQUANT_NONE = 0
    XML_CQUANT_OPT = 1
    XML_CQUANT_REP = 2
    XML_CQUANT_PLUS = 3


model = _ModelModule()


def ErrorString(code):
    """Returns expat's message for an error code."""
    entry = _ERROR_TABLE.get(code)
    return entry[1] if entry else None


_XML_NS = "http://www.w3.org/XML/1998/namespace"
_XMLNS_NS = "http://www.w3.org/2000/xmlns/"

_START = ("A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D"
          "\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF"
          "\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF")
_MORE = _START + "\\-.0-9\u00B7\u0300-\u036F\u203F\u2040"
# A name as the non-namespace parser reads it; colons are checked apart.
_NAME = re.compile("[:" + _START + "][:" + _MORE + "]*")
_NAMESTART = re.compile("[" + _START + "]")


def _fast_token(name):
    """The common tokens of content in one pattern: a run of text (group
    1), a start tag whose attribute values hold no references, tabs or
    newlines (name 2, attributes 3, '/' 4), an end tag (name 5) or a
    predefined entity (6).
    Anything else, errors included, goes through the exact scanner."""
    value = "[^<&\t\n\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff%s]*"
    attr = ("[ \t\n]+" + name + "[ \t\n]*=[ \t\n]*(?:\"" + value % '"'
            + "\"|'" + value % "'" + "')")
    return re.compile(
        "([^<&\\]\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]+)"
        "|<(" + name + ")((?:" + attr + ")*)[ \t\n]*(/?)>"
        "|</(" + name + ")[ \t\n]*>"
        "|&(lt|gt|amp|quot|apos);")


def _attr_pattern(name):
    return re.compile("(" + name + ")[ \t\n]*=[ \t\n]*(?:\"([^\"]*)\"|'([^']*)')")


_NCNAME = "[" + _START + "][" + _MORE + "]*"
_PLAIN_NAME = "[:" + _START + "][:" + _MORE + "]*"
_QNAME = _NCNAME + "(?::" + _NCNAME + ")?"
_FAST_PLAIN = _fast_token(_PLAIN_NAME)
_FAST_NS = _fast_token(_QNAME)
_ATTRS_PLAIN = _attr_pattern(_PLAIN_NAME)
_ATTRS_NS = _attr_pattern(_QNAME)
_WS = re.compile("[ \t\n]*")
_EQ = re.compile("[ \t\n]*=[ \t\n]*")
_TEXT = re.compile("[^<&\\]\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]+")
_BADCHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ATTRBAD = re.compile("[<\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ATTRSPECIAL = re.compile("[<&\t\n\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PROLOG_WS = re.compile("[ \t\n]+")
_LETTERS = re.compile("[A-Za-z]+")
_NMTOKEN = re.compile("[:" + _MORE + "]+")
_DECL_ATTR = re.compile(
    "[ \t\n]+(version|encoding|standalone)[ \t\n]*=[ \t\n]*"
    "(?:\"([^\"]*)\"|'([^']*)')")
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


class _Error(Exception):
    """Raised inside the scanner: an expat error code at a buffer index."""

    def __init__(self, code, pos):
        Exception.__init__(self, code, pos)
        self.code = code
        self.pos = pos


class _Need(Exception):
    """Raised inside the scanner when a token runs past the data given."""


def _valid_char(n):
    return (n == 0x9 or n == 0xA or n == 0xD or 0x20 <= n <= 0xD7FF
            or 0xE000 <= n <= 0xFFFD or 0x10000 <= n <= 0x10FFFF)


class XMLParserType:
    """A parser made by ParserCreate."""

    def __init__(self, encoding=None, namespace_separator=None, intern=None):
        self._encoding = encoding
        self._sep = namespace_separator
        self.intern = intern if intern is not None else {}
        self.buffer_text = False
        self.buffer_size = 8192
        self.buffer_used = 0
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self._buf = ""
        self._pos = 0
        self._line = 1
        self._col = 0
        self._consumed = 0
        self._state = 0  # 0 prolog, 1 inside the root, 2 epilog
        self._stack = []  # (raw name, reported name, prefixes bound here)
        self._ns = [{"xml": _XML_NS}]  # prefix -> uri; "" for the default
        self._entities = {}
        self._decoder = None
        self._enc = "utf-8"
        self._raw = b""
        self._pending_cr = False
        self._started = False
        self._finished = False
        self._error = None
        self._xmldecl_ok = True
        self._external = False
        self._active = set()

    # Handlers are None until set.
    StartElementHandler = None
    EndElementHandler = None
    CharacterDataHandler = None
    ProcessingInstructionHandler = None
    CommentHandler = None
    StartNamespaceDeclHandler = None
    EndNamespaceDeclHandler = None
    XmlDeclHandler = None
    StartDoctypeDeclHandler = None
    EndDoctypeDeclHandler = None
    DefaultHandler = None
    DefaultHandlerExpand = None
    StartCdataSectionHandler = None
    EndCdataSectionHandler = None
    EntityDeclHandler = None
    UnparsedEntityDeclHandler = None
    NotationDeclHandler = None
    ElementDeclHandler = None
    AttlistDeclHandler = None
    SkippedEntityHandler = None
    NotStandaloneHandler = None
    ExternalEntityRefHandler = None

    # Positions.

    def _where(self, i):
        buf = self._buf
        n = buf.count("\n", 0, i)
        if n == 0:
            return self._line, self._col + i
        return self._line + n, i - buf.rfind("\n", 0, i) - 1

    @property
    def CurrentLineNumber(self):
        return self._where(self._pos)[0]

    @property
    def CurrentColumnNumber(self):
        return self._where(self._pos)[1]

    @property
    def CurrentByteIndex(self):
        return self._consumed + self._pos

    def _fail(self, code, pos):
        line, col = self._where(pos)
        self.ErrorCode = code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = col
        self.ErrorByteIndex = self._consumed + pos
        err = ExpatError("%s: line %d, column %d"
                         % (_ERROR_TABLE[code][1], line, col))
        err.code = code
        err.lineno = line
        err.offset = col
        self._error = err
        raise err

    # Input.

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def GetReparseDeferralEnabled(self):
        return False

    def SetReparseDeferralEnabled(self, enabled):
        pass

    def ParseFile(self, file):
        read = file.read
        while True:
            data = read(65536)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b"", True)

    def Parse(self, data, isfinal=False):
        if self._error is not None:
            raise self._error
        if self._finished:
            self._fail(36, self._pos)
        if isinstance(data, str):
            text = data
            if not self._started and text[:1] == "\ufeff":
                text = text[1:]
        else:
            text = self._decode(bytes(data), isfinal)
        self._started = True
        if self._pending_cr:
            text = "\r" + text
            self._pending_cr = False
        if "\r" in text:
            if not isfinal and text.endswith("\r"):
                text = text[:-1]
                self._pending_cr = True
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if text:
            self._trim()
            self._buf += text
        self._scan(isfinal)
        if isfinal:
            self._finished = True
        return 1

    def _trim(self):
        """Drops the part of the buffer already read, keeping the line and
        column where the rest starts."""
        pos = self._pos
        if pos:
            self._line, self._col = self._where(pos)
            self._consumed += pos
            self._buf = self._buf[pos:]
            self._pos = 0

    def _decode(self, data, final):
        if self._decoder is None:
            raw = self._raw + data
            enc = self._encoding
            if enc is None:
                if raw[:3] == b"\xef\xbb\xbf":
                    enc = "utf-8"
                    raw = raw[3:]
                elif raw[:2] == b"\xff\xfe" or raw[:4] == b"<\x00?\x00":
                    enc = "utf-16-le"
                    if raw[:2] == b"\xff\xfe":
                        raw = raw[2:]
                elif raw[:2] == b"\xfe\xff" or raw[:4] == b"\x00<\x00?":
                    enc = "utf-16-be"
                    if raw[:2] == b"\xfe\xff":
                        raw = raw[2:]
                elif raw[:5] == b"<?xml":
                    end = raw.find(b"?>")
                    if end < 0 and not final and len(raw) < 1024:
                        self._raw = raw
                        return ""
                    enc = "utf-8"
                    head = raw[:end if end >= 0 else len(raw)].decode("latin-1")
                    for m in _DECL_ATTR.finditer(head):
                        if m.group(1) == "encoding":
                            enc = m.group(2) if m.group(2) is not None else m.group(3)
                            if enc.lower().replace("_", "-").startswith(
                                    ("utf-16", "utf-32", "ucs-2", "ucs-4")):
                                self._buf = head
                                self._fail(19, m.start(2) if m.group(2)
                                           is not None else m.start(3))
                elif len(raw) < 5 and not final and (
                        len(raw) < 4 or b"<?xml".startswith(raw)):
                    self._raw = raw
                    return ""
                else:
                    enc = "utf-8"
            self._raw = b""
            self._enc = enc
            self._decoder = codecs.getincrementaldecoder(enc)()
            data = raw
        try:
            return self._decoder.decode(data, final)
        except UnicodeDecodeError as e:
            good = data[:max(e.start, 0)].decode(self._enc, "ignore")
            self._trim()
            self._buf += good
            try:
                self._scan(False)
            except _Need:
                pass
            self._fail(4, len(self._buf))

    # The scanner.

    def _scan(self, final):
        buf = self._buf
        end = len(buf)
        pos = self._pos
        if self._sep is None:
            fast = _FAST_PLAIN.match
            attr_pairs = _ATTRS_PLAIN.findall
        else:
            fast = _FAST_NS.match
            attr_pairs = _ATTRS_NS.findall
        stack = self._stack
        try:
            while pos < end:
                if self._state == 1:
                    m = fast(buf, pos)
                    if m is not None:
                        k = m.lastindex
                        if k == 1:
                            handler = self.CharacterDataHandler
                            if handler is not None:
                                handler(m.group(1))
                            pos = self._pos = m.end()
                            continue
                        if k == 4:
                            attrs = m.group(3)
                            if attrs:
                                attrs = [(a, v or q)
                                         for a, v, q in attr_pairs(attrs)]
                                if len(attrs) > 1 and len(
                                        {a for a, v in attrs}) != len(attrs):
                                    attrs = None
                            else:
                                attrs = []
                            if attrs is not None:
                                self._begin(m.group(2), attrs, pos,
                                            m.group(4) == "/")
                                pos = self._pos = m.end()
                                continue
                        elif k == 6:
                            handler = self.CharacterDataHandler
                            if handler is not None:
                                handler(_PREDEFINED[m.group(6)])
                            pos = self._pos = m.end()
                            continue
                        elif m.group(5) == stack[-1][0]:
                            self._finish_element()
                            pos = self._pos = m.end()
                            continue
                    pos = self._content(buf, pos, end, final)
                else:
                    pos = self._outside(buf, pos, end, final)
                self._pos = pos
        except _Need as e:
            if final:
                self._unclosed(buf, e.args[0] if e.args else self._pos, end)
            return
        except _Error as e:
            failure = e
        else:
            failure = None
        if failure is not None:
            self._fail(failure.code, failure.pos)
        if final:
            if self._state != 2:
                self._fail(3, end)

    def _unclosed(self, buf, pos, end):
        if buf.startswith("<![CDATA[", pos) and self._state == 1:
            self._fail(20, end)
        if buf[pos] == "]":
            self._fail(3, end)
        self._fail(5, pos)

    def _outside(self, buf, pos, end, final):
        """Scans one token before or after the root element.  Tokens that
        are well formed but not allowed there are a syntax error before
        the root and junk after it; others are invalid tokens, found where
        expat's prolog tokenizer finds them."""
        m = _PROLOG_WS.match(buf, pos)
        if m:
            self._xmldecl_ok = False
            return m.end()
        code = 2 if self._state == 0 else 9
        c = buf[pos]
        if c == "<":
            if pos + 1 >= end:
                raise _Need
            c2 = buf[pos + 1]
            if c2 == "?":
                return self._pi(buf, pos, end)
            self._xmldecl_ok = False
            if c2 == "!":
                if pos + 2 >= end:
                    raise _Need
                c3 = buf[pos + 2]
                if c3 == "-":
                    if pos + 3 >= end:
                        raise _Need
                    if buf[pos + 3] != "-":
                        raise _Error(4, pos + 3)
                    return self._comment(buf, pos, end)
                if c3 == "[":
                    raise _Error(code, pos)
                m = _LETTERS.match(buf, pos + 2)
                if m is None:
                    raise _Error(4, pos + 2)
                q = m.end()
                if q >= end:
                    raise _Need
                if buf[q] not in " \t\n%":
                    raise _Error(4, q)
                if m.group() == "DOCTYPE" and self._state == 0:
                    return self._doctype(buf, pos, end)
                raise _Error(code, pos)
            if self._state == 2:
                m = _NAME.match(buf, pos + 1)
                if m is None:
                    raise _Error(4, pos + 1)
                raise _Error(9, pos)
            return self._start_tag(buf, pos, end)
        self._xmldecl_ok = False
        if c == '"' or c == "'":
            e = buf.find(c, pos + 1)
            if e < 0:
                raise _Need
            return self._junk_follow(buf, pos, e + 1, end, final, code)
        if c == "#":
            m = _NAME.match(buf, pos + 1)
            if m is None:
                if pos + 1 >= end:
                    raise _Need
                raise _Error(4, pos + 1)
            return self._junk_follow(buf, pos, m.end(), end, final, code)
        m = _NMTOKEN.match(buf, pos)
        if m is not None:
            return self._junk_follow(buf, pos, m.end(), end, final, code)
        if c in "[]()|,%>":
            raise _Error(code, pos)
        raise _Error(4, pos)

    def _junk_follow(self, buf, pos, q, end, final, code):
        """A literal or name outside the root ends at q: expat accepts it
        as a token (then rejects it) if a delimiter follows."""
        if q >= end:
            if final:
                raise _Error(code, pos)
            raise _Need
        if buf[q] in " \t\n>)|,[%?*+":
            raise _Error(code, pos)
        raise _Error(4, q)

    def _content(self, buf, pos, end, final):
        """Scans one token inside the root element."""
        m = _TEXT.match(buf, pos)
        if m:
            npos = m.end()
            if self.CharacterDataHandler is not None:
                self.CharacterDataHandler(m.group())
            return npos
        c = buf[pos]
        if c == "<":
            if pos + 1 >= end:
                raise _Need
            c2 = buf[pos + 1]
            if c2 == "/":
                return self._end_tag(buf, pos, end)
            if c2 == "!":
                if buf.startswith("<!--", pos):
                    return self._comment(buf, pos, end)
                if buf.startswith("<![CDATA[", pos):
                    return self._cdata(buf, pos, end)
                if pos + 2 < end and buf[pos + 2] == "[":
                    for i in range(3, 9):
                        if pos + i >= end:
                            raise _Need
                        if buf[pos + i] != "<![CDATA["[i]:
                            raise _Error(4, pos + i)
                if pos + 2 >= end or (pos + 3 >= end and buf[pos + 2] == "-"):
                    raise _Need
                if buf[pos + 2] == "-":
                    raise _Error(4, pos + 3)
                raise _Error(4, pos + 2)
            if c2 == "?":
                return self._pi(buf, pos, end)
            return self._start_tag(buf, pos, end)
        if c == "&":
            try:
                text, npos = self._reference(buf, pos, end)
            except _Error as e:
                if e.code != 11 or not self._external:
                    raise
                # With an external DTD not read, expat passes the reference
                # on rather than failing.
                npos = buf.index(";", pos) + 1
                handler = self.DefaultHandlerExpand or self.DefaultHandler
                if handler is not None:
                    self._pos = pos
                    handler(buf[pos:npos])
                return npos
            if isinstance(text, tuple) and "<" in text[1]:
                self._markup_entity(text, pos)
            elif text is not None:
                self._entity_text(text, pos, set())
            return npos
        if c == "]":
            if buf.startswith("]]>", pos):
                raise _Error(4, pos + 2)
            if end - pos < 3 and not final and "]]>".startswith(buf[pos:end]):
                raise _Need
            if self.CharacterDataHandler is not None:
                self.CharacterDataHandler("]")
            return pos + 1
        raise _Error(4, pos)

    def _markup_entity(self, entity, refpos):
        """Parses the value of an entity holding markup as content, in
        place of its reference; errors are reported at the reference."""
        name, value = entity
        active = self._active
        if name in active:
            raise _Error(12, refpos)
        active.add(name)
        saved = self._buf, self._pos, self._line, self._col, self._consumed
        depth = len(self._stack)
        try:
            p = 0
            n = len(value)
            while p < n:
                p = self._content(value, p, n, True)
                if len(self._stack) < depth:
                    raise _Error(7, refpos)
            if len(self._stack) != depth:
                raise _Error(13, refpos)
        except _Need:
            raise _Error(5, refpos)
        except _Error as e:
            raise _Error(e.code, refpos)
        finally:
            self._buf, self._pos, self._line, self._col, self._consumed = saved
            active.discard(name)

    def _entity_text(self, text, pos, seen):
        """Reports the replacement text of a reference, expanding the
        references to other entities it holds."""
        handler = self.CharacterDataHandler
        if isinstance(text, str):
            if handler is not None and text:
                handler(text)
            return
        # An internal entity: (name, value) whose value may hold references.
        name, value = text
        if name in seen:
            raise _Error(12, pos)
        seen.add(name)
        i = 0
        n = len(value)
        while i < n:
            j = value.find("&", i)
            if j < 0:
                j = n
            if j > i and handler is not None:
                handler(value[i:j])
            if j >= n:
                break
            try:
                sub, k = self._reference(value, j, n)
            except (_Need, _Error):
                raise _Error(4, pos)
            if sub is not None:
                self._entity_text(sub, pos, seen)
            i = k
        seen.discard(name)

    def _reference(self, buf, pos, end):
        """Reads the reference at buf[pos] == '&'.  Returns its text (a
        string, or (name, value) for a declared entity) and the index after
        it."""
        p = pos + 1
        if p >= end:
            raise _Need
        if buf[p] == "#":
            p += 1
            if p >= end:
                raise _Need
            if buf[p] == "x":
                p += 1
                digits = "0123456789abcdefABCDEF"
                base = 16
            else:
                digits = "0123456789"
                base = 10
            start = p
            while p < end and buf[p] in digits:
                p += 1
            if p >= end:
                raise _Need
            if p == start or buf[p] != ";":
                raise _Error(4, p)
            n = int(buf[start:p], base)
            if not _valid_char(n):
                raise _Error(14, pos)
            return chr(n), p + 1
        m = _NAME.match(buf, p)
        if m is None or buf[p] == ":":
            raise _Error(4, p)
        q = m.end()
        if q >= end:
            raise _Need
        if buf[q] != ";":
            raise _Error(4, q)
        name = m.group()
        if self._sep is not None and ":" in name:
            raise _Error(4, p + name.index(":"))
        text = _PREDEFINED.get(name)
        if text is not None:
            return text, q + 1
        value = self._entities.get(name)
        if value is None:
            raise _Error(11, pos)
        return (name, value), q + 1

    def _check_name(self, name, at):
        """Raises expat's error for a name that namespace processing
        rejects (a colon first, twice, or not followed by a name)."""
        i = name.find(":")
        if i < 0:
            return
        if i == 0:
            raise _Error(4, at)
        if i + 1 >= len(name) or not _NAMESTART.match(name, i + 1):
            raise _Error(4, at + i + 1)
        j = name.find(":", i + 1)
        if j >= 0:
            raise _Error(4, at + j)

    def _start_tag(self, buf, pos, end):
        m = _NAME.match(buf, pos + 1)
        if m is None:
            if pos + 1 >= end:
                raise _Need
            raise _Error(4, pos + 1)
        name = m.group()
        sep = self._sep
        if sep is not None:
            if m.end() >= end:
                raise _Need
            self._check_name(name, pos + 1)
        p = m.end()
        attrs = []
        pending = None
        while True:
            q = _WS.match(buf, p).end()
            if q >= end:
                raise _Need
            c = buf[q]
            if c == ">":
                empty = False
                p = q + 1
                break
            if c == "/":
                if q + 1 >= end:
                    raise _Need
                if buf[q + 1] == ">":
                    empty = True
                    p = q + 2
                    break
                raise _Error(4, q + 1)
            if q == p:
                raise _Error(4, q)
            m = _NAME.match(buf, q)
            if m is None:
                raise _Error(4, q)
            aname = m.group()
            r = m.end()
            if r >= end:
                raise _Need
            if sep is not None:
                self._check_name(aname, q)
            m = _EQ.match(buf, r)
            if m is None:
                r = _WS.match(buf, r).end()
                if r >= end:
                    raise _Need
                raise _Error(4, r)
            s = m.end()
            if s >= end:
                raise _Need
            quote = buf[s]
            if quote != '"' and quote != "'":
                raise _Error(4, s)
            e = buf.find(quote, s + 1)
            if e < 0:
                bad = _ATTRBAD.search(buf, s + 1)
                if bad:
                    raise _Error(4, bad.start())
                raise _Need
            value = buf[s + 1:e]
            if _ATTRSPECIAL.search(value):
                try:
                    value = self._attr_value(buf, s + 1, e, pos)
                except _Error as err:
                    # Entities are resolved once the tag is read whole, so
                    # a later invalid token in the tag is reported first.
                    if err.code not in (11, 12):
                        raise
                    if pending is None:
                        pending = err
                    value = ""
            for other in attrs:
                if other[0] == aname:
                    raise _Error(8, q)
            attrs.append((aname, value))
            p = e + 1
        if pending is not None:
            raise pending
        self._begin(name, attrs, pos, empty)
        return p

    def _attr_value(self, buf, start, stop, tagpos):
        out = []
        i = start
        while i < stop:
            m = _ATTRSPECIAL.search(buf, i, stop)
            if m is None:
                out.append(buf[i:stop])
                break
            j = m.start()
            out.append(buf[i:j])
            c = buf[j]
            if c == "\t" or c == "\n":
                out.append(" ")
                i = j + 1
            elif c == "&":
                try:
                    text, i = self._reference(buf, j, stop)
                except _Need:
                    raise _Error(4, stop)
                except _Error as e:
                    if e.code == 11:
                        raise _Error(11, tagpos)
                    raise
                if isinstance(text, tuple):
                    text = self._expand_attr(text, tagpos, set())
                out.append(text)
            else:
                raise _Error(4, j)
        return "".join(out)

    def _expand_attr(self, entity, tagpos, seen):
        name, value = entity
        if name in seen:
            raise _Error(12, tagpos)
        if "<" in value:
            raise _Error(4, tagpos)
        seen.add(name)
        out = []
        i = 0
        n = len(value)
        while i < n:
            j = value.find("&", i)
            if j < 0:
                out.append(value[i:].replace("\t", " ").replace("\n", " "))
                break
            out.append(value[i:j].replace("\t", " ").replace("\n", " "))
            try:
                sub, i = self._reference(value, j, n)
            except _Error as e:
                raise _Error(e.code, tagpos)
            except _Need:
                raise _Error(4, tagpos)
            if isinstance(sub, tuple):
                sub = self._expand_attr(sub, tagpos, seen)
            out.append(sub)
        seen.discard(name)
        return "".join(out)

    def _begin(self, name, attrs, pos, empty):
        sep = self._sep
        if sep is not None and ":" not in name:
            # The common case: no prefixes and no declarations, so names
            # stay as they are but for the default namespace.
            for aname, value in attrs:
                if ":" in aname or aname.startswith("xmlns"):
                    break
            else:
                uri = self._ns[-1].get("")
                ename = uri + sep + name if uri else name
                self._open_element(name, ename, None, attrs, empty)
                return
        declared = []
        if sep is not None:
            scope = None
            plain = []
            for aname, value in attrs:
                if aname == "xmlns" or aname.startswith("xmlns:"):
                    prefix = aname[6:]
                    if prefix == "xmlns":
                        self._fail(39, pos)
                    if prefix == "xml":
                        if value != _XML_NS:
                            self._fail(38, pos)
                    elif value == _XML_NS or value == _XMLNS_NS:
                        self._fail(40, pos)
                    if prefix and not value:
                        self._fail(28, pos)
                    if scope is None:
                        scope = dict(self._ns[-1])
                    scope[prefix] = value
                    declared.append((prefix, value))
                else:
                    plain.append((aname, value))
            if scope is not None:
                self._ns.append(scope)
            else:
                scope = self._ns[-1]
            ename = self._resolve(name, scope, pos, True)
            attrs = []
            if plain:
                seen = set()
                for aname, value in plain:
                    rname = self._resolve(aname, scope, pos, False)
                    if rname in seen:
                        self._fail(8, pos)
                    seen.add(rname)
                    attrs.append((rname, value))
            handler = self.StartNamespaceDeclHandler
            if handler is not None:
                for prefix, uri in declared:
                    handler(prefix or None, uri or None)
        else:
            ename = name
        self._open_element(name, ename, declared, attrs, empty)

    def _open_element(self, name, ename, declared, attrs, empty):
        """Push an element begun by a start tag and report it (attrs as
        a flat list under ordered_attributes, else a dict); an empty
        element tag ends it at once."""
        self._stack.append((name, ename, declared))
        self._state = 1
        handler = self.StartElementHandler
        if handler is not None:
            if self.ordered_attributes:
                flat = []
                for aname, value in attrs:
                    flat.append(aname)
                    flat.append(value)
                handler(ename, flat)
            else:
                handler(ename, dict(attrs))
        if empty:
            self._finish_element()

    def _resolve(self, qname, scope, pos, element):
        i = qname.find(":")
        if i < 0:
            if element:
                uri = scope.get("")
                if uri:
                    return uri + self._sep + qname
            return qname
        prefix = qname[:i]
        uri = scope.get(prefix)
        if not uri:
            self._fail(27, pos)
        if self.namespace_prefixes:
            return uri + self._sep + qname[i + 1:] + self._sep + prefix
        return uri + self._sep + qname[i + 1:]

    def _finish_element(self):
        name, ename, declared = self._stack.pop()
        handler = self.EndElementHandler
        if handler is not None:
            handler(ename)
        if declared:
            self._ns.pop()
            handler = self.EndNamespaceDeclHandler
            if handler is not None:
                for prefix, uri in reversed(declared):
                    handler(prefix or None)
        if not self._stack:
            self._state = 2

    def _end_tag(self, buf, pos, end):
        m = _NAME.match(buf, pos + 2)
        if m is None or (self._sep is not None and buf[pos + 2] == ":"):
            if pos + 2 >= end:
                raise _Need
            raise _Error(4, pos + 2)
        q = _WS.match(buf, m.end()).end()
        if q >= end:
            raise _Need
        if buf[q] != ">":
            raise _Error(4, q)
        name = m.group()
        if name != self._stack[-1][0]:
            raise _Error(7, pos + 2)
        self._finish_element()
        return q + 1

    def _comment(self, buf, pos, end):
        i = buf.find("--", pos + 4)
        if i < 0 or i + 2 >= end:
            bad = _BADCHAR.search(buf, pos + 4, end if i < 0 else i)
            if bad:
                raise _Error(4, bad.start())
            raise _Need
        if buf[i + 2] != ">":
            raise _Error(4, i + 2)
        text = buf[pos + 4:i]
        bad = _BADCHAR.search(text)
        if bad:
            raise _Error(4, pos + 4 + bad.start())
        if self.CommentHandler is not None:
            self.CommentHandler(text)
        return i + 3

    def _cdata(self, buf, pos, end):
        i = buf.find("]]>", pos + 9)
        if i < 0:
            bad = _BADCHAR.search(buf, pos + 9)
            if bad:
                raise _Error(4, bad.start())
            raise _Need
        text = buf[pos + 9:i]
        bad = _BADCHAR.search(text)
        if bad:
            raise _Error(4, pos + 9 + bad.start())
        if self.StartCdataSectionHandler is not None:
            self.StartCdataSectionHandler()
        if text and self.CharacterDataHandler is not None:
            self.CharacterDataHandler(text)
        if self.EndCdataSectionHandler is not None:
            self.EndCdataSectionHandler()
        return i + 3

    def _pi(self, buf, pos, end):
        m = _NAME.match(buf, pos + 2)
        if m is None:
            if pos + 2 >= end:
                raise _Need
            raise _Error(4, pos + 2)
        target = m.group()
        p = m.end()
        if self._sep is not None and ":" in target:
            raise _Error(4, pos + 2 + target.index(":"))
        if p >= end:
            raise _Need
        c = buf[p]
        if c == "?":
            if p + 1 >= end:
                raise _Need
            if buf[p + 1] != ">":
                raise _Error(4, p + 1)
        elif c not in " \t\n":
            raise _Error(4, p)
        i = buf.find("?>", p)
        if i < 0:
            bad = _BADCHAR.search(buf, p)
            if bad:
                raise _Error(4, bad.start())
            raise _Need
        bad = _BADCHAR.search(buf, p, i)
        if bad:
            raise _Error(4, bad.start())
        if target == "xml":
            if pos == 0 and self._xmldecl_ok and self._consumed == 0:
                self._xmldecl_ok = False
                return self._xml_decl(buf, pos, p, i)
            raise _Error(17, pos)
        if target.lower() == "xml":
            raise _Error(4, p)
        self._xmldecl_ok = False
        data = buf[_WS.match(buf, p, i).end():i]
        bad = _BADCHAR.search(data)
        if bad:
            raise _Error(4, i - len(data) + bad.start())
        if self.ProcessingInstructionHandler is not None:
            self.ProcessingInstructionHandler(target, data)
        return i + 2

    def _pseudo_attr(self, buf, p, close):
        """Reads one name="value" of the XML declaration from p, as expat
        does.  Returns (name, name index, value, value index, next index),
        name None at the end; raises the error at its index."""
        if p >= close:
            return None, p, None, p, p
        if buf[p] not in " \t\n":
            raise _Error(30, p)
        p = _WS.match(buf, p, close).end()
        if p >= close:
            return None, p, None, p, p
        start = p
        while True:
            if p >= close or buf[p] > "\x7f":
                raise _Error(30, p)
            c = buf[p]
            if c == "=":
                name_end = p
                break
            if c in " \t\n":
                name_end = p
                p = _WS.match(buf, p, close).end()
                if p >= close or buf[p] != "=":
                    raise _Error(30, p)
                break
            p += 1
        if p == start:
            raise _Error(30, p)
        p = _WS.match(buf, p + 1, close).end()
        if p >= close or buf[p] not in "\"'":
            raise _Error(30, p)
        quote = buf[p]
        p += 1
        vstart = p
        while True:
            if p >= close:
                raise _Error(30, p)
            c = buf[p]
            if c == quote:
                break
            if not ("a" <= c <= "z" or "A" <= c <= "Z" or "0" <= c <= "9"
                    or c in ".-_"):
                raise _Error(30, p)
            p += 1
        return buf[start:name_end], start, buf[vstart:p], vstart, p + 1

    def _xml_decl(self, buf, pos, p, close):
        """Reads the XML declaration between p and close ('?>'), failing
        where expat's doParseXmlDecl does."""
        try:
            name, at, value, vat, q = self._pseudo_attr(buf, p, close)
            if name is None:
                raise _Error(30, p)
            if name != "version":
                raise _Error(30, at)
            version = value
            encoding = None
            standalone = -1
            name, at, value, vat, q = self._pseudo_attr(buf, q, close)
            if name == "encoding":
                if not ("a" <= value[:1] <= "z" or "A" <= value[:1] <= "Z"):
                    raise _Error(30, vat)
                encoding = value
                name, at, value, vat, q = self._pseudo_attr(buf, q, close)
            if name is not None:
                if name != "standalone":
                    raise _Error(30, at)
                if value == "yes":
                    standalone = 1
                elif value == "no":
                    standalone = 0
                else:
                    raise _Error(30, vat)
                q = _WS.match(buf, q, close).end()
                if q != close:
                    raise _Error(30, q)
        except _Error as e:
            failure = e
        else:
            failure = None
        if failure is not None:
            self._fail(failure.code, failure.pos)
        if self.XmlDeclHandler is not None:
            self.XmlDeclHandler(version, encoding, standalone)
        return close + 2

    # The document type declaration.  Its tokens are read as expat's
    # prolog tokenizer reads them (so invalid tokens are found where expat
    # finds them), then checked against a small grammar; a token in the
    # wrong place is a syntax error at its start.

    def _dtd_token(self, buf, p, end):
        """Returns (kind, start, next) for the token at p."""
        if p >= end:
            raise _Need
        c = buf[p]
        if c in " \t\n":
            return "ws", p, _WS.match(buf, p).end()
        if c == '"' or c == "'":
            e = buf.find(c, p + 1)
            bad = _BADCHAR.search(buf, p + 1, end if e < 0 else e)
            if bad:
                raise _Error(4, bad.start())
            if e < 0:
                raise _Need(p)
            q = e + 1
            if q >= end:
                raise _Need
            if buf[q] not in " \t\n>%[":
                raise _Error(4, q)
            return "lit", p, q
        if c == "<":
            if p + 1 >= end:
                raise _Need
            c2 = buf[p + 1]
            if c2 == "?":
                m = _NAME.match(buf, p + 2)
                if m is None:
                    raise _Error(4, p + 2)
                i = buf.find("?>", m.end())
                if i < 0:
                    raise _Need(p)
                return "pi", p, i + 2
            if c2 != "!":
                if _NAMESTART.match(buf, p + 1):
                    return "stag", p, p + 1
                raise _Error(4, p + 1)
            if p + 3 >= end:
                raise _Need
            if buf[p + 2] == "-":
                if buf[p + 3] != "-":
                    raise _Error(4, p + 3)
                i = buf.find("--", p + 4)
                if i < 0 or i + 2 >= end:
                    raise _Need
                if buf[i + 2] != ">":
                    raise _Error(4, i + 2)
                return "comment", p, i + 3
            if buf[p + 2] == "[":
                return "cond", p, p + 3
            m = _LETTERS.match(buf, p + 2)
            if m is None:
                raise _Error(4, p + 2)
            q = m.end()
            if q >= end:
                raise _Need
            if buf[q] not in " \t\n%":
                raise _Error(4, q)
            return "decl:" + m.group(), p, q
        if c == "%":
            m = _NAME.match(buf, p + 1)
            if m is not None:
                q = m.end()
                if q >= end:
                    raise _Need
                if buf[q] != ";":
                    raise _Error(4, q)
                return "pe", p, q + 1
            return "%", p, p + 1
        if c == "#":
            m = _NAME.match(buf, p + 1)
            if m is None:
                if p + 1 >= end:
                    raise _Need
                raise _Error(4, p + 1)
            return self._dtd_name_end("#", buf, p, m.end(), end)
        if c in ">[]()|,*+":
            return c, p, p + 1
        m = _NMTOKEN.match(buf, p)
        if m is not None:
            return self._dtd_name_end("name", buf, p, m.end(), end)
        raise _Error(4, p)

    def _dtd_name_end(self, kind, buf, p, q, end):
        if q >= end:
            raise _Need
        if buf[q] not in " \t\n>)|,[%?*+":
            raise _Error(4, q)
        return kind, p, q

    def _dtd_next(self, buf, p, end):
        """The next token that is not whitespace."""
        while True:
            kind, s, q = self._dtd_token(buf, p, end)
            if kind != "ws":
                return kind, s, q
            p = q

    def _doctype(self, buf, pos, end):
        kind, s, p = self._dtd_next(buf, pos + 9, end)
        if kind != "name" or not _NAMESTART.match(buf, s):
            raise _Error(2, s)
        name = buf[s:p]
        system = public = None
        kind, s, p = self._dtd_next(buf, p, end)
        if kind == "name":
            keyword = buf[s:p]
            if keyword not in ("SYSTEM", "PUBLIC"):
                raise _Error(2, s)
            kind, s, p = self._dtd_next(buf, p, end)
            if kind != "lit":
                raise _Error(2, s)
            if keyword == "PUBLIC":
                public = buf[s + 1:p - 1]
                kind, s, p = self._dtd_next(buf, p, end)
                if kind != "lit":
                    raise _Error(2, s)
            system = buf[s + 1:p - 1]
            kind, s, p = self._dtd_next(buf, p, end)
        subset = kind == "["
        entities = {}
        if subset:
            p = self._subset(buf, p, end, entities)
            kind, s, p = self._dtd_next(buf, p, end)
        if kind != ">":
            raise _Error(2, s)
        self._external = system is not None
        if self.StartDoctypeDeclHandler is not None:
            self.StartDoctypeDeclHandler(name, system, public, subset)
        for key, value in entities.items():
            self._entities.setdefault(key, value)
            if self.EntityDeclHandler is not None:
                self.EntityDeclHandler(key, False, value, None, None, None,
                                       None)
        if self.EndDoctypeDeclHandler is not None:
            self.EndDoctypeDeclHandler()
        return p

    def _subset(self, buf, p, end, entities):
        """Reads an internal DTD subset up to its ']', keeping the general
        entities with literal values; other declarations are checked for
        invalid tokens and skipped."""
        while True:
            kind, s, p = self._dtd_next(buf, p, end)
            if kind in ("comment", "pi", "pe"):
                continue
            if kind == "]":
                return p
            if kind == "decl:ENTITY":
                p = self._entity_decl(buf, p, end, entities)
            elif kind in ("decl:ELEMENT", "decl:ATTLIST", "decl:NOTATION"):
                while kind != ">":
                    kind, s, p = self._dtd_token(buf, p, end)
            else:
                raise _Error(2, s)

    def _entity_decl(self, buf, p, end, entities):
        kind, s, p = self._dtd_next(buf, p, end)
        parameter = kind == "%"
        if parameter:
            kind, s, p = self._dtd_next(buf, p, end)
        if kind != "name" or not _NAMESTART.match(buf, s):
            raise _Error(2, s)
        name = buf[s:p]
        kind, s, p = self._dtd_next(buf, p, end)
        value = None
        if kind == "lit":
            value = self._entity_value(buf[s + 1:p - 1], s)
            kind, s, p = self._dtd_next(buf, p, end)
        elif kind == "name" and buf[s:p] in ("SYSTEM", "PUBLIC"):
            count = 2 if buf[s:p] == "PUBLIC" else 1
            for _ in range(count):
                kind, s, p = self._dtd_next(buf, p, end)
                if kind != "lit":
                    raise _Error(2, s)
            kind, s, p = self._dtd_next(buf, p, end)
            if kind == "name" and buf[s:p] == "NDATA" and not parameter:
                kind, s, p = self._dtd_next(buf, p, end)
                if kind != "name":
                    raise _Error(2, s)
                kind, s, p = self._dtd_next(buf, p, end)
        else:
            raise _Error(2, s)
        if kind != ">":
            raise _Error(2, s)
        if value is not None and not parameter:
            entities.setdefault(name, value)
        return p

    def _entity_value(self, value, pos):
        """Replaces the character references of an entity's value, as
        expat does where the entity is declared."""
        out = []
        i = 0
        while True:
            j = value.find("&#", i)
            if j < 0:
                out.append(value[i:])
                break
            out.append(value[i:j])
            k = value.find(";", j)
            if k < 0:
                raise _Error(4, pos)
            try:
                ref = value[j + 2:k]
                n = int(ref[1:], 16) if ref[:1] == "x" else int(ref)
            except ValueError:
                raise _Error(4, pos)
            if not _valid_char(n):
                raise _Error(14, pos)
            out.append(chr(n) if chr(n) != "&" else "&#38;")
            i = k + 1
        return "".join(out).replace("&#38;", "&amp;")


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Makes a parser; namespace_separator turns namespace processing on."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or "
                        "None, not %s" % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' "
                            "must be str or None, not %s"
                            % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError("namespace_separator must be at most one "
                             "character, omitted, or None")
    return XMLParserType(encoding, namespace_separator, intern)
