# Exceptions: raise and catch in a loop, through a class hierarchy, with
# finally blocks, re-raises, chained exceptions and exceptions raised by
# builtins (KeyError, ValueError, ZeroDivisionError).


class AppError(Exception):
    pass


class Retry(AppError):
    def __init__(self, attempt):
        super().__init__(f"retry {attempt}")
        self.attempt = attempt


class Fatal(AppError):
    pass


def risky(i):
    r = i % 7
    if r == 0:
        raise Retry(i)
    if r == 3:
        raise Fatal("fatal")
    if r == 5:
        return {}["missing"]
    if r == 6:
        return int("x%d" % i)
    return i


def guarded(i, log):
    try:
        return risky(i)
    except Retry as e:
        log[0] += e.attempt % 3
        return -1
    finally:
        log[1] += 1


def wrapped(i):
    try:
        return 10 // (i % 4)
    except ZeroDivisionError as e:
        raise AppError("wrapped") from e


counts = {"retry": 0, "fatal": 0, "key": 0, "value": 0, "ok": 0, "chained": 0}
log = [0, 0]
total = 0
for i in range(750_000):
    try:
        v = guarded(i, log)
        if v >= 0:
            counts["ok"] += 1
            total += v
        else:
            counts["retry"] += 1
    except Fatal:
        counts["fatal"] += 1
    except KeyError:
        counts["key"] += 1
    except ValueError as e:
        counts["value"] += len(e.args)
    try:
        total += wrapped(i)
    except AppError as e:
        if isinstance(e.__cause__, ZeroDivisionError):
            counts["chained"] += 1
print("counts:", counts)
print("log:", log, "total:", total)
