"""Images cross both ways with Anki's media sync, through the real server."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import anki.collection  # noqa: F401  (must come before anki.cards)
import pytest
from anki.collection import Collection as AnkiCollection

from srs.service.collection import Collection
from tests.anki.test_media_clash import package
from tests.sync.conftest import srs_cards as _srs_cards
from tests.sync.conftest import srs_cli as _srs
from tests.sync.test_phone import _phone_sync

SRS_IMAGE = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4  # the bytes matter, not the picture
PHONE_IMAGE = b"\x89PNG\r\n\x1a\n" + bytes(reversed(range(256))) * 3


def _phone_sync_media(phone: AnkiCollection, server) -> None:  # type: ignore[no-untyped-def]
    phone.sync_media(phone.sync_login(server.user, server.password, server.endpoint))
    while phone.media_sync_status().active:
        time.sleep(0.05)


def test_images_go_both_ways(sync_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SRS_NOW", datetime.now(UTC).replace(microsecond=0).isoformat())
    db = tmp_path / "srs.db"
    Collection.open(db).close()
    with Collection.open(db) as col:
        media = col.media_dir
    _srs(db, "import", str(package(tmp_path, "logos", 2059400200, "Logo", SRS_IMAGE)))  # a picture in srs
    up = json.loads(_srs(db, "sync", "--endpoint", sync_server.endpoint, "--user", sync_server.user, "--upload",
                         "--json"))
    assert up["sent"]["media_files"] == 1

    (tmp_path / "phone").mkdir()
    phone = AnkiCollection(str(tmp_path / "phone" / "collection.anki2"))
    try:
        _phone_sync(phone, sync_server)
        _phone_sync_media(phone, sync_server)
        phone_media = Path(phone.media.dir())
        [shown] = [n for n in phone.db.list("SELECT flds FROM notes") if "Logo" in n]
        assert (phone_media / "img.png").read_bytes() == SRS_IMAGE and 'src="img.png"' in shown

        name = phone.media.write_data("phone-pic.png", PHONE_IMAGE)
        note = phone.new_note(phone.models.by_name("Basic"))
        note["Front"], note["Back"] = "The phone's picture", f'<img src="{name}">'
        phone.add_note(note, phone.db.scalar("SELECT did FROM cards LIMIT 1"))
        _phone_sync(phone, sync_server)
        _phone_sync_media(phone, sync_server)
    finally:
        phone.close()

    report = json.loads(_srs(db, "sync", "--json"))
    assert report["received"]["notes"] == 1 and report["received"]["media_files"] == 1
    assert (media / name).read_bytes() == PHONE_IMAGE
    assert name in _srs_cards(db)["The phone's picture"][2]
    again = json.loads(_srs(db, "sync", "--json"))
    assert not any(again["received"].values()) and not any(again["sent"].values())
