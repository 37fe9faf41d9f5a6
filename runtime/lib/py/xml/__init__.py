"""XML processing: xml.etree.ElementTree, xml.parsers.expat, xml.sax.saxutils."""
