"""The media list of a package and extracting its files under safe names."""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote

from . import protobuf as pb
from .model import PackageError
from .safe_zip import SafeArchive

_UNSAFE = re.compile(r"[^\w.-]+")
# what a note field can point at: an <img>/<audio>/<source> src (quoted or bare) and [sound:…]
_REFERENCE = re.compile(r"""\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))|\[sound:([^\]\n]+)\]""", re.IGNORECASE)


def referenced_media(fields: Iterable[str]) -> set[str]:
    """The media names note fields refer to, as written, HTML-unescaped and URL-unquoted."""
    names: set[str] = set()
    for text in fields:
        folded = text.casefold()  # what IGNORECASE matches (the long s of "ſrc" too): most fields name no media
        if "src" not in folded and "[sound:" not in folded:
            continue
        for m in _REFERENCE.finditer(text):
            raw = next(g for g in m.groups() if g is not None)
            plain = html.unescape(raw).strip()
            names.update((raw, plain, unquote(plain)))
    return names


def safe_media_name(name: str) -> str:
    """A file name safe on any file system and in a markdown link: folder parts, a leading
    dot or dash and unsafe characters go; the rest stays, Anki's leading ``_`` included
    (Anki's media check keeps ``_`` files: templates use them)."""
    base = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1].lstrip(". ")
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = _UNSAFE.sub("_", stem).lstrip(".-").rstrip(".")[:100] or "media"
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


def _has_folder(name: str) -> bool:
    return "/" in name or "\\" in name


def _digest(path: Path) -> str:
    h = hashlib.sha1()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


class MediaExtractor:
    """Extracts files into ``dest``; ``rollback()`` removes everything it made."""

    def __init__(self, dest: Path, library: Path | None = None):
        self.dest = dest
        # the media folder the files join later (``dest`` is then a scratch folder): a name a file
        # there holds with other content is not reused; the same content is (nothing extracted)
        self.folders = [dest] if library is None or Path(library) == Path(dest) else [Path(library), dest]
        self.renamed: list[tuple[str, str]] = []  # (safe name, name stored under): another package had it
        self.created: list[Path] = []
        self.created_dir = False
        self.warnings: list[str] = []
        self.unused: list[str] = []  # media files no note refers to: not extracted

    def extract_all(self, archive: SafeArchive, version: int, wanted: set[str] | None = None) -> dict[str, Path]:
        """Extract the listed media (only those named in ``wanted``, when given)."""
        entries = media_list(archive, version)
        if wanted is not None:
            unused = [(z, original) for z, original in entries if original and original not in wanted]
            entries = [(z, original) for z, original in entries if original in wanted]
            self.unused = [original for _, original in unused]
            if unused:
                size = sum(archive.entries[z].file_size for z, _ in unused if z in archive)
                self.warnings.append(f"skipped {len(self.unused):,} media file(s) no note uses "
                                     f"({_size(size)}), e.g. {self.unused[0]!r}")
        if not entries:
            return {}
        if not self.dest.exists():
            self.dest.mkdir(parents=True)
            self.created_dir = True
        taken: set[str] = set()
        out: dict[str, Path] = {}
        pathed = [original for _, original in entries if original and _has_folder(original)]
        if pathed:
            self.warnings.append(f"{len(pathed):,} media name(s) named a folder, e.g. {pathed[0]!r}: "
                                 f"stored in the media folder as {safe_media_name(pathed[0])!r}")
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
        if self.renamed:
            (name, stored), more = self.renamed[0], len(self.renamed)
            self.warnings.append(f"renamed {more:,} media file(s) because another package already used their "
                                 f"names for different files, e.g. {name!r} is stored as {stored!r}")
        return out

    def _place(self, tmp: Path, name: str, taken: set[str]) -> Path:
        """Move ``tmp`` (the last of ``created``) to ``name``, or drop it for an identical file there.

        A name held by other content (in the media folder, or by another file of this package)
        gives way to ``stem-<first 8 hex of the content's sha1>.ext``, as Anki does: the same
        file always lands under the same name, so importing a package again makes no copy.
        """
        assert self.created[-1] == tmp
        stem, dot, ext = name.rpartition(".")
        if not dot:
            stem, ext = name, ""
        digest = None
        for n in range(1, 10_000):
            if n == 1:
                candidate = name
            else:  # the first name was held (so the digest is known)
                candidate = f"{stem}-{str(digest)[:8]}{'' if n == 2 else f'-{n - 1}'}{dot}{ext}"
            for folder in self.folders:
                target = folder / candidate
                if target.exists() or target.is_symlink():
                    digest = digest or _digest(tmp)
                    if target.is_file() and target.stat().st_size == tmp.stat().st_size and _digest(target) == digest:
                        tmp.unlink()
                        self.created.pop()  # tmp, the last file made (list.remove searched them all: quadratic)
                        taken.add(candidate)
                        self._note_rename(name, candidate, taken)
                        return target  # the same file is already there
                    break
            else:
                os.replace(tmp, self.dest / candidate)
                self.created[-1] = self.dest / candidate  # tmp was the last file made
                self._note_rename(name, candidate, taken)
                taken.add(candidate)
                return self.dest / candidate
        raise PackageError(f"too many media files named like {name!r}")

    def _note_rename(self, name: str, stored: str, taken: set[str]) -> None:
        """A file stored under another name than its own, which a file from elsewhere holds."""
        if stored != name and name not in taken:
            self.renamed.append((name, stored))

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


def _size(n: int) -> str:
    return f"{n / (1 << 20):,.1f} MB" if n >= 1 << 20 else f"{n:,} bytes"
