"""A module whose import fails part-way: it must not stay in sys.modules."""

STARTED = True
raise ValueError("broken on import")
