"""Files shipped with srs: the Alembic migrations and the bundled decks.

In a wheel they live in ``srs/_bundled/``; in a source checkout (or an
editable install) at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

from srs.core.errors import SrsError

BUNDLED_SCHEME = "bundled:"  # a bundled deck's source uri is "bundled:FILE.md"

_PACKAGE = Path(__file__).resolve().parent.parent


def _find(name: str) -> Path:
    for candidate in (_PACKAGE / "_bundled" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise SrsError(f"this srs installation is missing its {name}/ directory; reinstall srs")


def migrations_dir() -> Path:
    return _find("migrations")


def decks_dir() -> Path:
    return _find("decks")
