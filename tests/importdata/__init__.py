"""A small package for imports.py: relative and absolute imports, __all__,
module attributes and sys.modules caching."""

from .helpers import double
from . import constants as consts

__all__ = ["double", "PACKAGE_LEVEL", "consts"]

PACKAGE_LEVEL = "top"
_private_in_package = "hidden"
not_exported = "not in __all__"
