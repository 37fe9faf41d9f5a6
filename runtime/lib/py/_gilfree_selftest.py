"""A module that exists to test the embedded library's import path."""

ANSWER = sum(range(10))


def where():
    return __name__, __file__


def fail():
    raise ValueError("raised in the library")
