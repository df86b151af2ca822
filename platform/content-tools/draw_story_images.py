#!/usr/bin/env python3
# Draws the pictures of the bundled stories (drawn for Kepu Kiosk: provenance "drawn-for-kepu") as plain
# PNGs with the standard library only (zlib, struct, math), so anyone can redraw or change them.
# Run from the repository root: python3 platform/content-tools/draw_story_images.py
import math
import os
import struct
import zlib

OUT = "content/zhongwei-science/images"
W, H = 960, 540
SS = 2  # samples per pixel side, for smooth edges

SKY_TOP, SKY_LOW = (112, 166, 214), (196, 222, 240)
SAND, SAND_DARK = (222, 186, 120), (196, 156, 92)
STRAW = (150, 110, 52)
SHRUB, SHRUB_DARK = (92, 138, 72), (62, 104, 52)
RAIL, SLEEPER = (70, 70, 78), (110, 84, 60)
TRAIN, WINDOW = (34, 84, 140), (220, 236, 248)


def mix(a, b, t):
    t = max(0.0, min(1.0, t))
    return tuple(a[i] + (b[i] - a[i]) * t for i in range(3))


def checkerboard(x, y):
    """Straw checkerboards on a dune seen from above, with young shrubs in some squares."""
    # Gentle light and shade of the dune's surface.
    shade = 0.5 + 0.5 * math.sin(x / 170.0 + y / 260.0) * math.cos(y / 140.0)
    base = mix(SAND_DARK, SAND, 0.35 + 0.65 * shade)
    # A slightly wavy grid: the squares follow the dune's shape.
    gx = x + 12 * math.sin(y / 90.0)
    gy = y + 10 * math.sin(x / 110.0)
    cell = 72.0
    fx, fy = (gx % cell) / cell, (gy % cell) / cell
    ix, iy = int(gx // cell), int(gy // cell)
    # Shrubs in some squares: a round green crown in the middle.
    if (ix * 7 + iy * 3) % 5 == 0:
        d = math.hypot(fx - 0.5, fy - 0.5)
        if d < 0.22:
            return mix(SHRUB, SHRUB_DARK, d / 0.22)
    edge = min(fx, 1 - fx, fy, 1 - fy)
    if edge < 0.055:
        # The straw stands up from the sand: darker in the middle of the line.
        return mix(STRAW, base, edge / 0.055 * 0.6)
    return base


def dune_line(x, base, amp, period, phase):
    return base - amp * (0.6 * math.sin(x / period + phase) + 0.4 * math.sin(x / (period * 0.43) + phase * 2))


def railway(x, y):
    """The railway across the dunes, with belts of shrubs and straw squares on both sides."""
    horizon = 250
    if y < dune_line(x, horizon, 40, 140, 0.7):
        return mix(SKY_TOP, SKY_LOW, y / horizon)
    far = dune_line(x, horizon + 40, 25, 90, 2.1)
    if y < far:
        return mix(SAND, SAND_DARK, 0.25)
    track_top, track_bottom = 372, 396
    # Green belts near the track, then straw squares, then open sand further out.
    if 320 < y < track_top - 6 or track_bottom + 8 < y < 460:
        near = min(abs(y - track_top), abs(y - track_bottom))
        bush = 0.5 + 0.5 * math.sin(x / 9.0 + y / 7.0) * math.sin(x / 23.0)
        if near < 40 and bush > 0.35:
            return mix(SHRUB, SHRUB_DARK, bush)
        if (x % 46 < 3) or (y % 20 < 2):
            return mix(STRAW, SAND, 0.3)
        return SAND
    if track_top - 6 <= y <= track_bottom + 8:
        # The train on the track, then rails and sleepers.
        if 260 < x < 700 and y < track_top + 4:
            return TRAIN
        if 260 < x < 700 and track_top - 6 <= y < track_top - 2:
            return TRAIN
        if y in (track_top + 6, track_top + 7, track_bottom - 2, track_bottom - 1):
            return RAIL
        if x % 18 < 7:
            return SLEEPER
        return mix(SAND_DARK, SAND, 0.4)
    return mix(SAND, SAND_DARK, (y - 460) / 80.0 * 0.6)


def train_body(x, y):
    """The train drawn over the railway picture: carriages with windows."""
    top, bottom = 300, 372
    if not (260 <= x <= 700 and top <= y <= bottom):
        return None
    car = (x - 260) % 110
    if car < 4:
        return (24, 60, 100)
    if 310 <= y <= 336 and 14 <= car <= 96 and (car - 14) % 24 < 16:
        return WINDOW
    if y > bottom - 10:
        return (20, 40, 64)
    return TRAIN


def render(shader, overlay=None):
    rows = []
    for y in range(H):
        row = bytearray()
        for x in range(W):
            acc = [0.0, 0.0, 0.0]
            for sy in range(SS):
                for sx in range(SS):
                    px, py = x + (sx + 0.5) / SS, y + (sy + 0.5) / SS
                    c = overlay(px, py) if overlay else None
                    if c is None:
                        c = shader(px, py)
                    for i in range(3):
                        acc[i] += c[i]
            row += bytes(int(round(v / (SS * SS))) for v in acc)
        rows.append(bytes(row))
    return rows


def png(rows):
    raw = b"".join(b"\x00" + r for r in rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, shader, overlay in (("straw-checkerboards.png", checkerboard, None),
                                  ("railway-through-dunes.png", railway, train_body)):
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(png(render(shader, overlay)))
        print("wrote", os.path.join(OUT, name))


if __name__ == "__main__":
    main()
