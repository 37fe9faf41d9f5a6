"""A module two levels down, imported by absolute and relative names."""

import importdata.helpers
from ..constants import GREETING
from . import SUB_VALUE

DEEP = f"{GREETING}:{SUB_VALUE}"
SAME_HELPERS = importdata.helpers
PACKAGE = __package__
