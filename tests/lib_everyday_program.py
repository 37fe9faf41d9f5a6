# A small report program in the everyday CPython style using this issue's
# modules together: csv in and out, datetime arithmetic, statistics per
# month, pprint, hashlib, fractions, calendar, errno and logging to stdout.
import calendar
import csv
import datetime as dt
import errno
import fractions
import hashlib
import io
import logging
import pprint
import statistics
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("report")
data = io.StringIO()
w = csv.DictWriter(data, ["date", "item", "qty", "price"])
w.writeheader()
start = dt.date(2024, 1, 29)
for i in range(40):
    d = start + dt.timedelta(days=i * 3)
    w.writerow({"date": d.isoformat(), "item": ["apple", "pear", "fig, dried", 'the "best"'][i % 4], "qty": i % 7 + 1, "price": round(0.5 + i * 0.37, 2)})
data.seek(0)
rows = list(csv.DictReader(data))
log.info("read %d rows", len(rows))
by_month = {}
for r in rows:
    d = dt.date.fromisoformat(r["date"])
    by_month.setdefault((d.year, d.month), []).append(float(r["price"]) * int(r["qty"]))
for (y, m), vals in sorted(by_month.items()):
    print("%s %d: n=%d total=%.2f mean=%.3f median=%.2f stdev=%s" % (calendar.month_abbr[m], y, len(vals), sum(vals), statistics.mean(vals), statistics.median(vals), round(statistics.stdev(vals), 6) if len(vals) > 1 else "-"))
pprint.pprint({k: [round(v, 2) for v in vs] for k, vs in by_month.items()}, width=60, compact=True)
print(hashlib.sha1(data.getvalue().encode()).hexdigest())
print(fractions.Fraction(sum(int(r["qty"]) for r in rows), len(rows)))
t = dt.datetime(2024, 3, 10, 1, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
print(t.astimezone(dt.timezone.utc).strftime("%A %d %B %Y %I:%M %p %Z"), (t + dt.timedelta(weeks=2)).isocalendar())
print(calendar.month(2024, 2))
try:
    open("/nonexistent/x")
except OSError as e:
    log.warning("open failed: %s (%s)", errno.errorcode[e.errno], e.strerror)
log.debug("done")
