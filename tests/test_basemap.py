"""The base map: TopoJSON decoding (quantized, delta-encoded arcs; reversed arcs; multipolygons),
the vendored Natural Earth outlines, the view around the reports, and the rendered PNG."""

from __future__ import annotations

import io
import json

import numpy as np
import pytest

from frontwatch.analyze import basemap
from frontwatch.analyze.basemap import (
    MapPoint,
    clip_ring,
    continuous,
    country,
    country_labels,
    decode_arcs,
    decode_topology,
    map_extent,
    render_map,
    representative_point,
    ring_area,
    ring_centroid,
)

# Two unit squares side by side sharing the edge x=1 (arc 0), and an island. Quantized with
# scale 0.5 and translate (10, 20): integer position 2 is 1.0 degree.
#   arc 0: the shared edge, (1,0) -> (1,1)
#   arc 1: left square's other sides, (1,1) -> (0,1) -> (0,0) -> (1,0)
#   arc 2: right square's other sides, (1,0) -> (2,0) -> (2,1) -> (1,1)
#   arc 3: the island, a closed ring (3,0) -> (4,0) -> (4,1) -> (3,0)
TINY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
    "arcs": [
        [[2, 0], [0, 2]],
        [[2, 2], [-2, 0], [0, -2], [2, 0]],
        [[2, 0], [2, 0], [0, 2], [-2, 0]],
        [[6, 0], [2, 0], [0, 2], [-2, -2]],
    ],
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "id": "1", "properties": {"name": "Left"}},
                {
                    "type": "MultiPolygon",
                    "arcs": [[[2, -1]], [[3]]],
                    "id": "2",
                    "properties": {"name": "Right"},
                },
                {"type": "Point", "coordinates": [0, 0], "properties": {"name": "Ignored"}},
                {"type": None, "properties": {"name": "Null"}},
            ],
        }
    },
}


def pts(ring: np.ndarray) -> list[tuple[float, float]]:
    return [(float(x), float(y)) for x, y in ring]


def test_arcs_are_dequantized_from_deltas() -> None:
    arcs = decode_arcs(TINY)
    assert pts(arcs[0]) == [(11.0, 20.0), (11.0, 21.0)]
    assert pts(arcs[1]) == [(11.0, 21.0), (10.0, 21.0), (10.0, 20.0), (11.0, 20.0)]


def test_arcs_without_transform_are_absolute() -> None:
    topo = {"arcs": [[[1.5, 2.5], [3.0, 4.0]]], "objects": {}}
    assert pts(decode_arcs(topo)[0]) == [(1.5, 2.5), (3.0, 4.0)]


def test_polygons_stitch_arcs_and_reverse_negative_indices() -> None:
    left, right = decode_topology(TINY)  # the point and the null geometry are skipped
    assert (left.name, left.id, right.name, right.id) == ("Left", "1", "Right", "2")
    # the left square: the shared edge upwards, then round; the joint point appears once
    assert pts(left.polygons[0][0]) == [(11, 20), (11, 21), (10, 21), (10, 20), (11, 20)]
    # the right square walks the shared edge backwards (-1 is arc 0 reversed)
    assert pts(right.polygons[0][0]) == [(11, 20), (12, 20), (12, 21), (11, 21), (11, 20)]
    assert pts(right.polygons[1][0]) == [(13, 20), (14, 20), (14, 21), (13, 20)]
    assert len(right.polygons) == 2 and right.bbox == (11.0, 20.0, 14.0, 21.0)
    assert abs(ring_area(left.polygons[0][0])) == pytest.approx(1.0)
    # the largest ring of the multipolygon is the square, and its label point its centre
    assert abs(ring_area(right.largest_ring)) == pytest.approx(1.0)
    assert right.label_point() == pytest.approx((11.5, 20.5))


def test_a_single_geometry_object_decodes_too() -> None:
    topo = {**TINY, "objects": {"one": {"type": "Polygon", "arcs": [[3]], "properties": {"name": "I"}}}}
    (island,) = decode_topology(topo, "one")
    assert island.name == "I" and len(island.polygons) == 1


def test_label_point_moves_inside_a_crescent() -> None:
    # a U shape: its centroid lies in the notch, outside the ring
    u = np.array([(0, 0), (3, 0), (3, 3), (2, 3), (2, 1), (1, 1), (1, 3), (0, 3), (0, 0)], float)
    cx, cy = ring_centroid(u)
    assert 1 < cx < 2 and 1 < cy < 3  # in the notch
    x, y = representative_point(u)
    assert y == pytest.approx(cy) and (0 < x < 1 or 2 < x < 3)


def test_clip_ring_to_a_rectangle() -> None:
    square = np.array([(0, 0), (4, 0), (4, 4), (0, 4), (0, 0)], float)
    clipped = clip_ring(square, 1, 1, 2, 3)
    assert abs(ring_area(clipped)) == pytest.approx(2.0)
    assert len(clip_ring(square, 5, 5, 6, 6)) == 0


def test_rings_across_the_antimeridian_run_on() -> None:
    ring = np.array([(179.0, 60), (-180.0, 60), (-180.0, 61), (179.0, 61), (179.0, 60)])
    lon = continuous(ring)[:, 0]
    assert lon.tolist() == [179.0, 180.0, 180.0, 179.0, 179.0]
    assert np.abs(np.diff(lon)).max() <= 1


def test_vendored_outlines_of_belarus_and_ukraine() -> None:
    blr, ukr = country("Belarus"), country("Ukraine")
    assert blr is not None and ukr is not None
    west, south, east, north = blr.bbox
    assert 23.0 < west < 24.0 and 51.0 < south < 51.6 and 32.5 < east < 33.0 and 56.0 < north < 56.5
    west, south, east, north = ukr.bbox
    assert 22.0 < west < 22.5 and 44.0 < south < 45.0 and 40.0 < east < 40.5 and 52.0 < north < 52.6
    # Crimea is drawn with Ukraine (Natural Earth's de facto view puts it in Russia)
    simferopol = (34.1, 44.95)
    assert any(basemap._contains(p[0], *simferopol) for p in ukr.polygons)
    russia = country("Russia")
    assert russia is not None and not any(basemap._contains(p[0], *simferopol) for p in russia.polygons)
    lon, lat = blr.label_point()
    assert 26 < lon < 30 and 52.5 < lat < 54.5
    # they share a border: some of Belarus's southern vertices are Ukraine's northern ones
    north_of = {tuple(p) for p in np.round(ukr.largest_ring, 6)}
    shared = {tuple(p) for p in np.round(blr.largest_ring, 6)} & north_of
    assert len(shared) > 20
    assert len(basemap.countries()) > 200 and basemap.countries() is basemap.countries()  # cached


def test_vendored_file_is_topojson_with_a_transform() -> None:
    with open(basemap.WORLD_ATLAS, encoding="utf-8") as fh:
        topo = json.load(fh)
    assert topo["type"] == "Topology" and "transform" in topo
    # longitudes stay near [-180, 180]: rings across the antimeridian run on a little past it
    assert all(c.bbox[0] >= -182.0 and c.bbox[2] <= 192.0 for c in basemap.countries())


def pt(
    lat: float, lon: float, name: str, kind: str | None = "ASSAULT", cls: str = "happened", n: int = 1
) -> MapPoint:
    return MapPoint(lat, lon, name, kind, cls, n)


def test_extent_zooms_on_the_reports_and_leaves_far_outliers_off() -> None:
    points = [pt(53.9, 27.57, "Minsk", n=20), pt(50.45, 30.52, "Kyiv", n=15), pt(52.1, 23.7, "Brest", n=5),
              pt(25.4, 119.0, "Putian", n=2), pt(39.8, -98.5, "United States", n=1)]  # fmt: skip
    (west, south, east, north), outside = map_extent(points)
    assert {p.name for p in outside} == {"Putian", "United States"}
    assert west < 23.7 and east > 30.52 and south < 50.45 and north > 53.9
    assert east - west < 50 and north - south < 30
    # a lone place still gets a useful neighbourhood
    (west, south, east, north), outside = map_extent([pt(50.45, 30.52, "Kyiv")])
    assert not outside and east - west >= 12 and north - south >= 8 and west < 30.52 < east


def test_extent_keeps_a_world_of_evenly_spread_reports() -> None:
    points = [pt(38.9, -77.0, "Washington", n=5), pt(50.45, 30.52, "Kyiv", n=5),
              pt(35.7, 139.7, "Tokyo", n=5)]  # fmt: skip
    (west, _, east, _), outside = map_extent(points)
    assert not outside and west < -77 and east > 139.7


def test_country_labels_in_view() -> None:
    names = {name for _, _, name, _ in country_labels((20.0, 47.0, 36.0, 57.0))}
    assert {"Belarus", "Ukraine", "Poland"} <= names and "Brazil" not in names
    # Russia reaches past the view: named where it shows
    for lon, lat, name, _ in country_labels((20.0, 47.0, 36.0, 57.0)):
        assert 20 <= lon <= 36 and 47 <= lat <= 57, name


def test_render_map_png() -> None:
    from PIL import Image

    points = [pt(53.9, 27.57, "Minsk", "MOBILIZE", n=12), pt(53.9, 27.57, "Minsk", "AID", "expected", 3),
              pt(50.45, 30.52, "Kyiv", "ASSAULT", "denied", 2), pt(52.1, 23.7, "Brest", None, "happened", 1),
              pt(25.4, 119.0, "Putian", n=1)]  # fmt: skip
    basemap.countries()
    png = render_map(points, [(55.75, 37.62, "Moscow")])
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size[0] == 1000 and 500 < image.size[1] < 1100
    rgb = np.asarray(image.convert("RGB")).reshape(-1, 3)
    colours = {tuple(c) for c in rgb[::7]}
    assert len(colours) > 50  # not blank
    land, sea = (0xF4, 0xF1, 0xE8), (0xD6, 0xE6, 0xF1)
    share = {c: float((np.abs(rgb.astype(int) - c).sum(axis=1) < 4).mean()) for c in (land, sea)}
    assert share[land] > 0.2 and share[sea] > 0.01  # outlines filled: land and sea both show
    assert 100_000 < len(png) < 800_000
