"""Fuzzing the importers with hostile notes (strategies: fuzz_strategies.py).

For every generated file, imported through the service the CLI calls:
* no exception escapes (the CLI would print a traceback-like error): a file
  srs cannot read fails with one line and leaves the database as it was;
* no card has an empty side (basic: front and back; reverse: both ways;
  cloze: the deletion its card hides);
* a second import is a no-op: "unchanged", and even a forced re-extraction
  (``explain=True`` skips the content-hash shortcut) changes no row.

Examples are derandomized (fixed seed), each on a fresh copy of one template DB.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from srs.core.cloze import CLOZE
from srs.service.collection import Collection
from srs.service.importing import import_paths
from tests.reliability.dbstate import snapshot
from tests.reliability.fuzz_strategies import delimited_document, encoded, markdown_document

FUZZ = settings(derandomize=True, database=None, deadline=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
QUICK, LONG = 40, 1000


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated database, copied for every example."""
    db = tmp_path_factory.mktemp("fuzz-template") / "template.db"
    Collection.open(db).close()
    return db


INVISIBLE = {"Cc", "Cf", "Cs", "Zs", "Zl", "Zp"}  # controls, format marks (ZWSP, bidi), separators


def visible(text: str) -> bool:
    return any(unicodedata.category(ch) not in INVISIBLE for ch in text)


def empty_sides(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT c.id, c.ordinal, n.template, n.front, n.back FROM cards c JOIN notes n ON n.id = c.note_id").fetchall()
    finally:
        con.close()
    bad = []
    for cid, ordinal, template, front, back in rows:
        if template == "cloze":
            hidden = [m.group(2) for m in CLOZE.finditer(front) if int(m.group(1)) == ordinal + 1]
            if not visible(front) or not any(visible(h) for h in hidden):
                bad.append(f"cloze card {cid} (c{ordinal + 1}) hides nothing: front={front[:80]!r}")
        elif not visible(front) or not visible(back):
            bad.append(f"card {cid} has an empty side: front={front[:60]!r} back={back[:60]!r}")
    return bad


def import_twice(template: Path, data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory(prefix="srs-fuzz-") as tmp:
        db = Path(tmp) / "fuzz.db"
        shutil.copy(template, db)
        notes = Path(tmp) / f"notes{suffix}"
        notes.write_bytes(data)
        col = Collection.open(db)
        try:
            before = snapshot(db)
            first = import_paths(col, [notes]).files[0]
            if first.status == "failed":
                assert first.error and "\n" not in first.error, first.error
                assert snapshot(db) == before, "a failed import wrote to the database"
                return
            assert first.status == "imported", first.to_dict()
            assert empty_sides(db) == [], empty_sides(db)[:3]
            stored = snapshot(db)
            second = import_paths(col, [notes]).files[0]
            assert second.status in {"unchanged", "imported"}, second.to_dict()  # Anki files re-read; notes match
            assert (second.new, second.updated, second.orphaned) == (0, 0, 0), second.to_dict()
            assert snapshot(db) == stored
            if suffix == ".md":
                forced = import_paths(col, [notes], explain=True).files[0]
                assert (forced.new, forced.updated, forced.orphaned) == (0, 0, 0), forced.to_dict()
                assert snapshot(db) == stored, "re-extracting the same notes changed rows"
        finally:
            col.close()


@settings(FUZZ, max_examples=QUICK)
@given(data=encoded(markdown_document()))
def test_markdown_import_is_safe_and_idempotent(template: Path, data: bytes) -> None:
    import_twice(template, data, ".md")


@pytest.mark.slow
@settings(FUZZ, max_examples=LONG)
@given(data=encoded(markdown_document()))
def test_markdown_import_fuzz_long(template: Path, data: bytes) -> None:
    import_twice(template, data, ".md")


@pytest.mark.parametrize("text", [
    pytest.param("The {{c1::}} is empty.\n", id="empty-cloze"),
    pytest.param("Hint only {{c1:: ::a hint}} here.\n", id="blank-cloze-with-hint"),
    pytest.param("Q: \x1b\nA: an answer\n", id="escape-front"),
    pytest.param("front \x07 :: \x7f\n", id="delete-back"),
    pytest.param("Only {{c0::zero}} here.\n", id="cloze-zero"),
    pytest.param("Q: \u200b\nA: zero width\n", id="zero-width-front"),
    pytest.param("Broken {{c1::never closed\n\nQ: fine?\nA: yes\n", id="unbalanced-cloze"),
])
def test_found_by_fuzzing(template: Path, text: str) -> None:
    """Minimal cases the fuzzer found (empty deletions and control/format-only sides made cards until
    74f5416) and cases its strategies aim at, kept as regressions."""
    import_twice(template, text.encode("utf-8"), ".md")


CSV_LATENT = {  # regressions: bugs this fuzz found in CSV import, since fixed
    "repeated-front": "then: two rows with the same front get the same guid ('txt:' + hash(notetype, front), "
                      "srs/anki/text_import.py:_notes) and the insert fails with IntegrityError UNIQUE notes.guid "
                      "(srs/service/importing_anki.py:_store does not merge or skip duplicates within a file)",
    "invisible-front": "then: a front of only control/format characters (ESC, RLO) becomes a card side: "
                       "text_import._notes and importing_anki._store test front.strip() only",
    "cloze-without-deletion": "then: a Cloze-notetype row without {{cN::}} becomes a cloze card hiding nothing "
                              "(text_import._notes sets template 'cloze' from the notetype name alone)",
}


@settings(FUZZ, max_examples=QUICK, phases=[Phase.explicit, Phase.generate])
@given(doc=delimited_document())
def test_delimited_import_is_safe_and_idempotent(template: Path, doc: tuple[str, bytes]) -> None:
    suffix, data = doc
    import_twice(template, data, suffix)


@pytest.mark.parametrize(("suffix", "data"), [
    pytest.param(".csv", b"front,back\nq1,a1\nq2,a2\n", id="plain"),
    *(pytest.param(suffix, data, id=name)
      for name, suffix, data in (
          ("repeated-front", ".csv", b"same front,answer one\nsame front,answer two\n"),
          ("invisible-front", ".csv", b"front,back\n\x1b,answer\n\xe2\x80\xae,answer two\n"),
          ("cloze-without-deletion", ".txt", b"#separator:comma\n#notetype:Cloze\nplain text without deletion,extra\n"),
      )),
])
def test_delimited_cases(template: Path, suffix: str, data: bytes) -> None:
    import_twice(template, data, suffix)


def test_extractor_does_not_swallow_its_own_crashes() -> None:
    """extract() turns its own exceptions into an "extractor error" warning; fuzzing must find none."""
    from hypothesis import find
    from hypothesis.errors import NoSuchExample

    from srs.extract import extract

    def crashes(data: bytes) -> bool:
        text = data.decode("utf-8-sig", errors="replace")
        return any("extractor error" in w for w in extract(text, source="fuzz").warnings)

    try:
        example = find(encoded(markdown_document()), crashes,
                       settings=settings(FUZZ, max_examples=QUICK * 3))
    except NoSuchExample:
        return
    text = example.decode("utf-8-sig", errors="replace")
    pytest.fail(f"{extract(text).warnings} for {text[:300]!r}")
