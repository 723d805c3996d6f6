"""Test data for the TUI: a small notes file, imported the way a user would.

Until the markdown extractor is importable, the same notes are stored through
the service's note store (same decks, headings, lines and order), so the
screens see identical cards either way.
"""

from __future__ import annotations

from pathlib import Path

from srs.core.notes import NoteDraft, NoteKind, Template
from srs.service.collection import Collection

LINUX = """\
---
deck: Systems::Linux
---
# Sockets

Q: How do you list listening TCP sockets on Linux?
A: ```sh
ss -ltnp
```
- `-l` listening, `-t` TCP
- `-n` numeric ports, `-p` the process
"""

NOTES = """\
---
deck: Systems::Networking
---
# TCP

Nagle's algorithm :: coalesces small writes until the previous segment is acknowledged

# DNS

TTL of a DNS record :: how long resolvers may cache it, in seconds

Q: Which record maps a name to an IPv6 address?
A: The `AAAA` record.
"""

SECURITY = """\
---
deck: Security
---
# STRIDE

Spoofing violates :: authentication

Tampering violates :: integrity
"""

FILES = {"linux.md": LINUX, "networking.md": NOTES, "security.md": SECURITY}
SS_BACK = "```sh\nss -ltnp\n```\n- `-l` listening, `-t` TCP\n- `-n` numeric ports, `-p` the process"

# (deck, heading path, line, front, back) of the notes above, in file order
DRAFTS = {
    "linux.md": [("Systems::Linux", ("Sockets",), 6, "How do you list listening TCP sockets on Linux?", SS_BACK)],
    "networking.md": [
        ("Systems::Networking", ("TCP",), 6, "Nagle's algorithm",
         "coalesces small writes until the previous segment is acknowledged"),
        ("Systems::Networking", ("DNS",), 10, "TTL of a DNS record", "how long resolvers may cache it, in seconds"),
        ("Systems::Networking", ("DNS",), 12, "Which record maps a name to an IPv6 address?", "The `AAAA` record."),
    ],
    "security.md": [
        ("Security", ("STRIDE",), 6, "Spoofing violates", "authentication"),
        ("Security", ("STRIDE",), 8, "Tampering violates", "integrity"),
    ],
}


def extractor_ready() -> bool:
    try:
        import srs.service.importing  # noqa: F401
    except ImportError:
        return False
    return True


def write_notes(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return paths


def build(col: Collection, folder: Path) -> list[Path]:
    """Write the notes files and import them into ``col``."""
    paths = write_notes(folder)
    if extractor_ready():
        from srs.service.importing import import_paths

        report = import_paths(col, paths)
        assert not report.failed, [f.error for f in report.failed]
    else:
        for path in paths:
            _store(col, path)
    return paths


def _store(col: Collection, path: Path) -> None:
    from sqlalchemy import select

    from srs.db.models import Source
    from srs.service import notes_store as store
    from srs.service.collection import get_or_create_deck

    now = col.now()
    uri = str(path.resolve())
    with col.write() as s:
        source = Source(uri=uri, content_hash="test", format="markdown", imported_at=now)
        s.add(source)
        s.flush()
        rows, taken = [], set(s.scalars(select(Source.uri)).all())
        for deck, heading, line, front, back in DRAFTS[path.name]:
            d = NoteDraft(kind=NoteKind.QA, rule="explicit-qa", front=front, back=back, template=Template.BASIC,
                          heading_path=heading, line=line)
            deck_row = get_or_create_deck(s, deck)
            rows.append((store.note_values(d, back, str(d.kind), None, now),
                         store.Placement(deck_row.id, source.id, store.make_guid(uri, d.key, taken)),
                         store.card_ordinals(d.template, d.front, d.reverse)))
        store.insert_notes(s, rows, now)
