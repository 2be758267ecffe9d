"""Alembic environment: runs on the connection the store hands over (see store/sql.py).

`alembic -x url=sqlite:///frontwatch.db upgrade head` also works from the command line, with
`script_location` pointing at this directory.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from frontwatch.store.schema import metadata

config = context.config


def run() -> None:
    """Apply migrations on the given connection, or on one opened from `-x url=…`."""
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("give the database with -x url=… (sqlite:///… or postgresql+psycopg://…)")
    engine = create_engine(url)
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run()
