# The limit on decimal int<->str conversions (sys.set_int_max_str_digits):
# str, repr, formatting and int() of more than 4300 decimal digits raise
# ValueError; power-of-two bases are never limited; 0 lifts the limit.
import sys

LIMIT_STR = "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
LIMIT_INT = "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit"


def err(f):
    try:
        f()
    except ValueError as e:
        return str(e)
    return None


assert sys.get_int_max_str_digits() == 4300
assert sys.int_info.default_max_str_digits == 4300
assert sys.int_info.str_digits_check_threshold == 640
assert sys.flags.int_max_str_digits == -1
assert sys.flags.optimize == 0 and sys.flags.hash_randomization == 1 and sys.flags.dev_mode is False
assert sys.flags.isolated == 0 and sys.flags.safe_path is False and len(sys.flags) >= 18

big = 10 ** 5000
for f in (lambda: str(big), lambda: repr(-big), lambda: f"{big}", lambda: "%d" % big,
          lambda: format(big, ",d"), lambda: "{:n}".format(big), lambda: "%i" % -big):
    assert err(f) == LIMIT_STR % 4300, err(f)
assert len(str(10 ** 4299)) == 4300 and len(str(-(10 ** 4299))) == 4301
assert err(lambda: str(10 ** 4300)) == LIMIT_STR % 4300

assert err(lambda: int("1" * 5000)) == LIMIT_INT % (4300, 5000)
assert err(lambda: int(" -" + "9" * 4301)) == LIMIT_INT % (4300, 4301)
assert err(lambda: int("1" * 5000, 7)) == LIMIT_INT % (4300, 5000)
assert int("1_" * 2000 + "1") > 0  # 2001 digits: underscores do not count
assert int("9" * 4300) == 10 ** 4300 - 1

# Power-of-two bases are linear: no limit.
assert len(hex(big)) == 4155 and len("%x" % big) == 4153 and len(format(big, "b")) == 16610
assert int("f" * 5000, 16) > 0 and int("0x" + "f" * 5000, 0) > 0 and int("0b" + "1" * 5000, 0) > 0

assert err(lambda: sys.set_int_max_str_digits(5)) == "maxdigits must be 0 or larger than 640"
assert err(lambda: sys.set_int_max_str_digits(-1)) == "maxdigits must be 0 or larger than 640"
try:
    sys.set_int_max_str_digits("5")
except TypeError:
    pass
else:
    raise AssertionError("a str limit accepted")

sys.set_int_max_str_digits(maxdigits=0)
assert sys.get_int_max_str_digits() == 0
assert len(str(big)) == 5001 and int("1" * 5000) > 0 and len("%d" % big) == 5001

sys.set_int_max_str_digits(641)
assert err(lambda: str(10 ** 641)) == LIMIT_STR % 641
assert len(str(10 ** 640)) == 641
assert err(lambda: int("7" * 642)) == LIMIT_INT % (641, 642)
sys.set_int_max_str_digits(4300)
print("ok")
