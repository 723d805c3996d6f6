"""Times as the database stores them: integer microseconds since the Unix epoch, UTC.

Apart from the SQLAlchemy column types (srs.db.types) so that a plain ``sqlite3`` read
(srs.db.quick_read) converts times the same way without importing SQLAlchemy.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def to_micros(value: datetime) -> int:
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the database; use UTC-aware times")
    delta = value - EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_micros(value: int) -> datetime:
    return EPOCH + timedelta(microseconds=value)
