"""A text-report generator over a synthetic sales ledger.

The program builds a ledger of orders deterministically (random.Random
with a fixed seed): each order has a date, a region, a sales rep, a
product with a category and list price, a quantity, a discount and a free
text note. It then writes a plain-text report the way an everyday script
would:

- a summary paragraph wrapped with textwrap;
- revenue by region and month in a pivot table (defaultdict of dicts,
  format specs with width, grouping and precision);
- the top products per category (itertools.groupby over sorted orders,
  heapq.nlargest);
- a leaderboard of reps with rank, share of revenue as a percentage and a
  bar made of repeated characters, aligned with str.format fields;
- monthly statements per rep with running totals;
- a histogram of order sizes (Counter, bisect on bucket edges);
- the longest notes, wrapped and indented, and a string.Template footer.

The report is built several times (as if for several periods) into an
io.StringIO; the program prints the first lines of the last report, its
size, and an FNV-1a digest of each report's UTF-8 text.

Usage: textreport.py [scale] -- scale divides the number of orders (default 1).
"""
# quick: 10

import bisect
import heapq
import io
import itertools
import random
import string
import sys
import textwrap
from collections import Counter, defaultdict, namedtuple
from dataclasses import dataclass
from enum import Enum
from functools import reduce
from operator import attrgetter, itemgetter


class Region(Enum):
    NORTH = "North"
    SOUTH = "South"
    EAST = "East"
    WEST = "West"
    CENTRAL = "Central"


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    category: str
    price: float


Order = namedtuple("Order", "number month day region rep product quantity discount note")

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
FIRST = ["Ada", "Björn", "Chen", "Dolores", "Émile", "Farah", "Goran", "Hana", "Ines", "Jalen",
         "Kofi", "Lena", "Mateo", "Noor", "Olga", "Priya"]
LAST = ["Okafor", "Lindqvist", "Wei", "Ramírez", "Durand", "Haddad", "Petrović", "Sato",
        "Costa", "Brooks", "Mensah", "Vogel", "Rossi", "Karimi", "Ivanova", "Nair"]
CATEGORIES = {
    "Hardware": ["hammer", "wrench", "drill", "saw", "level", "clamp"],
    "Garden": ["hose", "rake", "shears", "planter", "seed kit"],
    "Kitchen": ["kettle", "skillet", "knife set", "grater", "mixing bowl", "timer"],
    "Office": ["stapler", "lamp", "notebook", "chair mat"],
}
ADJECTIVES = ["compact", "deluxe", "classic", "heavy-duty", "eco", "pro"]
NOTE_WORDS = ("customer asked for gift wrapping delivery was delayed by the carrier repeat buyer "
              "prefers morning drop off invoice sent twice please check the address on file "
              "discount applied after manager approval returned one unit damaged in transit").split()
BUCKETS = [1, 2, 3, 5, 8, 13, 21, 34]


def make_catalog(rng):
    catalog = []
    for category, items in CATEGORIES.items():
        for item in items:
            for adjective in rng.sample(ADJECTIVES, 2):
                sku = f"{category[:2].upper()}-{len(catalog) + 100:04d}"
                price = round(rng.uniform(2.5, 180.0), 2)
                catalog.append(Product(sku, f"{adjective} {item}", category, price))
    return catalog


def make_orders(rng, catalog, count):
    reps = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(18)]
    region_of = {rep: list(Region)[i % len(Region)] for i, rep in enumerate(reps)}
    weights = [1.0 / (1 + i % 7) for i in range(len(catalog))]
    orders = []
    for number in range(1, count + 1):
        month = rng.randrange(12)
        day = rng.randint(1, DAYS_IN_MONTH[month])
        rep = rng.choice(reps)
        product = rng.choices(catalog, weights)[0]
        quantity = min(40, int(rng.expovariate(0.25)) + 1)
        discount = rng.choice([0, 0, 0, 5, 10, 15, 25])
        note = " ".join(rng.choices(NOTE_WORDS, k=rng.randrange(0, 24)))
        orders.append(Order(number, month, day, region_of[rep], rep, product, quantity,
                            discount, note))
    return orders


def revenue(order):
    return order.quantity * order.product.price * (100 - order.discount) / 100


def money(x):
    return f"{x:,.2f}"


def section(out, title):
    out.write("\n")
    out.write(f"{title}\n{'=' * len(title)}\n")


def summary(out, orders, period):
    total = sum(map(revenue, orders))
    units = sum(o.quantity for o in orders)
    discounted = sum(1 for o in orders if o.discount)
    regions = len({o.region for o in orders})
    text = (f"This report covers {len(orders):,} orders for {period}, worth {money(total)} in "
            f"total from {units:,} units sold across {regions} regions. {discounted:,} orders "
            f"({discounted / len(orders):.1%}) carried a discount; the average order was worth "
            f"{total / len(orders):,.2f} and the average discount given was "
            f"{sum(o.discount for o in orders) / len(orders):.2f} percent.")
    out.write(textwrap.fill(text, width=72) + "\n")


def pivot(out, orders):
    section(out, "Revenue by region and quarter")
    table = defaultdict(lambda: [0.0] * 4)
    for o in orders:
        table[o.region][o.month // 3] += revenue(o)
    header = "{:<10}".format("Region") + "".join(f"{'Q' + str(q + 1):>13}" for q in range(4))
    out.write(header + f"{'Total':>15}\n")
    out.write("-" * len(header) + "-" * 15 + "\n")
    column_totals = [0.0] * 4
    for region in sorted(table, key=attrgetter("value")):
        row = table[region]
        column_totals = [a + b for a, b in zip(column_totals, row)]
        cells = "".join(f"{x:>13,.2f}" for x in row)
        out.write(f"{region.value:<10}{cells}{sum(row):>15,.2f}\n")
    cells = "".join(f"{x:>13,.2f}" for x in column_totals)
    out.write(f"{'All':<10}{cells}{sum(column_totals):>15,.2f}\n")


def top_products(out, orders, per_category=3):
    section(out, "Top products by category")
    by_product = defaultdict(float)
    units = Counter()
    for o in orders:
        by_product[o.product] += revenue(o)
        units[o.product] += o.quantity
    ranked = sorted(by_product, key=attrgetter("category", "sku"))
    for category, products in itertools.groupby(ranked, key=attrgetter("category")):
        products = list(products)
        best = heapq.nlargest(per_category, products, key=lambda p: (by_product[p], p.sku))
        share = sum(by_product[p] for p in best) / sum(by_product[p] for p in products)
        out.write(f"{category} ({len(products)} products, top {per_category} = {share:.0%})\n")
        for rank, p in enumerate(best, 1):
            out.write(f"  {rank}. {p.sku} {p.name.title():<22} {units[p]:>6,d} u "
                      f"@ {p.price:>7.2f} = {by_product[p]:>12,.2f}\n")


def leaderboard(out, orders):
    section(out, "Sales reps")
    totals = defaultdict(float)
    counts = Counter()
    for o in orders:
        totals[o.rep] += revenue(o)
        counts[o.rep] += 1
    grand = sum(totals.values())
    best = max(totals.values())
    ranking = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    row = "{rank:>3} {name:<20} {orders:>6} {total:>13,.2f} {share:>7.2%} {bar}\n"
    for rank, (name, total) in enumerate(ranking, 1):
        bar = "#" * round(30 * total / best)
        out.write(row.format(rank=rank, name=name, orders=counts[name], total=total,
                             share=total / grand, bar=bar))


def statements(out, orders):
    section(out, "Monthly statements")
    cells = defaultdict(lambda: [0, 0, 0.0, 0])
    for o in orders:
        cell = cells[o.rep, o.month]
        cell[0] += 1
        cell[1] += o.quantity
        cell[2] += revenue(o)
        cell[3] += o.discount
    for rep, keys in itertools.groupby(sorted(cells), key=itemgetter(0)):
        out.write(f"{rep}\n")
        running = 0.0
        for _, month in keys:
            n, units, total, discount = cells[rep, month]
            running += total
            out.write("  {:<3} {:>4d} orders {:>5,d} units {:>11,.2f} avg {:>8.2f} "
                      "disc {:>5.1f}% ytd {:>12,.2f}\n".format(MONTHS[month], n, units, total,
                                                             total / n, discount / n, running))


def histogram(out, orders):
    section(out, "Order sizes")
    sizes = Counter()
    for o in orders:
        sizes[bisect.bisect_right(BUCKETS, o.quantity) - 1] += 1
    widest = max(sizes.values())
    for i, low in enumerate(BUCKETS):
        high = BUCKETS[i + 1] - 1 if i + 1 < len(BUCKETS) else None
        label = f"{low}-{high}" if high is not None and high != low else f"{low}{'' if high else '+'}"
        n = sizes.get(i, 0)
        out.write("%-6s %6d %s\n" % (label, n, "*" * (50 * n // widest)))


def notes(out, orders, count=4):
    section(out, "Longest notes")
    longest = heapq.nlargest(count, orders, key=lambda o: (len(o.note), -o.number))
    for o in longest:
        head = f"#{o.number:05d} {MONTHS[o.month]} {o.day:2d} ({o.rep}): "
        body = textwrap.fill(o.note.capitalize() + ".", width=68, initial_indent=head,
                             subsequent_indent=" " * 8)
        out.write(body + "\n")


FOOTER = string.Template("\n-- $lines lines, $chars characters; ${orders} orders in ${period} --\n")


def build_report(orders, period):
    out = io.StringIO()
    title = f"Sales report: {period}"
    out.write(f"{title:^72}\n{'~' * 72}\n")
    summary(out, orders, period)
    pivot(out, orders)
    top_products(out, orders)
    leaderboard(out, orders)
    statements(out, orders)
    histogram(out, orders)
    notes(out, orders)
    body = out.getvalue()
    out.write(FOOTER.substitute(lines=body.count("\n"), chars=len(body), orders=len(orders),
                                period=period))
    return out.getvalue()


def fnv1a(data):
    return reduce(lambda h, b: ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF, data,
                  0xCBF29CE484222325)


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    rng = random.Random(8675309)
    catalog = make_catalog(rng)
    orders = make_orders(rng, catalog, 64000 // scale)
    periods = [(f"quarter {q + 1}", lambda o, q=q: o.month // 3 == q) for q in range(4)]
    periods += [("first half", lambda o: o.month < 6), ("second half", lambda o: o.month >= 6),
                ("the whole year", lambda o: True)]
    for period, keep in periods:
        report = build_report([o for o in orders if keep(o)], period)
        digest = fnv1a(report.encode("utf-8"))
        print(f"{period:<15} {len(report):>7,d} chars {report.count(chr(10)):>4} lines "
              f"digest {digest:016x}")
    print()
    for line in report.splitlines()[:30]:
        print(line.rstrip())


if __name__ == "__main__":
    main()
