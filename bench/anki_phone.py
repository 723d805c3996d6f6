"""The phone's side of a sync, as AnkiDroid does it: Anki's own client against Anki's sync server.

One place for the steps the benches and the sync tests repeat: log in, sync, and take the server's collection
when the server asks for a full sync (a phone never overwrites the server: a full upload is refused here).
"""

from __future__ import annotations

from typing import Any


class FullUploadAsked(RuntimeError):
    """The server wanted the phone's collection to replace its own: never what these scenarios expect."""


def phone_sync(col: Any, user: str, password: str, endpoint: str) -> None:
    """Sync ``col`` (an ``anki.collection.Collection``) with the server at ``endpoint``."""
    auth = col.sync_login(user, password, endpoint)
    out = col.sync_collection(auth, False)
    if out.required in (out.FULL_DOWNLOAD, out.FULL_SYNC):
        col.close_for_full_sync()
        col.full_upload_or_download(auth=auth, server_usn=out.server_media_usn, upload=False)
        col.reopen(after_full_sync=True)
    elif out.required not in (out.NO_CHANGES, out.NORMAL_SYNC):
        raise FullUploadAsked(f"the phone was asked for a full upload ({out.required})")
