"""`srs sync`: two-way sync with an Anki sync server (srs.service.syncing)."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from srs.cli.app import app, open_collection, say
from srs.cli.output import console, emit_json

PASSWORD_ENV = "SRS_SYNC_PASSWORD"  # for scripts and tests; people are asked (hidden input)


def _password() -> str:
    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given
    return str(typer.prompt("Sync password", hide_input=True))


@app.command("sync")
def sync_command(
    endpoint: Annotated[str | None, typer.Option("--endpoint", help="Sync server URL, e.g. http://host:8080/ (default: the last one used, or AnkiWeb).")] = None,
    user: Annotated[str | None, typer.Option("--user", help="User name on the sync server (asked once; the host key is kept, never the password).")] = None,
    upload: Annotated[bool, typer.Option("--upload", help="Full sync: the server gets this collection, replacing its own.")] = False,
    download: Annotated[bool, typer.Option("--download", help="Full sync: take the server's collection (the database is backed up first).")] = False,
    logout: Annotated[bool, typer.Option("--logout", help="Forget the stored sync login and exit.")] = False,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Sync with your phone through an Anki sync server (AnkiWeb or your own)."""
    from srs.service import syncing

    with open_collection(bundled=False) as col:
        if logout:
            forgot = syncing.logout(col)
            if json_:
                emit_json({"logged_out": forgot})
            else:
                console.print("sync login forgotten" if forgot else "no sync login was stored")
            return
        syncing.require_anki()
        report = syncing.sync(col, endpoint=endpoint, user=user, password=_password, upload=upload,
                              download=download, say=say if not json_ else (lambda _m: None))
    if json_:
        emit_json(report.to_dict())
        return
    console.print(report.summary())
