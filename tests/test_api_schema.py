"""Schemathesis against the OpenAPI schema: generated requests, valid and invalid, never cause
a server error. One test per operation (listed from the schema), each bounded in examples.

(schemathesis' lazy pytest fixture loader reads a private pytest attribute that pytest 9
removed, so the operations are driven through their hypothesis strategies directly.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from frontwatch.api import create_app
from frontwatch.config import Settings
from frontwatch.store import open_store

from .conftest import make_article, make_event

TOKEN = "schema-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _operations() -> list[tuple[str, str]]:
    probe = create_app(Settings(db_url="memory://"), store=open_store("memory://"), token=TOKEN)
    return [(method.upper(), path) for path, ops in probe.openapi()["paths"].items() for method in ops]


@pytest.fixture
def api_schema(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    store = open_store(f"sqlite:///{tmp_path / 'schema.db'}")
    for n in range(5):
        art = make_article(n)
        store.store_article(art, art.text.encode(), None, [make_event(art, 0)])
    ingests = "ingest" in request.node.name
    resources = request.getfixturevalue("resources") if ingests else None
    config = Settings(db_url="unused", cache_dir=tmp_path, allow_network=False)
    app = create_app(config, store=store, token=TOKEN, resources=resources)
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    store.close()


@pytest.mark.parametrize(("method", "path"), _operations())
def test_no_server_errors(api_schema: Any, method: str, path: str) -> None:
    operation = api_schema[path][method]
    cases = st.one_of(
        operation.as_strategy(generation_mode=GenerationMode.POSITIVE),
        operation.as_strategy(generation_mode=GenerationMode.NEGATIVE),
    )
    examples = 15 if path == "/api/ingest" else 30

    @given(case=cases)
    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=[not_a_server_error], headers=AUTH)

    check()
