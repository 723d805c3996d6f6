"""Read ``.apkg`` / ``.colpkg`` files in every layout Anki has written.

* version 1: ``collection.anki2`` (schema 11), ``media`` JSON map
* version 2: ``collection.anki21`` (schema 11), ``media`` JSON map
* version 3: ``collection.anki21b`` (zstd, schema 18), zstd protobuf media
  list, zstd media files; a ``meta`` protobuf names the version.

Any problem raises :class:`PackageError` and leaves nothing behind.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from srs.core import scratch

from . import protobuf as pb
from .convert_notes import build_notes
from .media_files import MediaExtractor, referenced_media
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
    with OpenPackage(path, media_dest=media_dest, limits=limits) as opened:
        return opened.read()


class OpenPackage:
    """A package opened for reading (its layout checked), its collection extracted on
    first use to a scratch file (``collection``) that stays until the block ends, so the
    review log can be replayed from it (srs.anki.history) while ``read(answers=False)``
    reads the rest."""

    def __init__(self, path: str | Path, *, media_dest: Path, media_library: Path | None = None,
                 limits: Limits = Limits()) -> None:
        """``media_library``: the media folder the files extracted to ``media_dest`` will join;
        a name a different file holds there is not taken (the file gets a content-derived name)."""
        self.path, self.limits = path, limits
        self._media = MediaExtractor(Path(media_dest), media_library)
        self._workdir = scratch.make("srs-anki-")  # locked: a later srs removes it if this process is killed
        self.collection = self._workdir / "collection.db"
        self._archive: SafeArchive | None = None
        self._version, self._name, self._extracted = 0, "", False
        self.stored_size = 0

    def __enter__(self) -> OpenPackage:
        try:
            self._archive = SafeArchive(self.path, self.limits)
            self._version = package_version(self._archive)
            self._name = _COLLECTIONS[self._version]
            if self._name not in self._archive:
                raise PackageError(f"the package holds no Anki collection ({self._name} is missing)")
            self.stored_size = self._archive.entries[self._name].file_size  # as stored: zstd-compressed in v3
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise
        return self

    def extract(self) -> Path:
        """The collection, extracted to ``collection`` (the first call does it)."""
        assert self._archive is not None
        if not self._extracted:
            self._archive.extract(self._name, self.collection, zstd=self._version >= 3)
            self._extracted = True
        return self.collection

    def read(self, *, answers: bool = True) -> ImportedPackage:
        """Notes (with each card's graded answers unless ``answers`` is False), media and warnings."""
        assert self._archive is not None
        self.extract()
        with gc_paused():
            raw = read_collection(self.collection, answers=answers)
            if _is_placeholder(raw):
                raise PackageError("the package holds only Anki's 'please update' placeholder")
            wanted = referenced_media(flds for *_, flds in raw.notes)
            files = self._media.extract_all(self._archive, self._version, wanted)
            renames = {orig: p.name for orig, p in files.items()}
            notes, warnings = build_notes(raw, renames)
        return ImportedPackage(
            notes=notes, media=files, warnings=self._media.warnings + warnings, cards=len(raw.cards),
            collection_created=datetime.fromtimestamp(raw.crt, UTC) if raw.crt else None,
        )

    def __exit__(self, exc_type: type[BaseException] | None, *_rest: object) -> None:
        if exc_type is not None:
            self._media.rollback()
        if self._archive is not None:
            self._archive.close()
            self._archive = None
        scratch.remove(self._workdir)


def _is_placeholder(raw) -> bool:
    """Anki puts a one-note "please update" collection.anki2 next to newer ones."""
    return len(raw.notes) == 1 and raw.notes[0][5].startswith("Please update to the latest Anki")
