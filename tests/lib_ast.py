# The ast module: parse, the node classes, dump, literal_eval, the
# visitors and the position helpers. Every expected text below is what
# CPython 3.11 prints; the script passes under gilfree and python3.
import ast
import copy

DUMPS = [
    ('x = 1 + 2*y',
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Name(id='y', ctx=Load()))))], type_ignores=[])"),
    ('a.b[c:d:2] += -e',
     "Module(body=[AugAssign(target=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Slice(lower=Name(id='c', ctx=Load()), upper=Name(id='d', ctx=Load()), step=Constant(value=2)), ctx=Store()), op=Add(), value=UnaryOp(op=USub(), operand=Name(id='e', ctx=Load())))], type_ignores=[])"),
    ('del x, y[0]',
     "Module(body=[Delete(targets=[Name(id='x', ctx=Del()), Subscript(value=Name(id='y', ctx=Load()), slice=Constant(value=0), ctx=Del())])], type_ignores=[])"),
    ('f(*a, k=1, **kw)',
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=1)), keyword(value=Name(id='kw', ctx=Load()))]))], type_ignores=[])"),
    ('lambda a, /, b=2, *c, d, e=5, **f: a',
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=5)], kwarg=arg(arg='f'), defaults=[Constant(value=2)]), body=Name(id='a', ctx=Load())))], type_ignores=[])"),
    ('[x for x in y if x if not x]; {k: v async for k, v in z}',
     "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='x', ctx=Load()))], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=1)]))], type_ignores=[])"),
    ('x = yield',
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])"),
    ('def f(a: int = 1, *, b) -> str:\n    return b',
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], kwonlyargs=[arg(arg='b')], kw_defaults=[None], defaults=[Constant(value=1)]), body=[Return(value=Name(id='b', ctx=Load()))], decorator_list=[], returns=Name(id='str', ctx=Load()))], type_ignores=[])"),
    ("@dec\nclass C(B, metaclass=M):\n    'doc'\n    x: int = 3",
     "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Expr(value=Constant(value='doc')), AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=3), simple=1)], decorator_list=[Name(id='dec', ctx=Load())])], type_ignores=[])"),
    ('for i in range(3):\n    continue\nelse:\n    break',
     "Module(body=[For(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), body=[Continue()], orelse=[Break()])], type_ignores=[])"),
    ('while x:\n    pass',
     "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"),
    ('if a:\n    pass\nelif b:\n    x\nelse:\n    y',
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Expr(value=Name(id='x', ctx=Load()))], orelse=[Expr(value=Name(id='y', ctx=Load()))])])], type_ignores=[])"),
    ('with open(p) as f, g:\n    pass',
     "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='p', ctx=Load())], keywords=[]), optional_vars=Name(id='f', ctx=Store())), withitem(context_expr=Name(id='g', ctx=Load()))], body=[Pass()])], type_ignores=[])"),
    ('try:\n    pass\nexcept E as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    pass',
     "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='e', ctx=Load()))])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"),
    ('try:\n    pass\nexcept* E:\n    pass',
     "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"),
    ('import a.b as c, d\nfrom .. m import (x as y, z)',
     "Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d')]), ImportFrom(module='m', names=[alias(name='x', asname='y'), alias(name='z')], level=2)], type_ignores=[])"),
    ('global g\nnonlocal n',
     "Module(body=[Global(names=['g']), Nonlocal(names=['n'])], type_ignores=[])"),
    ("assert x, 'msg'",
     "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])"),
    ("f'{a!r:>{w}} {b=}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value=' b='), FormattedValue(value=Name(id='b', ctx=Load()), conversion=114)]))], type_ignores=[])"),
    ("x = None, True, ..., 1.5, 2j, b'b', u'u', 10**100",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=Ellipsis), Constant(value=1.5), Constant(value=2j), Constant(value=b'b'), Constant(value='u', kind='u'), BinOp(left=Constant(value=10), op=Pow(), right=Constant(value=100))], ctx=Load()))], type_ignores=[])"),
    ('a if b else c; a and b or c; a < b <= c is not d not in e',
     "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load()))), Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())])), Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())]))], type_ignores=[])"),
    ('(x := 5)',
     "Module(body=[Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=5)))], type_ignores=[])"),
    ('async def f():\n    await x\n    async for a in b:\n        pass\n    async with c:\n        pass',
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], decorator_list=[])], type_ignores=[])"),
    ("match p:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) if y:\n        pass\n    case None:\n        pass\n    case str() as s:\n        pass",
     "Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw'), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchAs()]), guard=Name(id='y', ctx=Load()), body=[Pass()]), match_case(pattern=MatchSingleton(value=None), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='str', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[]), name='s'), body=[Pass()])])], type_ignores=[])"),
    ('x[1:2, ::3]',
     "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[])"),
    ('{1, 2}; {}; (); [a, *b] = c',
     "Module(body=[Expr(value=Set(elts=[Constant(value=1), Constant(value=2)])), Expr(value=Dict(keys=[], values=[])), Expr(value=Tuple(elts=[], ctx=Load())), Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"),
]

for src, want in DUMPS:
    got = ast.dump(ast.parse(src))
    assert got == want, (src, got, want)
print('dumps', len(DUMPS))

# Positions, indentation and the other dump options.
src = 'def f(x):\n    """Doc.\n\n    More."""\n    return x + 1\n'
want = "Module(\n  body=[\n    FunctionDef(\n      name='f',\n      args=arguments(\n        posonlyargs=[],\n        args=[\n          arg(\n            arg='x',\n            lineno=1,\n            col_offset=6,\n            end_lineno=1,\n            end_col_offset=7)],\n        kwonlyargs=[],\n        kw_defaults=[],\n        defaults=[]),\n      body=[\n        Expr(\n          value=Constant(\n            value='Doc.\\n\\n    More.',\n            lineno=2,\n            col_offset=4,\n            end_lineno=4,\n            end_col_offset=12),\n          lineno=2,\n          col_offset=4,\n          end_lineno=4,\n          end_col_offset=12),\n        Return(\n          value=BinOp(\n            left=Name(\n              id='x',\n              ctx=Load(),\n              lineno=5,\n              col_offset=11,\n              end_lineno=5,\n              end_col_offset=12),\n            op=Add(),\n            right=Constant(\n              value=1,\n              lineno=5,\n              col_offset=15,\n              end_lineno=5,\n              end_col_offset=16),\n            lineno=5,\n            col_offset=11,\n            end_lineno=5,\n            end_col_offset=16),\n          lineno=5,\n          col_offset=4,\n          end_lineno=5,\n          end_col_offset=16)],\n      decorator_list=[],\n      lineno=1,\n      col_offset=0,\n      end_lineno=5,\n      end_col_offset=16)],\n  type_ignores=[])"
tree = ast.parse(src)
assert ast.dump(tree, indent=2, include_attributes=True) == want
assert ast.get_docstring(tree.body[0]) == 'Doc.\n\nMore.'
assert ast.get_docstring(tree.body[0], clean=False) == 'Doc.\n\n    More.'
assert ast.get_docstring(tree) is None
try:
    ast.get_docstring(tree.body[0].body[1])
except TypeError as e:
    assert str(e) == "'Return' can't have docstrings", e
else:
    raise AssertionError('get_docstring(Return)')
assert ast.dump(ast.parse('a = [1, b]'), indent='\t') == "Module(\n\tbody=[\n\t\tAssign(\n\t\t\ttargets=[\n\t\t\t\tName(id='a', ctx=Store())],\n\t\t\tvalue=List(\n\t\t\t\telts=[\n\t\t\t\t\tConstant(value=1),\n\t\t\t\t\tName(id='b', ctx=Load())],\n\t\t\t\tctx=Load()))],\n\ttype_ignores=[])"
assert ast.dump(ast.parse('f(x)', mode='eval'), annotate_fields=False) == "Expression(Call(Name('f', Load()), [Name('x', Load())], []))"
assert ast.dump(ast.parse('x', mode='single')) == "Interactive(body=[Expr(value=Name(id='x', ctx=Load()))])"
assert ast.dump(ast.parse('(int, str) -> bool', mode='func_type')) == "FunctionType(argtypes=[Name(id='int', ctx=Load()), Name(id='str', ctx=Load())], returns=Name(id='bool', ctx=Load()))"
assert ast.dump(ast.parse('x = 1  # type: int\nimport a  # type: ignore[x]\n', type_comments=True)) == "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1), type_comment='int'), Import(names=[alias(name='a')])], type_ignores=[TypeIgnore(lineno=2, tag='[x]')])"
assert ast.dump(ast.parse('x = 1  # type: int\n')) == "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"
assert ast.dump(ast.parse(b'# coding: latin-1\nx = "\xe9"\n')) == "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='é'))], type_ignores=[])"
try:
    ast.dump(1)
except TypeError as e:
    assert str(e) == "expected AST, got 'int'", e
print('dump options ok')

# Positions are byte offsets into the UTF-8 line.
e = ast.parse('é + x', mode='eval').body
assert (e.lineno, e.col_offset, e.end_lineno, e.end_col_offset) == (1, 0, 1, 6)
assert (e.right.col_offset, e.right.end_col_offset) == (5, 6)

# compile() with PyCF_ONLY_AST gives the same tree; a tree passes through.
assert ast.PyCF_ONLY_AST == 1024 and ast.PyCF_TYPE_COMMENTS == 4096
t = compile('a + 1', 'f.py', 'eval', ast.PyCF_ONLY_AST)
assert isinstance(t, ast.Expression) and ast.dump(t) == ast.dump(ast.parse('a + 1', mode='eval'))
assert compile(t, 'f.py', 'eval', ast.PyCF_ONLY_AST) is t
import __future__
for feature in __future__.all_feature_names:
    flags = getattr(__future__, feature).compiler_flag
    assert eval(compile('1 + 1', 'f', 'eval', flags)) == 2, feature
    assert isinstance(compile('1', 'f', 'eval', flags | ast.PyCF_ONLY_AST), ast.Expression)
for bad, exc, msg in [(lambda: compile('x', 'f', 'func_type'), ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST"),
                      (lambda: compile('x', 'f', 'exec', 1 << 30), ValueError, "compile(): unrecognised flags"),
                      (lambda: compile('x', 'f', 'nope'), ValueError, "compile() mode must be 'exec', 'eval' or 'single'"),
                      (lambda: compile('x', 'f', 'nope', ast.PyCF_ONLY_AST), ValueError, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'")]:
    try:
        bad()
    except exc as e:
        assert str(e) == msg, e
    else:
        raise AssertionError(msg)

# Syntax errors are compile()'s.
for src, msg, line, col in [('1 +', 'invalid syntax', 1, 4), ('foo(', "'(' was never closed", 1, 4),
                            ('x = (1,\n2 3)', 'invalid syntax. Perhaps you forgot a comma?', 2, 1),
                            ('if x:\npass', "expected an indented block after 'if' statement on line 1", 2, 1),
                            ('type X = int', 'invalid syntax', 1, 1)]:
    try:
        ast.parse(src, 'prog.py')
    except SyntaxError as e:
        assert (e.msg, e.filename, e.lineno) == (msg, 'prog.py', line), (src, e.msg, e.lineno)
        assert src.startswith('type') or e.offset == col, (src, e.offset)
    else:
        raise AssertionError(src)
try:
    ast.parse('if x:\npass')
except IndentationError:
    pass
print('parse ok')

# Node classes.
n = ast.Name(id='x', ctx=ast.Load())
assert (n.id, type(n.ctx)) == ('x', ast.Load)
assert ast.Name._fields == ('id', 'ctx') and ast.Name.__match_args__ == ('id', 'ctx')
assert ast.Name._attributes == ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
assert ast.arguments._attributes == () and ast.TypeIgnore._fields == ('lineno', 'tag')
assert ast.FunctionDef._fields == ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment')
assert ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))) == 'BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2))'
assert ast.dump(ast.Name('x')) == "Name(id='x')"
assert ast.dump(ast.Return()) == 'Return()' and ast.Return().value is None
assert ast.Name.end_lineno is None and ast.Constant.kind is None
assert ast.dump(ast.Name('x', lineno=3), include_attributes=True) == "Name(id='x', lineno=3)"
try:
    ast.Name().id
except AttributeError:
    pass
else:
    raise AssertionError('Name().id')
for make, msg in [(lambda: ast.Name('x', 'y', 'z'), 'Name constructor takes at most 2 positional arguments'),
                  (lambda: ast.Await(1, 2), 'Await constructor takes at most 1 positional argument'),
                  (lambda: ast.Load(1), 'Load constructor takes at most 0 positional arguments'),
                  (lambda: ast.Name('x', id='y'), "Name got multiple values for argument 'id'")]:
    try:
        make()
    except TypeError as e:
        assert str(e) == msg, e
    else:
        raise AssertionError(msg)
for cls, base in [(ast.Module, ast.mod), (ast.If, ast.stmt), (ast.Call, ast.expr), (ast.Store, ast.expr_context),
                  (ast.Or, ast.boolop), (ast.Pow, ast.operator), (ast.Not, ast.unaryop), (ast.IsNot, ast.cmpop),
                  (ast.ExceptHandler, ast.excepthandler), (ast.MatchAs, ast.pattern), (ast.TypeIgnore, ast.type_ignore),
                  (ast.arg, ast.AST), (ast.comprehension, ast.AST)]:
    assert issubclass(cls, base) and issubclass(base, ast.AST), cls
assert ast.parse('x').body[0].value.ctx is ast.parse('z').body[0].value.ctx
assert repr(n).startswith('<ast.Name object at ')
c = copy.deepcopy(ast.parse('a = [1, (2, b)]'))
assert ast.dump(c) == ast.dump(ast.parse('a = [1, (2, b)]'))

# The deprecated classes.
assert isinstance(ast.Constant(5), ast.Num) and not isinstance(ast.Constant('s'), ast.Num)
assert isinstance(ast.Constant('s'), ast.Str) and isinstance(ast.Constant(b's'), ast.Bytes)
assert isinstance(ast.Constant(None), ast.NameConstant) and isinstance(ast.Constant(...), ast.Ellipsis)
assert not isinstance(ast.Constant(True), ast.Num)
num = ast.Num(5)
assert type(num) is ast.Constant and num.value == 5 and num.n == 5
assert ast.dump(ast.Str('s')) == "Constant(value='s')"
assert ast.Index(ast.Name('x')).id == 'x'
print('classes ok')

# literal_eval.
for src, want in [('1', 1), ('-1', -1), ('+2.5', 2.5), ('1+2j', 1 + 2j), ('-1-2j', -1 - 2j), ('3j', 3j),
                  ("'a' 'b'", 'ab'), ("b'x'", b'x'), ('None', None), ('True', True), ('...', ...),
                  ('(1, [2, {3: "x"}])', (1, [2, {3: 'x'}])), ('{1, 2}', {1, 2}), ('set()', set()),
                  ('  \t[]', []), ('{}', {}), ('()', ()), ('0x10', 16), ('1_000', 1000), ('-0.0', -0.0)]:
    got = ast.literal_eval(src)
    assert got == want and type(got) is type(want), (src, got)
assert ast.literal_eval(ast.parse('[1, -2]', mode='eval')) == [1, -2]
assert ast.literal_eval(ast.Constant(7)) == 7
for src, what, line in [('a + b', 'Name', ' on line 1'), ('1 + 1', 'BinOp', ' on line 1'), ('-"a"', 'Constant', ' on line 1'),
                        ('f(1)', 'Call', ' on line 1'), ('set([1])', 'Call', ' on line 1'), ('[x]', 'Name', ' on line 1'),
                        ('\n\n1 * 2', 'BinOp', ' on line 3'), ('--1', 'UnaryOp', ' on line 1'), ('(1).real', 'Attribute', ' on line 1')]:
    try:
        ast.literal_eval(src)
    except ValueError as e:
        want = 'malformed node or string%s: <ast.%s object at ' % (line, what)
        assert str(e).startswith(want), (src, str(e))
    else:
        raise AssertionError(src)
for node, want in [(ast.Name('x'), 'malformed node or string: <ast.Name object at '),
                   (ast.Dict(keys=[None], values=[ast.Name('m')]), 'malformed node or string: None')]:
    try:
        ast.literal_eval(node)
    except ValueError as e:
        assert str(e).startswith(want), str(e)
    else:
        raise AssertionError(want)
try:
    ast.literal_eval('{1: 2, **m}')
except ValueError as e:
    assert str(e) == 'malformed node or string: None', e
try:
    ast.literal_eval('1 +')
except SyntaxError as e:
    assert e.msg == 'invalid syntax'
print('literal_eval ok')

# Traversal.
tree = ast.parse('def f(a):\n    return g(a) + 1\nx = f(2)\n')
assert [type(n).__name__ for n in ast.walk(tree)] == ['Module', 'FunctionDef', 'Assign', 'arguments', 'Return', 'Name', 'Call', 'arg', 'BinOp', 'Store', 'Name', 'Constant', 'Call', 'Add', 'Constant', 'Load', 'Name', 'Name', 'Load', 'Load']
assert [name for name, _ in ast.iter_fields(tree.body[1])] == ['targets', 'value', 'type_comment']
assert [type(n).__name__ for n in ast.iter_child_nodes(tree.body[1])] == ['Name', 'Call']


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))
        self.generic_visit(node)


v = Names()
v.visit(tree)
assert v.seen == [('g', 'Load', 2, 11), ('a', 'Load', 2, 13), ('x', 'Store', 3, 0), ('f', 'Load', 3, 4)], v.seen


class Consts(ast.NodeVisitor):
    def visit_Constant(self, node):
        return ('const', node.value)


assert Consts().visit(ast.Constant(3)) == ('const', 3)
assert ast.NodeVisitor().visit(tree) is None


class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=node.id.upper(), ctx=node.ctx), node)

    def visit_Constant(self, node):
        if node.value == 1:
            return ast.Constant(value=100)
        return node

    def visit_Return(self, node):
        self.generic_visit(node)
        return [ast.Pass(), node]


new = ast.fix_missing_locations(Rename().visit(tree))
assert ast.dump(new) == "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(), Return(value=BinOp(left=Call(func=Name(id='G', ctx=Load()), args=[Name(id='A', ctx=Load())], keywords=[]), op=Add(), right=Constant(value=100)))], decorator_list=[]), Assign(targets=[Name(id='X', ctx=Store())], value=Call(func=Name(id='F', ctx=Load()), args=[Constant(value=2)], keywords=[]))], type_ignores=[])", ast.dump(new)
ret = new.body[0].body[1]
assert (ret.value.right.lineno, ret.value.right.col_offset, ret.value.right.end_lineno, ret.value.right.end_col_offset) == (2, 11, 2, 19)
assert (new.body[0].body[0].lineno, new.body[0].body[0].col_offset) == (1, 0)
assert (ret.value.left.func.lineno, ret.value.left.func.end_col_offset) == (2, 12)


class Drop(ast.NodeTransformer):
    def visit_Assign(self, node):
        return None

    def visit_Return(self, node):
        node.value = None
        return node

    def visit_arguments(self, node):
        return None


d = Drop().visit(ast.parse('def f(a):\n    return a\nx = 1\n'))
assert ast.dump(d) == "Module(body=[FunctionDef(name='f', body=[Return()], decorator_list=[])], type_ignores=[])", ast.dump(d)
print('visitors ok')

# Position helpers.
src = 'x = (1 +\n     2)\nif y:\n\tz = "é" + w\n'
tree = ast.parse(src)
assert ast.get_source_segment(src, tree.body[0].value) == '1 +\n     2'
assert ast.get_source_segment(src, tree.body[1].body[0].value.left) == '"é"'
assert ast.get_source_segment(src, tree.body[1].body[0], padded=True) == 'z = "é" + w'
assert ast.get_source_segment(src, tree.body[1], padded=True) == 'if y:\n\tz = "é" + w'
assert ast.get_source_segment(src, ast.Name('q')) is None
assert ast.get_source_segment('a = (b,\r\n  c)', ast.parse('a = (b,\r\n  c)').body[0].value) == '(b,\r\n  c)'
n = ast.increment_lineno(ast.parse('a\nb'), 3)
assert [(s.lineno, s.end_lineno, s.value.lineno) for s in n.body] == [(4, 4, 4), (5, 5, 5)]
m = ast.Name('q', ast.Load())
ast.copy_location(m, tree.body[0])
assert (m.lineno, m.col_offset, m.end_lineno, m.end_col_offset) == (1, 0, 2, 7)
f = ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))))
assert ast.dump(f, include_attributes=True) == 'Expression(body=BinOp(left=Constant(value=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=0), op=Add(), right=Constant(value=2, lineno=1, col_offset=0, end_lineno=1, end_col_offset=0), lineno=1, col_offset=0, end_lineno=1, end_col_offset=0))'
print('positions ok')

# compile() of a tree, as parsed and as changed by a transformer.
tree = ast.parse('def f(a):\n    return a * 2\nresult = (f(21), [x + 1 for x in range(3)])\n')
ns = {}
exec(compile(tree, '<ast>', 'exec'), ns)
assert ns['result'] == (42, [1, 2, 3])


class Times10(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node


ns = {}
exec(compile(ast.fix_missing_locations(Times10().visit(tree)), '<ast>', 'exec'), ns)
assert ns['result'] == (4200, list(range(10, 40))), ns['result']
expr = ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))))
assert eval(compile(expr, '<ast>', 'eval')) == 3
at = dict(lineno=1, col_offset=0)
for make, exc, msg in [
        (lambda: compile(ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []), 'f', 'exec'), TypeError, 'required field "lineno" missing from stmt'),
        (lambda: compile(ast.Expression(ast.Name('x', ast.Load())), 'f', 'exec'), TypeError, 'expected Module node, got Expression'),
        (lambda: compile(ast.Module([ast.Expr(ast.Name('x', ast.Load(), **at), **at)]), 'f', 'exec'), TypeError, 'required field "type_ignores" missing from Module'),
        (lambda: compile(ast.Module([ast.Expr(ast.Name(None, ast.Load(), **at), **at)], []), 'f', 'exec'), ValueError, "field 'id' is required for Name"),
        (lambda: compile(ast.Module([ast.Expr(ast.Constant([1], **at), **at)], []), 'f', 'exec'), TypeError, 'got an invalid type in Constant: list'),
        (lambda: compile(ast.Module((), []), 'f', 'exec'), TypeError, 'Module field "body" must be a list, not a tuple')]:
    try:
        make()
    except exc as e:
        assert str(e) == msg, (str(e), msg)
    else:
        raise AssertionError(msg)
try:
    compile(ast.Module([ast.Name('x', ast.Load(), **at)], []), 'f', 'exec')
except TypeError as e:
    assert str(e).startswith('expected some sort of stmt, but got <ast.Name object at '), e
print('compile ok')

# unparse lays out source as CPython does.
UNPARSE = [
    ('x = (a + b) * c ** -d ** e',
     'x = (a + b) * c ** (-d ** e)'),
    ('print(f\'{x!r:>{width}} and {y}\\n\', f"{\'q\'}", rf\'\\d{z}\')',
     'print(f\'{x!r:>{width}} and {y}\\n\', f"{\'q\'}", f\'\\\\d{z}\')'),
    ("def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    '''Doc.'''\n    return (yield x)",
     'def f(a, /, b: int=1, *args, c, d=2, **kw) -> None:\n    """Doc."""\n    return (yield x)'),
    ('@dec\nclass C(B, metaclass=M):\n    pass\nx = 1',
     '@dec\nclass C(B, metaclass=M):\n    pass\nx = 1'),
    ('lambda: 0\nlambda *a, **k: (a, k)',
     'lambda: 0\nlambda *a, **k: (a, k)'),
    ('if a:\n    pass\nelif b:\n    pass\nelse:\n    x = not a and (b or c)',
     'if a:\n    pass\nelif b:\n    pass\nelse:\n    x = not a and (b or c)'),
    ('try:\n    pass\nexcept (E, F) as e:\n    raise X from e\nfinally:\n    del a[1:2, ::3], b.c',
     'try:\n    pass\nexcept (E, F) as e:\n    raise X from e\nfinally:\n    del a[1:2, ::3], b.c'),
    ('with open(p) as f, g():\n    for i, j in enumerate(f):\n        continue\n    else:\n        break',
     'with open(p) as f, g():\n    for i, j in enumerate(f):\n        continue\n    else:\n        break'),
    ("t = ()\nt = (1,)\ns = {*()}\nd = {**a, 'k': [x async for x in y if x]}",
     "t = ()\nt = (1,)\ns = {*()}\nd = {**a, 'k': [x async for x in y if x]}"),
    ("x = 1 .real + 1.5e300 * 1e309 - 2j\nglobal g\nassert x, 'm'",
     "x = 1 .real + 1.5e+300 * 1e309 - 2j\nglobal g\nassert x, 'm'"),
    ('(x := 10)\nawait y\nfrom ..m import a as b, c',
     '(x := 10)\nawait y\nfrom ..m import a as b, c'),
    ('a[b:c] = -x if y else z\nx: int = 3\n(y): str',
     'a[b:c] = -x if y else z\nx: int = 3\n(y): str'),
]
for src, want in UNPARSE:
    got = ast.unparse(ast.parse(src))
    assert got == want, (src, got, want)
    assert ast.dump(ast.parse(got)) == ast.dump(ast.parse(src)), src
assert ast.unparse(ast.parse('x + 1', mode='eval')) == 'x + 1'
assert ast.unparse(ast.BinOp(ast.Name('a'), ast.Mult(), ast.BinOp(ast.Name('b'), ast.Add(), ast.Constant(1)))) == 'a * (b + 1)'
print('unparse', len(UNPARSE))

# Threads parse, dump, compile and unparse at once.
import threading
SRC = 'def f(a, *b):\n    """d"""\n    return [x ** 2 for x in b if x] + {a: f"{a!r}"}\n' * 20
WANT = ast.dump(ast.parse(SRC), include_attributes=True)
bad = []


def work():
    for _ in range(5):
        t = ast.parse(SRC)
        if ast.dump(t, include_attributes=True) != WANT or ast.unparse(t) != ast.unparse(ast.parse(SRC)):
            bad.append(t)
        compile(t, '<ast>', 'exec')


threads = [threading.Thread(target=work) for _ in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
assert not bad
print('threads ok')
print("ok")
