"""Hostile and broken files: one clear error line, nothing left behind."""

from __future__ import annotations

import json
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest
import zstandard

from srs.anki import ExportNote, PackageError, read_package, write_apkg
from srs.anki.safe_zip import Limits
from srs.anki.sqlite_safe import open_readonly
from tests.anki.helpers import NOW


def good_entries(tmp_path: Path, front: str = "q") -> dict[str, bytes]:
    path = tmp_path / "good.apkg"
    write_apkg(path, [ExportNote(guid="g", template="basic", front=front, back="a", modified=NOW)],
               with_scheduling=False, now=NOW)
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def make_zip(path: Path, entries: dict[str, bytes], *, symlink: str | None = None,
             stored: bool = False) -> Path:
    kind = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", kind) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.create_system = 3
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
    return path


def edit_collection(tmp_path: Path, entries: dict[str, bytes], sql: str) -> dict[str, bytes]:
    db_path = tmp_path / "edit.anki21"
    db_path.write_bytes(entries["collection.anki21"])
    db = sqlite3.connect(db_path)
    db.executescript(sql)
    db.commit()
    db.close()
    return {**entries, "collection.anki21": db_path.read_bytes()}


def assert_refused(path: Path, media: Path, tmp: Path, match: str, **kw) -> None:
    with pytest.raises(PackageError, match=match) as err:
        read_package(path, media_dest=media, **kw)
    assert "\n" not in str(err.value)
    assert not media.exists() or list(media.iterdir()) == []
    assert list(tmp.iterdir()) == [], "temporary files left behind"


@pytest.fixture
def media(tmp_path):
    return tmp_path / "media-dest"


def test_dotdot_entry(tmp_path, media, isolated_tmp):
    entries = {**good_entries(tmp_path), "../evil.txt": b"x"}
    assert_refused(make_zip(tmp_path / "x.apkg", entries), media, isolated_tmp, r"'\.\.' path")
    assert not (tmp_path / "evil.txt").exists()


@pytest.mark.parametrize("name", ["/etc/evil", "C:\\evil.txt", "\\\\server\\share"])
def test_absolute_entry(tmp_path, media, isolated_tmp, name):
    entries = {**good_entries(tmp_path), name: b"x"}
    assert_refused(make_zip(tmp_path / "x.apkg", entries), media, isolated_tmp, "absolute path")


def test_symlink_entry(tmp_path, media, isolated_tmp):
    path = make_zip(tmp_path / "x.apkg", good_entries(tmp_path), symlink="0")
    assert_refused(path, media, isolated_tmp, "symlink")


def test_compression_ratio_bomb(tmp_path, media, isolated_tmp):
    entries = {**good_entries(tmp_path), "0": bytes(20 << 20), "media": b'{"0": "big.png"}'}
    assert_refused(make_zip(tmp_path / "x.apkg", entries), media, isolated_tmp, "ratio limit")


def test_expands_past_size_limit(tmp_path, media, isolated_tmp):
    entries = {**good_entries(tmp_path), "0": b"x" * 300_000, "media": b'{"0": "a.png"}'}
    path = make_zip(tmp_path / "x.apkg", entries)
    assert_refused(path, media, isolated_tmp, "size limit", limits=Limits(max_total=200_000))


def test_zstd_bomb_inside_the_collection(tmp_path, media, isolated_tmp):
    bomb = zstandard.ZstdCompressor().compress(bytes(40 << 20))
    entries = {"meta": b"\x08\x03", "collection.anki21b": bomb}
    path = make_zip(tmp_path / "x.apkg", entries, stored=True)
    assert_refused(path, media, isolated_tmp, "ratio limit")


def test_truncated_zip(tmp_path, media, isolated_tmp):
    good = make_zip(tmp_path / "good.apkg", good_entries(tmp_path))
    data = good.read_bytes()
    (tmp_path / "cut.apkg").write_bytes(data[: len(data) // 2])
    assert_refused(tmp_path / "cut.apkg", media, isolated_tmp, "not a valid zip")


def test_not_a_zip(tmp_path, media, isolated_tmp):
    (tmp_path / "x.apkg").write_text("just text")
    assert_refused(tmp_path / "x.apkg", media, isolated_tmp, "not a valid zip")


def test_zip_without_collection(tmp_path, media, isolated_tmp):
    path = make_zip(tmp_path / "x.apkg", {"media": b"{}", "readme.txt": b"hi"})
    assert_refused(path, media, isolated_tmp, "no Anki collection")


def test_meta_names_a_missing_collection(tmp_path, media, isolated_tmp):
    path = make_zip(tmp_path / "x.apkg", {"meta": b"\x08\x03", "media": b""})
    assert_refused(path, media, isolated_tmp, "collection.anki21b is missing")


def test_collection_is_not_sqlite(tmp_path, media, isolated_tmp):
    entries = {**good_entries(tmp_path), "collection.anki21": b"not a database " * 100}
    assert_refused(make_zip(tmp_path / "x.apkg", entries), media, isolated_tmp, "not an SQLite")


def test_collection_is_corrupt_sqlite(tmp_path, media, isolated_tmp):
    entries = good_entries(tmp_path)
    db = bytearray(entries["collection.anki21"])
    db[4096:] = b"\xff" * (len(db) - 4096)
    entries["collection.anki21"] = bytes(db)
    assert_refused(make_zip(tmp_path / "x.apkg", entries), media, isolated_tmp, "corrupt")


@pytest.mark.parametrize("table", ["notes", "cards", "revlog", "col"])
def test_collection_with_a_missing_table(tmp_path, media, isolated_tmp, table):
    entries = edit_collection(tmp_path, good_entries(tmp_path), f"DROP TABLE {table};")
    assert_refused(make_zip(tmp_path / "x.apkg", entries), media, isolated_tmp, f"no '{table}' table")


def test_note_fields_do_not_match_note_type(tmp_path, media, isolated_tmp):
    entries = edit_collection(tmp_path, good_entries(tmp_path), "UPDATE notes SET flds = 'only one';")
    # with a media file, so the refusal also has to clean up what it extracted
    entries.update({"0": b"png", "media": b'{"0": "pic.png"}'})
    path = make_zip(tmp_path / "x.apkg", entries)
    assert_refused(path, media, isolated_tmp, "has 1 fields but its note type 'srs Basic' has 5")
    assert not media.exists()


def test_note_with_unknown_note_type(tmp_path, media, isolated_tmp):
    entries = edit_collection(tmp_path, good_entries(tmp_path), "UPDATE notes SET mid = 42;")
    assert_refused(make_zip(tmp_path / "x.apkg", entries), media, isolated_tmp, "note type 42")


def test_collection_with_a_trigger(tmp_path, media, isolated_tmp):
    sql = "CREATE TRIGGER wipe AFTER UPDATE ON notes BEGIN DELETE FROM cards; END;"
    entries = edit_collection(tmp_path, good_entries(tmp_path), sql)
    assert_refused(make_zip(tmp_path / "x.apkg", entries), media, isolated_tmp, "trigger")


def test_collection_with_a_view(tmp_path, media, isolated_tmp):
    sql = "CREATE VIEW v AS SELECT * FROM notes;"
    entries = edit_collection(tmp_path, good_entries(tmp_path), sql)
    assert_refused(make_zip(tmp_path / "x.apkg", entries), media, isolated_tmp, "view")


def test_collection_connection_cannot_attach_or_write(tmp_path):
    db_path = tmp_path / "c.db"
    db_path.write_bytes(good_entries(tmp_path)["collection.anki21"])
    db = open_readonly(db_path, {"notes": ("id",)})
    try:
        for sql in (f"ATTACH DATABASE '{tmp_path / 'other.db'}' AS other",
                    "DELETE FROM notes", "CREATE TABLE x (a)", "PRAGMA writable_schema=ON"):
            with pytest.raises(sqlite3.DatabaseError):
                db.execute(sql)
    finally:
        db.close()
    assert not (tmp_path / "other.db").exists()


def test_duplicate_entries(tmp_path, media, isolated_tmp):
    path = tmp_path / "x.apkg"
    entries = good_entries(tmp_path)
    with pytest.warns(UserWarning):
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in entries.items():
                zf.writestr(name, data)
            zf.writestr("collection.anki21", b"second copy")
    assert_refused(path, media, isolated_tmp, "two entries")


def test_unsafe_media_names_stay_inside_media_dir(tmp_path, media, isolated_tmp):
    entries = {**good_entries(tmp_path, "q ![](../../evil.sh) ![](.bashrc)"), "0": b"payload", "1": b"dot",
               "media": b'{"0": "../../evil.sh", "1": ".bashrc"}'}
    pkg = read_package(make_zip(tmp_path / "x.apkg", entries), media_dest=media)
    assert sorted(p.name for p in media.iterdir()) == ["bashrc", "evil.sh"]
    assert all(p.parent == media for p in pkg.media.values())
    assert not (tmp_path / "evil.sh").exists()
    assert list(isolated_tmp.iterdir()) == []


def test_missing_file(tmp_path, media, isolated_tmp):
    assert_refused(tmp_path / "nope.apkg", media, isolated_tmp, "file not found")


@pytest.mark.parametrize("suffix", [".apkg", ".csv"])
def test_fifo_and_device_are_refused_by_the_readers_unopened(tmp_path: Path, suffix: str) -> None:
    """The readers themselves (not only `srs import`) refuse what is not a regular file, before opening it:
    a FIFO would block the open forever and /dev/zero never ends."""
    import os

    from srs.anki import read_text

    fifo, zero = tmp_path / f"f{suffix}", tmp_path / f"z{suffix}"
    os.mkfifo(fifo)
    zero.symlink_to("/dev/zero")
    read = (lambda p: read_package(p, media_dest=tmp_path / "m")) if suffix == ".apkg" else read_text
    for path, kind in ((fifo, "a FIFO"), (zero, "a character device")):
        with pytest.raises(PackageError, match=f"not a regular file \\({kind}\\)"):
            read(path)
    assert not (tmp_path / "m").exists()


def test_many_media_files_extract_in_linear_time(tmp_path: Path) -> None:
    """10k files took 8.6 s and 40k 120 s (list.index per file); the archive limit allows 250k.

    Linear means four times the files take about four times as long (quadratic: sixteen). The ratio of two runs
    in the same process holds on a loaded machine, where a fixed bound in seconds does not; it counts this process's
    CPU time, as a busy disk or other processes once made the wall-clock ratio 12x (1.7 s, 20.6 s) on a linear run."""
    import json
    import time

    from srs.anki.media_files import MediaExtractor
    from srs.anki.safe_zip import SafeArchive

    def extract(n: int) -> float:
        folder = tmp_path / f"run{n}"
        folder.mkdir()
        path = folder / "many.apkg"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr("media", json.dumps({str(i): f"img{i}.png" for i in range(n)}))
            for i in range(n):
                zf.writestr(str(i), b"%d" % i)
        started = time.process_time()
        with SafeArchive(path) as archive:
            extractor = MediaExtractor(folder / "media")
            files = extractor.extract_all(archive, 2)
        elapsed = time.process_time() - started
        assert len(files) == n and len(list((folder / "media").iterdir())) == n
        extractor.rollback()
        assert not (folder / "media").exists()
        return elapsed

    small, large = extract(5_000), extract(20_000)
    assert large < 10 * small + 2.0, f"4x the media files took {large / small:.1f}x as long ({small:.1f} s, {large:.1f} s)"


def test_media_no_note_uses_is_skipped_and_reported(tmp_path, media, isolated_tmp):
    entries = {**good_entries(tmp_path, "see ![](used.png)"), "0": b"used", "1": b"unused" * 1000,
               "media": b'{"0": "used.png", "1": "stray.png"}'}
    pkg = read_package(make_zip(tmp_path / "x.apkg", entries), media_dest=media)
    assert sorted(p.name for p in media.iterdir()) == ["used.png"]
    assert any("skipped 1 media file(s) no note uses (6,000 bytes), e.g. 'stray.png'" in w for w in pkg.warnings)


def test_ratio_is_checked_over_all_entries(tmp_path, media, isolated_tmp):
    """Many entries each under the per-entry floor (here 1 MiB) still add up to a bomb."""
    entries = {**good_entries(tmp_path), **{str(i): bytes((1 << 20) - 1) for i in range(40)},
               "media": json.dumps({str(i): f"z{i}.bin" for i in range(40)}).encode()}
    with pytest.raises(PackageError, match="compression ratio limit .* over all its entries"):
        read_package(make_zip(tmp_path / "x.apkg", entries), media_dest=media,
                     limits=Limits(ratio_floor=1 << 20))
    assert not media.exists() or list(media.iterdir()) == []
