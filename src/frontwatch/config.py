"""The one settings object that flows through every stage."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

DEFAULT_DB = "sqlite:///frontwatch.db"
NER_SCOPES = ("candidates", "events", "off")


def default_db_url() -> str:
    """`FRONTWATCH_DB`, else a SQLite file in the working directory."""
    return os.environ.get("FRONTWATCH_DB") or DEFAULT_DB


@dataclass(frozen=True)
class Settings:
    """Run-time settings. Build with `Settings()` and override with `settings.with_(...)`."""

    db_url: str = field(default_factory=default_db_url)
    # ingest
    max_input_bytes: int = 50 * 1024 * 1024
    fetch_timeout: float = 10.0
    allow_network: bool = True
    published: datetime | None = None  # --published override
    outlet: str | None = None  # --outlet override
    url: str | None = None  # --url override (extract)
    # dedup: MinHash LSH over word 5-shingles
    dedup_threshold: float = 0.8
    dedup_shingle: int = 5
    dedup_perm: int = 128
    # nlp
    spacy_batch_size: int = 16  # = pipeline.CHUNK: a chunk of articles is parsed as one batch
    parse_all_sentences: bool = False  # True: parse every sentence, not only candidates
    # spaCy's NER, most of the parse time, runs on: "candidates" every parsed sentence, "events"
    # only the sentences that hold a coded event (which are then coded again with the entities),
    # "off" none (the actor dictionary and gazetteer stand in). See benchmarks/README.md.
    ner_scope: str = "events"
    # workers for ingest / batch
    workers: int = 1
    cache_dir: Path = field(
        default_factory=lambda: Path(
            os.environ.get("FRONTWATCH_CACHE", Path.home() / ".cache" / "frontwatch")
        )
    )

    def __post_init__(self) -> None:
        if self.ner_scope not in NER_SCOPES:
            raise ValueError(f"ner_scope: choose one of {', '.join(NER_SCOPES)}, not {self.ner_scope!r}")

    def with_(self, **changes: object) -> Settings:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]
