#!/usr/bin/env python3
# Draws the test pack's picture (tests/data/quiz-images/.../images/sun-and-dune.png): the sun over a sand
# dune with straw checkerboards, as a plain PNG written with zlib and struct only. Run from the repo root.
import math
import struct
import zlib

W, H = 480, 300
SS = 3  # samples per pixel side, for smooth edges


def dune_top(x):
    # A long dune rising from the left, its crest near two thirds across.
    return 205 - 55 * math.exp(-((x - 310) / 150) ** 2) - 10 * math.sin(x / 40)


def colour_at(x, y):
    sun = (120, 88, 34)
    d = math.hypot(x - sun[0], y - sun[1])
    if y > dune_top(x):
        # Sand, darker on the slope away from the sun; straw squares drawn as thin lines.
        slope = dune_top(x + 1) - dune_top(x)
        shade = 0.88 if slope < 0 else 1.0
        base = (222 * shade, 184 * shade, 120 * shade)
        gx, gy = (x - 0.6 * (y - 200)) % 26, (y - dune_top(x)) % 16
        if y > dune_top(x) + 18 and (gx < 2.2 or gy < 1.6):
            return (170, 128, 60)
        return base
    if d < sun[2]:
        return (250, 196, 40)
    # Rays: short wedges around the sun.
    angle = math.atan2(y - sun[1], x - sun[0])
    if sun[2] + 8 < d < sun[2] + 30 and (angle * 12 / (2 * math.pi)) % 1 < 0.28:
        return (246, 170, 30)
    t = y / H
    return (120 + 90 * t, 180 + 50 * t, 230 + 15 * t)  # sky, paler towards the horizon


def pixels():
    rows = []
    for py in range(H):
        row = bytearray()
        for px in range(W):
            acc = [0.0, 0.0, 0.0]
            for sy in range(SS):
                for sx in range(SS):
                    c = colour_at(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS)
                    for i in range(3):
                        acc[i] += c[i]
            row += bytes(min(255, int(a / (SS * SS) + 0.5)) for a in acc)
        rows.append(bytes(row))
    return rows


def png(rows):
    raw = b"".join(b"\x02" + bytes((r[i] - (prev[i] if prev else 0)) & 255 for i in range(len(r)))
                   for prev, r in zip([None] + rows[:-1], rows))  # filter 2 (Up): the sky's rows repeat

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    out = "tests/data/quiz-images/test-quiz-images/images/sun-and-dune.png"
    with open(out, "wb") as f:
        f.write(png(pixels()))
