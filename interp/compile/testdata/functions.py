def simple(a, b):
    return a + b


def defaults(a, b=1, *args, c, d=2, **kwargs):
    """A docstring: the first constant."""
    return a, b, args, c, d, kwargs


def positional(a, /, b, *, c):
    pass


def annotated(a: int, *args: str, b: float = 1.0, **kw: bool) -> None:
    x: int = 1
    y: str


@decorator
@other.decorator(1)
def decorated():
    pass


def closure(x):
    y = 1

    def inner(z):
        nonlocal y
        y += z
        return x + y

    return inner


def cell_parameter(p):
    return lambda: p


def generator(n):
    i = 0
    while i < n:
        got = yield i
        i += 1
    yield from range(n)
    return i


def uses_global():
    global counter
    counter += 1
    return len(counter)


def comprehension_closure(xs, k):
    return [x * k for x in xs], [(last := x) for x in xs], last


class Plain:
    pass


class Base(object, metaclass=Meta, flag=True):
    """Class docstring."""
    attr = 1
    __private = 2
    annotated: int = 3

    def method(self, __arg):
        return self.__private + __arg

    @property
    def prop(self):
        return super().prop

    @staticmethod
    def uses_class():
        return __class__

    values = [attr for _ in range(3)]


@dataclass
class Decorated(*bases, **kwds):
    x: int


def outer():
    v = 1

    class Inner:
        v = 2

        def m(self):
            return v

        w = v

    class Reader:
        r = v

    return Inner, Reader


def qualnames():
    def f():
        class C:
            def g(self):
                return lambda: 0
        return C
    return f


def star_unpacking(x):
    a, *b, c = x
    *d, = x
    return a, b, c, d
