"""Our export read back by our import, directly and after a trip through Anki."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path

from srs.anki import ExportCard, ExportNote, ExportReview, read_package, write_apkg
from srs.anki.ids import anki_guid
from tests.anki.helpers import anki_export, anki_import

NOW = datetime.now(UTC).replace(microsecond=0)
D = timedelta(days=1)

NOTES = [
    ExportNote(guid="rt-1", template="basic", front="What is `x_y`?", back="- **one**\n- two",
               context="A › B", source="https://example.com", deck="Top::Sub", tags=("t1", "a::b"),
               reverse=True, modified=NOW - D,
               cards=(ExportCard(0, state=2, due=NOW + 3 * D, last_review=NOW - 4 * D, stability=7.0,
                                 difficulty=5.0, interval_days=7, reps=3, lapses=1, flag=2),
                      ExportCard(1, suspended=True)),
               reviews=(ExportReview(0, NOW - 20 * D, 3, 4000, 0, 0, 0),
                        ExportReview(0, NOW - 10 * D, 1, 9000, 5, 2, 2),
                        ExportReview(0, NOW - 4 * D, 3, 3000, 7, 0, 3))),
    ExportNote(guid="rt-2", template="cloze", front="{{c1::Rome}} and {{c2::Paris}}", back="capitals",
               deck="Top", modified=NOW - D,
               cards=(ExportCard(0), ExportCard(1, buried=True))),
]


def check(notes_by_guid):
    basic = notes_by_guid[anki_guid("rt-1")]
    assert (basic.notetype, basic.template, basic.reverse) == ("srs Basic", "basic", True)
    assert (basic.front, basic.back) == ("What is `x_y`?", "- **one**\n- two")
    assert basic.fields["Context"] == "A › B"
    assert basic.fields["Source"] == "<https://example.com>"
    assert (basic.deck, sorted(basic.tags)) == ("Top::Sub", ["a::b", "t1"])
    fwd, rev = basic.cards
    assert (fwd.anki_type, fwd.anki_queue, fwd.anki_ivl, fwd.flag) == (2, 2, 7, 2)
    assert [r.rating for r in fwd.reviews] == [3, 1, 3]
    assert fwd.reviews[0].reviewed_at == NOW - 20 * D
    assert rev.suspended and not rev.reviews
    cloze = notes_by_guid[anki_guid("rt-2")]
    assert (cloze.template, cloze.front, cloze.back) == ("cloze", "{{c1::Rome}} and {{c2::Paris}}",
                                                         "capitals")
    assert [c.buried for c in cloze.cards] == [False, True]


def test_our_package_reads_back(tmp_path: Path):
    path = tmp_path / "rt.apkg"
    write_apkg(path, NOTES, with_scheduling=True, now=NOW)
    pkg = read_package(path, media_dest=tmp_path / "media")
    check({n.guid: n for n in pkg.notes})


def test_through_anki_and_back(tmp_path: Path, anki_col):
    path = tmp_path / "rt.apkg"
    write_apkg(path, NOTES, with_scheduling=True, now=NOW)
    anki_import(anki_col, path)
    assert anki_col.fix_integrity()[1]
    again = anki_export(anki_col, tmp_path / "again.apkg", legacy=False)
    pkg = read_package(again, media_dest=tmp_path / "media")
    check({n.guid: n for n in pkg.notes})


def test_anki_layer_imports_no_database_or_ui_code():
    """srs.anki is file-format work: no SQLAlchemy, service, UI, or the anki package (save
    sync_mirror, the sync client: the optional anki package is what talks to sync servers)."""
    forbidden = ("sqlalchemy", "srs.db", "srs.service", "srs.tui", "srs.cli", "anki", "textual")
    root = Path(__file__).resolve().parents[2] / "srs" / "anki"
    for path in root.glob("*.py"):
        if path.name == "sync_mirror.py":
            forbidden_here = tuple(f for f in forbidden if f != "anki")
        else:
            forbidden_here = forbidden
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            for name in names:
                assert not any(name == f or name.startswith(f + ".") for f in forbidden_here), (path, name)
