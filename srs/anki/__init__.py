"""Anki interop: write ``.apkg`` files and read ``.apkg`` / ``.colpkg`` / text exports.

Pure file-format work on the plain dataclasses of :mod:`srs.anki.model`; the
service turns database rows into them and back.
"""

from importlib import import_module

from .model import (
    ExportCard,
    ExportNote,
    ExportReview,
    ExportSummary,
    ImportedCard,
    ImportedNote,
    ImportedPackage,
    ImportedReview,
    PackageError,
)

# Imported on first use: the history worker (python -m srs.anki.history) needs
# none of the HTML, markdown and zip code, and starts 0.15 s sooner without it.
_LAZY = {"read_package": ".read_package", "ReviewSource": ".revlog_sql", "read_text": ".text_import",
         "write_apkg": ".write_apkg"}


def __getattr__(name: str) -> object:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "ExportCard", "ExportNote", "ExportReview", "ExportSummary", "ImportedCard",
    "ImportedNote", "ImportedPackage", "ImportedReview", "PackageError", "ReviewSource", "read_package", "read_text",
    "write_apkg",
]
