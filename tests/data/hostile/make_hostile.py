"""Generate the hostile-file corpus: ``python make_hostile.py OUTDIR``.

Big or dangerous files (a zip bomb, 1 GB sparse files, FIFOs, symlinks to
/dev/zero) are generated, never committed; the tiny committed ones beside
this script (``*.md``, ``*.csv``) are copied in too. ``make_all(outdir)``
returns ``{name: path}``; tests/reliability/test_rel_hostile.py says what srs
must answer to each. Unit-level zip checks live in
tests/anki/test_hostile_packages.py; this corpus is for the command line.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import zstandard

HERE = Path(__file__).resolve().parent
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
GIB = 1 << 30
BIG_FIELD = 2 << 20  # 2 MB in one field: no flashcard side is that long


def good_package(out: Path, notes: list[tuple[str, str]] | None = None) -> dict[str, bytes]:
    """A valid .apkg written by srs itself; returns its entries."""
    from srs.anki import ExportNote, write_apkg

    notes = notes or [("hostile question", "hostile answer")]
    write_apkg(out, [ExportNote(guid=f"h{i}", template="basic", front=f, back=b, modified=NOW)
                     for i, (f, b) in enumerate(notes)], with_scheduling=False, now=NOW)
    with zipfile.ZipFile(out) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def write_zip(path: Path, entries: dict[str, bytes], *, symlink: str | None = None, stored: bool = False,
              duplicate: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.create_system = 3
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
        if duplicate:
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # zipfile warns about the duplicate name: that is the point
                zf.writestr(duplicate, entries[duplicate])
    return path


def media_bomb(path: Path, entries: dict[str, bytes], count: int = 128, size: int = (16 << 20) - 1) -> Path:
    """``entries`` plus ``count`` entries of ``size`` zeros, each just under the per-entry ratio check
    (2 GB from 2 MB). Written by hand: the one deflate stream is computed once and stored ``count`` times."""
    import struct
    import zlib

    def deflate(data: bytes) -> bytes:
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        return c.compress(data) + c.flush()

    files = [(name, data, deflate(data), zlib.crc32(data), len(data)) for name, data in entries.items() if name != "media"]
    files.append(("media", b"", deflate(json_media := __import__("json").dumps(
        {str(i): f"blank{i}.png" for i in range(count)}).encode()), zlib.crc32(json_media), len(json_media)))
    zeros = deflate(bytes(size))
    crc = zlib.crc32(bytes(size))
    files += [(str(i), b"", zeros, crc, size) for i in range(count)]
    central, offset = [], 0
    with open(path, "wb") as out:
        for name, _data, packed, crc32, length in files:
            encoded = name.encode()
            head = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc32, len(packed), length, len(encoded), 0)
            central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc32, len(packed),
                                       length, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
            out.write(head + encoded + packed)
            offset += len(head) + len(encoded) + len(packed)
        directory = b"".join(central)
        out.write(directory + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(directory), offset, 0))
    return path


def collection_name(entries: dict[str, bytes]) -> str:
    return next(n for n in ("collection.anki21", "collection.anki2") if n in entries)


def with_sql(tmp: Path, entries: dict[str, bytes], sql: str) -> dict[str, bytes]:
    """The package's collection with ``sql`` run on it (a trigger, a view…)."""
    name = collection_name(entries)
    db = tmp / "edit.sqlite"
    db.unlink(missing_ok=True)
    db.write_bytes(entries[name])
    con = sqlite3.connect(db)
    con.executescript(sql)
    con.commit()
    con.close()
    return {**entries, name: db.read_bytes()}


def sparse(path: Path, size: int = GIB) -> Path:
    with open(path, "wb") as fh:
        fh.truncate(size)  # a hole: 1 GB of zeros that takes no disk
    return path


def srs_db_with_trigger(path: Path) -> Path:
    from srs.service.collection import Collection

    Collection.open(path).close()
    con = sqlite3.connect(path)
    con.executescript("CREATE TRIGGER wipe AFTER INSERT ON review_logs BEGIN DELETE FROM cards; END;")
    con.close()
    return path


def foreign_sqlite(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT);
        CREATE TABLE audit (name TEXT);
        CREATE TRIGGER audit_things AFTER INSERT ON things BEGIN INSERT INTO audit VALUES (new.name); END;
        INSERT INTO things (name) VALUES ('another program''s data');
    """)
    con.close()
    return path


def make_all(out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    scratch = out / ".scratch"
    scratch.mkdir(exist_ok=True)
    good = good_package(scratch / "good.apkg")
    files: dict[str, Path] = {}

    def add(name: str, path: Path) -> None:
        files[name] = path

    # zip archives (.apkg)
    add("zip-slip.apkg", write_zip(out / "zip-slip.apkg", {**good, "../../evil.txt": b"pwned"}))
    add("absolute-path.apkg", write_zip(out / "absolute-path.apkg", {**good, "/tmp/evil.txt": b"pwned"}))
    add("symlink-entry.apkg", write_zip(out / "symlink-entry.apkg", {**good, "media": b'{"0": "passwd.txt"}'},
                                        symlink="0"))
    add("zip-bomb.apkg", write_zip(out / "zip-bomb.apkg", {**good, "0": bytes(24 << 20), "media": b'{"0": "big.png"}'}))
    bomb = zstandard.ZstdCompressor().compress(bytes(40 << 20))
    add("zstd-bomb.apkg", write_zip(out / "zstd-bomb.apkg", {"meta": b"\x08\x03", "collection.anki21b": bomb},
                                    stored=True))
    add("media-bomb.apkg", media_bomb(out / "media-bomb.apkg", good))
    add("duplicate-entry.apkg", write_zip(out / "duplicate-entry.apkg", good, duplicate=collection_name(good)))
    add("trigger.apkg", write_zip(out / "trigger.apkg", with_sql(scratch, good,
        "CREATE TRIGGER t AFTER UPDATE ON notes BEGIN DELETE FROM cards; END;")))
    add("view.apkg", write_zip(out / "view.apkg", with_sql(scratch, good, "CREATE VIEW v AS SELECT * FROM notes;")))
    try:
        add("virtual-table.apkg", write_zip(out / "virtual-table.apkg", with_sql(
            scratch, good, "CREATE VIRTUAL TABLE v USING fts5(x);")))
    except sqlite3.OperationalError:
        pass  # this SQLite has no fts5; the other schema checks still run
    (out / "not-a-zip.apkg").write_text("this is not a zip archive\n")
    add("not-a-zip.apkg", out / "not-a-zip.apkg")
    whole = (scratch / "good.apkg").read_bytes()
    (out / "truncated.apkg").write_bytes(whole[: len(whole) // 2])
    add("truncated.apkg", out / "truncated.apkg")
    add("sparse-1g.apkg", sparse(out / "sparse-1g.apkg"))
    good_package(out / "oversized-field.apkg", [("a small front", "x" * BIG_FIELD)])
    add("oversized-field.apkg", out / "oversized-field.apkg")
    # notes and text files
    add("sparse-1g.md", sparse(out / "sparse-1g.md"))
    add("sparse-1g.csv", sparse(out / "sparse-1g.csv"))
    (out / "oversized-field.md").write_text("oversized :: " + "word " * (BIG_FIELD // 5) + "\n", encoding="utf-8")
    add("oversized-field.md", out / "oversized-field.md")
    (out / "oversized-field.csv").write_text("front,back\nbig," + "y" * BIG_FIELD + "\n", encoding="utf-8")
    add("oversized-field.csv", out / "oversized-field.csv")
    for committed in sorted(HERE.iterdir()):
        if committed.suffix in {".md", ".csv", ".txt"} and committed.name != "README.md":
            add(committed.name, Path(shutil.copy(committed, out / committed.name)))
    # things that are not regular files, under every suffix srs imports
    for suffix in (".md", ".apkg", ".colpkg", ".csv", ".txt"):
        (out / f"dev-zero{suffix}").symlink_to("/dev/zero")
        add(f"dev-zero{suffix}", out / f"dev-zero{suffix}")
        os.mkfifo(out / f"fifo{suffix}")
        add(f"fifo{suffix}", out / f"fifo{suffix}")
    # databases given to --db
    add("sparse-1g.db", sparse(out / "sparse-1g.db"))
    add("foreign-with-trigger.sqlite", foreign_sqlite(out / "foreign-with-trigger.sqlite"))
    add("srs-with-trigger.db", srs_db_with_trigger(out / "srs-with-trigger.db"))
    shutil.rmtree(scratch)
    return files


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-out")
    for name, path in make_all(target).items():
        print(f"{name:32} {path}")
