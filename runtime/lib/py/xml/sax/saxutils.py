"""Escaping helpers for XML text and attribute values."""

__all__ = ["escape", "unescape", "quoteattr"]


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
