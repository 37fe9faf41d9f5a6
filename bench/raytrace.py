"""A small recursive ray tracer.

The scene is a checkered floor plane, a back wall and a handful of
spheres, some shiny, lit by two point lights. For each pixel a ray leaves
the eye through the image plane; the nearest surface it meets is shaded
with Lambert diffuse light, a Phong highlight (integer exponent, computed
by repeated squaring so no float power is involved), hard shadows, and
recursive mirror reflections up to a fixed depth. Colours are clamped and
quantised to bytes; the program prints the image size, a few sample
pixels, a histogram summary and a checksum of the whole byte image.

The work is mostly small-object arithmetic: a Vec class with operator
methods, method calls on shapes, attribute reads and float math.

Usage: raytrace.py [scale] -- scale divides the image side (default 1).
"""
# quick: 4

import math
import sys
from dataclasses import dataclass


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vec(self.y * other.z - self.z * other.y,
                   self.z * other.x - self.x * other.z,
                   self.x * other.y - self.y * other.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        n = self.length()
        return Vec(self.x / n, self.y / n, self.z / n)

    def scale(self, other):
        """Component-wise product (used for colours)."""
        return Vec(self.x * other.x, self.y * other.y, self.z * other.z)

    def __repr__(self):
        return f"Vec({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"


BLACK = Vec(0.0, 0.0, 0.0)
EPSILON = 1e-6


@dataclass
class Material:
    color: Vec
    diffuse: float = 0.8
    specular: float = 0.3
    shininess: int = 16
    mirror: float = 0.0
    checker: Vec = None

    def color_at(self, point):
        if self.checker is None:
            return self.color
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return self.checker


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).unit()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.unit()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


@dataclass
class Light:
    position: Vec
    color: Vec


def int_power(base, exponent):
    result = 1.0
    while exponent:
        if exponent & 1:
            result *= base
        base *= base
        exponent >>= 1
    return result


class Scene:
    def __init__(self, objects, lights, ambient, max_depth=3):
        self.objects = objects
        self.lights = lights
        self.ambient = ambient
        self.max_depth = max_depth

    def nearest(self, ray):
        best_t = math.inf
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light * (1.0 / distance))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth=0):
        obj, t = self.nearest(ray)
        if obj is None:
            # A vertical sky gradient.
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.7, 0.9) * k + Vec(0.1, 0.1, 0.15) * (1.0 - k)
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        material = obj.material
        base = material.color_at(point)
        color = base.scale(self.ambient)
        lift = point + normal * 1e-4
        for light in self.lights:
            if self.in_shadow(lift, light):
                continue
            to_light = (light.position - point).unit()
            lambert = normal.dot(to_light)
            if lambert <= 0.0:
                continue
            color = color + base.scale(light.color) * (material.diffuse * lambert)
            half = (to_light - ray.direction).unit()
            spec = normal.dot(half)
            if spec > 0.0:
                color = color + light.color * (material.specular * int_power(spec, material.shininess))
        if material.mirror > 0.0 and depth < self.max_depth:
            d = ray.direction
            reflected = d - normal * (2.0 * d.dot(normal))
            bounce = self.trace(Ray(lift, reflected.unit()), depth + 1)
            color = color * (1.0 - material.mirror) + bounce * material.mirror
        return color


class Camera:
    def __init__(self, eye, target, up, fov_degrees, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        forward = (target - eye).unit()
        right = forward.cross(up).unit()
        true_up = right.cross(forward)
        half = math.tan(math.radians(fov_degrees) / 2.0)
        aspect = width / height
        self.forward = forward
        self.right = right * (half * aspect)
        self.up = true_up * half

    def ray_for(self, px, py):
        u = (2.0 * (px + 0.5) / self.width) - 1.0
        v = 1.0 - (2.0 * (py + 0.5) / self.height)
        direction = self.forward + self.right * u + self.up * v
        return Ray(self.eye, direction.unit())


def build_scene():
    floor = Material(Vec(0.9, 0.9, 0.9), diffuse=0.9, specular=0.1, shininess=8,
                     mirror=0.15, checker=Vec(0.15, 0.15, 0.2))
    wall = Material(Vec(0.5, 0.6, 0.5), diffuse=0.7, specular=0.0, shininess=2)
    objects = [
        Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), floor),
        Plane(Vec(0.0, 0.0, 12.0), Vec(0.0, 0.0, -1.0), wall),
        Sphere(Vec(0.0, 1.0, 5.0), 1.0, Material(Vec(0.9, 0.2, 0.2), mirror=0.3, shininess=32)),
        Sphere(Vec(-2.2, 0.7, 6.0), 0.7, Material(Vec(0.2, 0.8, 0.3), mirror=0.1)),
        Sphere(Vec(2.0, 1.4, 7.0), 1.4, Material(Vec(0.9, 0.9, 0.95), diffuse=0.2,
                                                 specular=0.8, shininess=64, mirror=0.7)),
        Sphere(Vec(0.8, 0.35, 3.4), 0.35, Material(Vec(0.2, 0.3, 0.9), mirror=0.2)),
        Sphere(Vec(-1.0, 2.6, 8.0), 0.8, Material(Vec(0.9, 0.7, 0.1), specular=0.5)),
    ]
    lights = [
        Light(Vec(-5.0, 8.0, -2.0), Vec(0.8, 0.8, 0.75)),
        Light(Vec(6.0, 5.0, 1.0), Vec(0.35, 0.35, 0.45)),
    ]
    return Scene(objects, lights, ambient=Vec(0.12, 0.12, 0.14))


def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0 + 0.5)


def render(scene, camera):
    pixels = bytearray()
    for py in range(camera.height):
        for px in range(camera.width):
            color = scene.trace(camera.ray_for(px, py))
            pixels.append(to_byte(color.x))
            pixels.append(to_byte(color.y))
            pixels.append(to_byte(color.z))
    return pixels


def checksum(data):
    """A simple order-sensitive 32-bit checksum (Adler-like, two sums)."""
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    width, height = 192 // scale, 144 // scale
    camera = Camera(Vec(0.0, 1.6, -3.0), Vec(0.0, 1.0, 5.0), Vec(0.0, 1.0, 0.0), 60.0, width, height)
    scene = build_scene()
    pixels = render(scene, camera)
    print(f"image {width}x{height}, {len(pixels)} bytes")
    for px, py in [(0, 0), (width // 2, height // 2), (width - 1, height - 1), (width // 4, height * 3 // 4)]:
        i = 3 * (py * width + px)
        print(f"pixel ({px:3d},{py:3d}) = #{pixels[i]:02x}{pixels[i + 1]:02x}{pixels[i + 2]:02x}")
    brightness = [0] * 4
    for i in range(0, len(pixels), 3):
        luma = (pixels[i] * 299 + pixels[i + 1] * 587 + pixels[i + 2] * 114) // 1000
        brightness[luma // 64] += 1
    print("brightness quartiles:", " ".join(str(n) for n in brightness))
    print(f"checksum {checksum(pixels):08x}")


if __name__ == "__main__":
    main()
