"""ast.unparse: source text from a tree, as CPython 3.11 writes it.

Kept apart from ast.py, which imports it on the first unparse, so that
importing ast does not compile it. The layout rules are CPython's (one
statement a line, four-space indents, a blank line before each def and
class, the fewest parentheses that keep the tree's meaning), because
programs compare unparse's text.
"""

import sys
from ast import (AST, NodeVisitor, Constant, Expr, Name, Tuple, JoinedStr,
                 FormattedValue, If, FunctionDef, AsyncFunctionDef, ClassDef,
                 Module)

# Binding strength of each kind of expression, weakest first. An operand
# whose own strength is below what its place needs gets parentheses.
NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP = range(1, 9)
EXPR = BOR = 9
BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM = range(10, 19)

UNARY = {'Invert': ('~', FACTOR), 'Not': ('not', NOT), 'UAdd': ('+', FACTOR), 'USub': ('-', FACTOR)}
BINARY = {'Add': ('+', ARITH), 'Sub': ('-', ARITH), 'Mult': ('*', TERM), 'MatMult': ('@', TERM),
          'Div': ('/', TERM), 'Mod': ('%', TERM), 'LShift': ('<<', SHIFT), 'RShift': ('>>', SHIFT),
          'BitOr': ('|', BOR), 'BitXor': ('^', BXOR), 'BitAnd': ('&', BAND), 'FloorDiv': ('//', TERM),
          'Pow': ('**', POWER)}
COMPARE = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
           'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
BOOL = {'And': ('and', AND), 'Or': ('or', OR)}

# An infinite float has no literal; a number too big for a float reads as
# one.
INF = '1e' + repr(sys.float_info.max_10_exp + 1)

QUOTES = ("'", '"', '"""', "'''")
TRIPLE = ('"""', "'''")


def _escape(c):
    """The unicode_escape codec's text for one character."""
    special = {'\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r'}
    if c in special:
        return special[c]
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


class _Paren:
    """A context manager that writes an opening and a closing text around
    its body when cond holds."""

    __slots__ = ('out', 'start', 'end', 'cond')

    def __init__(self, out, start, end, cond=True):
        self.out, self.start, self.end, self.cond = out, start, end, cond

    def __enter__(self):
        if self.cond:
            self.out.write(self.start)

    def __exit__(self, *exc):
        if self.cond:
            self.out.write(self.end)


class Unparser(NodeVisitor):
    def __init__(self, avoid_backslashes=False):
        self.parts = []
        self.strength = {}
        self.ignores = {}
        self.level = 0
        self.in_try_star = False
        self.avoid_backslashes = avoid_backslashes

    # ---- Output ----

    def visit(self, node):
        self.parts = []
        self.emit(node)
        return ''.join(self.parts)

    def emit(self, node):
        if isinstance(node, list):
            for item in node:
                self.emit(item)
        else:
            NodeVisitor.visit(self, node)

    def write(self, *texts):
        self.parts.extend(texts)

    def line(self, text=''):
        """Start a new line at the current indentation."""
        if self.parts:
            self.write('\n')
        self.write('    ' * self.level + text)

    def blank_line(self):
        if self.parts:
            self.write('\n')

    def joined(self, sep, fn, items):
        first = True
        for item in items:
            if first:
                first = False
            elif callable(sep):
                sep()
            else:
                self.write(sep)
            fn(item)

    def capture(self, fn, *args):
        """Return what fn(*args) writes instead of writing it."""
        saved = self.parts
        self.parts = []
        try:
            fn(*args)
            return self.parts
        finally:
            self.parts = saved

    def body(self, stmts, extra=None):
        self.write(':')
        if extra:
            self.write(extra)
        self.level += 1
        self.emit(stmts)
        self.level -= 1

    def parens(self, start, end, cond=True):
        return _Paren(self, start, end, cond)

    def needs(self, strength, node):
        """Parentheses around node when its place binds more strongly."""
        return _Paren(self, '(', ')', self.strength.get(node, TEST) > strength)

    def set_strength(self, strength, *nodes):
        for node in nodes:
            self.strength[node] = strength

    def type_comment(self, node):
        comment = self.ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return ' # type: ' + comment
        return None

    # ---- Modules and docstrings ----

    def visit_Module(self, node):
        self.ignores = {ig.lineno: 'ignore' + ig.tag for ig in node.type_ignores}
        self.docstring_and_body(node)
        self.ignores.clear()

    def visit_Expression(self, node):
        self.emit(node.body)

    def visit_FunctionType(self, node):
        with self.parens('(', ')'):
            self.joined(', ', self.emit, node.argtypes)
        self.write(' -> ')
        self.emit(node.returns)

    def docstring_and_body(self, node):
        doc = None
        if (isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) and node.body
                and isinstance(node.body[0], Expr) and isinstance(node.body[0].value, Constant)
                and isinstance(node.body[0].value.value, str)):
            doc = node.body[0].value
        if doc is not None:
            self.line()
            if doc.kind == 'u':
                self.write('u')
            self.str_without_backslashes(doc.value, TRIPLE)
            self.emit(node.body[1:])
        else:
            self.emit(node.body)

    # ---- Simple statements ----

    def visit_Expr(self, node):
        self.line()
        self.set_strength(YIELD, node.value)
        self.emit(node.value)

    def visit_Import(self, node):
        self.line('import ')
        self.joined(', ', self.emit, node.names)

    def visit_ImportFrom(self, node):
        self.line('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.joined(', ', self.emit, node.names)

    def visit_Assign(self, node):
        self.line()
        for target in node.targets:
            self.set_strength(TUPLE, target)
            self.emit(target)
            self.write(' = ')
        self.emit(node.value)
        comment = self.type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.line()
        self.emit(node.target)
        self.write(' ' + BINARY[type(node.op).__name__][0] + '= ')
        self.emit(node.value)

    def visit_AnnAssign(self, node):
        self.line()
        with self.parens('(', ')', not node.simple and isinstance(node.target, Name)):
            self.emit(node.target)
        self.write(': ')
        self.emit(node.annotation)
        if node.value:
            self.write(' = ')
            self.emit(node.value)

    def visit_Return(self, node):
        self.line('return')
        if node.value:
            self.write(' ')
            self.emit(node.value)

    def visit_Pass(self, node):
        self.line('pass')

    def visit_Break(self, node):
        self.line('break')

    def visit_Continue(self, node):
        self.line('continue')

    def visit_Delete(self, node):
        self.line('del ')
        self.joined(', ', self.emit, node.targets)

    def visit_Assert(self, node):
        self.line('assert ')
        self.emit(node.test)
        if node.msg:
            self.write(', ')
            self.emit(node.msg)

    def visit_Global(self, node):
        self.line('global ')
        self.joined(', ', self.write, node.names)

    def visit_Nonlocal(self, node):
        self.line('nonlocal ')
        self.joined(', ', self.write, node.names)

    def visit_Raise(self, node):
        self.line('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.emit(node.exc)
        if node.cause:
            self.write(' from ')
            self.emit(node.cause)

    # ---- Compound statements ----

    def try_statement(self, node, star):
        saved = self.in_try_star
        self.in_try_star = star
        try:
            self.line('try')
            self.body(node.body)
            self.emit(node.handlers)
            if node.orelse:
                self.line('else')
                self.body(node.orelse)
            if node.finalbody:
                self.line('finally')
                self.body(node.finalbody)
        finally:
            self.in_try_star = saved

    def visit_Try(self, node):
        self.try_statement(node, False)

    def visit_TryStar(self, node):
        self.try_statement(node, True)

    def visit_ExceptHandler(self, node):
        self.line('except*' if self.in_try_star else 'except')
        if node.type:
            self.write(' ')
            self.emit(node.type)
        if node.name:
            self.write(' as ')
            self.write(node.name)
        self.body(node.body)

    def visit_ClassDef(self, node):
        self.blank_line()
        for deco in node.decorator_list:
            self.line('@')
            self.emit(deco)
        self.line('class ' + node.name)
        with self.parens('(', ')', node.bases or node.keywords):
            self.joined(', ', self.emit, node.bases + node.keywords)
        self.write(':')
        self.level += 1
        self.docstring_and_body(node)
        self.level -= 1

    def function(self, node, keyword):
        self.blank_line()
        for deco in node.decorator_list:
            self.line('@')
            self.emit(deco)
        self.line(keyword + ' ' + node.name)
        with self.parens('(', ')'):
            self.emit(node.args)
        if node.returns:
            self.write(' -> ')
            self.emit(node.returns)
        self.write(':')
        comment = self.type_comment(node)
        if comment:
            self.write(comment)
        self.level += 1
        self.docstring_and_body(node)
        self.level -= 1

    def visit_FunctionDef(self, node):
        self.function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self.function(node, 'async def')

    def for_statement(self, node, keyword):
        self.line(keyword)
        self.set_strength(TUPLE, node.target)
        self.emit(node.target)
        self.write(' in ')
        self.emit(node.iter)
        self.body(node.body, self.type_comment(node))
        if node.orelse:
            self.line('else')
            self.body(node.orelse)

    def visit_For(self, node):
        self.for_statement(node, 'for ')

    def visit_AsyncFor(self, node):
        self.for_statement(node, 'async for ')

    def visit_If(self, node):
        self.line('if ')
        self.emit(node.test)
        self.body(node.body)
        # An else holding only an if is written as elif.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.line('elif ')
            self.emit(node.test)
            self.body(node.body)
        if node.orelse:
            self.line('else')
            self.body(node.orelse)

    def visit_While(self, node):
        self.line('while ')
        self.emit(node.test)
        self.body(node.body)
        if node.orelse:
            self.line('else')
            self.body(node.orelse)

    def with_statement(self, node, keyword):
        self.line(keyword)
        self.joined(', ', self.emit, node.items)
        self.body(node.body, self.type_comment(node))

    def visit_With(self, node):
        self.with_statement(node, 'with ')

    def visit_AsyncWith(self, node):
        self.with_statement(node, 'async with ')

    def visit_withitem(self, node):
        self.emit(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.emit(node.optional_vars)

    def visit_Match(self, node):
        self.line('match ')
        self.emit(node.subject)
        self.write(':')
        self.level += 1
        self.emit(node.cases)
        self.level -= 1

    def visit_match_case(self, node):
        self.line('case ')
        self.emit(node.pattern)
        if node.guard:
            self.write(' if ')
            self.emit(node.guard)
        self.body(node.body)

    # ---- Strings ----

    def quoted(self, text, quotes, escape_whitespace=False):
        """Return text escaped for a literal and the quotes that can
        enclose it, best first."""
        chars = []
        for c in text:
            if c in '\n\t' and not escape_whitespace:
                chars.append(c)
            elif c == '\\' or not c.isprintable():
                chars.append(_escape(c))
            else:
                chars.append(c)
        escaped = ''.join(chars)
        usable = list(quotes)
        if '\n' in escaped:
            usable = [q for q in usable if q in TRIPLE]
        usable = [q for q in usable if q not in escaped]
        if not usable:
            # No quote fits: repr's escaping, in one of the quotes asked
            # for when repr's own quote is one.
            r = repr(text)
            quote = next((q for q in quotes if r[0] in q), r[0])
            return r[1:-1], [quote]
        if escaped:
            # Prefer a quote other than the text's last character; a
            # triple quote that must still end the text escapes it.
            usable.sort(key=lambda q: q[0] == escaped[-1])
            if usable[0][0] == escaped[-1]:
                escaped = escaped[:-1] + '\\' + escaped[-1]
        return escaped, usable

    def str_without_backslashes(self, text, quotes=QUOTES):
        text, usable = self.quoted(text, quotes)
        self.write(usable[0] + text + usable[0])

    def visit_JoinedStr(self, node):
        self.write('f')
        if self.avoid_backslashes:
            inner = ''.join(self.capture(self.fstring_inner, node))
            self.str_without_backslashes(inner)
            return
        # Escapes are allowed in the literal parts, not in the fields.
        quotes = list(QUOTES)
        pieces = []
        for value in node.values:
            text = ''.join(self.capture(self.fstring_inner, value))
            text, quotes = self.quoted(text, quotes, isinstance(value, Constant))
            pieces.append(text)
        self.write(quotes[0] + ''.join(pieces) + quotes[0])

    def visit_FormattedValue(self, node):
        self.write('f')
        self.str_without_backslashes(''.join(self.capture(self.fstring_inner, node)))

    def fstring_inner(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_inner(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            inner = Unparser(avoid_backslashes=True)
            inner.set_strength(TEST + 1, node.value)
            expr = inner.visit(node.value)
            if expr.startswith('{'):
                expr = ' ' + expr  # "{ {" rather than "{{"
            if '\\' in expr:
                raise ValueError('Unable to avoid backslash in f-string expression part')
            self.write('{', expr)
            if node.conversion != -1:
                self.write('!' + chr(node.conversion))
            if node.format_spec:
                self.write(':')
                self.fstring_inner(node.format_spec)
            self.write('}')
        else:
            raise ValueError('Unexpected node inside JoinedStr, %r' % (node,))

    # ---- Expressions ----

    def visit_Name(self, node):
        self.write(node.id)

    def constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace('inf', INF))
        elif self.avoid_backslashes and isinstance(value, str):
            self.str_without_backslashes(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            with self.parens('(', ')'):
                self.items(self.constant, value)
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self.constant(value)

    def items(self, fn, items):
        """Write a tuple's items: one item keeps its comma."""
        if len(items) == 1:
            fn(items[0])
            self.write(',')
        else:
            self.joined(', ', fn, items)

    def visit_NamedExpr(self, node):
        with self.needs(NAMED_EXPR, node):
            self.set_strength(ATOM, node.target, node.value)
            self.emit(node.target)
            self.write(' := ')
            self.emit(node.value)

    def visit_Await(self, node):
        with self.needs(AWAIT, node):
            self.write('await')
            if node.value:
                self.write(' ')
                self.set_strength(ATOM, node.value)
                self.emit(node.value)

    def visit_Yield(self, node):
        with self.needs(YIELD, node):
            self.write('yield')
            if node.value:
                self.write(' ')
                self.set_strength(ATOM, node.value)
                self.emit(node.value)

    def visit_YieldFrom(self, node):
        with self.needs(YIELD, node):
            self.write('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_strength(ATOM, node.value)
            self.emit(node.value)

    def visit_List(self, node):
        with self.parens('[', ']'):
            self.joined(', ', self.emit, node.elts)

    def comprehension(self, start, end, node, head):
        with self.parens(start, end):
            head()
            self.emit(node.generators)

    def visit_ListComp(self, node):
        self.comprehension('[', ']', node, lambda: self.emit(node.elt))

    def visit_GeneratorExp(self, node):
        self.comprehension('(', ')', node, lambda: self.emit(node.elt))

    def visit_SetComp(self, node):
        self.comprehension('{', '}', node, lambda: self.emit(node.elt))

    def visit_DictComp(self, node):
        def head():
            self.emit(node.key)
            self.write(': ')
            self.emit(node.value)
        self.comprehension('{', '}', node, head)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_strength(TUPLE, node.target)
        self.emit(node.target)
        self.write(' in ')
        self.set_strength(TEST + 1, node.iter, *node.ifs)
        self.emit(node.iter)
        for cond in node.ifs:
            self.write(' if ')
            self.emit(cond)

    def visit_IfExp(self, node):
        with self.needs(TEST, node):
            self.set_strength(TEST + 1, node.body, node.test)
            self.emit(node.body)
            self.write(' if ')
            self.emit(node.test)
            self.write(' else ')
            self.set_strength(TEST, node.orelse)
            self.emit(node.orelse)

    def visit_Set(self, node):
        if node.elts:
            with self.parens('{', '}'):
                self.joined(', ', self.emit, node.elts)
        else:
            # set() could name something else; {*()} cannot.
            self.write('{*()}')

    def visit_Dict(self, node):
        def item(pair):
            key, value = pair
            if key is None:
                self.write('**')
                self.set_strength(EXPR, value)
                self.emit(value)
            else:
                self.emit(key)
                self.write(': ')
                self.emit(value)
        with self.parens('{', '}'):
            self.joined(', ', item, zip(node.keys, node.values))

    def visit_Tuple(self, node):
        with self.parens('(', ')', len(node.elts) == 0 or self.strength.get(node, TEST) > TUPLE):
            self.items(self.emit, node.elts)

    def visit_UnaryOp(self, node):
        op, strength = UNARY[type(node.op).__name__]
        with self.needs(strength, node):
            self.write(op)
            if strength != FACTOR:
                self.write(' ')
            self.set_strength(strength, node.operand)
            self.emit(node.operand)

    def visit_BinOp(self, node):
        op, strength = BINARY[type(node.op).__name__]
        with self.needs(strength, node):
            # ** groups to the right, the others to the left.
            if op == '**':
                left, right = strength + 1, strength
            else:
                left, right = strength, strength + 1
            self.set_strength(left, node.left)
            self.emit(node.left)
            self.write(' ' + op + ' ')
            self.set_strength(right, node.right)
            self.emit(node.right)

    def visit_Compare(self, node):
        with self.needs(CMP, node):
            self.set_strength(CMP + 1, node.left, *node.comparators)
            self.emit(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.write(' ' + COMPARE[type(op).__name__] + ' ')
                self.emit(right)

    def visit_BoolOp(self, node):
        op, strength = BOOL[type(node.op).__name__]
        level = [strength]

        def operand(value):
            # Each operand binds one step more tightly than the last.
            level[0] += 1
            self.set_strength(level[0], value)
            self.emit(value)
        with self.needs(strength, node):
            self.joined(' ' + op + ' ', operand, node.values)

    def visit_Attribute(self, node):
        self.set_strength(ATOM, node.value)
        self.emit(node.value)
        # "1.real" would read as a float: "1 .real".
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.')
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_strength(ATOM, node.func)
        self.emit(node.func)
        with self.parens('(', ')'):
            self.joined(', ', self.emit, node.args + node.keywords)

    def visit_Subscript(self, node):
        self.set_strength(ATOM, node.value)
        self.emit(node.value)
        with self.parens('[', ']'):
            if isinstance(node.slice, Tuple) and node.slice.elts:
                self.items(self.emit, node.slice.elts)
            else:
                self.emit(node.slice)

    def visit_Starred(self, node):
        self.write('*')
        self.set_strength(EXPR, node.value)
        self.emit(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.emit(node.lower)
        self.write(':')
        if node.upper:
            self.emit(node.upper)
        if node.step:
            self.write(':')
            self.emit(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.emit(node.annotation)

    def visit_arguments(self, node):
        pieces = []  # one callable per comma-separated piece

        def default(arg, value):
            def write():
                self.emit(arg)
                if value:
                    self.write('=')
                    self.emit(value)
            return write
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for i, (arg, value) in enumerate(zip(positional, defaults), 1):
            pieces.append(default(arg, value))
            if i == len(node.posonlyargs):
                pieces.append(lambda: self.write('/'))
        if node.vararg or node.kwonlyargs:
            def star():
                self.write('*')
                if node.vararg:
                    self.write(node.vararg.arg)
                    if node.vararg.annotation:
                        self.write(': ')
                        self.emit(node.vararg.annotation)
            pieces.append(star)
        for arg, value in zip(node.kwonlyargs, node.kw_defaults):
            pieces.append(default(arg, value))
        if node.kwarg:
            def kwarg():
                self.write('**' + node.kwarg.arg)
                if node.kwarg.annotation:
                    self.write(': ')
                    self.emit(node.kwarg.annotation)
            pieces.append(kwarg)
        self.joined(', ', lambda piece: piece(), pieces)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg, '=')
        self.emit(node.value)

    def visit_Lambda(self, node):
        with self.needs(TEST, node):
            self.write('lambda')
            params = self.capture(self.emit, node.args)
            if params:
                self.write(' ', *params)
            self.write(': ')
            self.set_strength(TEST, node.body)
            self.emit(node.body)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    # ---- Patterns ----

    def visit_MatchValue(self, node):
        self.emit(node.value)

    def visit_MatchSingleton(self, node):
        self.constant(node.value)

    def visit_MatchSequence(self, node):
        with self.parens('[', ']'):
            self.joined(', ', self.emit, node.patterns)

    def visit_MatchStar(self, node):
        self.write('*' + (node.name if node.name is not None else '_'))

    def visit_MatchMapping(self, node):
        def pair(kp):
            self.emit(kp[0])
            self.write(': ')
            self.emit(kp[1])
        with self.parens('{', '}'):
            self.joined(', ', pair, zip(node.keys, node.patterns))
            if node.rest is not None:
                if node.keys:
                    self.write(', ')
                self.write('**' + node.rest)

    def visit_MatchClass(self, node):
        self.set_strength(ATOM, node.cls)
        self.emit(node.cls)
        with self.parens('(', ')'):
            self.joined(', ', self.emit, node.patterns)
            if node.kwd_attrs:
                if node.patterns:
                    self.write(', ')

                def keyword(pair):
                    self.write(pair[0] + '=')
                    self.emit(pair[1])
                self.joined(', ', keyword, zip(node.kwd_attrs, node.kwd_patterns))

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            with self.needs(TEST, node):
                self.set_strength(BOR, node.pattern)
                self.emit(node.pattern)
                self.write(' as ' + node.name)

    def visit_MatchOr(self, node):
        with self.needs(BOR, node):
            self.set_strength(BOR + 1, *node.patterns)
            self.joined(' | ', self.emit, node.patterns)


def unparse(node):
    return Unparser().visit(node)
