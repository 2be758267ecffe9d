"""Filter validation shared by the CLI and the API."""

from datetime import date

import pytest

from frontwatch.errors import UsageError
from frontwatch.query import event_filter, parse_date, parse_datetime


def test_filters_are_normalised() -> None:
    flt = event_filter(["assault", "Mobilize"], "rus", None, "blr", ["Actual"], "2023-01-01", "2023-01-31")
    assert flt.event_type == ("ASSAULT", "MOBILIZE")
    assert flt.actor == "RUS" and flt.country == "BLR" and flt.recipient is None
    assert flt.factuality == ("actual",)
    assert flt.since == date(2023, 1, 1) and flt.until == date(2023, 1, 31)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((["BOMB"], None, None, None, None, None, None), "unknown event type BOMB"),
        ((None, None, None, None, ["maybe"], None, None), "unknown value maybe"),
        ((None, "R1", None, None, None, None, None), "not a country"),
        ((None, None, None, "'; drop table", None, None, None), "not a country"),
        ((None, None, None, None, None, "2023-02-30", None), "not a date"),
        ((None, None, None, None, None, "2023-03-01", "2023-02-01"), "since is after until"),
    ],
)
def test_bad_filters_are_usage_errors(args: tuple, message: str) -> None:
    with pytest.raises(UsageError, match=message) as info:
        event_filter(*args)
    assert info.value.exit_code == 2 and info.value.http_status == 422


def test_dates_and_times() -> None:
    assert parse_date(None, "x") is None
    assert parse_datetime("2023-01-06", "x").tzinfo is not None
    assert parse_datetime("2023-01-06T10:00:00+02:00", "x").utcoffset().total_seconds() == 7200
    with pytest.raises(UsageError):
        parse_datetime("Friday", "--published")
