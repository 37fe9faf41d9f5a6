"""resource: getrusage's struct_rusage, limits read and lowered, and
CPython's errors for bad arguments."""

import resource

r = resource.getrusage(resource.RUSAGE_SELF)
assert len(r) == 16 and r.ru_maxrss > 0 and r[2] == r.ru_maxrss
assert isinstance(r.ru_utime, float) and r.ru_utime >= 0 and isinstance(r.ru_minflt, int)
assert repr(r).startswith("resource.struct_rusage(ru_utime=")
c = resource.getrusage(resource.RUSAGE_CHILDREN)
assert c.ru_utime >= 0
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
assert soft == resource.RLIM_INFINITY or 0 < soft <= (hard if hard != resource.RLIM_INFINITY else soft)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(soft, 256) if soft != -1 else 256, hard))
assert resource.getrlimit(resource.RLIMIT_NOFILE)[0] == (min(soft, 256) if soft != -1 else 256)
assert resource.prlimit(0, resource.RLIMIT_NOFILE) == resource.getrlimit(resource.RLIMIT_NOFILE)
assert resource.getpagesize() > 0 and resource.error is OSError
assert resource.RLIMIT_NOFILE == 7 and resource.RUSAGE_SELF == 0 and resource.RLIM_INFINITY == -1


def message(f):
    try:
        f()
    except ValueError as e:
        return str(e)
    raise AssertionError(f)


assert message(lambda: resource.getrlimit(99)) == "invalid resource specified"
assert message(lambda: resource.getrusage(5)) == "invalid who parameter"
assert message(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1, 2, 3))) == "expected a tuple of 2 integers"
assert message(lambda: resource.setrlimit(resource.RLIMIT_CORE, (10, 5))) == "current limit exceeds maximum limit"
print("resource ok")
