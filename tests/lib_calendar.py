# calendar: leap years, weekdays, monthrange, the Calendar iterators,
# TextCalendar's month and year layouts for every first weekday,
# HTMLCalendar, names, timegm, errors; and the digest of a broad sweep
# as python3 prints it.
import calendar as C
import hashlib

assert C.isleap(2000) and not C.isleap(1900) and C.isleap(2024)
assert C.leapdays(2000, 2025) == 7 and C.leapdays(1, 2025) == 491
assert C.weekday(2024, 2, 29) == C.THURSDAY == 3 and C.weekday(10000, 1, 1) == 5
assert C.monthrange(2024, 2) == (3, 29) and C.monthrange(2023, 2) == (2, 28)
try:
    C.monthrange(2024, 13)
except C.IllegalMonthError as e:
    assert str(e) == "bad month number 13; must be 1-12" and isinstance(e, ValueError)
try:
    C.setfirstweekday(7)
except C.IllegalWeekdayError as e:
    assert str(e) == "bad weekday number 7; must be 0 (Monday) to 6 (Sunday)"
assert C.month_name[1] == "January" and C.month_abbr[12] == "Dec" and C.month_name[0] == ""
assert C.day_name[0] == "Monday" and C.day_abbr[6] == "Sun" and len(C.month_name) == 13
assert list(C.day_abbr) == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
assert C.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)) == 1709209815 and C.timegm((1970, 1, 1, 0, 0, 0)) == 0
assert C.monthcalendar(2024, 9)[0] == [0, 0, 0, 0, 0, 0, 1]
assert C.month(2024, 2) == ("   February 2024\n"
                            "Mo Tu We Th Fr Sa Su\n"
                            "          1  2  3  4\n"
                            " 5  6  7  8  9 10 11\n"
                            "12 13 14 15 16 17 18\n"
                            "19 20 21 22 23 24 25\n"
                            "26 27 28 29\n")
cal = C.Calendar(C.SUNDAY)
assert list(cal.iterweekdays()) == [6, 0, 1, 2, 3, 4, 5]
assert list(cal.itermonthdays2(2024, 2))[:5] == [(0, 6), (0, 0), (0, 1), (0, 2), (1, 3)]
assert next(cal.itermonthdates(2024, 2)).isoformat() == "2024-01-28"
assert list(cal.itermonthdays3(2024, 12))[-1] == (2025, 1, 4)
assert C.TextCalendar().formatyear(2024).splitlines()[0].strip() == "2024"
assert "<th class=\"mon\">Mon</th>" in C.HTMLCalendar().formatmonth(2024, 2)

# A sweep over first weekdays, years at the range's ends, layouts and
# iterators.
out = []
for fw in range(7):
    tc = C.TextCalendar(fw)
    for y in (1, 1900, 2000, 2023, 2024, 9999):
        for m in (1, 2, 3, 7, 12):
            out.append(tc.formatmonth(y, m))
            out.append(tc.formatmonth(y, m, 3, 2))
            out.append(repr(tc.monthdays2calendar(y, m)))
            if not (y == 1 and m == 1) and not (y == 9999 and m == 12):
                out.append(repr(tc.monthdatescalendar(y, m)))
                out.append(repr(list(tc.itermonthdays4(y, m))))
            out.append(repr(list(tc.itermonthdays(y, m))))
    out.append(tc.formatyear(2024))
    out.append(tc.formatyear(2023, 3, 1, 4, 4))
    out.append(tc.formatweekheader(9) + "|" + tc.formatweekheader(1))
    out.append(repr(tc.yeardayscalendar(2024, 4)))
out.append(C.HTMLCalendar().formatmonth(2024, 2))
C.setfirstweekday(C.SUNDAY)
out.append(C.month(2024, 9) + repr(C.firstweekday()) + C.weekheader(2) + C.calendar(1999))
C.setfirstweekday(C.MONDAY)
text = "\n#####\n".join(out)
print(len(text.splitlines()), "lines")
DIGEST = "f87ce96447f2fe6c90eadac7fea304e793bdb111d56dc9db18d8a07222f4dd2f"
assert hashlib.sha256(text.encode()).hexdigest() == DIGEST, hashlib.sha256(text.encode()).hexdigest()
print("calendar ok")
