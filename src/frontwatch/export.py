"""Event and story exports: table, json, jsonl, csv, geojson, parquet — each with provenance.

Exports carry facts, links and evidence sentences, never whole article text (which belongs to
its publisher). Provenance (frontwatch version, run time, filters) travels with every format:
a `provenance` object in JSON and GeoJSON, the first line of JSON Lines, `#` comment lines at
the top of CSV, and schema metadata in Parquet.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import __version__
from .errors import UsageError
from .models import Article, Entity, Event, Story

FORMATS = ("table", "json", "jsonl", "csv", "geojson", "parquet")


def provenance(kind: str, filters: Mapping[str, Any], layout: str | None = None) -> dict[str, Any]:
    """What produced an export: version, UTC run time, the filters used."""
    return {
        "generator": "frontwatch",
        "version": __version__,
        "run_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "kind": kind,
        "layout": layout,
        "filters": {k: _jsonable(v) for k, v in filters.items() if v not in (None, (), [])},
    }


def _jsonable(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _cell(value: Any) -> Any:
    """A CSV cell: nested values (PLOVER layout) as JSON, scalars as they are."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list, tuple)) else value


def _entities(items: Sequence[Entity]) -> str:
    return "; ".join(f"{e.name} ({e.country or '?'} {e.sector or '?'})" for e in items)


def _codes(items: Sequence[Entity]) -> str:
    return ";".join(sorted({e.country for e in items if e.country}))


def event_row(event: Event, article: Article | None) -> dict[str, Any]:
    """A flat row of an event's facts, its link and its evidence sentence."""
    loc = event.location
    return {
        "id": event.id,
        "story_id": event.story_id,
        "article_id": event.article_id,
        "url": article.url if article else None,
        "outlet": article.outlet if article else None,
        "published": article.published.isoformat() if article and article.published else None,
        "event_type": event.event_type,
        "mode": event.mode,
        "contexts": ";".join(event.contexts),
        "actors": _entities(event.actors),
        "actor_countries": _codes(event.actors),
        "recipients": _entities(event.recipients),
        "recipient_countries": _codes(event.recipients),
        "location": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "location_precision": loc.precision if loc else None,
        "date": event.date.isoformat() if event.date else None,
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "factuality": event.factuality,
        "attribution": event.attribution.name if event.attribution else None,
        "attribution_country": event.attribution.country if event.attribution else None,
        "trigger": event.evidence.trigger,
        "evidence": event.evidence.sentence,
        "intensity": event.intensity,
        "confidence": event.confidence,
    }


def story_row(story: Story) -> dict[str, Any]:
    """A flat row of a story's canonical facts and report counts."""
    loc = story.location
    return {
        "id": story.id,
        "event_type": story.event_type,
        "mode": story.mode,
        "actors": _entities(story.actors),
        "actor_countries": _codes(story.actors),
        "recipients": _entities(story.recipients),
        "recipient_countries": _codes(story.recipients),
        "location": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "date": story.date.isoformat() if story.date else None,
        "factuality": story.factuality,
        "intensity": story.intensity,
        "first_reported": story.first_reported.isoformat() if story.first_reported else None,
        "last_reported": story.last_reported.isoformat() if story.last_reported else None,
        "num_articles": story.num_articles,
        "num_outlets": story.num_outlets,
        "num_asserted": story.num_asserted,
        "num_attributed": story.num_attributed,
        "num_denied": story.num_denied,
        "event_ids": ";".join(story.event_ids),
    }


def write_records(
    rows: Iterable[dict[str, Any]],
    fmt: str,
    prov: dict[str, Any],
    out: io.TextIOBase | Any,
    *,
    parquet_path: Path | None = None,
) -> None:
    """Write rows in one of FORMATS (except `table`, which the CLI renders) to `out`."""
    rows = list(rows)
    if fmt == "json":
        json.dump({"provenance": prov, "items": rows}, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        out.write(json.dumps({"provenance": prov}, ensure_ascii=False) + "\n")
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        for key, value in prov.items():
            out.write(f"# {key}: {json.dumps(value, ensure_ascii=False)}\n")
        if rows:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    elif fmt == "geojson":
        features = []
        for row in rows:
            lat = row.get("lat", row.get("latitude"))
            lon = row.get("lon", row.get("longitude"))
            geometry = (
                {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
            )
            features.append({"type": "Feature", "geometry": geometry, "properties": row})
        doc = {"type": "FeatureCollection", "provenance": prov, "features": features}
        json.dump(doc, out, ensure_ascii=False)
        out.write("\n")
    elif fmt == "parquet":
        if parquet_path is None:
            raise UsageError("parquet needs an output file: use -o FILE.parquet")
        write_parquet(rows, prov, parquet_path)
    else:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def write_parquet(rows: list[dict[str, Any]], prov: dict[str, Any], path: Path) -> None:
    """Rows to a Parquet file with the provenance in the schema metadata."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows) if rows else pa.table({})
    meta = dict(table.schema.metadata or {})
    meta[b"frontwatch.provenance"] = json.dumps(prov).encode()
    pq.write_table(table.replace_schema_metadata(meta), path)
