"""Editing a note in srs (bundled and Anki cards): history kept, and a later import never overwrites the edit.

A bundled-deck update (``import_bundled`` over a folder standing in for the shipped
decks) or a package re-import that brings another version of an edited note
reports a conflict and keeps the user's text until they keep theirs or take the new one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from srs.core.errors import SrsError
from srs.db.models import Card, Note, NoteEdit, ReviewLog
from srs.service import importing
from srs.service.collection import Collection
from srs.service.importing import import_bundled, import_paths
from srs.service.note_edits import conflicts, edit_note, note_text, put_back, resolve
from srs.service.reviewing import Study

V1 = """---
deck: Bundled
---
# Queues
Q: What does a dead-letter queue hold?
A: Messages that failed processing too many times.

Q: What orders records in a Kafka partition?
A: The offset, assigned on append.
"""
V2 = V1.replace("failed processing too many times.", "failed processing more times than the redrive policy allows.")
V3 = V2.replace("assigned on append.", "assigned by the broker on append.")


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder srs ships its decks in, as a new srs version would replace them."""
    folder = tmp_path / "decks"
    folder.mkdir()
    monkeypatch.setattr(importing, "decks_dir", lambda: folder)
    return folder


def ship(folder: Path, text: str) -> None:
    (folder / "queues.md").write_text(text, encoding="utf-8")


def note_of(col: Collection, needle: str) -> Note:
    with col.read() as s:
        return s.scalars(select(Note).where(Note.front.contains(needle))).one()


def answer_all(col: Collection) -> None:
    study = Study(col)
    while (card := study.next_card()) is not None:
        study.answer(card.id, 3, 4000, expected_reps=card.reps)


def history(col: Collection, note_id: int) -> list[tuple[int, int, int, int]]:
    """Each card of the note: (card id, state, reps, answers logged)."""
    with col.read() as s:
        return [(c.id, c.state, c.reps, s.scalar(select(func.count()).where(ReviewLog.card_id == c.id)) or 0)
                for c in s.scalars(select(Card).where(Card.note_id == note_id).order_by(Card.id))]


def test_an_edit_keeps_the_notes_identity_history_and_schedule(col: Collection, shipped: Path) -> None:
    ship(shipped, V1)
    import_bundled(col)
    answer_all(col)
    note = note_of(col, "dead-letter")
    before = history(col, note.id)
    assert before and before[0][3] >= 1
    with col.read() as s:
        due = s.scalar(select(Card.due).where(Card.note_id == note.id))

    edit_note(col, note.id, "What ends up in a **DLQ**?", "Messages that kept failing.")

    text = note_text(col, note.id)
    assert (text.front, text.back, text.origin) == ("What ends up in a **DLQ**?", "Messages that kept failing.",
                                                     "bundled deck queues.md")
    assert history(col, note.id) == before
    with col.read() as s:
        assert s.scalar(select(Card.due).where(Card.note_id == note.id)) == due
        assert s.scalar(select(func.count()).select_from(Note)) == 2


def test_a_bundled_update_reports_a_conflict_and_keeps_the_edit(col: Collection, shipped: Path) -> None:
    ship(shipped, V1)
    import_bundled(col)
    note = note_of(col, "dead-letter")
    edit_note(col, note.id, note.front, "Poison messages, after the retries.")

    ship(shipped, V2)
    [report] = import_bundled(col).files
    assert (report.conflicts, report.updated) == (1, 0)
    assert note_text(col, note.id).back == "Poison messages, after the retries."
    [conflict] = conflicts(col)
    assert (conflict.note_id, conflict.mine_back) == (note.id, "Poison messages, after the retries.")
    assert "redrive policy" in conflict.new_back

    resolve(col, "mine")
    assert conflicts(col) == []
    assert note_text(col, note.id).back == "Poison messages, after the retries."
    ship(shipped, V3)  # the next update changes only the other note: no conflict comes back
    [report] = import_bundled(col).files
    assert (report.conflicts, report.updated) == (0, 1)
    assert note_text(col, note.id).back == "Poison messages, after the retries."


def test_taking_the_new_version_applies_it_and_later_updates_apply_again(col: Collection, shipped: Path) -> None:
    ship(shipped, V1)
    import_bundled(col)
    answer_all(col)
    note = note_of(col, "dead-letter")
    cards = history(col, note.id)
    edit_note(col, note.id, note.front, "Mine.")
    ship(shipped, V2)
    import_bundled(col)

    assert resolve(col, "new", [note.id]) == 1
    assert "redrive policy" in note_text(col, note.id).back
    assert history(col, note.id) == cards  # same card, same answers
    with col.read() as s:
        assert s.get(NoteEdit, note.id) is None  # no longer the user's version
    ship(shipped, V2.replace("redrive policy allows.", "redrive policy allows (maxReceiveCount)."))
    [report] = import_bundled(col).files
    assert (report.updated, report.conflicts) == (1, 0)
    assert "maxReceiveCount" in note_text(col, note.id).back


def test_a_reworded_front_in_the_update_still_finds_the_edited_note(col: Collection, shipped: Path) -> None:
    ship(shipped, V1)
    import_bundled(col)
    answer_all(col)
    note = note_of(col, "dead-letter")
    cards = history(col, note.id)
    edit_note(col, note.id, "DLQ contents?", "Whatever the consumer gave up on.")  # nothing like the deck's text
    ship(shipped, V1.replace("What does a dead-letter queue hold?", "What does a dead letter queue hold?"))

    [report] = import_bundled(col).files
    assert (report.conflicts, report.new, report.orphaned) == (1, 0, 0)
    assert note_text(col, note.id).front == "DLQ contents?"
    resolve(col, "new")
    assert note_text(col, note.id).front == "What does a dead letter queue hold?"
    assert history(col, note.id) == cards


def test_resolving_a_note_without_a_conflict_is_refused(col: Collection, shipped: Path) -> None:
    ship(shipped, V1)
    import_bundled(col)
    note = note_of(col, "dead-letter")
    with pytest.raises(SrsError, match=f"note {note.id} has no conflict"):
        resolve(col, "new", [note.id])


def test_undoing_an_edit_puts_the_note_back(col: Collection, shipped: Path) -> None:
    ship(shipped, V1)
    import_bundled(col)
    note = note_of(col, "dead-letter")
    before = edit_note(col, note.id, note.front, "Mine.")
    put_back(col, note.id, before)
    assert note_text(col, note.id).back == note.back
    with col.read() as s:
        assert s.get(NoteEdit, note.id) is None
    ship(shipped, V2)  # not the user's version any more: the update applies
    assert import_bundled(col).files[0].updated == 1


def test_bad_edits_are_refused_with_a_sentence(col: Collection, shipped: Path) -> None:
    ship(shipped, V1)
    import_bundled(col)
    note = note_of(col, "dead-letter")
    with pytest.raises(SrsError, match="The front is empty"):
        edit_note(col, note.id, "  \n", "x")
    assert note_text(col, note.id).front == note.front


def test_a_cloze_edit_adds_the_card_for_a_new_gap(col: Collection, tmp_path: Path, shipped: Path) -> None:
    ship(shipped, "# Ports\nHTTPS listens on port {{c1::443}}.\n")
    import_bundled(col)
    note = note_of(col, "HTTPS")
    assert note.template == "cloze"
    [(card_id, *_)] = history(col, note.id)
    edit_note(col, note.id, "HTTPS listens on port {{c1::443}}, HTTP on {{c2::80}}.", "")
    cards = history(col, note.id)
    assert [c[0] for c in cards][0] == card_id and len(cards) == 2
    with pytest.raises(SrsError, match="cloze card needs"):
        edit_note(col, note.id, "No gaps here.", "")


def _package(path: Path, back: str) -> Path:
    import genanki

    model = genanki.Model(1607392319, "Basic", fields=[{"name": "Front"}, {"name": "Back"}],
                          templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}])
    deck = genanki.Deck(2059400110, "Shared::AWS")
    deck.add_note(genanki.Note(model=model, fields=["What is SQS?", back], guid="sqs-note-1"))
    genanki.Package(deck).write_to_file(path)
    return path


def test_a_package_reimport_reports_a_conflict_and_keeps_the_edit(col: Collection, tmp_path: Path) -> None:
    first = _package(tmp_path / "aws.apkg", "a queue")
    assert import_paths(col, [first]).files[0].new == 1
    answer_all(col)
    note = note_of(col, "SQS")
    cards = history(col, note.id)
    edit_note(col, note.id, note.front, "A managed **message queue**.")

    assert import_paths(col, [first]).files[0].conflicts == 0  # the same package again: nothing new to decide
    second = _package(tmp_path / "aws2.apkg", "a fully managed queue")
    [report] = import_paths(col, [second]).files
    assert (report.conflicts, report.updated) == (1, 0)
    assert note_text(col, note.id).back == "A managed **message queue**."
    [conflict] = conflicts(col)
    assert conflict.new_back == "a fully managed queue" and conflict.origin == "Anki package aws.apkg"

    resolve(col, "new")
    assert note_text(col, note.id).back == "a fully managed queue"
    assert history(col, note.id) == cards


def test_card_info_says_the_note_is_the_users_version(col: Collection, shipped: Path) -> None:
    from srs.service.card_info import card_info

    ship(shipped, V1)
    import_bundled(col)
    note = note_of(col, "dead-letter")
    card_id = history(col, note.id)[0][0]
    assert card_info(col, card_id).origin == "bundled deck queues.md"  # type: ignore[union-attr]
    edit_note(col, note.id, note.front, "Mine.")
    assert card_info(col, card_id).origin == "bundled deck queues.md · edited in srs"  # type: ignore[union-attr]
    ship(shipped, V2)
    import_bundled(col)
    assert card_info(col, card_id).origin.endswith("(an import brought a new version: srs conflicts)")  # type: ignore[union-attr]
