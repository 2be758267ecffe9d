"""Exports carry provenance, facts, links and evidence — never whole article text."""

import csv
import io
import json
from datetime import UTC, date, datetime

import pyarrow.parquet as pq
import pytest

from frontwatch.errors import UsageError
from frontwatch.export import event_row, provenance, story_row, write_records
from frontwatch.models import Article, Entity, Event, Evidence, Place, Story

ARTICLE = Article(
    id="a" * 64, url="https://wire.example/1", outlet="Eastern Wire", title="Troops arrive",
    published=datetime(2023, 1, 9, 8, tzinfo=UTC), text="SECRET FULL TEXT " * 50, language="en",
    ingested_at=datetime(2023, 1, 9, 9, tzinfo=UTC),
)  # fmt: skip
EVENT = Event(
    id="e1", article_id=ARTICLE.id, event_type="MOBILIZE", mode="troops", contexts=("military",),
    actors=(Entity("Russian troops", "Russia", "RUS", "MIL"),), recipients=(),
    location=Place("Belarus", "Belarus", "BLR", None, 53.0, 28.0, "country", 630336),
    date=date(2023, 1, 6), date_precision="day", date_text="on Friday", factuality="actual",
    attribution=Entity("the Belarusian defence ministry", "Ministry of Defence of Belarus", "BLR", "MIL"),
    evidence=Evidence("Russian troops arrived in Belarus on Friday.", 2, 120, 165, "arrived"),
    intensity=-2.0, confidence=0.8,
)  # fmt: skip


def _rows() -> list[dict]:
    return [event_row(EVENT, ARTICLE)]


def test_event_row_has_facts_link_and_evidence_not_text() -> None:
    row = _rows()[0]
    assert row["url"] == "https://wire.example/1" and row["outlet"] == "Eastern Wire"
    assert row["actor_countries"] == "RUS" and row["location_country"] == "BLR"
    assert row["attribution_country"] == "BLR" and row["evidence"].startswith("Russian troops")
    assert "SECRET FULL TEXT" not in json.dumps(row)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "geojson"])
def test_text_formats_carry_provenance(fmt: str) -> None:
    buf = io.StringIO()
    prov = provenance("events", {"event_type": ("MOBILIZE",), "actor": None})
    write_records(_rows(), fmt, prov, buf)
    text = buf.getvalue()
    assert "version" in text and "MOBILIZE" in text and "run_at" in text
    if fmt == "json":
        doc = json.loads(text)
        assert doc["provenance"]["filters"] == {"event_type": ["MOBILIZE"]}
        assert doc["items"][0]["id"] == "e1"
    elif fmt == "jsonl":
        lines = [json.loads(x) for x in text.splitlines()]
        assert "provenance" in lines[0] and lines[1]["id"] == "e1"
    elif fmt == "csv":
        body = [line for line in text.splitlines() if not line.startswith("#")]
        rows = list(csv.DictReader(body))
        assert rows[0]["date"] == "2023-01-06" and rows[0]["lat"] == "53.0"
    else:
        doc = json.loads(text)
        assert doc["features"][0]["geometry"]["coordinates"] == [28.0, 53.0]
        assert doc["provenance"]["kind"] == "events"


def test_parquet_keeps_provenance_in_schema(tmp_path) -> None:
    path = tmp_path / "events.parquet"
    write_records(_rows(), "parquet", provenance("events", {}), io.StringIO(), parquet_path=path)
    table = pq.read_table(path)
    assert table.num_rows == 1 and table.column("event_type").to_pylist() == ["MOBILIZE"]
    assert b"frontwatch.provenance" in table.schema.metadata


def test_parquet_without_file_and_unknown_format_are_usage_errors() -> None:
    with pytest.raises(UsageError):
        write_records(_rows(), "parquet", {}, io.StringIO())
    with pytest.raises(UsageError):
        write_records(_rows(), "xml", {}, io.StringIO())


def test_story_row() -> None:
    story = Story(
        id="s1", event_type="MOBILIZE", mode="troops", actors=EVENT.actors, recipients=(),
        location=EVENT.location, date=date(2023, 1, 6), factuality="actual", intensity=-2.0,
        first_reported=ARTICLE.published, last_reported=ARTICLE.published, num_articles=3,
        num_outlets=2, event_ids=("e1", "e2", "e3"), num_asserted=2, num_attributed=1,
    )  # fmt: skip
    row = story_row(story)
    assert row["num_articles"] == 3 and row["event_ids"] == "e1;e2;e3" and row["lat"] == 53.0


def test_nested_values_are_json_in_csv_and_acled_rows_get_geometry() -> None:
    rows = [{"id": "e1", "source": {"code": "RUS"}, "latitude": 53.0, "longitude": 28.0}]
    buf = io.StringIO()
    write_records(rows, "csv", provenance("events", {}), buf)
    body = [line for line in buf.getvalue().splitlines() if not line.startswith("#")]
    assert json.loads(next(csv.DictReader(body))["source"]) == {"code": "RUS"}
    buf = io.StringIO()
    write_records(rows, "geojson", provenance("events", {}), buf)
    assert json.loads(buf.getvalue())["features"][0]["geometry"]["coordinates"] == [28.0, 53.0]
