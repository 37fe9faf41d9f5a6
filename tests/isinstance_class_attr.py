# isinstance's second chance: an object whose class overrides __class__
# (as unittest.mock's spec'd mocks and proxies do) is an instance of the
# class that attribute names too, through subclasses as well.
class Spec:
    pass


class Sub(Spec):
    pass


class Proxy:
    @property
    def __class__(self):
        return Sub


p = Proxy()
assert isinstance(p, Proxy) and isinstance(p, Sub) and isinstance(p, Spec)
assert isinstance(p, (int, Spec)) and not isinstance(p, int)
assert type(p) is Proxy and p.__class__ is Sub
assert not issubclass(Proxy, Spec)


class Derived(Proxy):
    pass


assert isinstance(Derived(), Spec)


class NotAType:
    __class__ = 3


assert not isinstance(NotAType(), int)
print("isinstance __class__ ok")
