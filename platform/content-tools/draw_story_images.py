#!/usr/bin/env python3
# Draws the stories' pictures (provenance "drawn-for-kepu") into content/zhongwei-science/images/ as plain
# PNGs written with zlib and struct only, so anyone can redraw them without an image library.
# Usage, from the repo root: python3 platform/content-tools/draw_story_images.py [NAME…]
# (no name: all four). Each picture is a function colour_at(x, y) sampled SS×SS times per pixel.
import math
import os
import struct
import sys
import zlib

W, H = 960, 540
SS = 3  # samples per pixel side: smooth edges without an antialiasing library
OUT_DIR = "content/zhongwei-science/images"


# ---- small geometry helpers ----

def mix(a, b, t):
    t = min(1.0, max(0.0, t))
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def scale(c, k):
    return (c[0] * k, c[1] * k, c[2] * k)


def hash01(i, j, seed=0):
    # A repeatable pseudo-random number in [0, 1) for a cell, so every run draws the same picture.
    n = (i * 374761393 + j * 668265263 + seed * 2147483647) & 0xFFFFFFFF
    n = ((n ^ (n >> 13)) * 1274126177) & 0xFFFFFFFF
    return ((n ^ (n >> 16)) & 0xFFFFFF) / float(0x1000000)


def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)
    t = min(1.0, max(0.0, t))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def in_poly(px, py, pts):
    inside = False
    j = len(pts) - 1
    for i in range(len(pts)):
        xi, yi = pts[i]
        xj, yj = pts[j]
        if (yi > py) != (yj > py) and px < (xj - xi) * (py - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def in_ellipse(px, py, cx, cy, rx, ry):
    return ((px - cx) / rx) ** 2 + ((py - cy) / ry) ** 2 <= 1.0


# ---- 1. Straw checkerboards on a dune, seen from above ----

SAND = (226, 190, 128)
STRAW = (176, 132, 62)
SHRUB = (104, 138, 84)
SHRUB_DARK = (78, 110, 66)


def dune_height_slope(x, y):
    # Two crossing swells make the dune's relief; its slope sets the light and shade.
    a = 0.0062 * x + 0.0041 * y
    b = 0.0125 * x - 0.0088 * y
    dhdx = 34 * math.cos(a) * 0.0062 + 16 * math.cos(b) * 0.0125
    dhdy = 34 * math.cos(a) * 0.0041 - 16 * math.cos(b) * 0.0088
    return dhdx, dhdy


def checkerboard_at(x, y):
    dhdx, dhdy = dune_height_slope(x, y)
    light = 1.0 + 1.6 * (-dhdx * 0.7 - dhdy * 0.7)  # sun from the upper left
    sand = scale(SAND, min(1.08, max(0.82, light)))
    # The bare dune in the upper right: no squares yet, only wind ripples.
    if y < 0.58 * (x - 470) + 22 * math.sin(x / 60.0):
        ripple = math.sin((x * 0.35 + y * 0.9) / 3.2 + 2.0 * math.sin(x / 40.0))
        return scale(sand, 0.94) if ripple > 0.82 else sand
    # Squares about one metre a side (64 px), the grid turned a little to the wind.
    ang = math.radians(14)
    u = x * math.cos(ang) + y * math.sin(ang)
    v = -x * math.sin(ang) + y * math.cos(ang)
    cell = 64.0
    ci, cj = math.floor(u / cell), math.floor(v / cell)
    fu, fv = u - ci * cell, v - cj * cell
    # A shrub grows in some squares: a cluster of three round leaves.
    if hash01(ci, cj, 3) < 0.38:
        cx = 20 + 24 * hash01(ci, cj, 5)
        cy = 20 + 24 * hash01(ci, cj, 7)
        r = 9 + 6 * hash01(ci, cj, 11)
        for k in range(3):
            ox = cx + 0.55 * r * math.cos(k * 2.1 + ci)
            oy = cy + 0.55 * r * math.sin(k * 2.1 + ci)
            if math.hypot(fu - ox, fv - oy) < 0.62 * r:
                shade = 1.0 if (fu - ox) + (fv - oy) < 0 else 0.85
                return scale(SHRUB, shade) if k != 1 else scale(SHRUB_DARK, shade)
    # The straw wall of the square: tufts standing up, lit on one side.
    w = 4.6
    on_u = fu < w or fu > cell - 1.0
    on_v = fv < w or fv > cell - 1.0
    if on_u or on_v:
        along = fv if on_u else fu
        tuft = 0.88 + 0.12 * math.sin(along * 1.7 + ci * 3.0)
        return scale(STRAW, tuft * (1.08 if (fu < 2.2 or fv < 2.2) else 0.92))
    # Sand settled inside a square forms a shallow dish, a little darker at its middle.
    d = math.hypot(fu - cell / 2, fv - cell / 2) / (cell / 2)
    return scale(sand, 0.95 + 0.05 * min(1.0, d))


# ---- 2. A train on the railway, with the protection belts on both sides ----

HORIZON = 120.0
K_DEPTH = 2100.0  # ground row y = HORIZON + K_DEPTH / depth, seen from a little above


def depth_at(y):
    return K_DEPTH / (y - HORIZON)


def ground_y(z):
    return HORIZON + K_DEPTH / z


TRACK_Z = 10.0
TRACK_Y = HORIZON + K_DEPTH / TRACK_Z  # 330


def sky_at(x, y):
    sun = math.hypot(x - 760, y - 70)
    if sun < 26:
        return (252, 236, 190)
    t = y / HORIZON
    c = mix((126, 178, 222), (214, 228, 236), t)
    if sun < 60:
        return mix((246, 232, 196), c, (sun - 26) / 34.0)
    return c


def far_dunes_top(x):
    return HORIZON - 18 - 22 * math.exp(-((x - 220) / 120) ** 2) - 30 * math.exp(-((x - 640) / 160) ** 2) \
        - 8 * math.sin(x / 37.0)


def train_at(x, y):
    bottom = TRACK_Y - 4
    top = bottom - 42
    if not (90 <= x <= 812 and top - 6 <= y <= bottom + 4):
        return None
    # Wheels first: dark discs under each car.
    for wx in range(110, 812, 46):
        if math.hypot(x - wx, y - bottom) < 6.5:
            return (52, 52, 56)
    if y > bottom:
        return None
    cars = [(90, 258), (264, 432), (438, 606), (612, 812)]  # three carriages and the locomotive
    for n, (x0, x1) in enumerate(cars):
        if x0 <= x <= x1:
            loco = n == 3
            if loco and x > 780:  # the locomotive's sloped nose
                if y < top + (x - 780) * 0.9:
                    return None
            r = 6.0  # rounded roof corners
            if y < top + r and (x < x0 + r or x > x1 - r):
                cxr = x0 + r if x < x0 + r else x1 - r
                if math.hypot(x - cxr, y - (top + r)) > r:
                    return None
            if y < top:
                return None
            body = (168, 62, 52) if loco else (58, 106, 84)
            if top + 23 <= y <= top + 27:
                return (232, 214, 150)  # the stripe along the side
            if top + 8 <= y <= top + 19:
                step = 20.0
                if ((x - x0 - 8) % step) < 13 and x0 + 8 <= x <= x1 - 10 and not (loco and x > 770):
                    return (206, 224, 230)  # windows
                if loco and 772 <= x <= 790:
                    return (206, 224, 230)
            return scale(body, 1.08 if y < top + 6 else 1.0)
    return None


def tree_crown(x, y, z_row, spacing, radius, seed, colour):
    gy = ground_y(z_row)
    s = K_DEPTH / z_row / 220.0  # size at this depth, 1 at the track
    r = radius * s
    cx_step = spacing * s
    i = math.floor(x / cx_step)
    for k in (i - 1, i, i + 1):
        jitter = hash01(k, seed, 1) - 0.5
        cx = (k + 0.5) * cx_step + jitter * cx_step * 0.5
        rr = r * (0.8 + 0.35 * hash01(k, seed, 2))
        cy = gy - rr * 0.9
        if math.hypot(x - cx, (y - cy) * 1.1) < rr:
            shade = 1.08 if (x - cx) < -rr * 0.2 and (y - cy) < 0 else 0.92
            return scale(colour, shade)
        if abs(x - cx) < 1.6 * s and cy <= y <= gy:
            return (112, 86, 60)  # trunk
    return None


def railway_at(x, y):
    # Things standing up, nearest first: near trees, the train, far trees, the fence.
    if y > TRACK_Y - 4:
        c = tree_crown(x, y, 9.0, 40, 10, 21, (84, 128, 74))
        if c:
            return c
    c = train_at(x, y)
    if c:
        return c
    if y > ground_y(12.5) - 30:
        for z_row, seed in ((10.8, 31), (11.6, 37)):
            c = tree_crown(x, y, z_row, 34, 12, seed, (70, 118, 66))
            if c:
                return c
    fence_z = 22.0
    fy = ground_y(fence_z)
    if fy - 12 <= y <= fy:
        post = (x % 23) < 2.2
        weave = int((y - fy) / 3.0) % 2 == 0
        return (120, 92, 58) if post else ((176, 140, 88) if weave else (160, 124, 76))
    if y < HORIZON or y < far_dunes_top(x):
        if y >= far_dunes_top(x):
            return scale(SAND, 0.9 + 0.1 * (y - far_dunes_top(x)) / 40.0)
        return sky_at(x, y)
    z = depth_at(y)
    wx = (x - 480) * z / 220.0  # world position across the view, one unit a square
    # The track: two rails on sleepers, on a bed of ballast.
    if abs(y - TRACK_Y) < 5.5:
        if abs(y - TRACK_Y + 3.5) < 1.2 or abs(y - TRACK_Y - 3) < 1.3:
            return (96, 96, 104)
        return (122, 104, 84) if (x % 9) < 4 else (150, 140, 126)
    if z > fence_z:  # beyond the fence: fenced-off dunes where grass comes back, then open sand
        ridge = math.sin(y / 7.0 + 0.8 * math.sin(x / 90.0))
        sand = scale(SAND, 0.92 + 0.06 * ridge)
        if z < 34 and hash01(int(x / 5), int(y / 3), 71) < 0.16 * (34 - z) / 12:
            return mix(sand, (150, 156, 92), 0.7)
        return sand
    near = z < TRACK_Z
    dz = abs(z - TRACK_Z)
    # Belts outward from the track: pebbles, watered trees, straw squares with plants.
    if dz < 0.45:
        g = hash01(int(x / 3), int(y / 2), 41)
        return mix((150, 146, 138), (196, 190, 178), g)
    if dz < (2.0 if not near else 1.5):
        return (120, 146, 92) if not near else (132, 154, 98)
    gx, gz = wx * 1.5, z * 1.5
    fx, fz = gx - math.floor(gx), gz - math.floor(gz)
    lw = 0.045 * z / 10.0 * 2.2
    if min(fx, 1 - fx) < lw * 1.5 or min(fz, 1 - fz) < lw * 1.1:
        return STRAW
    ci, cj = math.floor(gx), math.floor(gz)
    if hash01(ci, cj, 9) < 0.45:
        if math.hypot(fx - 0.5, (fz - 0.5) * 1.4) < 0.24:
            return SHRUB if hash01(ci, cj, 13) < 0.5 else SHRUB_DARK
    return scale(SAND, 0.97)


# ---- 3. A great dish radio telescope in a karst valley, under the stars ----

DISH_C = (480.0, 392.0)
DISH_R = (318.0, 92.0)


def star_at(x, y):
    cell = 22
    i, j = math.floor(x / cell), math.floor(y / cell)
    if hash01(i, j, 51) < 0.55:
        sx = (i + hash01(i, j, 52)) * cell
        sy = (j + hash01(i, j, 53)) * cell
        b = hash01(i, j, 54)
        r = 0.7 + 1.3 * b * b
        d = math.hypot(x - sx, y - sy)
        if d < r:
            return mix((255, 250, 230), (200, 214, 255), hash01(i, j, 55)), 0.55 + 0.45 * b
    return None


def night_sky(x, y):
    t = y / 330.0
    c = mix((14, 22, 48), (44, 62, 104), t)
    # A faint band of the Milky Way across the sky.
    band = abs((y - 40) - (x - 100) * 0.22) / 70.0
    if band < 1:
        c = mix(c, (70, 84, 124), 0.35 * (1 - band) * (0.7 + 0.3 * math.sin(x / 23.0)))
    s = star_at(x, y)
    if s:
        return mix(c, s[0], s[1])
    return c


def karst_top(x, layer):
    # Karst hills are steep rounded cones standing close together.
    peaks = [((60, 110, 60), (190, 80, 52), (330, 120, 58), (620, 118, 60), (760, 92, 54), (900, 126, 62)),
             ((0, 150, 90), (140, 112, 70), (300, 70, 64), (690, 64, 66), (840, 120, 74), (980, 150, 90))][layer]
    base = 330 if layer == 0 else 392
    top = base
    for cx, h, w in peaks:
        top = min(top, base - h * math.exp(-((x - cx) / w) ** 2 * 1.3))
    return top


def fast_at(x, y):
    cx, cy = DISH_C
    rx, ry = DISH_R
    cabin = (480.0, 268.0)
    towers = []
    for k in range(6):
        a = math.radians(60 * k)  # none stands in the middle of the view
        towers.append((cx + (rx + 14) * math.cos(a), cy + (ry + 6) * math.sin(a)))
    # Cables from each tower's top to the feed cabin, then the towers and the cabin.
    for tx, ty in towers:
        top = ty - 120
        if seg_dist(x, y, tx, top, cabin[0], cabin[1]) < 0.75:
            return (150, 160, 178)
    if in_ellipse(x, y, cabin[0], cabin[1] + 2, 15, 9):
        return (206, 210, 218) if y < cabin[1] else (150, 156, 168)
    for tx, ty in towers:
        if abs(x - tx) < 2.6 and ty - 120 <= y <= ty:
            return (118, 126, 140) if x < tx else (90, 96, 110)
    # The dish: a bowl of panels catching the starlight, brighter towards its far side.
    if in_ellipse(x, y, cx, cy, rx, ry):
        u = (x - cx) / rx
        v = (y - cy) / ry
        c = mix((176, 188, 206), (92, 104, 128), (v + 1) / 2)
        # Panel seams in three directions make the triangular pattern of the reflector.
        n = 15.0
        for a, b in ((1.0, 0.0), (0.5, 0.866), (0.5, -0.866)):
            s = (u * a + v * 0.38 * b) * n
            if abs(s - round(s)) < 0.06:
                return scale(c, 0.78)
        return c
    if in_ellipse(x, y, cx, cy, rx + 16, ry + 8):
        return (70, 76, 88)  # the ring beam around the rim
    return None


def telescope_at(x, y):
    f = fast_at(x, y)
    if f:
        return f
    # Green slopes of the valley around the dish, then the two rows of hills.
    if y > karst_top(x, 1):
        shade = 0.85 + 0.15 * math.sin(x / 31.0 + y / 17.0)
        return scale((30, 52, 48), shade)
    if y > karst_top(x, 0):
        return (36, 50, 70)
    return night_sky(x, y)


# ---- 4. A phenology notebook: a calendar, a blossoming peach branch, a swallow ----

PAPER = (250, 244, 226)
INK = (86, 96, 120)
BLOSSOM = (240, 168, 182)
BLOSSOM_DEEP = (214, 118, 142)


def flower_at(x, y, fx, fy, r):
    d = math.hypot(x - fx, y - fy)
    if d > r * 1.9:
        return None
    if d < r * 0.35:
        return (236, 196, 96)  # the flower's heart
    ang = math.atan2(y - fy, x - fx)
    petal = r * (1.0 + 0.8 * abs(math.cos(2.5 * ang)))  # five rounded petals
    if d < petal:
        return mix(BLOSSOM_DEEP, BLOSSOM, d / petal)
    return None


BRANCH = [(960, 40), (860, 92), (780, 122), (700, 180)]
TWIG = [(860, 92), (820, 40)]
FLOWERS = [(880, 70, 13), (842, 108, 15), (800, 100, 12), (760, 146, 14), (712, 170, 12), (826, 54, 11),
           (902, 58, 10), (736, 128, 9)]
SWALLOW = [(0, 0), (-28, -18), (-54, -30), (-30, -6), (-8, 4), (-22, 14), (-40, 26), (-14, 12),
           (6, 8), (14, 2), (30, 10), (54, 4), (24, -4)]


def notebook_at(x, y):
    # The blossoming branch over the upper right.
    for fx, fy, r in FLOWERS:
        c = flower_at(x, y, fx, fy, r)
        if c:
            return c
    for pts, width in ((BRANCH, 7.0), (TWIG, 4.0)):
        for (ax, ay), (bx, by) in zip(pts, pts[1:]):
            if seg_dist(x, y, ax, ay, bx, by) < width:
                return (112, 80, 62)
    # The swallow, back from the south, flying left.
    sx, sy = 250.0, 88.0
    if in_poly(x - sx, y - sy, SWALLOW):
        return (40, 48, 70) if y - sy < 6 else (226, 228, 232)
    if abs(x - sx - 8) < 4 and abs(y - sy - 4) < 3:
        return (196, 96, 72)  # the red throat
    # The pencil lying across the lower page.
    px0, py0, px1, py1 = 620.0, 470.0, 840.0, 430.0
    d = seg_dist(x, y, px0, py0, px1, py1)
    t = ((x - px0) * (px1 - px0) + (y - py0) * (py1 - py0)) / ((px1 - px0) ** 2 + (py1 - py0) ** 2)
    if d < 7 and 0 <= t <= 1:
        if t > 0.9:
            return (232, 200, 150) if t < 0.97 else (60, 60, 64)
        return (236, 178, 62) if d < 3.5 else (210, 150, 48)
    # The open notebook: two pages and a spine.
    left, right, top, bottom = 150.0, 690.0, 170.0, 500.0
    if left <= x <= right and top <= y <= bottom:
        mid = (left + right) / 2
        if abs(x - mid) < 2:
            return (190, 178, 150)
        shade = 0.9 + 0.1 * min(1.0, abs(x - mid) / 40.0)
        page = scale(PAPER, shade)
        if x < mid:
            return calendar_page(x, y, left + 26, top + 34, mid - 24, bottom - 30, page)
        return diary_page(x, y, mid + 24, top + 34, right - 26, bottom - 30, page)
    if left + 6 <= x <= right + 6 and top + 6 <= y <= bottom + 8:
        return (196, 192, 172)  # the notebook's shadow
    # The table and the spring light on the wall behind.
    if y > 330:
        return mix((210, 190, 150), (190, 166, 124), (y - 330) / 210.0)
    return mix((230, 238, 226), (214, 228, 214), y / 330.0)


def calendar_page(x, y, x0, y0, x1, y1, page):
    cols, rows = 7, 5
    cw, ch = (x1 - x0) / cols, (y1 - y0) / rows
    if not (x0 <= x <= x1 and y0 <= y <= y1):
        if y0 - 20 <= y <= y0 - 10 and x0 <= x <= x0 + 90:
            return INK  # the month's heading bar
        return page
    i, j = int((x - x0) / cw), int((y - y0) / ch)
    fx, fy = x - x0 - i * cw, y - y0 - j * ch
    if fx < 1.1 or fy < 1.1:
        return scale(INK, 1.5)
    day = j * cols + i
    cx, cy = cw * 0.55, ch * 0.58
    if day in (9, 10, 16):  # the days the peach blossom was noted: a small flower
        c = flower_at(fx, fy, cx, cy, 6)
        if c:
            return c
    if day == 18:  # the day the swallows came back: a little bird mark
        if seg_dist(fx, fy, cx - 10, cy - 5, cx, cy + 3) < 1.6 or seg_dist(fx, fy, cx, cy + 3, cx + 10, cy - 5) < 1.6:
            return INK
    if day in (3, 24) and math.hypot(fx - cx, fy - cy) < 4:
        return (120, 160, 110)  # first leaves on the willows
    if fx < 14 and fy < 9 and 3 < fx and 3 < fy:
        return scale(INK, 1.7) if (int(fx) + day) % 3 else page  # a day's number, as a small mark
    return page


def diary_page(x, y, x0, y0, x1, y1, page):
    if not (x0 <= x <= x1 and y0 <= y <= y1):
        return page
    line = 26.0
    k = math.floor((y - y0) / line)
    fy = y - y0 - k * line
    if fy > line - 1.2:
        return (200, 210, 226)  # ruled lines
    # Handwriting: short wavy strokes resting on each line, lines of different lengths.
    length = (x1 - x0) * (0.55 + 0.4 * hash01(k, 2, 61))
    if x - x0 < length and line - 14 < fy < line - 4:
        word = math.floor((x - x0) / 34.0)
        if (x - x0) - word * 34.0 < 28:
            wave = line - 9 + 3.2 * math.sin((x - x0) * 0.55 + k)
            if abs(fy - wave) < 1.1:
                return INK
    return page


SCENES = {
    "shapotou-straw-checkerboard.png": checkerboard_at,
    "shapotou-railway-belts.png": railway_at,
    "fast-dish-at-night.png": telescope_at,
    "zhu-kezhen-phenology-notebook.png": notebook_at,
}


def pixels(colour_at):
    rows = []
    offsets = [(k + 0.5) / SS for k in range(SS)]
    n = SS * SS
    for py in range(H):
        row = bytearray()
        for px in range(W):
            r = g = b = 0.0
            for oy in offsets:
                for ox in offsets:
                    c = colour_at(px + ox, py + oy)
                    r += c[0]
                    g += c[1]
                    b += c[2]
            row += bytes((min(255, int(r / n + 0.5)), min(255, int(g / n + 0.5)), min(255, int(b / n + 0.5))))
        rows.append(bytes(row))
    return rows


def png(rows):
    raw = b"".join(b"\x02" + bytes((r[i] - (prev[i] if prev else 0)) & 255 for i in range(len(r)))
                   for prev, r in zip([None] + rows[:-1], rows))  # filter 2 (Up): flat areas repeat

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    names = sys.argv[1:] or list(SCENES)
    for name in names:
        with open(os.path.join(OUT_DIR, name), "wb") as f:
            f.write(png(pixels(SCENES[name])))
        print("wrote", os.path.join(OUT_DIR, name))
