from . import NAME

FULL = NAME + ".sub"
