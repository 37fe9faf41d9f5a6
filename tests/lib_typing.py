# typing: the hint objects and their reprs, user generics, Protocol,
# NamedTuple, TypedDict, NewType, get_type_hints, get_origin/get_args.
import typing
from typing import (Any, Union, Optional, List, Dict, Set, Tuple, FrozenSet, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, Type, TypeVar, Generic,
                    Protocol, runtime_checkable, NamedTuple, TypedDict, Literal, Final,
                    ClassVar, Annotated, cast, overload, no_type_check, get_type_hints,
                    get_origin, get_args, TYPE_CHECKING, NewType, Self, Never, NoReturn,
                    SupportsInt, AnyStr, ForwardRef, final)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V', covariant=True)
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str, contravariant=True)

reprs = {
    List[int]: "typing.List[int]",
    Dict[str, List[int]]: "typing.Dict[str, typing.List[int]]",
    Optional[int]: "typing.Optional[int]",
    Union[int, str]: "typing.Union[int, str]",
    Union[int, str, None]: "typing.Union[int, str, NoneType]",
    Callable[[int, str], bool]: "typing.Callable[[int, str], bool]",
    Callable[..., int]: "typing.Callable[..., int]",
    Tuple[int, ...]: "typing.Tuple[int, ...]",
    Tuple[int, str]: "typing.Tuple[int, str]",
    Set[int]: "typing.Set[int]",
    FrozenSet[str]: "typing.FrozenSet[str]",
    Type[int]: "typing.Type[int]",
    Iterable[T]: "typing.Iterable[~T]",
    Iterator[int]: "typing.Iterator[int]",
    Generator[int, None, None]: "typing.Generator[int, NoneType, NoneType]",
    ClassVar[int]: "typing.ClassVar[int]",
    Final[str]: "typing.Final[str]",
    Literal[1, 'a']: "typing.Literal[1, 'a']",
    Annotated[int, 'meta']: "typing.Annotated[int, 'meta']",
    Optional[List[T]]: "typing.Optional[typing.List[~T]]",
    Sequence[int]: "typing.Sequence[int]",
    Mapping[str, int]: "typing.Mapping[str, int]",
    Dict[K, V][str, int]: "typing.Dict[str, int]",
}
for hint, text in reprs.items():
    assert repr(hint) == text, (repr(hint), text)
assert repr(List) == "typing.List" and repr(Any) == "typing.Any" and repr(Self) == "typing.Self"
assert repr(Never) == "typing.Never" and repr(NoReturn) == "typing.NoReturn"
assert repr(T) == "~T" and repr(V) == "+V" and repr(B) == "-B" and repr(AnyStr) == "~AnyStr"
assert N.__constraints__ == (int, float) and B.__bound__ is str and T.__name__ == 'T'
assert Union[int] is int and Union[int, Union[str, int]] == Union[int, str]
assert Union[int, str] == Union[str, int] and Optional[int] == Union[int, None]
assert Literal[1, 2] == Literal[2, 1] and List[int] == List[int] and List[int] != List[str]
assert hash(List[int]) == hash(List[int]) and len({Dict[str, int], Dict[str, int]}) == 1

assert get_origin(List[int]) is list and get_origin(Dict[str, int]) is dict
assert get_origin(Union[int, str]) is Union and get_origin(Annotated[int, 1]) is Annotated
assert get_origin(int) is None and get_origin(Generic) is Generic
assert get_args(Dict[str, int]) == (str, int) and get_args(Callable[[int], str]) == ([int], str)
assert get_args(Optional[int]) == (int, type(None)) and get_args(int) == ()
assert get_args(Annotated[int, 'a', 'b']) == (int, 'a', 'b') and Annotated[int, 1].__metadata__ == (1,)
assert get_origin(list[int]) is list and get_args(dict[str, int]) == (str, int)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
assert s.pop() == 2 and isinstance(s, Stack) and s.__orig_class__ == Stack[int]
assert repr(Stack[int]) == "__main__.Stack[int]" and Stack.__parameters__ == (T,)
assert Stack.__orig_bases__ == (Generic[T],) and Generic in Stack.__mro__


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


assert repr(Pair[str, int]) == "__main__.Pair[str, int]" and Pair.__parameters__ == (K, V)
assert Pair('a', 1).v == 1


class IntStack(Stack[int]):
    pass


assert IntStack.__parameters__ == () and IntStack().items == []
try:
    Generic[int]
    assert False
except TypeError as e:
    assert str(e) == "Parameters to Generic[...] must all be type variables or parameter specification variables."
try:
    Pair[int]
    assert False
except TypeError as e:
    assert str(e).startswith("Too few arguments for")
try:
    isinstance([], List[int])
    assert False
except TypeError as e:
    assert str(e) == "Subscripted generics cannot be used with class and instance checks"
assert isinstance([], List) and issubclass(list, Sequence) and isinstance({}, Mapping)
assert isinstance(iter([]), Iterator) and not isinstance(3, Iterable)
try:
    List()
    assert False
except TypeError as e:
    assert str(e) == "Type List cannot be instantiated; use list() instead"
try:
    isinstance(3, Any)
    assert False
except TypeError as e:
    assert str(e) == "typing.Any cannot be used with isinstance()"


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self):
        return "closed"


assert isinstance(File(), Closer) and not isinstance(1, Closer) and issubclass(File, Closer)
assert not issubclass(int, Closer)


class NotRuntime(Protocol):
    def x(self):
        ...


try:
    isinstance(1, NotRuntime)
    assert False
except TypeError as e:
    assert str(e) == "Instance and class checks can only be used with @runtime_checkable protocols"
try:
    Closer()
    assert False
except TypeError as e:
    assert str(e) == "Protocols cannot be instantiated"


class Implements(Closer):
    def close(self):
        return 1


assert Implements().close() == 1 and isinstance(Implements(), Closer)
assert isinstance(3, SupportsInt) and not isinstance('x', SupportsInt)


class Employee(NamedTuple):
    name: str
    id: int = 3

    def hi(self):
        return 'hi ' + self.name


e = Employee('a')
assert repr(e) == "Employee(name='a', id=3)" and e.hi() == 'hi a' and e == ('a', 3)
assert Employee._fields == ('name', 'id') and Employee._field_defaults == {'id': 3}
assert Employee.__annotations__ == {'name': str, 'id': int} and isinstance(e, tuple)
assert e._replace(id=5).id == 5
P2 = NamedTuple('P2', [('x', int), ('y', int)])
assert repr(P2(1, 2)) == "P2(x=1, y=2)" and P2.__annotations__ == {'x': int, 'y': int}
try:
    class BadNT(NamedTuple):
        x: int = 1
        y: int
    assert False
except TypeError as e:
    assert str(e) == "Non-default namedtuple field y cannot follow default field x"


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title='x', year=1)
assert m == {'title': 'x', 'year': 1} and type(m) is dict
assert Movie.__required_keys__ == {'title', 'year'} and Movie.__total__ is True


class Extended(Movie, total=False):
    extra: str


assert Extended.__optional_keys__ == {'extra'} and sorted(Extended.__annotations__) == ['extra', 'title', 'year']
TD = TypedDict('TD', {'a': int})
assert TD(a=1) == {'a': 1} and TD.__annotations__ == {'a': int}

UserId = NewType('UserId', int)
assert UserId(5) == 5 and type(UserId(5)) is int and repr(UserId) == "__main__.UserId"
assert UserId.__supertype__ is int
assert cast(int, 'x') == 'x' and TYPE_CHECKING is False


def annotated(a: 'int', b: List['Stack'] = None) -> 'str':
    return str(a)


assert get_type_hints(annotated) == {'a': int, 'b': List[Stack], 'return': str}
assert annotated.__annotations__['a'] == 'int'


class HasHints:
    x: int
    y: 'List[int]'


class MoreHints(HasHints):
    z: ClassVar[int] = 1
    w: Annotated[int, 'unit']


assert get_type_hints(MoreHints) == {'x': int, 'y': List[int], 'z': ClassVar[int], 'w': int}
assert get_type_hints(MoreHints, include_extras=True)['w'] == Annotated[int, 'unit']


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


assert double(2) == 4 and double('a') == 'aa'


@overload
def only_overload(x: int) -> int:
    ...


try:
    only_overload(1)
    assert False
except NotImplementedError:
    pass


@no_type_check
def unchecked(x: 'not a type') -> None:
    return x


assert unchecked(3) == 3 and unchecked.__no_type_check__ is True


@final
class Leaf:
    pass


assert Leaf.__final__ is True
assert repr(ForwardRef('x')) == "ForwardRef('x')" and ForwardRef('x') == ForwardRef('x')
assert typing.Text is str and repr(typing.Deque[int]) == "typing.Deque[int]"
assert repr(typing.DefaultDict[str, int]) == "typing.DefaultDict[str, int]"
assert repr(Callable[[int], T][str]) == "typing.Callable[[int], str]"


def uses_self(self) -> Self:
    return self


assert uses_self.__annotations__['return'] is Self
print("typing ok", List[int], Optional[str], Stack[int])

# ---- types ----
import types

ns = types.SimpleNamespace(a=1, b='x')
ns.c = [ns]
assert repr(ns) == "namespace(a=1, b='x', c=[namespace(...)])" and ns.a == 1
assert ns == types.SimpleNamespace(a=1, b='x', c=[ns]) and ns != types.SimpleNamespace(a=1)
assert repr(types.SimpleNamespace()) == "namespace()"


class SubNamespace(types.SimpleNamespace):
    pass


assert repr(SubNamespace(z=1)) == "SubNamespace(z=1)"


def plain():
    pass


assert isinstance(plain, types.FunctionType) and isinstance(lambda: 0, types.LambdaType)
assert isinstance(len, types.BuiltinFunctionType) and isinstance(types, types.ModuleType)
assert isinstance((x for x in []), types.GeneratorType) and types.NoneType is type(None)
assert types.GenericAlias is type(list[int]) and types.UnionType is type(int | str)
assert isinstance(plain.__code__, types.CodeType) and types.EllipsisType is type(...)
assert isinstance(type.__dict__, types.MappingProxyType)
NewCls = types.new_class('NewCls', (dict,), {}, lambda body: body.update(x=1))
assert NewCls.x == 1 and NewCls.__mro__ == (NewCls, dict, object)
assert types.resolve_bases((int,)) == (int,)
assert types.resolve_bases((Generic[T],)) == (Generic,)
meta, body, kw = types.prepare_class('Z', (), {'metaclass': type})
assert meta is type and body == {} and kw == {}
print("types ok")


class _Host:
    pass


_host = _Host()
_bound = types.MethodType(lambda self, x: (self, x), _host)
assert _bound(1) == (_host, 1) and _bound.__self__ is _host and type(_bound) is types.MethodType
for _args, _msg in (((1, _host), "first argument must be callable"),
                    ((len, None), "instance must not be None"),
                    ((len,), "method expected 2 arguments, got 1")):
    try:
        types.MethodType(*_args)
        assert False
    except TypeError as e:
        assert str(e) == _msg
print("MethodType ok")

_d = {'a': 1}
_proxy = types.MappingProxyType(_d)
_d['b'] = 2
assert _proxy == {'a': 1, 'b': 2} and len(_proxy) == 2 and str(_proxy) == "{'a': 1, 'b': 2}"
try:
    _proxy['c'] = 3
    assert False
except TypeError as e:
    assert str(e) == "'mappingproxy' object does not support item assignment"
try:
    types.MappingProxyType([1])
    assert False
except TypeError as e:
    assert str(e) == "mappingproxy() argument must be a mapping, not list"
print("MappingProxyType ok")
