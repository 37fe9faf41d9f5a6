"""A subpackage that imports from its parent."""

from ..helpers import scaled
from .. import PACKAGE_LEVEL

SUB_VALUE = scaled(2)
PARENT = PACKAGE_LEVEL
