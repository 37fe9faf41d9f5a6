"""Helpers imported by the package and by imports.py; counts how many times
its body runs."""

from . import constants
from .constants import SCALE

load_count = getattr(constants, "helper_loads", 0) + 1
constants.helper_loads = load_count


def double(x):
    return x * 2


def scaled(x):
    return x * SCALE


def where():
    return __name__
