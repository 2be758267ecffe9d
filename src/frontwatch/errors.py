"""Every error frontwatch raises on purpose, each with its exit code and HTTP status.

    FrontwatchError                 exit 1, HTTP 500
    ├── InputError                  one bad input: reported on one line, the rest go on (exit 1, 422)
    │   ├── EmptyInput              nothing (or only white space) to read
    │   ├── BinaryInput             not text, HTML, a feed, JSON Lines or WARC
    │   ├── DecodeError             invalid bytes for the declared or detected encoding
    │   ├── TooLarge                over Settings.max_input_bytes
    │   ├── MalformedInput          truncated HTML, a broken feed, a bad JSON line, a bad WARC
    │   ├── NoText                  parsed, but no main text was left after cleaning
    │   └── SourceNotFound          a path that does not exist, a URL that cannot be fetched
    ├── UsageError                  wrong arguments or settings (exit 2, HTTP 422)
    ├── StoreError                  the database refused or is unreachable (exit 1, HTTP 503)
    └── AuthError                   a write without a valid bearer token (HTTP 401)

The orchestrator (pipeline.py) catches InputError per input and goes on; anything else stops
the run. Only cli.py turns an exit code into `sys.exit`.
"""

from __future__ import annotations


class FrontwatchError(Exception):
    """Base of all frontwatch errors."""

    exit_code = 1
    http_status = 500


class InputError(FrontwatchError):
    """One input could not be processed; `source` names it and str() says why."""

    http_status = 422

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class DecodeError(InputError):
    pass


class TooLarge(InputError):
    pass


class MalformedInput(InputError):
    pass


class NoText(InputError):
    pass


class SourceNotFound(InputError):
    pass


class UsageError(FrontwatchError):
    exit_code = 2
    http_status = 422


class StoreError(FrontwatchError):
    http_status = 503


class AuthError(FrontwatchError):
    http_status = 401
