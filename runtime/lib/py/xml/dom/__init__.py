"""The DOM's node type constants and exceptions; xml.dom.minidom holds
the implementation."""


class Node:
    """The node type constants every DOM node carries."""

    __slots__ = ()
    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


class DOMException(Exception):
    """The base of the DOM's exceptions."""


class IndexSizeErr(DOMException):
    code = 1


class HierarchyRequestErr(DOMException):
    code = 3


class WrongDocumentErr(DOMException):
    code = 4


class InvalidCharacterErr(DOMException):
    code = 5


class NotFoundErr(DOMException):
    code = 8


class NotSupportedErr(DOMException):
    code = 9


class InuseAttributeErr(DOMException):
    code = 10


XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None
