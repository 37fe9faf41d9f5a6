"""The other half of the import cycle."""

from . import cycle_a

SAW_A_BEFORE = cycle_a.A_BEFORE
SAW_A_AFTER = hasattr(cycle_a, "A_AFTER")
