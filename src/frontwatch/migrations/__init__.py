"""Alembic migrations of the SQL store, shipped inside the package and applied on open."""
