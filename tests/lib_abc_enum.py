# abc and enum, plus the runtime pieces they rest on (metaclass __dict__).


# A class made by a Python metaclass shows its own namespace in __dict__.
class _Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls


class _WithMeta(metaclass=_Meta):
    x = 1

    def f(self):
        return 2


_WithMeta.y = 3
assert sorted(k for k in _WithMeta.__dict__ if not k.startswith('__')) == ['f', 'tag', 'x', 'y']
assert type(_WithMeta.__dict__).__name__ == 'mappingproxy'
assert vars(_WithMeta)['x'] == 1
del _WithMeta.y
assert 'y' not in _WithMeta.__dict__
assert _WithMeta().f() == 2
print("metaclass dict ok")
