"""The one clock: UTC, overridable with ``SRS_NOW`` so a day can be replayed."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from srs.core.errors import SrsError


class ClockError(SrsError, ValueError):
    """A clock setting (``SRS_NOW``) that is no time."""


def parse_instant(text: str) -> datetime:
    """Parse an ISO 8601 time; a naive time is taken as local time."""
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise ClockError(f"SRS_NOW={text!r} is not an ISO 8601 time (e.g. 2026-01-31T08:00)") from exc
    if value.tzinfo is None:
        value = value.astimezone()  # local wall time, like a person means it
    return value.astimezone(UTC)


def now() -> datetime:
    """Current time, tz-aware UTC; ``SRS_NOW`` overrides it."""
    fixed = os.environ.get("SRS_NOW")
    if fixed:
        return parse_instant(fixed)
    return datetime.now(UTC)
