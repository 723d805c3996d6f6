"""Re-import keeps identity: edits update notes in place and keep review history."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from srs.db.models import Card, Note, NoteSource, ReviewLog
from srs.service.importing import import_paths
from srs.service.reviewing import Study

NOTES = """---
deck: Identity
---
# Messaging
## Queues
Q: What does a dead-letter queue hold?
A: Messages that failed processing too many times.

Kafka retention default :: 7 days

## Streams
Q: What orders records in a Kafka partition?
A: The offset, assigned on append.
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def one(col, path: Path, **kw):
    report = import_paths(col, [path], **kw)
    (f,) = report.files
    return f


def note_by_front(col, needle: str) -> Note:
    with col.read() as s:
        return s.scalars(select(Note).where(Note.front.contains(needle))).one()


def review_everything(col) -> dict[int, int]:
    study = Study(col)
    while (card := study.next_card()) is not None:
        study.answer(card.id, 3)
    with col.read() as s:
        return dict(s.execute(select(ReviewLog.card_id, func.count()).group_by(ReviewLog.card_id)).all())


def test_unchanged_reimport_changes_nothing(col, tmp_path) -> None:
    f = write(tmp_path / "n.md", NOTES)
    first = one(col, f)
    assert first.new == 3 and first.updated == 0
    again = one(col, f)
    assert (again.status, again.new, again.updated, again.unchanged) == ("unchanged", 0, 0, 3)


def test_typo_fixes_and_moves_keep_history(col, tmp_path) -> None:
    f = write(tmp_path / "n.md", NOTES)
    one(col, f)
    logs_before = review_everything(col)
    dlq = note_by_front(col, "dead-letter")
    card_ids = {c for c, in col.engine.connect().execute(select(Card.id).where(Card.note_id == dlq.id))}
    # typo in the back
    edited = NOTES.replace("too many times", "too many times (maxReceiveCount)")
    r = one(col, write(f, edited))
    assert (r.new, r.updated) == (0, 1)
    # typo in the front: matched by similarity, not duplicated
    edited = edited.replace("What does a dead-letter queue hold?", "What does a dead-letter queue (DLQ) hold?")
    r = one(col, write(f, edited))
    assert (r.new, r.updated, r.orphaned) == (0, 1, 0)
    # moved under another heading, and the file reordered
    moved = edited.replace("## Streams\n", "## Streams\n\n").split("## Streams")
    edited = moved[0].replace(
        "Q: What does a dead-letter queue (DLQ) hold?\nA: Messages that failed processing too many times (maxReceiveCount).\n", ""
    ) + "## Streams" + moved[1] + "\n## Failures\nQ: What does a dead-letter queue (DLQ) hold?\nA: Messages that failed processing too many times (maxReceiveCount).\n"
    r = one(col, write(f, edited))
    assert (r.new, r.orphaned) == (0, 0), r
    after = note_by_front(col, "dead-letter")
    assert after.id == dlq.id and after.heading_path[-1] == "Failures"
    assert "maxReceiveCount" in after.back
    with col.read() as s:
        assert set(s.scalars(select(Card.id).where(Card.note_id == dlq.id))) == card_ids
        logs_after = dict(s.execute(select(ReviewLog.card_id, func.count()).group_by(ReviewLog.card_id)).all())
    assert logs_after == logs_before, "review history is kept through every edit"


def test_removed_line_is_orphaned_then_pruned(col, tmp_path) -> None:
    f = write(tmp_path / "n.md", NOTES)
    one(col, f)
    review_everything(col)
    r = one(col, write(f, NOTES.replace("Kafka retention default :: 7 days\n", "")))
    assert r.orphaned == 1 and r.new == 0
    kafka = note_by_front(col, "Kafka retention")
    assert kafka.orphaned_at is not None
    with col.read() as s:
        assert all(s.scalars(select(Card.suspended).where(Card.note_id == kafka.id)))
        assert s.scalar(select(func.count()).select_from(ReviewLog).join(Card).where(Card.note_id == kafka.id)) >= 1
    # it comes back: revived, unsuspended, same note
    r = one(col, write(f, NOTES))
    assert r.new == 0 and note_by_front(col, "Kafka retention").id == kafka.id
    with col.read() as s:
        assert not any(s.scalars(select(Card.suspended).where(Card.note_id == kafka.id)))
    r = one(col, write(f, NOTES.replace("Kafka retention default :: 7 days\n", "")), prune=True)
    assert r.pruned == 1
    with col.read() as s:
        assert s.scalar(select(func.count()).select_from(Note).where(Note.id == kafka.id)) == 0


def test_a_failing_file_leaves_the_database_as_it_was_and_others_import(col, tmp_path) -> None:
    good = write(tmp_path / "good.md", NOTES)
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"Q: caf\xe9?\nA: latin-1, not UTF-8\n")
    report = import_paths(col, [bad, good])
    by_name = {Path(f.path).name: f for f in report.files}
    assert by_name["bad.md"].status == "failed" and "UTF-8" in by_name["bad.md"].error
    assert by_name["good.md"].new == 3
    with col.read() as s:
        assert s.scalar(select(func.count()).select_from(Note)) == 3


def test_a_fact_in_two_files_is_one_note_with_two_sources(col, tmp_path) -> None:
    a = write(tmp_path / "a.md", "---\ndeck: X\n---\n# Kafka\nKafka retention default :: 7 days\n")
    b = write(tmp_path / "b.md", "---\ndeck: X\n---\n# Kafka\nKafka retention default :: 7 days\n")
    import_paths(col, [a, b])
    with col.read() as s:
        notes = s.scalars(select(Note).where(Note.front.contains("Kafka retention"))).all()
        assert len(notes) == 1
        assert s.scalar(select(func.count()).select_from(NoteSource).where(NoteSource.note_id == notes[0].id)) == 2


def test_dry_run_writes_nothing_and_explain_covers_every_line(col, tmp_path) -> None:
    f = write(tmp_path / "n.md", NOTES)
    report = import_paths(col, [f], dry_run=True, explain=True)
    (fr,) = report.files
    assert fr.status == "dry-run" and fr.new == 3
    numbers = [ln.line for ln in fr.lines]
    assert len(numbers) == len(set(numbers))
    assert {i for i, text in enumerate(NOTES.splitlines(), 1) if text.strip()} <= set(numbers)
    with col.read() as s:
        assert s.scalar(select(func.count()).select_from(Note)) == 0
        assert s.scalar(select(func.count()).select_from(Card)) == 0


def test_dry_run_with_explain_counts_as_an_import_would(col, tmp_path) -> None:
    """Issue 16, defect 7: an imported file is unchanged under --dry-run, with or without --explain."""
    f = write(tmp_path / "n.md", NOTES)
    import_paths(col, [f])
    for explain in (False, True):
        (fr,) = import_paths(col, [f], dry_run=True, explain=explain).files
        assert (fr.status, fr.new, fr.updated, fr.unchanged) == ("unchanged", 0, 0, 3), explain
    write(f, NOTES.replace("7 days", "7 days (168 hours)") + "\nQ: A fourth?\nA: Yes.\n")
    (fr,) = import_paths(col, [f], dry_run=True, explain=True).files
    assert (fr.status, fr.new, fr.updated, fr.unchanged) == ("dry-run", 1, 1, 2)
    assert any(ln.outcome == "card" for ln in fr.lines)
    with col.read() as s:
        assert s.scalar(select(func.count()).select_from(Note)) == 3, "a dry run changes nothing"
        assert not s.scalars(select(Note.front).where(Note.front.contains("fourth"))).all()
