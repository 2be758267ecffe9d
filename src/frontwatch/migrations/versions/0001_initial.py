"""Initial schema: articles, events, stories, alerts, reviews.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _key() -> sa.types.TypeEngine[str]:
    """Ids sort by bytes on both backends (C collation on PostgreSQL)."""
    return sa.String(64).with_variant(sa.String(64, collation="C"), "postgresql")


def _when() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create every table and index."""
    op.create_table(
        "articles",
        sa.Column("id", _key(), primary_key=True),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", _when()),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("language", sa.String(16)),
        sa.Column("ingested_at", _when(), nullable=False),
        sa.Column("duplicate_of", _key()),
        sa.Column("is_summary", sa.Boolean, nullable=False),
        sa.Column("raw", sa.LargeBinary, nullable=False),
        sa.Column("signature", sa.LargeBinary),
    )
    op.create_index("ix_articles_ingested", "articles", ["ingested_at", "id"])
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_outlet", "articles", ["outlet"])
    op.create_index("ix_articles_duplicate_of", "articles", ["duplicate_of"])

    op.create_table(
        "events",
        sa.Column("id", _key(), primary_key=True),
        sa.Column("article_id", _key(), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("story_id", _key()),
        sa.Column("event_type", sa.String(16), nullable=False),
        sa.Column("factuality", sa.String(16), nullable=False),
        sa.Column("day", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("location_country", sa.String(8)),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_events_day", "events", ["day", "id"])
    op.create_index("ix_events_type_day", "events", ["event_type", "day", "id"])
    op.create_index("ix_events_factuality_day", "events", ["factuality", "day", "id"])
    op.create_index("ix_events_article", "events", ["article_id"])
    op.create_index("ix_events_story", "events", ["story_id"])

    op.create_table(
        "event_countries",
        sa.Column("event_id", _key(), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("role", sa.String(10), primary_key=True),
        sa.Column("country", sa.String(8), primary_key=True),
        sa.Column("day", sa.Integer, nullable=False),
    )
    op.create_index("ix_event_countries_lookup", "event_countries", ["role", "country", "day", "event_id"])

    op.create_table(
        "stories",
        sa.Column("id", _key(), primary_key=True),
        sa.Column("event_type", sa.String(16), nullable=False),
        sa.Column("factuality", sa.String(16), nullable=False),
        sa.Column("day", sa.Integer, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_stories_day", "stories", ["day", "id"])

    op.create_table(
        "story_countries",
        sa.Column("story_id", _key(), sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("role", sa.String(10), primary_key=True),
        sa.Column("country", sa.String(8), primary_key=True),
    )
    op.create_index("ix_story_countries_lookup", "story_countries", ["role", "country", "story_id"])

    op.create_table(
        "alerts",
        sa.Column("id", _key(), primary_key=True),
        sa.Column("rule", sa.Text, nullable=False),
        sa.Column("fired_at", _when(), nullable=False),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_alerts_fired", "alerts", ["fired_at", "id"])

    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", _key(), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("created_at", _when(), nullable=False),
    )
    op.create_index("ix_reviews_event", "reviews", ["event_id", "id"])


def downgrade() -> None:
    """Drop everything."""
    for table in ("reviews", "alerts", "story_countries", "stories", "event_countries", "events", "articles"):
        op.drop_table(table)
