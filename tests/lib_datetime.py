# datetime: timedelta, date, time, datetime, timezone and tzinfo
# subclasses: construction checks, arithmetic, comparisons, ISO formats,
# strftime/strptime, timestamps, reprs and error messages.
import datetime as D
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def raises(exc, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError("no %s from %r" % (exc.__name__, fn))


assert (D.MINYEAR, D.MAXYEAR) == (1, 9999)

# timedelta: normalisation, floats rounded half to even, reprs.
td = timedelta(days=1, hours=25, minutes=-1, seconds=30.5, milliseconds=1, microseconds=-2)
assert (td.days, td.seconds, td.microseconds) == (2, 3570, 500998), (td.days, td.seconds, td.microseconds)
assert timedelta(microseconds=2.5) == timedelta(microseconds=2)
assert timedelta(microseconds=3.5) == timedelta(microseconds=4)
assert timedelta(seconds=0.1).microseconds == 100000
assert timedelta(weeks=1) == timedelta(7)
assert repr(timedelta(0)) == "datetime.timedelta(0)"
assert repr(timedelta(-1, 5)) == "datetime.timedelta(days=-1, seconds=5)"
assert repr(timedelta(days=2, microseconds=5)) == "datetime.timedelta(days=2, microseconds=5)"
assert str(timedelta(-1, 5)) == "-1 day, 0:00:05"
assert str(timedelta(microseconds=-1)) == "-1 day, 23:59:59.999999"
assert str(timedelta(days=2, hours=3, microseconds=5)) == "2 days, 3:00:00.000005"
assert str(timedelta(hours=10)) == "10:00:00"
assert timedelta(hours=1, seconds=1.5).total_seconds() == 3601.5
assert timedelta(hours=1) * 1.5 == timedelta(seconds=5400)
assert 2 * timedelta(hours=1) == timedelta(hours=2)
assert timedelta(1) / timedelta(hours=5) == 4.8
assert timedelta(seconds=1) / 3 == timedelta(microseconds=333333)
assert timedelta(seconds=1) / 0.5 == timedelta(seconds=2)
assert timedelta(1) // timedelta(hours=5) == 4
assert timedelta(seconds=7) // 2 == timedelta(seconds=3, microseconds=500000) // 1
assert timedelta(hours=5) % timedelta(hours=2) == timedelta(hours=1)
assert divmod(timedelta(hours=5), timedelta(hours=2)) == (2, timedelta(hours=1))
assert -timedelta(hours=1) == timedelta(days=-1, hours=23)
assert abs(timedelta(-1)) == timedelta(1) and +td == td
assert not timedelta(0) and timedelta(microseconds=1)
assert timedelta(1) > timedelta(hours=23) and timedelta(1) != 1 and not (timedelta(0) == 0)
assert hash(timedelta(hours=24)) == hash(timedelta(1))
assert timedelta.max == timedelta(days=999999999, seconds=86399, microseconds=999999)
assert timedelta.min == timedelta(-999999999) and timedelta.resolution == timedelta(microseconds=1)
assert raises(OverflowError, timedelta, days=1e9) == "days=1000000000; must have magnitude <= 999999999"
assert raises(OverflowError, lambda: timedelta.max + timedelta.resolution).startswith("days=1000000000")
assert raises(TypeError, timedelta, days="1") == "unsupported type for timedelta days component: str"
raises(TypeError, lambda: timedelta(1) < 1)
raises(ZeroDivisionError, lambda: timedelta(1) / 0)

# date.
d = date(2000, 2, 29)
assert (d.year, d.month, d.day) == (2000, 2, 29)
assert repr(d) == "datetime.date(2000, 2, 29)" and str(d) == "2000-02-29"
assert raises(ValueError, date, 0, 1, 1) == "year 0 is out of range"
assert raises(ValueError, date, 2000, 13, 1) == "month must be in 1..12"
assert raises(ValueError, date, 2001, 2, 29) == "day is out of range for month"
assert raises(TypeError, date, 2000.0, 1, 1) == "'float' object cannot be interpreted as an integer"
assert d.weekday() == 1 and d.isoweekday() == 2
assert date(2000, 1, 1).isocalendar() == (1999, 52, 6)
ic = date(2004, 1, 1).isocalendar()
assert (ic.year, ic.week, ic.weekday) == (2004, 1, 4)
assert repr(ic) == "datetime.IsoCalendarDate(year=2004, week=1, weekday=4)"
assert date(2008, 12, 29).isocalendar() == (2009, 1, 1)
assert date.fromisocalendar(2004, 1, 1) == date(2003, 12, 29)
assert raises(ValueError, date.fromisocalendar, 2004, 54, 1) == "Invalid week: 54"
assert date(1, 1, 1).toordinal() == 1 and date(9999, 12, 31).toordinal() == 3652059
for n in (1, 365, 366, 730119, 730120, 730485, 146097, 146096, 36524, 36525, 1461, 3652059):
    assert date.fromordinal(n).toordinal() == n, n
assert date.fromordinal(730120) == date(2000, 1, 1)
assert raises(ValueError, date.fromordinal, 0) == "ordinal must be >= 1"
assert date.fromisoformat("2021-03-05") == date(2021, 3, 5)
assert date.fromisoformat("20210305") == date(2021, 3, 5)
assert date.fromisoformat("2004-W01-1") == date(2003, 12, 29)
assert raises(ValueError, date.fromisoformat, "2000-1-1") == "Invalid isoformat string: '2000-1-1'"
assert d.replace(day=1) == date(2000, 2, 1)
raises(ValueError, d.replace, year=2001)
assert d + timedelta(1) == date(2000, 3, 1) and timedelta(1) + d == date(2000, 3, 1)
assert d - timedelta(days=60) == date(1999, 12, 31)
assert d + timedelta(hours=47) == date(2000, 3, 1)
assert date(2001, 1, 1) - d == timedelta(307)
assert raises(OverflowError, lambda: date.max + timedelta(1)) == "date value out of range"
raises(TypeError, lambda: d - 1)
raises(TypeError, lambda: d < 1)
assert (d == 1) is False and d != "x"
assert date(2000, 1, 1) < d <= d and max(date(1, 1, 1), d) == d
assert {d: 1}[date(2000, 2, 29)] == 1
assert d.ctime() == "Tue Feb 29 00:00:00 2000"
assert d.strftime("%Y/%m/%d %a %j %H:%M") == "2000/02/29 Tue 060 00:00"
assert "{:%d %B %Y}".format(d) == "29 February 2000" and format(d, "") == "2000-02-29"
assert f"{d:%y}" == "00"
assert d.timetuple()[:] == (2000, 2, 29, 0, 0, 0, 1, 60, -1)
assert date.min == date(1, 1, 1) and date.max == date(9999, 12, 31) and date.resolution == timedelta(1)
assert isinstance(date.today(), date) and date.today().year >= 2020

# time.
t = time(1, 2, 3, 4)
assert repr(time(1, 2)) == "datetime.time(1, 2)" and repr(t) == "datetime.time(1, 2, 3, 4)"
assert repr(time(1, 2, 3, tzinfo=timezone.utc)) == "datetime.time(1, 2, 3, tzinfo=datetime.timezone.utc)"
assert str(t) == "01:02:03.000004" and str(time(13)) == "13:00:00"
assert t.isoformat("minutes") == "01:02" and t.isoformat(timespec="milliseconds") == "01:02:03.000"
assert raises(ValueError, t.isoformat, "days") == "Unknown timespec value"
assert raises(ValueError, time, 24) == "hour must be in 0..23"
assert raises(ValueError, time, fold=2) == "fold must be either 0 or 1"
assert time.fromisoformat("01:02:03,5") == time(1, 2, 3, 500000)
assert time.fromisoformat("T0102") == time(1, 2)
assert time.fromisoformat("10:00+05:30").utcoffset() == timedelta(hours=5, minutes=30)
assert t.replace(hour=5) == time(5, 2, 3, 4) and time(5) > t
assert t.strftime("%H.%M.%S.%f") == "01.02.03.000004"
assert time(12, tzinfo=timezone.utc) == time(13, tzinfo=timezone(timedelta(hours=1)))
assert (time(12) == time(12, tzinfo=timezone.utc)) is False
assert raises(TypeError, lambda: time(12) < time(12, tzinfo=timezone.utc)) == \
    "can't compare offset-naive and offset-aware times"
assert time.max == time(23, 59, 59, 999999) and time.min == time()
assert hash(time(12, tzinfo=timezone.utc)) == hash(time(13, tzinfo=timezone(timedelta(hours=1))))

# datetime.
dt = datetime(2000, 1, 2, 3, 4, 5, 6)
assert isinstance(dt, date) and dt.date() == date(2000, 1, 2) and dt.time() == time(3, 4, 5, 6)
assert repr(dt) == "datetime.datetime(2000, 1, 2, 3, 4, 5, 6)"
assert repr(datetime(2000, 1, 1)) == "datetime.datetime(2000, 1, 1, 0, 0)"
assert repr(datetime(2000, 1, 1, 1, 2, 3, fold=1)) == "datetime.datetime(2000, 1, 1, 1, 2, 3, fold=1)"
assert repr(datetime(2000, 1, 1, tzinfo=timezone.utc)) == \
    "datetime.datetime(2000, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)"
assert str(dt) == "2000-01-02 03:04:05.000006" and dt.isoformat() == "2000-01-02T03:04:05.000006"
assert dt.isoformat(" ", "seconds") == "2000-01-02 03:04:05"
assert raises(TypeError, dt.isoformat, 5) == "isoformat() argument 1 must be a unicode character, not int"
assert datetime(2000, 1, 1, tzinfo=timezone.utc).isoformat("_") == "2000-01-01_00:00:00+00:00"
assert datetime(2000, 1, 1, tzinfo=timezone(timedelta(seconds=3661))).isoformat() == "2000-01-01T00:00:00+01:01:01"
assert raises(ValueError, datetime, 2000, 1, 1, 1, 60) == "minute must be in 0..59"
assert raises(ValueError, datetime, 2000, 1, 1, 1, 1, 1, 1000000) == "microsecond must be in 0..999999"
assert dt + timedelta(hours=21) == datetime(2000, 1, 3, 0, 4, 5, 6)
assert dt - timedelta(days=2, microseconds=7) == datetime(1999, 12, 31, 3, 4, 4, 999999)
assert dt - datetime(2000, 1, 1) == timedelta(days=1, seconds=11045, microseconds=6)
assert raises(OverflowError, lambda: datetime.max + timedelta(1)) == "date value out of range"
assert datetime(2000, 1, 1) > datetime(1999, 12, 31, 23, 59)
assert (datetime(2000, 1, 1) == date(2000, 1, 1)) is False
assert raises(TypeError, lambda: datetime(2000, 1, 1) < date(2000, 1, 1)) == \
    "can't compare datetime.datetime to datetime.date"
aware = datetime(2000, 1, 1, 12, tzinfo=timezone.utc)
plus1 = datetime(2000, 1, 1, 13, tzinfo=timezone(timedelta(hours=1)))
assert aware == plus1 and hash(aware) == hash(plus1) and plus1 - aware == timedelta(0)
assert (datetime(2000, 1, 1, 12) == aware) is False
assert raises(TypeError, lambda: datetime(2000, 1, 1) - aware) == \
    "can't subtract offset-naive and offset-aware datetimes"
assert raises(TypeError, lambda: datetime(2000, 1, 1) < aware) == \
    "can't compare offset-naive and offset-aware datetimes"
assert datetime.combine(date(2000, 1, 1), time(1, 2)) == datetime(2000, 1, 1, 1, 2)
assert datetime.combine(date(2000, 1, 1), time(1, tzinfo=timezone.utc)).tzinfo is timezone.utc
assert dt.replace(year=2001, microsecond=0) == datetime(2001, 1, 2, 3, 4, 5)
assert aware.replace(tzinfo=None) == datetime(2000, 1, 1, 12)
assert datetime.fromisoformat("2000-01-01T01:02:03.1") == datetime(2000, 1, 1, 1, 2, 3, 100000)
assert datetime.fromisoformat("2000-01-01 01:02:03.1234567+05:30") == \
    datetime(2000, 1, 1, 1, 2, 3, 123456, timezone(timedelta(hours=5, minutes=30)))
assert datetime.fromisoformat("20000101T010203Z") == datetime(2000, 1, 1, 1, 2, 3, tzinfo=timezone.utc)
assert datetime.fromisoformat("2000-01-01T01") == datetime(2000, 1, 1, 1)
assert datetime.fromisoformat("2000-01-01") == datetime(2000, 1, 1)
assert datetime.fromisoformat(dt.isoformat()) == dt
assert raises(ValueError, datetime.fromisoformat, "x") == "Invalid isoformat string: 'x'"
# Forms fromisoformat cannot read are "Invalid isoformat string"; fields
# out of range keep the constructor's message.
for fn, text, msg in [
        (date.fromisoformat, "2000-13-01", "month must be in 1..12"),
        (date.fromisoformat, "2000-02-30", "day is out of range for month"),
        (date.fromisoformat, "2004-W54-1", "Invalid isoformat string: '2004-W54-1'"),
        (datetime.fromisoformat, "2000-01-01T24:00", "hour must be in 0..23"),
        (datetime.fromisoformat, "2000-01-01T1:00", "Invalid isoformat string: '2000-01-01T1:00'"),
        (time.fromisoformat, "25:00", "hour must be in 0..23"),
        (time.fromisoformat, "10:0", "Invalid isoformat string: '10:0'")]:
    assert raises(ValueError, fn, text) == msg, (text, raises(ValueError, fn, text))
assert raises(ValueError, datetime.fromisoformat, "2000-01-01T10:00+25:00").startswith("offset must be")
assert dt.strftime("%Y-%m-%dT%H:%M:%S.%f %z|%Z|%%") == "2000-01-02T03:04:05.000006 ||%"
assert aware.strftime("%z %Z") == "+0000 UTC" and plus1.strftime("%z") == "+0100"
assert dt.ctime() == "Sun Jan  2 03:04:05 2000"
assert aware.timetuple()[:] == (2000, 1, 1, 12, 0, 0, 5, 1, -1)
assert plus1.utctimetuple()[:6] == (2000, 1, 1, 12, 0, 0)
assert aware.timestamp() == 946728000.0
assert datetime.fromtimestamp(946728000.5, timezone.utc) == datetime(2000, 1, 1, 12, 0, 0, 500000, timezone.utc)
assert datetime.utcfromtimestamp(0) == datetime(1970, 1, 1)
assert datetime.fromtimestamp(1e9).timestamp() == 1e9
assert datetime.fromtimestamp(1234567.25).timestamp() == 1234567.25
assert abs(datetime.now().timestamp() - datetime.now(timezone.utc).timestamp()) < 5
assert datetime.now(timezone.utc).tzinfo is timezone.utc
assert abs((datetime.utcnow() - datetime.now(timezone.utc).replace(tzinfo=None)).total_seconds()) < 5
local = datetime(2000, 6, 1, 12).astimezone()
assert local.replace(tzinfo=None) == datetime(2000, 6, 1, 12) and local.utcoffset() is not None
assert plus1.astimezone(timezone.utc) == aware and plus1.astimezone(timezone.utc).hour == 12
assert datetime.min == datetime(1, 1, 1) and datetime.max.microsecond == 999999

# strptime.
sp = datetime.strptime
assert sp("5 Mar 2021 3:04:05 PM", "%d %b %Y %I:%M:%S %p") == datetime(2021, 3, 5, 15, 4, 5)
assert sp("12:30 AM", "%I:%M %p") == datetime(1900, 1, 1, 0, 30)
assert sp("2021-03-05T10:00:00+0530", "%Y-%m-%dT%H:%M:%S%z").utcoffset() == timedelta(hours=5, minutes=30)
assert sp("2021-03-05 10:00Z", "%Y-%m-%d %H:%M%z").tzinfo == timezone.utc
assert sp("99 123", "%y %j") == datetime(1999, 5, 3)
assert sp("2004 1 1", "%G %V %u") == datetime(2003, 12, 29)
assert sp("Friday, March 05 2021 .123", "%A, %B %d %Y .%f") == datetime(2021, 3, 5, 0, 0, 0, 123000)
assert sp("01/02/03 04:05:06", "%x %X") == datetime(2003, 1, 2, 4, 5, 6)
assert sp("  2021", " %Y") == datetime(2021, 1, 1)
assert raises(ValueError, sp, "2000", "%Y %m") == "time data '2000' does not match format '%Y %m'"
assert raises(ValueError, sp, "2000-01-01x", "%Y-%m-%d") == "unconverted data remains: x"
assert raises(ValueError, sp, "2021-03-05", "%Y-%q") == "'q' is a bad directive in format '%Y-%q'"
assert raises(ValueError, sp, "2021 5", "%G %V").startswith("ISO year directive '%G' must be used")
assert sp("mon 2024 05 1", "%a %Y %W %w") == datetime(2024, 1, 29)
assert raises(ValueError, sp, "10", "%e") == "'e' is a bad directive in format '%e'"
weeks = []
for y in (2018, 2019, 2020, 2021, 2022, 2023, 2024):
    for wk in (0, 1, 2, 10, 52, 53):
        for wd in range(7):
            for d in "UW":
                weeks.append(sp("%d %d %d" % (y, wk, wd), "%%Y %%%s %%w" % d).toordinal())
assert sum(weeks) == 433901321 and weeks[:4] == [736694, 736701, 736695, 736695], (sum(weeks), weeks[:4])

# timezone and tzinfo subclasses.
utc = timezone.utc
assert repr(utc) == "datetime.timezone.utc" and str(utc) == "UTC" and D.UTC is utc
assert timezone(timedelta(0)) is utc
assert repr(timezone(timedelta(hours=-5))) == "datetime.timezone(datetime.timedelta(days=-1, seconds=68400))"
assert repr(timezone(timedelta(hours=1), "X")) == "datetime.timezone(datetime.timedelta(seconds=3600), 'X')"
assert str(timezone(timedelta(hours=5, minutes=30))) == "UTC+05:30"
assert str(timezone(timedelta(hours=-3))) == "UTC-03:00"
assert timezone(timedelta(hours=1), "A") == timezone(timedelta(hours=1), "B")
assert timezone(timedelta(hours=2)).utcoffset(None) == timedelta(hours=2)
assert timezone(timedelta(hours=2)).dst(None) is None
assert raises(ValueError, timezone, timedelta(hours=24)).startswith("offset must be a timedelta strictly between")
assert raises(TypeError, timezone, 5) == "timezone() argument 1 must be datetime.timedelta, not int"
assert timezone.max.utcoffset(None) == timedelta(hours=23, minutes=59)
assert raises(NotImplementedError, tzinfo().utcoffset, None) == "a tzinfo subclass must implement utcoffset()"


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name


est = Fixed(-5, "EST")
e = datetime(2000, 1, 1, 7, tzinfo=est)
assert e.utcoffset() == timedelta(hours=-5) and e.tzname() == "EST" and e.dst() == timedelta(0)
assert e == aware and e.astimezone(utc) == aware and aware.astimezone(est).hour == 7
assert e.isoformat() == "2000-01-01T07:00:00-05:00" and e.strftime("%Z%z") == "EST-0500"
assert e.timetuple().tm_isdst == 0
assert datetime.fromtimestamp(946728000, est) == e


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5


assert raises(TypeError, datetime(2000, 1, 1, tzinfo=Bad()).utcoffset) == \
    "tzinfo.utcoffset() must return None or timedelta, not 'int'"
assert raises(TypeError, datetime, 2000, 1, 1, tzinfo=1) == \
    "tzinfo argument must be None or of a tzinfo subclass, not type 'int'"


class MyDate(date):
    pass


md = MyDate(2000, 1, 1)
assert repr(md) == "MyDate(2000, 1, 1)".join(["", ""]) or repr(md).endswith("MyDate(2000, 1, 1)")
assert type(md + timedelta(1)) in (date, MyDate) and md.replace(day=2) == date(2000, 1, 2)

import copy
assert copy.deepcopy(aware) == aware and copy.copy(dt) == dt and copy.deepcopy(td) == td

print(dt, aware, td)
print(repr(e.date()), e.isoformat())
print("datetime ok")
