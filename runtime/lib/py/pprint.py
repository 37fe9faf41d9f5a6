"""Pretty-printing of Python data structures.

An object whose repr fits in the space left on its line is written as
its repr. Otherwise a container is broken up: one item (or key: value
pair) per line, each line indented to the column after the opening
bracket, recursively; long strings and bytes are split into adjacent
literals. The layout matches CPython's pprint.
"""

import sys as _sys
import io as _io

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _Orderable:
    """A sort key that orders values of mixed, unorderable types: by
    value where < works, else by type name and identity."""

    __slots__ = ("obj",)

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _pair_key(pair):
    return (_Orderable(pair[0]), _Orderable(pair[1]))


def _recursion_text(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


_PLAIN_REPR = (str, bytes, bytearray, float, complex, bool, type(None))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _io.StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override
        it to change how values print."""
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    # Layout.

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion_text(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            layout = self._layout_for(object)
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _layout_for(self, object):
        cls = type(object)
        layout = _LAYOUTS.get(cls.__repr__)
        if layout is not None:
            return layout
        import dataclasses
        if (dataclasses.is_dataclass(object) and not isinstance(object, type)
                and object.__dataclass_params__.repr and "__repr__" in cls.__dict__):
            return PrettyPrinter._layout_dataclass
        return None

    def _items_block(self, items, stream, indent, allowance, context, level):
        """Writes items separated by commas: one a line, or, when compact,
        as many a line as fit."""
        write = stream.write
        step = self._indent_per_level
        indent += step
        if step > 1:
            write(" " * (step - 1))
        newline = ",\n" + " " * indent
        room = full = self._width - indent + 1
        items = list(items)
        sep = ""
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                full -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = full
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    write(sep)
                    sep = ", "
                    write(text)
                    continue
            write(sep)
            sep = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _pairs_block(self, pairs, stream, indent, allowance, context, level):
        """Writes key: value pairs one a line, each value laid out after
        its key."""
        write = stream.write
        indent += self._indent_per_level
        newline = ",\n" + " " * indent
        for i, (k, v) in enumerate(pairs):
            last = i == len(pairs) - 1
            text = self._repr(k, context, level)
            write(text)
            write(": ")
            self._format(v, stream, indent + len(text) + 2, allowance if last else 1, context, level)
            if not last:
                write(newline)

    def _layout_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write(" " * (self._indent_per_level - 1))
        if len(object):
            pairs = list(object.items())
            if self._sort_dicts:
                pairs.sort(key=_pair_key)
            self._pairs_block(pairs, stream, indent, allowance + 1, context, level)
        stream.write("}")

    def _layout_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._items_block(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _layout_tuple(self, object, stream, indent, allowance, context, level):
        stream.write("(")
        close = ",)" if len(object) == 1 else ")"
        self._items_block(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _layout_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = type(object)
        if cls is set:
            stream.write("{")
            close = "}"
        else:
            stream.write(cls.__name__ + "({")
            close = "})"
            indent += len(cls.__name__) + 1
        items = sorted(object, key=_Orderable)
        self._items_block(items, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _layout_str(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if not len(object):
            write(repr(object))
            return
        import re
        pieces = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        room = self._width - indent
        for i, line in enumerate(lines):
            text = repr(line)
            last_line = i == len(lines) - 1
            if len(text) <= (room - allowance if last_line else room):
                pieces.append(text)
                continue
            # Split between a run of spaces and the next word.
            words = re.findall(r"\S*\s*", line)[:-1]
            current = ""
            for j, word in enumerate(words):
                limit = room - allowance if (last_line and j == len(words) - 1) else room
                joined = current + word
                if len(repr(joined)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = joined
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            write(text)
            return
        if level == 1:
            write("(")
        write(("\n" + " " * indent).join(pieces))
        if level == 1:
            write(")")

    def _layout_bytes(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if len(object) <= 4:
            write(repr(object))
            return
        grouped = level == 1
        if grouped:
            indent += 1
            allowance += 1
            write("(")
        write(("\n" + " " * indent).join(_bytes_pieces(object, self._width - indent, allowance)))
        if grouped:
            write(")")

    def _layout_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._layout_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(")")

    def _layout_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(")")

    def _layout_defaultdict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write("%s(%s,\n%s" % (name, factory, " " * indent))
        self._layout_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _layout_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write(" " * (self._indent_per_level - 1))
        self._pairs_block(object.most_common(), stream, indent + len(name) + 1, allowance + 2, context, level)
        stream.write("})")

    def _layout_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "([")
        indent += len(name) + 1
        if object.maxlen is None:
            self._items_block(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._items_block(object, stream, indent, 2, context, level)
            stream.write("],\n%smaxlen=%s)" % (" " * indent, self._repr(object.maxlen, context, level)))

    def _layout_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = type(object).__name__
        pairs = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        self._call_block(name, pairs, stream, indent, allowance, context, level)

    def _layout_namespace(self, object, stream, indent, allowance, context, level):
        import types
        name = "namespace" if type(object) is types.SimpleNamespace else type(object).__name__
        self._call_block(name, list(object.__dict__.items()), stream, indent, allowance, context, level)

    def _call_block(self, name, pairs, stream, indent, allowance, context, level):
        """Writes name(key=value, ...) with one pair a line."""
        indent += len(name) + 1
        stream.write(name + "(")
        newline = ",\n" + " " * indent
        for i, (k, v) in enumerate(pairs):
            last = i == len(pairs) - 1
            stream.write(k + "=")
            if id(v) in context:
                stream.write("...")
            else:
                self._format(v, stream, indent + len(k) + 1, allowance if last else 1, context, level)
            if not last:
                stream.write(newline)
        stream.write(")")

    def _layout_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write("mappingproxy(")
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(")")

    def _layout_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "(")
        indent += len(name) + 1
        last = len(object.maps) - 1
        for i, m in enumerate(object.maps):
            if i == last:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(")")
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(",\n" + " " * indent)

    def _layout_user_wrapper(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString print as the data they wrap.
        self._format(object.data, stream, indent, allowance, context, level - 1)

    # One-line reprs with depth limits and recursion marks.

    def _safe_repr(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _PLAIN_REPR:
            return repr(object), True, False
        if cls is int:
            if self._underscore_numbers:
                return "{:_d}".format(object), True, False
            return repr(object), True, False
        r = getattr(cls, "__repr__", None)
        if issubclass(cls, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            opener, closer = "{", "}"
        elif (issubclass(cls, list) and r is list.__repr__) or (issubclass(cls, tuple) and r is tuple.__repr__):
            if issubclass(cls, list):
                if not object:
                    return "[]", True, False
                opener, closer = "[", "]"
            else:
                if not object:
                    return "()", True, False
                opener, closer = "(", ",)" if len(object) == 1 else ")"
        else:
            text = repr(object)
            return text, bool(text and not text.startswith("<")), False
        key = id(object)
        if maxlevels and level >= maxlevels:
            return opener + "..." + closer, False, key in context
        if key in context:
            return _recursion_text(object), False, True
        context[key] = 1
        readable, recursive = True, False
        level += 1
        parts = []
        if opener == "{":
            pairs = list(object.items())
            if self._sort_dicts:
                pairs.sort(key=_pair_key)
            for k, v in pairs:
                ktext, kread, krec = self.format(k, context, maxlevels, level)
                vtext, vread, vrec = self.format(v, context, maxlevels, level)
                parts.append("%s: %s" % (ktext, vtext))
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
        else:
            for item in object:
                text, read, rec = self.format(item, context, maxlevels, level)
                parts.append(text)
                readable = readable and read
                recursive = recursive or rec
        del context[key]
        return opener + ", ".join(parts) + closer, readable, recursive


def _bytes_pieces(data, width, allowance):
    """Splits bytes into literals of whole 4-byte groups that fit width
    (the last one also leaving allowance)."""
    pieces = []
    current = b""
    last = len(data) // 4 * 4
    for i in range(0, len(data), 4):
        group = data[i:i + 4]
        joined = current + group
        if i == last:
            width -= allowance
        if len(repr(joined)) > width:
            if current:
                pieces.append(repr(current))
            current = group
        else:
            current = joined
    if current:
        pieces.append(repr(current))
    return pieces


def _build_layouts():
    table = {
        dict.__repr__: PrettyPrinter._layout_dict,
        list.__repr__: PrettyPrinter._layout_list,
        tuple.__repr__: PrettyPrinter._layout_tuple,
        set.__repr__: PrettyPrinter._layout_set,
        frozenset.__repr__: PrettyPrinter._layout_set,
        str.__repr__: PrettyPrinter._layout_str,
        bytes.__repr__: PrettyPrinter._layout_bytes,
        bytearray.__repr__: PrettyPrinter._layout_bytearray,
    }
    try:
        import collections
    except ImportError:
        return table
    import types
    extra = [(collections, "OrderedDict", PrettyPrinter._layout_ordered_dict),
             (collections, "defaultdict", PrettyPrinter._layout_defaultdict),
             (collections, "Counter", PrettyPrinter._layout_counter),
             (collections, "deque", PrettyPrinter._layout_deque),
             (collections, "ChainMap", PrettyPrinter._layout_chain_map),
             (collections, "UserDict", PrettyPrinter._layout_user_wrapper),
             (collections, "UserList", PrettyPrinter._layout_user_wrapper),
             (collections, "UserString", PrettyPrinter._layout_user_wrapper),
             (types, "SimpleNamespace", PrettyPrinter._layout_namespace),
             (types, "MappingProxyType", PrettyPrinter._layout_mappingproxy)]
    for module, name, layout in extra:
        cls = getattr(module, name, None)
        if cls is not None and cls.__repr__ not in table:
            table[cls.__repr__] = layout
    return table


_LAYOUTS = _build_layouts()
