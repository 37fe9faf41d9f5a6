"""Abstract base classes for containers: the classes of _collections_abc."""

from _collections_abc import *
from _collections_abc import __all__
