# Loops over floats: the Mandelbrot set on a grid, escape-time counts.
# Measures float multiply/add/compare in a tight while loop.


def mandelbrot(width, height, max_iter):
    total = 0
    rows = []
    for py in range(height):
        ci = py * 2.0 / height - 1.0
        row = 0
        for px in range(width):
            cr = px * 3.0 / width - 2.0
            zr = zi = 0.0
            n = 0
            while n < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            row += n
        rows.append(row)
        total += row
    return total, rows


total, rows = mandelbrot(560, 280, 250)
print("iterations:", total)
print("checksum:", sum((i + 1) * r for i, r in enumerate(rows)) % 1_000_003)
