# Descriptors and the attribute protocol: property, staticmethod,
# classmethod, user descriptors, __slots__, __getattr__, __getattribute__,
# __setattr__, __delattr__, __init_subclass__, __set_name__, type() with
# three arguments and metaclasses.


def raises(exc, fn, *args):
    """Call fn(*args), check it raises exc, and return the exception."""
    try:
        fn(*args)
    except exc as e:
        return e
    raise AssertionError(f"{fn!r}{args!r} did not raise {exc.__name__}")


class Celsius:
    def __init__(self, deg=0.0):
        self._deg = deg

    @property
    def deg(self):
        """Degrees Celsius."""
        return self._deg

    @deg.setter
    def deg(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._deg = value

    @deg.deleter
    def deg(self):
        self._deg = None

    @property
    def fahrenheit(self):
        return self._deg * 9 / 5 + 32


c = Celsius(100)
assert c.deg == 100 and c.fahrenheit == 212.0
c.deg = 0
assert c._deg == 0 and c.fahrenheit == 32.0
e = raises(ValueError, setattr, c, "deg", -300)
assert str(e) == "below absolute zero"
del c.deg
assert c._deg is None
e = raises(AttributeError, setattr, c, "fahrenheit", 1)
assert str(e) == "property 'fahrenheit' of 'Celsius' object has no setter"
assert isinstance(Celsius.deg, property)
assert Celsius.deg.__doc__ == "Degrees Celsius."
assert Celsius.deg.fget(Celsius(5)) == 5
area = property(lambda self: 42)
assert area.__get__(None, object) is area


# staticmethod and classmethod.
class Tool:
    registry = []

    @staticmethod
    def add(a, b):
        return a + b

    @classmethod
    def make(cls, *args):
        obj = cls()
        cls.registry.append((cls.__name__, args))
        return obj


class Wrench(Tool):
    pass


assert Tool.add(2, 3) == 5 and Tool().add(2, 3) == 5
w = Wrench.make(1)
assert type(w) is Wrench
assert Tool().make().__class__ is Tool
assert Tool.registry == [("Wrench", (1,)), ("Tool", ())]
assert isinstance(Tool.__dict__["add"], staticmethod)
assert isinstance(Tool.__dict__["make"], classmethod)
assert Tool.__dict__["add"].__func__(1, 1) == 2
assert Wrench.make.__self__ is Wrench


# A user descriptor: data descriptors win over the instance dict, non-data
# descriptors lose to it.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Point:
    x = Typed()
    y = Typed()
    computed = 0

    def __init__(self, x, y):
        self.x, self.y = x, y

    @Lazy
    def norm2(self):
        Point.computed += 1
        return self.x ** 2 + self.y ** 2


pt = Point(3, 4)
assert pt.x == 3 and pt.__dict__ == {"_x": 3, "_y": 4}
assert Point.x.name == "_x" and Point.y.owner == "Point"
assert isinstance(Point.x, Typed)
e = raises(TypeError, setattr, pt, "y", "4")
assert str(e) == "y must be int"
pt.__dict__["x"] = 99  # the data descriptor still wins
assert pt.x == 3
assert pt.norm2 == 25 and pt.norm2 == 25 and Point.computed == 1
assert pt.__dict__["norm2"] == 25


# Functions are descriptors too.
def free(self):
    return self


class Holder:
    method = free


h = Holder()
assert h.method() is h
assert free.__get__(h)() is h
assert Holder.method is free


# __slots__.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
s.b = 2
assert (s.a, s.b) == (1, 2)
assert not hasattr(s, "__dict__")
e = raises(AttributeError, setattr, s, "c", 3)
assert str(e) == "'Slotted' object has no attribute 'c'"
del s.a
e = raises(AttributeError, getattr, s, "a")
assert str(e) == "'Slotted' object has no attribute 'a'"
assert type(Slotted.a).__name__ == "member_descriptor"


class SlottedChild(Slotted):
    pass


sc = SlottedChild()
sc.c = 3  # a subclass without __slots__ gets a __dict__
assert sc.__dict__ == {"c": 3} and sc.a == 1


# __getattr__ is the fallback; __getattribute__ sees every lookup.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.misses = []

    def __getattr__(self, name):
        self.misses.append(name)
        return getattr(self._target, name)


px = Proxy([3, 1, 2])
px.sort()
assert px._target == [1, 2, 3]
assert px.misses == ["sort"]
assert px.count(2) == 1 and px.misses == ["sort", "count"]
e = raises(AttributeError, getattr, px, "nope")
assert str(e) == "'list' object has no attribute 'nope'"
assert getattr(px, "nope", "dflt") == "dflt"
assert hasattr(px, "append") and not hasattr(px, "nope")


class Spy:
    def __init__(self):
        self.seen = []
        self.value = 5

    def __getattribute__(self, name):
        if name != "seen":
            object.__getattribute__(self, "seen").append(name)
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback:" + name


sp = Spy()
assert sp.value == 5
assert sp.secret == "fallback:secret"
assert sp.other == "fallback:other"
assert sp.seen == ["value", "secret", "other"]


class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")


fz = Frozen(a=1)
assert fz.a == 1
e = raises(AttributeError, setattr, fz, "a", 2)
assert str(e) == "cannot set 'a'"
e = raises(AttributeError, delattr, fz, "a")
assert str(e) == "cannot delete 'a'"


class Recorder:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)


rc = Recorder()
rc.v = 21
assert rc.v == 42 and vars(rc) == {"v": 42}


# __init_subclass__ and __set_name__ at class creation.
class Plugin:
    plugins = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.plugins[key or cls.__name__.lower()] = cls


class CSV(Plugin, key="csv"):
    pass


class Json(Plugin):
    pass


assert Plugin.plugins == {"csv": CSV, "json": Json}
e = raises(TypeError, lambda: type("Bad", (object,), {}, extra=1))
assert str(e) == "Bad.__init_subclass__() takes no keyword arguments"
names = []


class Named:
    def __set_name__(self, owner, name):
        names.append((owner.__name__, name))


class Owner:
    first = Named()
    second = Named()


assert names == [("Owner", "first"), ("Owner", "second")]

# type() with one and three arguments.
assert type(3) is int and type(type) is type and type(object) is type
Made = type("Made", (Animal := type("Animal", (), {"legs": 4}),), {
    "speak": lambda self: "hi", "__doc__": "made"})
m = Made()
assert m.speak() == "hi" and m.legs == 4
assert Made.__name__ == "Made" and Made.__doc__ == "made"
assert Made.__mro__ == (Made, Animal, object)
assert type(m) is Made and isinstance(m, Animal)
Empty = type("Empty", (), {})
assert Empty.__bases__ == (object,)
e = raises(TypeError, type, "X", 1, {})
assert str(e) == "type.__new__() argument 2 must be tuple, not int"


# Metaclasses.
class Meta(type):
    created = []

    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = name.upper()
        cls = super().__new__(mcls, name, bases, ns)
        Meta.created.append(name)
        return cls

    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.via_meta = True
        return obj

    def describe(cls):
        return f"class {cls.__name__}"


class Model(metaclass=Meta):
    def __init__(self, n=0):
        self.n = n


class User(Model):
    pass


assert Meta.created == ["Model", "User"]
assert type(User) is Meta and isinstance(User, type)
assert User.tag == "USER" and Model.tag == "MODEL"
u = User(3)
assert u.n == 3 and u.via_meta is True
assert User.describe() == "class User"
assert not hasattr(u, "describe")
Dyn = Meta("Dyn", (), {})
assert Dyn.tag == "DYN" and Meta.created[-1] == "Dyn"


# __new__ runs before __init__ and may return another object.
class Singleton:
    _instance = None
    inits = 0

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        Singleton.inits += 1


assert Singleton() is Singleton()
assert Singleton.inits == 2


# Class decorators and attributes on functions.
def register(cls):
    cls.registered = True
    return cls


@register
class Dec:
    pass


assert Dec.registered is True


def tagged(fn):
    fn.tag = "t"
    return fn


@tagged
def g():
    """Doc."""
    return 1


assert g.tag == "t" and g.__name__ == "g" and g.__doc__ == "Doc."
assert g.__qualname__ == "g" and Celsius.__init__.__qualname__ == "Celsius.__init__"

# getattr, setattr, delattr, hasattr and vars on classes and instances.
class Bag:
    pass


bag = Bag()
setattr(bag, "k", 1)
assert getattr(bag, "k") == 1 and vars(bag) == {"k": 1}
delattr(bag, "k")
assert not hasattr(bag, "k")
setattr(Bag, "shared", [])
assert bag.shared == []
e = raises(AttributeError, delattr, bag, "k")
assert str(e) == "'Bag' object has no attribute 'k'"
e = raises(TypeError, getattr, bag, 1)
assert str(e) == "attribute name must be string, not 'int'"
e = raises(AttributeError, setattr, 1, "x", 2)
assert str(e) == "'int' object has no attribute 'x'"

print("ok")
