"""A package that exists to test submodule imports of the embedded library."""

NAME = "pkg"
