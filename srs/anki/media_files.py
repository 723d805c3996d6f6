"""The media list of a package and extracting its files under safe names."""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from pathlib import Path

from . import protobuf as pb
from .model import PackageError
from .safe_zip import SafeArchive

_UNSAFE = re.compile(r"[^\w.-]+")


def safe_media_name(name: str) -> str:
    """A file name safe on any file system and in a markdown link."""
    base = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1].lstrip(". ")
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = _UNSAFE.sub("_", stem).strip("._-")[:100] or "media"
    ext = re.sub(r"[^A-Za-z0-9]+", "", ext)[:10].lower()
    return f"{stem}.{ext}" if ext else stem


def media_list(archive: SafeArchive, version: int) -> list[tuple[str, str]]:
    """(zip entry, original file name) for each media file the package lists."""
    if "media" not in archive:
        return []
    if version >= 3:
        data = archive.read("media", zstd=True)
        try:
            entries = pb.decode(data).get(1, [])
            out = []
            for i, raw in enumerate(entries):
                if not isinstance(raw, bytes):
                    raise ValueError("bad media entry")
                out.append((str(i), pb.first_str(pb.decode(raw), 1)))
            return out
        except ValueError as e:
            raise PackageError(f"the package's media list is corrupt: {e}") from None
    try:
        mapping = json.loads(archive.read("media") or b"{}")
        if not isinstance(mapping, dict):
            raise ValueError("not an object")
        return [(str(k), str(v)) for k, v in mapping.items()]
    except (ValueError, UnicodeDecodeError) as e:
        raise PackageError(f"the package's media list is not valid JSON: {e}") from None


def _digest(path: Path) -> str:
    h = hashlib.sha1()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


class MediaExtractor:
    """Extracts files into ``dest``; ``rollback()`` removes everything it made."""

    def __init__(self, dest: Path):
        self.dest = dest
        self.created: list[Path] = []
        self.created_dir = False
        self.warnings: list[str] = []

    def extract_all(self, archive: SafeArchive, version: int) -> dict[str, Path]:
        entries = media_list(archive, version)
        if not entries:
            return {}
        if not self.dest.exists():
            self.dest.mkdir(parents=True)
            self.created_dir = True
        taken: set[str] = set()
        out: dict[str, Path] = {}
        for zip_name, original in entries:
            if not original or original in out:
                continue
            if zip_name not in archive:
                self.warnings.append(f"media file {original!r} is listed but not in the package")
                continue
            tmp = self.dest / f".srs-part-{len(self.created)}-{os.getpid()}"
            self.created.append(tmp)
            archive.extract(zip_name, tmp, zstd=version >= 3)
            final = self._place(tmp, safe_media_name(original), taken)
            out[original] = final
        return out

    def _place(self, tmp: Path, name: str, taken: set[str]) -> Path:
        stem, dot, ext = name.rpartition(".")
        if not dot:
            stem, ext = name, ""
        digest = None
        for n in range(1, 10_000):
            candidate = name if n == 1 else f"{stem}-{n}{dot}{ext}"
            if candidate in taken:
                continue
            target = self.dest / candidate
            if target.exists():
                digest = digest or _digest(tmp)
                if target.stat().st_size == tmp.stat().st_size and _digest(target) == digest:
                    tmp.unlink()
                    self.created.remove(tmp)
                    taken.add(candidate)
                    return target  # the same file is already there
                continue
            os.replace(tmp, target)
            self.created[self.created.index(tmp)] = target
            taken.add(candidate)
            return target
        raise PackageError(f"too many media files named like {name!r}")

    def rollback(self) -> None:
        for path in self.created:
            try:
                path.unlink()
            except FileNotFoundError:
                pass
        if self.created_dir:
            try:
                self.dest.rmdir()
            except OSError:
                pass
        self.created.clear()
