"""Dates, times, durations and fixed-offset time zones.

Everything here counts in the proleptic Gregorian calendar. A date is
kept as (year, month, day), a time of day as hour, minute, second and
microsecond; arithmetic goes through day ordinals (1 January of year 1 is
day 1) and whole microseconds, so it is exact.
"""

import time as _time
import math as _math
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_BEFORE_MONTH = [0, 0]
for _m in range(2, 14):
    _BEFORE_MONTH.append(_BEFORE_MONTH[-1] + _MONTH_DAYS[_m - 1])
del _m

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_ORDINAL = 3652059  # 9999-12-31

_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_DAYS[month]


def _to_ordinal(year, month, day):
    y = year - 1
    before = _BEFORE_MONTH[month] + (month > 2 and _is_leap(year))
    return y * 365 + y // 4 - y // 100 + y // 400 + before + day


def _month_of_day(leap):
    """For each 0-based day of a year, (month, day of the month)."""
    out = []
    for month in range(1, 13):
        days = 29 if month == 2 and leap else _MONTH_DAYS[month]
        out.extend((month, day) for day in range(1, days + 1))
    return tuple(out)


_DAY_TO_MONTH = (_month_of_day(False), _month_of_day(True))


def _from_ordinal(n):
    # Peel off whole 400-, 100-, 4- and 1-year cycles counted from 1 Jan 1.
    n -= 1
    q400, n = divmod(n, 146097)
    q100, n = divmod(n, 36524)
    q4, n = divmod(n, 1461)
    q1, n = divmod(n, 365)
    year = q400 * 400 + q100 * 100 + q4 * 4 + q1 + 1
    if q100 == 4 or q1 == 4:
        # The last day of a leap cycle: 31 December of the year before.
        return year - 1, 12, 31
    month, day = _DAY_TO_MONTH[_is_leap(year)][n]
    return year, month, day


def _check_date(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _div_even(a, b):
    """a / b rounded to the nearest int, ties to even."""
    q, r = divmod(a, b)
    twice = 2 * r
    if (twice > b if b > 0 else twice < b) or (twice == b and q % 2 == 1):
        q += 1
    return q


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _type_name(obj):
    cls = type(obj)
    if cls.__module__ == "datetime":
        return "datetime." + cls.__name__
    return cls.__name__


def _repr_prefix(obj):
    cls = type(obj)
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _check_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24), not %r." % (offset,))
    return offset


def _format_offset(off, sep=":"):
    """'+HH:MM', with ':SS' and '.ffffff' only when they are not zero."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    mm, ss = divmod(off._seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off._microseconds:
        s += "%s%02d" % (sep, ss)
        if off._microseconds:
            s += ".%06d" % off._microseconds
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _wrap_strftime(obj, fmt, timetuple):
    """Expands the directives time.strftime cannot know (%f, %z, %Z) and
    hands the rest to it."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i == n:
            out.append(c)
            continue
        d = fmt[i]
        i += 1
        if d == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif d == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, "").replace("%", "%%"))
        elif d == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append("" if name is None else name.replace("%", "%%"))
        else:
            out.append("%" + d)
    return _time.strftime("".join(out), timetuple)


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999),
    the days alone carrying the sign."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            return cls._from_us(((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds)
                                * _US_PER_SECOND + milliseconds * 1000 + microseconds)
        total = 0
        num, den = 0, 1
        for name, value, unit in (("days", days, _US_PER_DAY), ("seconds", seconds, _US_PER_SECOND),
                                  ("microseconds", microseconds, 1), ("milliseconds", milliseconds, 1000),
                                  ("minutes", minutes, 60 * _US_PER_SECOND),
                                  ("hours", hours, 3600 * _US_PER_SECOND), ("weeks", weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                total += value * unit
            elif isinstance(value, float):
                n, d = value.as_integer_ratio()
                num, den = num * d + n * unit * den, den * d
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(value).__name__))
        if num:
            total += _div_even(num, den)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, us):
        days, rest = divmod(us, _US_PER_DAY)
        if not -999999999 <= days <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, _US_PER_SECOND)
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_repr_prefix(self), ", ".join(parts) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_us(_div_even(self._us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_div_even(self._us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_div_even(d * self._us(), n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class IsoCalendarDate(tuple):
    """(year, week, weekday) with names, as date.isocalendar returns."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_repr_prefix(self), self[0], self[1], self[2])


def _iso_week1_monday(year):
    # The Monday of ISO week 1: the week that holds the year's first Thursday.
    first = _to_ordinal(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


class _BadIso(ValueError):
    """A string that is not in an ISO 8601 form fromisoformat reads."""


def _parse_int(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        raise _BadIso
    return int(part), i + n


def _parse_iso_date(s):
    """(year, month, day) from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or
    YYYYWww[D]; raises ValueError with no message on bad input."""
    year, i = _parse_int(s, 0, 4)
    dash = s[i:i + 1] == "-"
    if dash:
        i += 1
    if s[i:i + 1] == "W":
        week, i = _parse_int(s, i + 1, 2)
        day = 1
        if i < len(s):
            if dash:
                if s[i] != "-":
                    raise _BadIso
                i += 1
            day, i = _parse_int(s, i, 1)
        if i != len(s):
            raise _BadIso
        try:
            return _from_iso_calendar(year, week, day)
        except ValueError:
            raise _BadIso from None
    month, i = _parse_int(s, i, 2)
    if dash:
        if s[i:i + 1] != "-":
            raise _BadIso
        i += 1
    day, i = _parse_int(s, i, 2)
    if i != len(s):
        raise _BadIso
    return year, month, day


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        if week == 53:
            first = _to_ordinal(year, 1, 1) % 7
            if not (first == 4 or (first == 3 and _is_leap(year))):
                raise ValueError("Invalid week: %d" % week)
        else:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    return _from_ordinal(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _parse_iso_time(s):
    """(hour, minute, second, microsecond, tzinfo) from the time part of
    an ISO 8601 string; raises ValueError with no message on bad input."""
    tz = None
    for k, c in enumerate(s):
        if c in "+-Z":
            tz = _parse_iso_offset(s[k:])
            s = s[:k]
            break
    hour, i = _parse_int(s, 0, 2)
    minute = second = us = 0
    colon = s[i:i + 1] == ":"
    if i < len(s):
        if colon:
            i += 1
        minute, i = _parse_int(s, i, 2)
        if i < len(s):
            if colon:
                if s[i] != ":":
                    raise _BadIso
                i += 1
            second, i = _parse_int(s, i, 2)
            if i < len(s):
                if s[i] not in ".,":
                    raise _BadIso
                digits = s[i + 1:]
                if not digits or not digits.isdigit() or not digits.isascii():
                    raise _BadIso
                us = int((digits + "00000")[:6])
                i = len(s)
    if i != len(s):
        raise _BadIso
    return hour, minute, second, us, tz


def _parse_iso_offset(s):
    if s == "Z":
        return timezone.utc
    sign = -1 if s[0] == "-" else 1
    if s[0] not in "+-":
        raise _BadIso
    hh, mm, ss, us, _ = _parse_iso_time(s[1:])
    off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    if not off:
        return timezone.utc
    return timezone(sign * off)


class date:
    """A calendar date: year, month and day."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1" if n < 1 else "year %d is out of range" % (MAXYEAR + 1))
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(date_string) not in (7, 8, 10):
                raise _BadIso
            fields = _parse_iso_date(date_string)
        except _BadIso:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_repr_prefix(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_ABBR[self.weekday()], _MONTH_ABBR[self._month],
                                           self._day, self._year)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  _BEFORE_MONTH[self._month] + (self._month > 2 and _is_leap(self._year))
                                  + self._day, -1))

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        n = self.toordinal()
        monday = _iso_week1_monday(year)
        if n < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif n >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        week, day = divmod(n - monday, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return type(self)(*_from_ordinal(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """The abstract base of time zones: subclasses give utcoffset, dst and
    tzname for a datetime."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        dt += off - dst
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        args = getattr(self, "__getinitargs__", lambda: ())()
        state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)


class time:
    """A time of day, with an optional tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string[:1] == "T" else time_string
        try:
            fields = _parse_iso_time(s)
        except _BadIso:
            raise ValueError("Invalid isoformat string: %r" % (time_string,)) from None
        return cls(*fields)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def __repr__(self):
        args = [self._hour, self._minute, self._second, self._microsecond]
        while len(args) > 2 and args[-1] == 0:
            args.pop()
        s = "%s(%s" % (_repr_prefix(self), ", ".join(map(str, args)))
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return s + ")"

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _cmp(self, other, eq):
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        k1 = (self._hour, self._minute, self._second, self._microsecond)
        k2 = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is other._tzinfo or off1 == off2:
            return _cmp(k1, k2)
        if off1 is None or off2 is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        us1 = ((k1[0] * 60 + k1[1]) * 60 + k1[2]) * _US_PER_SECOND + k1[3] - off1._us()
        us2 = ((k2[0] * 60 + k2[1]) * 60 + k2[2]) * _US_PER_SECOND + k2[3] - off2._us()
        return _cmp(us1, us2)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            us = ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND + self._microsecond
            if off:
                us -= off._us()
            self._hashcode = hash(us)
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, naive or aware (with a tzinfo)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        fields = (_time.gmtime if utc else _time.localtime)(t)
        y, m, d, hh, mm, ss = fields[:6]
        if cls is not datetime or not MINYEAR <= y <= MAXYEAR:
            return cls(y, m, d, hh, mm, min(ss, 59), us, tz)
        # The clock's fields are in range: skip the other checks.
        self = object.__new__(cls)
        self._year, self._month, self._day = y, m, d
        self._hour, self._minute, self._second = hh, mm, min(ss, 59)
        self._microsecond, self._tzinfo, self._fold = us, tz, 0
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_timestamp(t, False, None)
        return tz.fromutc(cls._from_timestamp(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d._year, d._month, d._day)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        try:
            # The date part is 10 characters (extended) or 8 (basic), or
            # a week date; the separator is any one character.
            if len(s) >= 8 and s[4:5] == "W" or s[5:6] == "W":
                n = 8 if s[4:5] == "-" else 7
                if len(s) > n and s[n:n + 1] in "-0123456789":
                    n += 2 if s[n] == "-" else 1
            elif s[4:5] == "-":
                n = 10
            else:
                n = 8
            y, m, d = _parse_iso_date(s[:n])
            if len(s) > n:
                hh, mm, ss, us, tz = _parse_iso_time(s[n + 1:])
            else:
                hh, mm, ss, us, tz = 0, 0, 0, 0, None
        except (_BadIso, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        yday = _BEFORE_MONTH[self._month] + (self._month > 2 and _is_leap(self._year)) + self._day
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(), yday, flag))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        yday = _BEFORE_MONTH[dt._month] + (dt._month > 2 and _is_leap(dt._year)) + dt._day
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour, dt._minute,
                                  dt._second, dt.weekday(), yday, 0))

    def _local_seconds(self):
        return _time.mktime((self._year, self._month, self._day, self._hour, self._minute,
                             self._second, 0, 1, -1))

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        off = self.utcoffset()
        if off is None:
            secs = int(self._local_seconds())
            local_off, name = _time._localoffset(secs)
            off = timedelta(seconds=local_off)
            src = self.replace(tzinfo=timezone(off, name))
        else:
            src = self
        if tz is None:
            secs = (src - _EPOCH) // timedelta(seconds=1)
            local_off, name = _time._localoffset(secs)
            tz = timezone(timedelta(seconds=local_off), name)
        if src._tzinfo is tz:
            return src
        utc = (src - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __repr__(self):
        args = [self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond]
        while len(args) > 5 and args[-1] == 0:
            args.pop()
        s = "%s(%s" % (_repr_prefix(self), ", ".join(map(str, args)))
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return s + ")"

    def isoformat(self, sep="T", timespec="auto"):
        if sep != "T" and (not isinstance(sep, str) or len(sep) != 1):
            if isinstance(sep, str):
                raise TypeError("isoformat() argument 1 must be a unicode character, not str")
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % type(sep).__name__)
        if timespec == "auto" and self._tzinfo is None:
            if self._microsecond:
                return "%04d-%02d-%02d%s%02d:%02d:%02d.%06d" % (
                    self._year, self._month, self._day, sep, self._hour, self._minute,
                    self._second, self._microsecond)
            return "%04d-%02d-%02d%s%02d:%02d:%02d" % (
                self._year, self._month, self._day, sep, self._hour, self._minute, self._second)
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBR[self.weekday()], _MONTH_ABBR[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def _us(self):
        """Microseconds since 0001-01-01 00:00 of the naive fields."""
        secs = ((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 + self._second
        return secs * _US_PER_SECOND + self._microsecond

    @classmethod
    def _from_us(cls, us, tz):
        secs, us = divmod(us, _US_PER_SECOND)
        days, secs = divmod(secs, 86400)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _from_ordinal(days)
        mm, ss = divmod(secs, 60)
        hh, mm = divmod(mm, 60)
        if cls is not datetime:
            return cls(y, m, d, hh, mm, ss, us, tz)
        # The fields are in range by construction: skip the checks.
        self = object.__new__(cls)
        self._year, self._month, self._day = y, m, d
        self._hour, self._minute, self._second = hh, mm, ss
        self._microsecond, self._tzinfo, self._fold = us, tz, 0
        self._hashcode = -1
        return self

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._us() + other._us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._us() - other._us(), self._tzinfo)
        if isinstance(other, datetime):
            diff = self._us() - other._us()
            if self._tzinfo is not other._tzinfo:
                off1 = self.utcoffset()
                off2 = other.utcoffset()
                if (off1 is None) != (off2 is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if off1 is not None:
                    diff += off2._us() - off1._us()
            return timedelta._from_us(diff)
        return NotImplemented

    def _cmp(self, other, eq):
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us(), other._us())
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if (off1 is None) != (off2 is None):
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a = self._us() - (off1._us() if off1 else 0)
        b = other._us() - (off2._us() if off2 else 0)
        return _cmp(a, b)

    def _mixed(self, other, op):
        if isinstance(other, date):
            if op == "==":
                return False
            if op == "!=":
                return True
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        return self._mixed(other, "==")

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) != 0
        return self._mixed(other, "!=")

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) < 0
        return self._mixed(other, "<")

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) <= 0
        return self._mixed(other, "<=")

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) > 0
        return self._mixed(other, ">")

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) >= 0
        return self._mixed(other, ">=")

    def __hash__(self):
        if self._hashcode == -1:
            us = self._us()
            off = self.utcoffset()
            if off:
                us -= off._us()
            self._hashcode = hash(us)
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A tzinfo with a fixed offset from UTC and an optional name."""

    __slots__ = ("_offset", "_name")

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset and "utc" in globals():
                return utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_repr_prefix(self), self._offset)
        return "%s(%r, %r)" % (_repr_prefix(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def dst(self, dt):
        self._check_arg(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


utc = timezone(timedelta(0))
timezone.utc = utc
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = utc
_EPOCH = datetime(1970, 1, 1, tzinfo=utc)


# strptime: each directive becomes a named regular-expression group.

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december")
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _alternatives(words):
    return "|".join(sorted(words, key=len, reverse=True))


_DIRECTIVES = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": "(?P<A>%s)" % _alternatives(_DAY_NAMES),
    "a": "(?P<a>%s)" % _alternatives(n[:3] for n in _DAY_NAMES),
    "B": "(?P<B>%s)" % _alternatives(_MONTH_NAMES),
    "b": "(?P<b>%s)" % _alternatives(n[:3] for n in _MONTH_NAMES),
    "p": "(?P<p>am|pm)",
    "Z": "(?P<Z>utc|gmt|%s)" % _alternatives(n.lower() for n in _time.tzname),
    "%": "%",
}
_DIRECTIVES["W"] = _DIRECTIVES["U"].replace("<U>", "<W>")
_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_pattern_cache = {}


def _expand(format):
    """format with the composite directives (%c, %x, %T...) spelled out."""
    out = []
    i, n = 0, len(format)
    while i < n:
        if format[i] == "%" and i + 1 < n:
            d = format[i + 1]
            out.append(_EXPANSIONS.get(d, "%" + d))
            i += 2
        else:
            out.append(format[i])
            i += 1
    return "".join(out)


def _compile_format(format):
    import re
    found = _pattern_cache.get(format)
    if found is not None:
        return found
    expanded = _expand(format)
    out = []
    seen = set()
    i, n = 0, len(expanded)
    while i < n:
        c = expanded[i]
        if c == "%":
            if i + 1 == n:
                raise ValueError("stray %% in format '%s'" % format)
            d = expanded[i + 1]
            if d not in _DIRECTIVES:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
            if d in seen and d != "%":
                out.append("(?P=%s)" % d)
            else:
                out.append(_DIRECTIVES[d])
                seen.add(d)
            i += 2
        elif c.isspace():
            while i < n and expanded[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            out.append(re.escape(c))
            i += 1
    pattern = re.compile("".join(out), re.IGNORECASE)
    _pattern_cache[format] = pattern
    return pattern


def _strptime(cls, data, format):
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data).__name__)
    if not isinstance(format, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(format).__name__)
    pattern = _compile_format(format)
    found = pattern.match(data)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data, format))
    if found.end() != len(data):
        raise ValueError("unconverted data remains: %s" % data[found.end():])
    g = {k: v for k, v in found.groupdict().items() if v is not None}
    year = None
    month = day = 1
    hour = minute = second = us = 0
    weekday = julian = iso_year = iso_week = None
    tz = None
    if "y" in g:
        year = int(g["y"])
        year += 2000 if year <= 68 else 1900
    if "Y" in g:
        year = int(g["Y"])
    if "G" in g:
        iso_year = int(g["G"])
    if "m" in g:
        month = int(g["m"])
    for key in ("B", "b"):
        if key in g:
            name = g[key].lower()
            month = [n if key == "B" else n[:3] for n in _MONTH_NAMES].index(name) + 1
    if "d" in g:
        day = int(g["d"])
    if "H" in g:
        hour = int(g["H"])
    if "I" in g:
        hour = int(g["I"])
        pm = g.get("p", "").lower() == "pm"
        if pm:
            hour = hour % 12 + 12
        elif hour == 12:
            hour = 0
    if "M" in g:
        minute = int(g["M"])
    if "S" in g:
        second = int(g["S"])
    if "f" in g:
        us = int((g["f"] + "00000")[:6])
    for key in ("A", "a"):
        if key in g:
            name = g[key].lower()
            weekday = [n if key == "A" else n[:3] for n in _DAY_NAMES].index(name)
    if "w" in g:
        weekday = (int(g["w"]) + 6) % 7
    if "u" in g:
        weekday = int(g["u"]) - 1
    if "j" in g:
        julian = int(g["j"])
    if "V" in g:
        iso_week = int(g["V"])
    if "z" in g:
        z = g["z"]
        if z in ("Z", "z"):
            tz = utc
        else:
            sign = -1 if z[0] == "-" else 1
            digits = z[1:].replace(":", "")
            hh, mm, ss = int(digits[0:2]), int(digits[2:4]), int(digits[4:6] or 0)
            frac = digits[7:] if len(digits) > 6 else ""
            off = timedelta(hours=hh, minutes=mm, seconds=ss,
                            microseconds=int((frac + "00000")[:6]) if frac else 0)
            tz = timezone(sign * off)
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive "
                             "'%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' "
                             "and a weekday directive ('%A', '%a', '%w', or '%u').")
        year, month, day = _from_iso_calendar(iso_year, iso_week, weekday + 1)
    elif iso_week is not None and year is None:
        raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and "
                         "a weekday directive ('%A', '%a', '%w', or '%u').")
    if year is None:
        year = 1900
    week = g.get("W", g.get("U"))
    if julian is None and iso_year is None and week is not None and weekday is not None:
        # Weeks start on Monday (%W) or Sunday (%U); week 1 begins on the
        # first such day of the year, and week 0 counts from 1 January's
        # place in its week (so a year starting on the week's first day
        # has its week 0 the same as week 1, as CPython computes).
        monday_first = "W" in g
        first = _to_ordinal(year, 1, 1)
        lead = (first + 6) % 7 if monday_first else first % 7
        offset = weekday if monday_first else (weekday + 1) % 7
        week = int(week)
        if week == 0:
            julian = 1 + offset - lead
        else:
            julian = 1 + (7 - lead) % 7 + 7 * (week - 1) + offset
        year, month, day = _from_ordinal(first + julian - 1)
    elif julian is not None and iso_year is None:
        year, month, day = _from_ordinal(_to_ordinal(year, 1, 1) + julian - 1)
    return cls(year, month, day, hour, minute, second, us, tz)


def _time_strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: the fields of the parsed time as a struct_time."""
    for i, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (i, type(arg)))
    return datetime.strptime(data_string, format).timetuple()
