"""frontwatch: news reports in, attributed and factuality-aware PLOVER events out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("frontwatch")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"

__all__ = ["__version__"]
