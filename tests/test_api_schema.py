"""Schemathesis against the OpenAPI schema: generated requests never cause a server error."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from frontwatch.api import create_app
from frontwatch.config import Settings
from frontwatch.store import open_store

from .test_api import _article, _event

TOKEN = "schema-token"


@pytest.fixture
def api_schema(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'schema.db'}")
    for n in range(5):
        art = _article(n)
        store.store_article(art, art.text.encode(), None, [_event(art, 0)])
    settings = Settings(db_url="unused", cache_dir=tmp_path, allow_network=False)
    app = create_app(settings, store=store, token=TOKEN)
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    store.close()


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=[not_a_server_error], headers={"Authorization": f"Bearer {TOKEN}"})
