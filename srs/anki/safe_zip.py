"""Reading untrusted zip archives without trusting them.

Every entry is checked before anything is read: no absolute or ``..``
paths, no symlinks, no duplicates, bounded count, size and compression
ratio. Reads are streamed and counted, so an entry that lies about its size
(or a zstd stream inside it that expands without end) stops at the limit.
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import zstandard

from srs.core.files import not_regular

from .model import PackageError

CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Limits:
    max_total: int = 8 << 30  # bytes once everything is expanded
    max_entry: int = 4 << 30  # bytes of one expanded entry (the collection, a video)
    max_entries: int = 250_000
    max_ratio: int = 200  # expanded / compressed, for an entry and for all of them, above ratio_floor
    ratio_floor: int = 16 << 20


def _bad_name(name: str) -> str | None:
    if not name or "\x00" in name:
        return "an empty or NUL name"
    norm = name.replace("\\", "/")
    if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":"):
        return "an absolute path"
    if ".." in norm.split("/"):
        return "a '..' path"
    return None


class SafeArchive:
    def __init__(self, path: str | Path, limits: Limits = Limits()):
        self.limits = limits
        self.expanded = 0  # bytes produced by reads so far
        self.compressed = 0  # stored bytes of the entries read so far
        problem = not_regular(path)
        if problem:  # zipfile would block on a FIFO and read /dev/zero without end
            raise PackageError(problem)
        try:
            self._zip = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise PackageError(f"file not found: {path}") from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as e:
            raise PackageError(f"not a valid zip archive (truncated or corrupt): {e}") from None
        try:
            self.entries = self._check()
        except PackageError:
            self._zip.close()
            raise

    def _check(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        lim = self.limits
        if len(infos) > lim.max_entries:
            raise PackageError(f"archive has {len(infos)} entries (limit {lim.max_entries})")
        entries: dict[str, zipfile.ZipInfo] = {}
        total = stored = 0
        for info in infos:
            problem = _bad_name(info.filename)
            if problem:
                raise PackageError(f"archive entry {info.filename!r} has {problem}")
            mode = info.external_attr >> 16
            if info.create_system == 3 and stat.S_ISLNK(mode):
                raise PackageError(f"archive entry {info.filename!r} is a symlink")
            if info.is_dir():
                continue
            if info.filename in entries:
                raise PackageError(f"archive has two entries named {info.filename!r}")
            if info.flag_bits & 0x1:
                raise PackageError(f"archive entry {info.filename!r} is encrypted")
            if info.file_size > lim.max_entry:
                raise PackageError(f"archive entry {info.filename!r} expands past the size limit")
            if info.file_size > lim.ratio_floor and (
                info.file_size > lim.max_ratio * max(1, info.compress_size)
            ):
                raise PackageError(
                    f"archive entry {info.filename!r} expands past the compression ratio limit"
                )
            total += info.file_size
            stored += info.compress_size
            if total > lim.max_total:
                raise PackageError("archive expands past the size limit")
            entries[info.filename] = info
        if _too_compressed(total, stored, lim):  # many entries each just under the ratio: a bomb all the same
            raise PackageError(f"archive expands past the compression ratio limit ({total >> 20:,} MB from "
                               f"{max(1, stored >> 20):,} MB, over all its entries)")
        return entries

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __contains__(self, name: str) -> bool:
        return name in self.entries

    def read(self, name: str, *, zstd: bool = False, limit: int = 64 << 20) -> bytes:
        """The whole (small) entry ``name``, optionally zstd-decoded."""
        chunks: list[bytes] = []
        self._stream(name, chunks.append, zstd=zstd, limit=limit)
        return b"".join(chunks)

    def extract(self, name: str, dest: Path, *, zstd: bool = False) -> int:
        """Stream entry ``name`` into the new file ``dest``; returns its size."""
        with open(dest, "xb") as out:
            return self._stream(name, out.write, zstd=zstd, limit=self.limits.max_entry)

    def _stream(self, name: str, sink, *, zstd: bool, limit: int) -> int:
        info = self.entries.get(name)
        if info is None:
            raise PackageError(f"archive has no entry {name!r}")
        lim = self.limits
        limit = min(limit, lim.max_entry)
        written = 0
        self.compressed += info.compress_size
        try:
            with self._zip.open(info) as raw:
                src: IO[bytes] = raw
                if zstd:
                    src = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
                while chunk := src.read(CHUNK):
                    written += len(chunk)
                    self.expanded += len(chunk)
                    if (written > limit or (not zstd and written > info.file_size)
                            or self.expanded > lim.max_total):
                        raise PackageError(f"archive entry {name!r} expands past the size limit")
                    if _too_compressed(written, info.compress_size, lim):
                        raise PackageError(
                            f"archive entry {name!r} expands past the compression ratio limit"
                        )
                    if _too_compressed(self.expanded, self.compressed, lim):  # counted over all reads
                        raise PackageError("archive expands past the compression ratio limit, over all its entries")
                    sink(chunk)
        except PackageError:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, zstandard.ZstdError) as e:
            raise PackageError(f"archive entry {name!r} is corrupt: {e}") from None
        except OSError as e:
            raise PackageError(f"cannot read archive entry {name!r}: {e}") from None
        return written


def _too_compressed(expanded: int, stored: int, lim: Limits) -> bool:
    return expanded > lim.ratio_floor and expanded > lim.max_ratio * max(1, stored)
