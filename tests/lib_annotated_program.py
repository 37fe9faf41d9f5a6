# An annotated program (postponed annotations) using enum, dataclasses, abc,
# contextlib and typing together; its printed output is compared with CPython.
from __future__ import annotations
import enum, dataclasses, contextlib, typing, abc
from dataclasses import dataclass, field
from typing import Generic, TypeVar, Optional, ClassVar, Protocol, Iterator
from enum import Enum, IntEnum, auto

T = TypeVar("T")

class Status(Enum):
    ACTIVE = auto()
    DONE = auto()

@dataclass(order=True)
class Task(Generic[T]):
    priority: int
    name: str = field(compare=False)
    payload: Optional[T] = field(default=None, compare=False)
    status: Status = Status.ACTIVE
    count: ClassVar[int] = 0

    def __post_init__(self):
        Task.count += 1

class Store(abc.ABC):
    @abc.abstractmethod
    def put(self, t: Task) -> None: ...
    def __iter__(self) -> Iterator[Task]:
        return iter(sorted(self.items()))
    @abc.abstractmethod
    def items(self) -> list: ...

class ListStore(Store):
    def __init__(self): self._l = []
    def put(self, t): self._l.append(t)
    def items(self): return self._l

@contextlib.contextmanager
def opened(store):
    print("open")
    yield store
    print("close")

with opened(ListStore()) as s:
    for i, n in enumerate("cab"):
        s.put(Task(3 - i, n, payload={"i": i}))
    s.put(Task(0, "z", status=Status.DONE))
    for t in s:
        print(t.priority, t.name, t.status, t.status.name, t.payload)
print(Task.count, typing.get_type_hints(Task)["payload"], dataclasses.fields(Task)[3].type)
print(Task(1, 'x') == Task(1, 'y'), Task.__annotations__)
class Color(IntEnum):
    R = 1
    G = 2
print(sorted([Color.G, Color.R]), Color.R + Color.G, {c.name: c.value for c in Color})
print(dataclasses.asdict(Task(1, 'q', status=Status.DONE)))
import __future__
assert __future__.annotations.getMandatoryRelease() is None
assert __future__.division.getOptionalRelease() == (2, 2, 0, "alpha", 2)
assert "annotations" in __future__.all_feature_names
assert Task.__annotations__["payload"] == "Optional[T]"
assert typing.get_type_hints(Task)["status"] is Status
assert [t.name for t in sorted([Task(2, "b"), Task(1, "a")])] == ["a", "b"]
