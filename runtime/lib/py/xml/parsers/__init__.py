"""XML parsers: expat (in Python here)."""
