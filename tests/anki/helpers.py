"""Helpers that drive Anki's own code (the ``anki`` package) from tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import anki.collection  # noqa: F401  (must come before anki.cards)
from anki.collection import (
    Collection,
    ExportAnkiPackageOptions,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def days(n: float) -> timedelta:
    return timedelta(days=n)


def anki_import(col: Collection, path: Path, *, with_scheduling: bool = True):
    """Import like the desktop app's "Import" with default options."""
    return col.import_anki_package(ImportAnkiPackageRequest(
        package_path=str(path),
        options=ImportAnkiPackageOptions(with_scheduling=with_scheduling, with_deck_configs=False),
    )).log


def anki_export(col: Collection, path: Path, *, legacy: bool, with_scheduling: bool = True) -> Path:
    col.export_anki_package(
        out_path=str(path),
        options=ExportAnkiPackageOptions(with_scheduling=with_scheduling,
                                         with_deck_configs=with_scheduling,
                                         with_media=True, legacy=legacy),
        limit=None,
    )
    return path
