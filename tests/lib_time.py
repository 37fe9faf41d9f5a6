# time's calendar functions: struct_time, gmtime, localtime, mktime,
# strftime, asctime, ctime and the zone constants.
import time

t = time.gmtime(946782245.75)  # 2000-01-02 03:04:05 UTC, a Sunday
assert t[:] == (2000, 1, 2, 3, 4, 5, 6, 2, 0), t
assert (t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday) == (2000, 1, 2, 6, 2)
assert len(t) == 9 and isinstance(t, tuple)
assert repr(t) == ("time.struct_time(tm_year=2000, tm_mon=1, tm_mday=2, tm_hour=3, "
                   "tm_min=4, tm_sec=5, tm_wday=6, tm_yday=2, tm_isdst=0)"), repr(t)
assert time.gmtime(-1.5)[:6] == (1969, 12, 31, 23, 59, 58)
assert time.gmtime(0)[:3] == (1970, 1, 1)
st = time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, -1))
assert type(st) is time.struct_time and st.tm_isdst == -1 and st[5:7] == (0, 5)
assert time.strftime("%Y %a", st) == "2000 Sat"

f = time.strftime
assert f("%Y-%m-%d %H:%M:%S", t) == "2000-01-02 03:04:05"
assert f("%a %A %b %B", t) == "Sun Sunday Jan January"
assert f("%j %U %W %w %u %y %%", t) == "002 01 00 0 7 00 %"
assert f("%I%p %e|%G-%V", t) == "03AM  2|1999-52"
assert f("%c", t) == "Sun Jan  2 03:04:05 2000"
assert f("%x %X", t) == "01/02/00 03:04:05"
assert f("%Y-%m-%d", (2024, 2, 29, 13, 0, 0, 3, 60, 0)) == "2024-02-29"
assert f("%I %p", (2024, 2, 29, 13, 0, 0, 3, 60, 0)) == "01 PM"
assert time.asctime(t) == "Sun Jan  2 03:04:05 2000"
for bad, msg in [((2024, 13, 1, 0, 0, 0, 0, 1, 0), "month out of range"),
                 ((2024, 1, 1, 24, 0, 0, 0, 1, 0), "hour out of range")]:
    try:
        f("%Y", bad)
    except ValueError as e:
        assert str(e) == msg, e
    else:
        raise AssertionError("no error")
try:
    f("%Y", (1, 2))
except TypeError as e:
    assert "time tuple" in str(e) or "sequence" in str(e), e

lt = time.localtime(1e9)
assert time.mktime(lt) == 1e9
assert time.localtime(1e9)[:6] == time.localtime(1000000000)[:6]
assert isinstance(time.timezone, int) and isinstance(time.tzname, tuple)
assert time.ctime(1e9) == time.asctime(time.localtime(1e9))
assert time.strptime("2024-02-29 13:05", "%Y-%m-%d %H:%M")[:] == (2024, 2, 29, 13, 5, 0, 3, 60, -1)
assert time.strptime("Thu Feb 29 13:05:00 2024") == time.strptime("2024-02-29 13:05", "%Y-%m-%d %H:%M")
assert type(time.strptime("99", "%y")) is time.struct_time
for args, exc, msg in [(("x", "%Y"), ValueError, "time data 'x' does not match format '%Y'"),
                       ((5,), TypeError, "strptime() argument 0 must be str, not <class 'int'>")]:
    try:
        time.strptime(*args)
    except exc as e:
        assert str(e) == msg, e
    else:
        raise AssertionError(args)
now = time.localtime()
assert 2020 < now.tm_year < 3000

# strftime over many dates and every directive glibc knows, through
# datetime and time; the digest is of CPython's (glibc's) output.
import datetime
import hashlib

out = []
d0 = datetime.datetime(1999, 12, 25, 13, 5, 9, 1234)
fmt = "%a|%A|%b|%B|%c|%d|%f|%H|%I|%j|%m|%M|%p|%S|%U|%w|%W|%x|%X|%y|%Y|%%|%G|%V|%u|%C|%e|%k|%l|%n|%t|%D|%F|%R|%T|%r|%h|%g|%Q"
for i in range(0, 3000, 7):
    d = d0 + datetime.timedelta(days=i * 3, hours=i)
    out.append(d.strftime(fmt))
    out.append(time.strftime(fmt.replace("%f|", ""), d.timetuple()))
for y in (1, 5, 99, 999, 1000, 9999):
    out.append(datetime.datetime(y, 1, 1).strftime("%Y %y %C %G %g %j %U %W %V"))
text = "\n".join(out)
DIGEST = "544c78f174fa8edf1aae98b71755c7daab65a9c160ff20e30af55deb43e4e927"
assert hashlib.sha256(text.encode()).hexdigest() == DIGEST, hashlib.sha256(text.encode()).hexdigest()
print(time.asctime(t))
print("time ok")
