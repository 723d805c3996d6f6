"""Anki interop: write ``.apkg`` files and read ``.apkg`` / ``.colpkg`` / text exports.

Pure file-format work on the plain dataclasses of :mod:`srs.anki.model`; the
service turns database rows into them and back.
"""

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
from .read_package import read_package
from .revlog_sql import ReviewSource
from .text_import import read_text
from .write_apkg import write_apkg

__all__ = [
    "ExportCard", "ExportNote", "ExportReview", "ExportSummary", "ImportedCard",
    "ImportedNote", "ImportedPackage", "ImportedReview", "PackageError", "ReviewSource", "read_package", "read_text",
    "write_apkg",
]
