"""Storage behind one interface (see base.py)."""

from .base import AddOutcome, ArticleFilter, Page, Store, iter_pages

__all__ = ["AddOutcome", "ArticleFilter", "Page", "Store", "iter_pages", "open_store"]


def open_store(url: str) -> Store:
    """Open the store a URL names: `memory://`, `sqlite:///…` or `postgresql://…`."""
    if url.startswith("memory://"):
        from .memory import MemoryStore

        return MemoryStore()
    from .sql import SqlStore

    return SqlStore(url)
