"""The sync server fixture serves Anki's sync protocol: a plain Anki collection logs in,
uploads, and a second one downloads the same cards."""

from __future__ import annotations

from pathlib import Path

import anki.collection  # noqa: F401  (must come before anki.cards)
import pytest
from anki.collection import Collection


def _collection(folder: Path) -> Collection:
    folder.mkdir()
    return Collection(str(folder / "collection.anki2"))


def test_a_collection_goes_up_and_comes_down(sync_server, tmp_path: Path) -> None:
    laptop = _collection(tmp_path / "laptop")
    note = laptop.new_note(laptop.models.by_name("Basic"))
    note["Front"], note["Back"] = "capital of France", "Paris"
    laptop.add_note(note, laptop.decks.id("Geo"))
    auth = laptop.sync_login(sync_server.user, sync_server.password, sync_server.endpoint)
    assert auth.hkey
    out = laptop.sync_collection(auth, False)
    assert out.required == out.FULL_UPLOAD  # an empty server, a collection with content
    laptop.close_for_full_sync()
    laptop.full_upload_or_download(auth=auth, server_usn=out.server_media_usn, upload=True)
    laptop.reopen(after_full_sync=True)
    laptop.close()

    phone = _collection(tmp_path / "phone")
    out = phone.sync_collection(auth, False)
    assert out.required in (out.FULL_DOWNLOAD, out.FULL_SYNC)
    phone.close_for_full_sync()
    phone.full_upload_or_download(auth=auth, server_usn=out.server_media_usn, upload=False)
    phone.reopen(after_full_sync=True)
    assert [phone.get_note(nid)["Front"] for nid in phone.find_notes("")] == ["capital of France"]
    phone.close()


def test_a_wrong_password_is_refused(sync_server, tmp_path: Path) -> None:
    col = _collection(tmp_path / "c")
    with pytest.raises(Exception, match="(?i)auth|password|username"):
        col.sync_login(sync_server.user, "wrong", sync_server.endpoint)
    col.close()
