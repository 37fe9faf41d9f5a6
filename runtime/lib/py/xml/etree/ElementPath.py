"""The path language of Element.find and friends (ElementTree's subset of
XPath): tags, '*', '.', '..', '//', '{ns}tag', '{*}tag', prefixes from a
namespaces map, and the predicates [@a], [@a='v'], [@a!='v'], [tag],
[tag='t'], [tag!='t'], [.='t'], [.!='t'], [n], [last()] and [last()-n].

A path is compiled to a list of selectors, each a function from (context,
elements) to an iterator of elements; compiled paths are cached under a
lock, so threads may search at once.
"""

import re
import _thread

_TOKEN = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])"
    r"|((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)"
    r"|\s+")

_cache = {}
_cache_lock = _thread.allocate_lock()
_CACHE_MAX = 100


def xpath_tokenizer(pattern, namespaces=None):
    """Yields (operator, tag) pairs; prefixed tags are expanded through
    namespaces, and a '' entry there is the default namespace."""
    default = namespaces.get("") if namespaces else None
    parsing_attribute = False
    for m in _TOKEN.finditer(pattern):
        op, tag = m.group(1), m.group(2)
        if op is None and tag is None:
            continue
        op = op or ""
        tag = tag or ""
        if tag and tag[0] != "{":
            if ":" in tag:
                prefix, local = tag.split(":", 1)
                if not namespaces or prefix not in namespaces:
                    raise SyntaxError("prefix %r not found in prefix map"
                                      % prefix)
                yield op, "{%s}%s" % (namespaces[prefix], local)
            elif default and not parsing_attribute:
                yield op, "{%s}%s" % (default, tag)
            else:
                yield op, tag
            parsing_attribute = False
        else:
            yield op, tag
            parsing_attribute = op == "@"


class _Context:
    __slots__ = ("root", "_parents")

    def __init__(self, root):
        self.root = root
        self._parents = None

    def parents(self):
        if self._parents is None:
            parents = {}
            for p in self.root.iter():
                for child in p:
                    parents[child] = p
            self._parents = parents
        return self._parents


def _tag_matcher(tag):
    """Returns a test for one element tag, or None when tag is plain."""
    if tag == "{*}*":
        return lambda t: isinstance(t, str)
    if tag == "{}*":
        return lambda t: isinstance(t, str) and t[:1] != "{"
    if tag[:3] == "{*}":
        local = tag[3:]
        suffix = "}" + local
        return lambda t: isinstance(t, str) and (t == local or (
            t.endswith(suffix) and t[:1] == "{"))
    if tag[-2:] == "}*":
        ns = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(ns)
    return None


def _child_step(tag):
    match = _tag_matcher(tag)
    if match is None:
        def select(context, result):
            for elem in result:
                for e in elem:
                    if e.tag == tag:
                        yield e
    else:
        def select(context, result):
            for elem in result:
                for e in elem:
                    if match(e.tag):
                        yield e
    return select


def _all_children(context, result):
    for elem in result:
        yield from elem


def _self_step(context, result):
    yield from result


def _parent_step(context, result):
    parents = context.parents()
    seen = set()
    for elem in result:
        parent = parents.get(elem)
        if parent is not None and parent not in seen:
            seen.add(parent)
            yield parent


def _descendant_step(tag):
    match = _tag_matcher(tag)
    if match is None:
        if tag[:2] == "{}":
            tag = tag[2:]

        def select(context, result):
            for elem in result:
                for e in elem.iter(tag):
                    if e is not elem:
                        yield e
    else:
        def select(context, result):
            for elem in result:
                for e in elem.iter():
                    if e is not elem and match(e.tag):
                        yield e
    return select


def _predicate(tokens):
    """Builds the selector of one [...] from its tokens (without the
    brackets)."""
    signature = "".join("'" if op[:1] in ("'", '"') and op else (op or "-")
                        for op, tag in tokens)
    values = [tag if not op else op for op, tag in tokens]
    if signature == "@-":
        key = values[1]

        def select(context, result):
            for elem in result:
                if elem.get(key) is not None:
                    yield elem
        return select
    if signature in ("@-='", "@-!='"):
        key = values[1]
        value = values[-1][1:-1]
        if tokens[2][0] == "=":
            def select(context, result):
                for elem in result:
                    if elem.get(key) == value:
                        yield elem
        else:
            def select(context, result):
                for elem in result:
                    v = elem.get(key)
                    if v is not None and v != value:
                        yield elem
        return select
    if signature == "-" and not re.match(r"-?\d+$", values[0]):
        tag = values[0]

        def select(context, result):
            for elem in result:
                if elem.find(tag) is not None:
                    yield elem
        return select
    if signature in ("-='", "-!='", ".='", ".!='"):
        value = tokens[2][0][1:-1]
        negate = tokens[1][0] == "!="
        if tokens[0][0] == ".":
            def select(context, result):
                for elem in result:
                    if ("".join(elem.itertext()) == value) != negate:
                        yield elem
        else:
            tag = tokens[0][1]

            def select(context, result):
                for elem in result:
                    for e in elem.findall(tag):
                        if ("".join(e.itertext()) == value) != negate:
                            yield elem
                            break
        return select
    if signature in ("-", "-()", "-()-"):
        if signature == "-":
            index = int(values[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if values[0] != "last":
                raise SyntaxError("unsupported function")
            if signature == "-()-":
                try:
                    index = int(values[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be "
                                      "negative")
            else:
                index = -1

        def select(context, result):
            parents = context.parents()
            for elem in result:
                parent = parents.get(elem)
                if parent is None:
                    continue
                siblings = parent.findall(elem.tag)
                try:
                    if siblings[index] is elem:
                        yield elem
                except IndexError:
                    pass
        return select
    raise SyntaxError("invalid predicate")


def _compile(path, namespaces):
    tokens = list(xpath_tokenizer(path, namespaces))
    n = len(tokens)
    selectors = []
    i = 0
    if n == 0:
        raise SyntaxError("invalid path")
    while True:
        op, tag = tokens[i]
        i += 1
        if op == "":
            selectors.append(_child_step(tag))
        elif op == "*":
            selectors.append(_all_children)
        elif op == ".":
            selectors.append(_self_step)
        elif op == "..":
            selectors.append(_parent_step)
        elif op == "//":
            if i >= n:
                raise SyntaxError("invalid path")
            op2, tag2 = tokens[i]
            i += 1
            if op2 == "*":
                tag2 = "*"
            elif op2:
                raise SyntaxError("invalid descendant")
            selectors.append(_descendant_step(tag2))
        elif op == "[":
            inner = []
            while True:
                if i >= n:
                    raise SyntaxError("invalid path")
                tok = tokens[i]
                i += 1
                if tok[0] == "]":
                    break
                inner.append(tok)
            selectors.append(_predicate(inner))
        else:
            raise KeyError(op)
        if i >= n:
            break
        if tokens[i][0] == "/":
            i += 1
            if i >= n:
                raise SyntaxError("invalid path")
    return selectors


def _selectors(path, namespaces):
    key = (path, tuple(sorted(namespaces.items())) if namespaces else None)
    with _cache_lock:
        selectors = _cache.get(key)
    if selectors is None:
        selectors = _compile(path, namespaces)
        with _cache_lock:
            if len(_cache) >= _CACHE_MAX:
                _cache.clear()
            _cache[key] = selectors
    return selectors


def _simple(path):
    """Whether path names a child tag and nothing else."""
    if "{*}" in path or "}*" in path:
        return False
    ns = False
    for ch in path:
        if ch == "{":
            ns = True
        elif ch == "}":
            ns = False
        elif not ns and ch in "/*[@.":
            return False
    return True


def iterfind(elem, path, namespaces=None):
    if path[-1:] == "/":
        path = path + "*"
    if not namespaces and _simple(path):
        if not path:
            return iter(())
        return (e for e in elem if e.tag == path)
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    result = iter((elem,))
    context = _Context(elem)
    for select in _selectors(path, namespaces):
        result = select(context, result)
    return result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    e = find(elem, path, namespaces)
    if e is None:
        return default
    return e.text or ""
