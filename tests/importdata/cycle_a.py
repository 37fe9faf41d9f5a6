"""Half of an import cycle: cycle_b imports this module while it is only
partly initialised."""

A_BEFORE = "a-before"
from . import cycle_b  # noqa: E402

A_AFTER = "a-after"
B_SAW = cycle_b.SAW_A_BEFORE
