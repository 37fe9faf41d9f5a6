"""Constants without __all__: star-imports take the public names only."""

SCALE = 3
GREETING = "hello"
_PRIVATE = "underscore names are not star-imported"

if __name__ == "__main__":
    GREETING = "run as a script"
