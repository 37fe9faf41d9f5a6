# ABCs used from several threads at once: every register() from every
# thread bumps the cache token once and lands in the registry, and
# isinstance checks racing the registrations end with the right answers.
# Checker threads ask about classes not yet registered while they are
# being registered, so "not a subclass" answers land in the negative
# cache as registrations bump the token: none may outlive its token.
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
N_CHECKERS = 2
barrier = threading.Barrier(N_THREADS + N_CHECKERS)
wrong = []
done = threading.Event()


def register_all(k):
    barrier.wait()
    for cls in made[k]:
        Shape.register(cls)
        if not isinstance(cls(), Shape):
            wrong.append(cls.__name__)


def check_all(k):
    barrier.wait()
    while not done.is_set():
        for row in made[k::N_CHECKERS]:
            for cls in row:
                isinstance(cls(), Shape)


threads = [threading.Thread(target=register_all, args=(k,)) for k in range(N_THREADS)]
checkers = [threading.Thread(target=check_all, args=(k,)) for k in range(N_CHECKERS)]
for th in checkers:
    th.start()
for th in threads:
    th.start()
for th in threads:
    th.join()
done.set()
for th in checkers:
    th.join()

assert wrong == [], wrong
assert abc.get_cache_token() - start == N_THREADS * PER_THREAD, abc.get_cache_token() - start
assert all(issubclass(cls, Shape) for row in made for cls in row)
assert all(isinstance(cls(), Shape) for row in made for cls in row)
assert not isinstance(object(), Shape)
print("registered", N_THREADS * PER_THREAD)
