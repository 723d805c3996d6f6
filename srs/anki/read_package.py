"""Read ``.apkg`` / ``.colpkg`` files in every layout Anki has written.

* version 1: ``collection.anki2`` (schema 11), ``media`` JSON map
* version 2: ``collection.anki21`` (schema 11), ``media`` JSON map
* version 3: ``collection.anki21b`` (zstd, schema 18), zstd protobuf media
  list, zstd media files; a ``meta`` protobuf names the version.

Any problem raises :class:`PackageError` and leaves nothing behind.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from . import protobuf as pb
from .convert_notes import build_notes
from .media_files import MediaExtractor
from .model import ImportedPackage, PackageError
from .perf import gc_paused
from .read_collection import read_collection
from .safe_zip import Limits, SafeArchive

_COLLECTIONS = {1: "collection.anki2", 2: "collection.anki21", 3: "collection.anki21b"}


def package_version(archive: SafeArchive) -> int:
    if "meta" in archive:
        try:
            version = pb.first_int(pb.decode(archive.read("meta", limit=1 << 16)), 1)
        except ValueError as e:
            raise PackageError(f"the package's meta file is corrupt: {e}") from None
        if version not in _COLLECTIONS:
            raise PackageError("the package was made by a newer Anki version (unknown format)")
        return version
    for version in (3, 2, 1):
        if _COLLECTIONS[version] in archive:
            return version
    raise PackageError("the package holds no Anki collection (no collection.anki2/anki21/anki21b)")


def read_package(path: str | Path, *, media_dest: Path, limits: Limits = Limits()) -> ImportedPackage:
    """Notes, cards, review log and media of an Anki package.

    Media files are written into ``media_dest`` (created if needed) under safe
    names; the notes' markdown refers to them by those names.
    """
    with gc_paused():
        return _read_package(path, Path(media_dest), limits)


def _read_package(path, media_dest: Path, limits: Limits) -> ImportedPackage:
    media = MediaExtractor(media_dest)
    workdir = tempfile.mkdtemp(prefix="srs-anki-")
    try:
        with SafeArchive(path, limits) as archive:
            version = package_version(archive)
            name = _COLLECTIONS[version]
            if name not in archive:
                raise PackageError(f"the package holds no Anki collection ({name} is missing)")
            col_path = Path(workdir) / "collection.db"
            archive.extract(name, col_path, zstd=version >= 3)
            raw = read_collection(col_path)
            try:
                if _is_placeholder(raw):
                    raise PackageError("the package holds only Anki's 'please update' placeholder")
                files = media.extract_all(archive, version)
                renames = {orig: p.name for orig, p in files.items()}
                notes, warnings = build_notes(raw, renames)
            finally:
                raw.close()
        return ImportedPackage(
            notes=notes, media=files, warnings=media.warnings + warnings,
            collection_created=datetime.fromtimestamp(raw.crt, timezone.utc) if raw.crt else None,
        )
    except BaseException:
        media.rollback()
        raise
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _is_placeholder(raw) -> bool:
    """Anki puts a one-note "please update" collection.anki2 next to newer ones."""
    return len(raw.notes) == 1 and raw.notes[0][5].startswith("Please update to the latest Anki")
