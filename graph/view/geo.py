"""Country shapes for the map, from the world map that the ``pygal_maps_world`` package ships.

That package's ``worldmap.svg`` holds one group of paths per country, keyed by the ISO 3166 alpha-2
code, already projected. :func:`world` reads it once (no download, no network), keeps the end
points of each segment, scales it to :data:`WIDTH` units, drops points closer than
:data:`MIN_STEP` and returns one SVG path per ISO 3166 alpha-3 code (the graph's ``iso3``) with the
centre of its largest part, where the map's arcs start and end. ``iso3166.csv`` beside the view's
scripts maps alpha-3 to alpha-2 (from ISO 3166-1).

>>> w = world()
>>> w["width"], "KAZ" in w["shapes"] and w["shapes"]["KAZ"]["d"].startswith("M")
(1000, True)
>>> x, y = w["shapes"]["FRA"]["c"]; x < w["shapes"]["KAZ"]["c"][0]
True
"""
from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

from ..errors import ViewError
from .assets import STATIC

WIDTH = 1000
MIN_STEP = 1.4  # map units between kept points
MIN_PART = 2.5  # islands smaller than this (width + height, in map units) are left out, unless alone
_GROUP = re.compile(r'<g class="([a-z]{2}) country[^"]*">(.*?)</g>', re.S)
_PATH = re.compile(r'<path d="([^"]+)"')
_TOKEN = re.compile(r"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?")
_ARITY = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "a": 7}

Ring = list[tuple[float, float]]


def _rings(d: str) -> list[Ring]:
    """The closed outlines of an SVG path, as the end points of its segments (curves become chords)."""
    tokens = _TOKEN.findall(d)
    rings: list[Ring] = []
    x = y = 0.0
    start = (0.0, 0.0)
    cmd, i = "", 0
    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
            if cmd in "zZ":
                x, y = start
                continue
        low, rel = cmd.lower(), cmd.islower()
        n = _ARITY.get(low)
        if n is None:
            raise ViewError(f"unsupported path command {cmd!r} in the world map")
        args = [float(t) for t in tokens[i:i + n]]
        i += n
        if low == "h":
            x = x + args[0] if rel else args[0]
        elif low == "v":
            y = y + args[0] if rel else args[0]
        else:
            x, y = (x + args[-2], y + args[-1]) if rel else (args[-2], args[-1])
        if low == "m":
            rings.append([(x, y)])
            start = (x, y)
            cmd = "l" if rel else "L"  # further pairs after a moveto are linetos
        else:
            rings[-1].append((x, y))
    return rings


def _area_centre(ring: Ring) -> tuple[float, float, float]:
    """(area, cx, cy) of a polygon (shoelace); a degenerate one gives its mean point and no area."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-9:
        return 0.0, sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def _simplify(ring: Ring, k: float) -> Ring:
    out: Ring = []
    for x, y in ring:
        p = (round(x * k, 1), round(y * k, 1))
        if not out or abs(p[0] - out[-1][0]) + abs(p[1] - out[-1][1]) >= MIN_STEP:
            out.append(p)
    return out


def _extent(ring: Ring) -> float:
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return max(xs) - min(xs) + max(ys) - min(ys)


def _path(rings: list[Ring]) -> str:
    def num(v: float) -> str:
        return f"{v:.1f}".rstrip("0").rstrip(".")

    return "".join("M" + "L".join(f"{num(x)} {num(y)}" for x, y in r) + "Z" for r in rings if len(r) >= 3)


@cache
def alpha2_to_alpha3() -> dict[str, tuple[str, str]]:
    """ISO alpha-2 -> (alpha-3, English name)."""
    with open(STATIC / "iso3166.csv", encoding="utf-8", newline="") as f:
        return {row["alpha2"]: (row["alpha3"], row["name"]) for row in csv.DictReader(f)}


@cache
def world() -> dict:
    """``{"width", "height", "shapes": {ISO3: {"d": path, "c": [x, y], "name": name, "b": bounds}}}``: the
    centre and bounding box ``[x0, y0, x1, y1]`` are those of the country's largest part."""
    try:
        text = resources.files("pygal_maps_world").joinpath("worldmap.svg").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise ViewError("the map needs the pygal_maps_world package (pip install pygal_maps_world)") from exc
    box = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', text)
    k = WIDTH / float(box.group(1))
    codes = alpha2_to_alpha3()
    shapes = {}
    for code, body in _GROUP.findall(text):
        if code.upper() not in codes:
            continue
        iso3, name = codes[code.upper()]
        rings = [r for d in _PATH.findall(body) for r in _rings(d)]
        if not rings:
            continue
        main = max(rings, key=lambda r: _area_centre(r)[0])
        area, cx, cy = _area_centre(main)
        bounds = [round(min(x for x, _ in main) * k, 1), round(min(y for _, y in main) * k, 1),
               round(max(x for x, _ in main) * k, 1), round(max(y for _, y in main) * k, 1)]
        kept = [s for s in (_simplify(r, k) for r in rings) if len(s) >= 3 and _extent(s) >= MIN_PART]
        kept = kept or [_simplify(max(rings, key=lambda r: _area_centre(r)[0]), k)]
        shapes[iso3] = {"d": _path(kept) or f"M{cx * k:.1f} {cy * k:.1f}Z", "c": [round(cx * k, 1), round(cy * k, 1)],
                        "name": name, "b": bounds}
    return {"width": WIDTH, "height": round(float(box.group(2)) * k), "shapes": shapes}
