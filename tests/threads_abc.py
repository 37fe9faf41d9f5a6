# ABCs used from several threads at once: every register() from every
# thread bumps the cache token once and lands in the registry, and
# isinstance checks racing the registrations end with the right answers.
import abc
import threading

N_THREADS = 8
PER_THREAD = 40


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


made = [[type(f"C{k}_{i}", (), {}) for i in range(PER_THREAD)] for k in range(N_THREADS)]
start = abc.get_cache_token()
barrier = threading.Barrier(N_THREADS)
wrong = []


def register_all(k):
    barrier.wait()
    for cls in made[k]:
        Shape.register(cls)
        if not isinstance(cls(), Shape):
            wrong.append(cls.__name__)


threads = [threading.Thread(target=register_all, args=(k,)) for k in range(N_THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()

assert wrong == [], wrong
assert abc.get_cache_token() - start == N_THREADS * PER_THREAD, abc.get_cache_token() - start
assert all(issubclass(cls, Shape) for row in made for cls in row)
assert not isinstance(object(), Shape)
print("registered", N_THREADS * PER_THREAD)
