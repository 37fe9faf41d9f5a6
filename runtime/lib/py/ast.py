"""Abstract syntax trees of Python source, as CPython 3.11's ast module.

The node classes are made here from the table the Go module _ast gives
(interp/astmod), which reads it off the parser's own node types, so the
classes and the trees compile(..., PyCF_ONLY_AST) builds always agree.
The helpers (parse, dump, literal_eval, walk, the visitors, ...) are
written from the module's documented behaviour.
"""

import _ast
from _ast import PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, n, '' if n == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError("%s got multiple values for argument %r"
                                % (type(self).__name__, name))
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


AST.__module__ = 'ast'
_ast.AST = AST


def _make_classes():
    made = {'AST': AST}
    for name, base, fields, attributes, optional in _ast._node_table():
        ns = {'__module__': 'ast', '_fields': fields, '__match_args__': fields,
              '__doc__': _signature(name, fields, optional)}
        if attributes:
            ns['_attributes'] = attributes
        for f in optional:
            ns[f] = None
        if base == 'AST' and attributes:
            ns['end_lineno'] = None
            ns['end_col_offset'] = None
        made[name] = type(name, (made[base],), ns)
    for abstract in ('stmt', 'expr', 'excepthandler', 'pattern'):
        made[abstract].end_lineno = None
        made[abstract].end_col_offset = None
    return made


def _signature(name, fields, optional):
    if not fields:
        return name
    return '%s(%s)' % (name, ', '.join(f + ('?' if f in optional else '') for f in fields))


_classes = _make_classes()
globals().update(_classes)
for _name, _cls in _classes.items():
    setattr(_ast, _name, _cls)
del _name, _cls

# The one instance of each operator and context class, which every parsed
# tree shares (interp/astmod reads this table).
_SINGLETONS = {name: cls() for name, cls in _classes.items()
               if cls.__bases__[0].__name__ in ('expr_context', 'boolop', 'operator', 'unaryop', 'cmpop')}


# ---- Deprecated classes that CPython 3.11 still has ----

def _num_type(value):
    return isinstance(value, (int, float, complex)) and not isinstance(value, bool)


_CONSTANT_KINDS = {}


class _ABC(type):
    """Metaclass of the deprecated constant classes: an instance is a
    Constant whose value has the class's kind."""

    def __init__(cls, *args):
        cls.__doc__ = "Deprecated AST node class. Use ast.Constant instead"

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        accepts = _CONSTANT_KINDS.get(cls)
        if accepts is None:
            return type.__instancecheck__(cls, inst)
        try:
            value = inst.value
        except AttributeError:
            return False
        return accepts(value)


def _new_constant(cls, *args, **kwargs):
    for key, value in zip(cls._fields, args):
        if key in kwargs:
            raise TypeError("%s got multiple values for argument %r" % (cls.__name__, key))
    if cls in _CONSTANT_KINDS:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _new_constant


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new_constant


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new_constant


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _new_constant


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_CONSTANT_KINDS.update({
    Num: _num_type,
    Str: lambda v: isinstance(v, str),
    Bytes: lambda v: isinstance(v, bytes),
    NameConstant: lambda v: v is None or v is True or v is False,
    Ellipsis: lambda v: v is ...,
})

for _cls in (Num, Str, Bytes, NameConstant, Ellipsis):
    _cls.__module__ = 'ast'
del _cls


def _get_n(self):
    return self.value


def _set_n(self, value):
    self.value = value


Constant.n = property(_get_n, _set_n)
Constant.s = property(_get_n, _set_n)


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


for _cls in (slice, Index, ExtSlice, Suite, AugLoad, AugStore, Param):
    _cls.__module__ = 'ast'
del _cls


# ---- Parsing ----

def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node: compile(source, filename, mode,
    PyCF_ONLY_AST). feature_version is accepted and ignored: the parser
    reads the one grammar it knows."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    return compile(source, filename, mode, flags)


def literal_eval(node_or_string):
    """Evaluate a node or string holding only a Python literal: strings,
    bytes, numbers, tuples, lists, dicts, sets, booleans, None and
    Ellipsis, with + and - on numbers as far as complex literals need."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(' \t'), mode='eval')
    if isinstance(node, Expression):
        node = node.body
    return _literal(node)


def _malformed(node):
    msg = 'malformed node or string'
    line = getattr(node, 'lineno', None)
    if line:
        msg += ' on line %d' % line
    raise ValueError('%s: %r' % (msg, node))


def _literal_number(node):
    if isinstance(node, Constant) and type(node.value) in (int, float, complex):
        return node.value
    _malformed(node)


def _literal_signed(node):
    if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
        value = _literal_number(node.operand)
        return +value if isinstance(node.op, UAdd) else -value
    return _literal_number(node)


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, Tuple):
        return tuple([_literal(e) for e in node.elts])
    if isinstance(node, List):
        return [_literal(e) for e in node.elts]
    if isinstance(node, Set):
        return {_literal(e) for e in node.elts}
    if (isinstance(node, Call) and isinstance(node.func, Name)
            and node.func.id == 'set' and node.args == node.keywords == []):
        return set()
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _malformed(node)
        return {_literal(k): _literal(v) for k, v in zip(node.keys, node.values)}
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        left = _literal_signed(node.left)
        right = _literal_number(node.right)
        if isinstance(left, (int, float)) and isinstance(right, complex):
            return left + right if isinstance(node.op, Add) else left - right
    return _literal_signed(node)


# ---- Printing ----

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """Return the text of a tree, as CPython's ast.dump writes it."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % type(node).__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    out = []
    _Dumper(annotate_fields, include_attributes, indent, out).value(node, 0)
    return ''.join(out)


class _Dumper:
    """Writes the pieces of a dump to one list, joined once at the end:
    building each node's text from its children's copied the whole text
    once per level of nesting."""

    def __init__(self, annotate, attributes, indent, out):
        self.annotate = annotate
        self.attributes = attributes
        self.indent = indent
        self.out = out

    def separators(self, level):
        if self.indent is None:
            return ', ', ', '
        pad = self.indent * level
        return '\n' + pad, ',\n' + pad

    def args(self, node):
        """Return the (label, value) pairs node prints, label '' for a
        field printed without its name, and the class name."""
        cls = type(node)
        try:
            name, defaults_none = _dump_layouts[cls]
        except KeyError:
            name = cls.__name__
            defaults_none = frozenset(f for f in cls._fields + cls._attributes
                                      if getattr(cls, f, ...) is None)
            _dump_layouts[cls] = name, defaults_none
        pairs = []
        named = self.annotate
        for field in node._fields:
            try:
                value = getattr(node, field)
            except AttributeError:
                named = True
                continue
            if value is None and field in defaults_none:
                named = True
                continue
            pairs.append((field if named else '', value))
        if self.attributes:
            for field in node._attributes:
                try:
                    value = getattr(node, field)
                except AttributeError:
                    continue
                if value is None and field in defaults_none:
                    continue
                pairs.append((field, value))
        return name, pairs

    def value(self, value, level, node_args=None):
        """Write value at a nesting level; node_args is args(value) when
        the caller has worked it out already."""
        out = self.out
        if self.indent is not None:
            level += 1
        if isinstance(value, AST):
            name, pairs = node_args or self.args(value)
            out.append(name + '(')
            # A value is simple when it prints as one item: not a list
            # with items, not a node with something between its
            # parentheses.
            children = []
            simple = len(pairs) <= 3
            for _, v in pairs:
                if isinstance(v, AST):
                    a = self.args(v)
                    children.append(a)
                    if a[1]:
                        simple = False
                else:
                    children.append(None)
                    if isinstance(v, list) and v:
                        simple = False
            if simple:
                first, sep = '', ', '
            else:
                first, sep = self.separators(level)
                if self.indent is None:
                    first = ''
            for i, (label, v) in enumerate(pairs):
                out.append(sep if i else first)
                if label:
                    out.append(label + '=')
                self.value(v, level, children[i])
            out.append(')')
        elif isinstance(value, list):
            if not value:
                out.append('[]')
                return
            first, sep = self.separators(level)
            if self.indent is None:
                first = ''
            out.append('[')
            for i, v in enumerate(value):
                out.append(sep if i else first)
                self.value(v, level)
            out.append(']')
        else:
            out.append(repr(value))


# The name of each class dump has met and which of its fields default to
# None on the class (those print only when set to something else). A
# class's defaults are fixed when it is made, so the cache is never stale;
# two threads filling it at once store the same value.
_dump_layouts = {}


# ---- Positions ----

def copy_location(new_node, old_node):
    """Copy the source positions of old_node to new_node; return new_node."""
    for name in _POSITIONS:
        if name not in old_node._attributes or name not in new_node._attributes:
            continue
        value = getattr(old_node, name, None)
        if value is not None or (name.startswith('end_') and hasattr(old_node, name)):
            setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without positions its parent's, starting from line
    1, column 0; return node."""
    def fix(node, line, col, end_line, end_col):
        if 'lineno' in node._attributes:
            if hasattr(node, 'lineno'):
                line = node.lineno
            else:
                node.lineno = line
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_line
            else:
                end_line = node.end_lineno
        if 'col_offset' in node._attributes:
            if hasattr(node, 'col_offset'):
                col = node.col_offset
            else:
                node.col_offset = col
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col
            else:
                end_col = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, line, col, end_line, end_col)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Move every node of the tree n lines down; return node."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def _lines(source):
    """Split source into lines with their ends, at \\r\\n, \\r and \\n only."""
    out = []
    start = i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            i += 2 if source[i:i + 2] == '\r\n' else 1
            out.append(source[start:i])
            start = i
        else:
            i += 1
    if start < n:
        out.append(source[start:])
    return out


def get_source_segment(source, node, *, padded=False):
    """Return the text of source that node was parsed from, or None when
    node lacks positions. With padded, the first line is indented to the
    node's column by spaces (tabs and form feeds kept)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first = node.lineno - 1
        last = node.end_lineno - 1
        col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = _lines(source)
    if first == last:
        return lines[first].encode()[col:end_col].decode()
    head = lines[first].encode()
    pad = ''
    if padded:
        pad = ''.join(c if c in '\f\t' else ' ' for c in head[:col].decode())
    middle = lines[first + 1:last]
    return ''.join([pad + head[col:].decode()] + middle + [lines[last].encode()[:end_col].decode()])


# ---- Traversal ----

def iter_fields(node):
    """Yield (name, value) for each field node has."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node: fields that are nodes and the
    nodes in fields that are lists."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Yield node and all its descendants, breadth first."""
    from collections import deque
    pending = deque([node])
    while pending:
        node = pending.popleft()
        pending.extend(iter_child_nodes(node))
        yield node


def get_docstring(node, clean=True):
    """Return the docstring of a module, class or function node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % type(node).__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


_DEPRECATED_VISITS = ((bool, 'NameConstant'), (type(None), 'NameConstant'),
                      (int, 'Num'), (float, 'Num'), (complex, 'Num'),
                      (str, 'Str'), (bytes, 'Bytes'), (type(...), 'Ellipsis'))


class NodeVisitor:
    """Walks a tree, calling visit_<ClassName>(node) for each node that has
    such a method and generic_visit (which visits the children) for the
    others."""

    def visit(self, node):
        visitor = getattr(self, 'visit_' + type(node).__name__, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # A visitor written for Python 3.7 and before still sees its
        # constants through visit_Num, visit_Str, ... with a warning.
        for kind, name in _DEPRECATED_VISITS:
            if isinstance(node.value, kind):
                visitor = getattr(self, 'visit_' + name, None)
                if visitor is not None:
                    import warnings
                    warnings.warn('visit_%s is deprecated; add visit_Constant' % name,
                                  DeprecationWarning, 2)
                    return visitor(node)
                break
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of each
    node: the node itself, a new node, None to remove it, or (in a list
    field) a sequence of nodes to put in its place."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


def unparse(ast_obj):
    """Return Python source that parses to a tree equal to ast_obj, laid
    out as CPython's ast.unparse lays it out."""
    from _ast_unparse import unparse
    return unparse(ast_obj)
