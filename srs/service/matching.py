"""Matching drafts to stored notes: similarity, cross-source twins, guids, tradeoff links."""

from __future__ import annotations

from collections.abc import Iterable
from difflib import SequenceMatcher

from sqlalchemy import select
from sqlalchemy.orm import Session

from srs.core.bundle import BUNDLED_SCHEME
from srs.core.notes import NoteDraft, NoteKind, normalize
from srs.core.tradeoffs import find_answer, linked_answer
from srs.db.models import Note, Source

SIMILAR = 0.72
UNANSWERED_BACK = (
    "Drill: neither your notes nor the bundled decks answer this yet. Say when you would "
    "choose each option and why, then grade yourself."
)


def most_similar(d: NoteDraft, notes: list[Note], budget: SimilarityBudget | None = None,
                 imported: dict[int, str] | None = None) -> Note | None:
    """The vanished note most like ``d`` (ratio over ``SIMILAR``), compared on their first
    ``COMPARED_CHARS`` characters; ``budget`` pays for each full comparison and stops them when spent.
    ``imported``: for notes the user edited in srs, the text they were imported with: a deck that
    rewords such a card is compared with what it said, not with the user's edit."""
    best, best_ratio = None, SIMILAR
    target = normalize(d.front + " " + d.back)[:COMPARED_CHARS]
    imported = imported or {}
    for note in notes:
        if note.template != str(d.template):
            continue
        if budget is not None and not budget.allows():
            break
        other = normalize(imported.get(note.id) or note.front + " " + note.back)[:COMPARED_CHARS]
        matcher = SequenceMatcher(None, target, other, autojunk=False)
        # the two upper bounds cost O(length); the ratio is quadratic in it, and paid for
        if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
            continue
        if budget is not None:
            budget.pay(len(target) * len(other))
        ratio = matcher.ratio()
        if ratio > best_ratio:
            best, best_ratio = note, ratio
    return best


COMPARED_CHARS = 600  # a note is told apart by its start: a longer one is compared on its first 600 characters


class GuidsInUse:
    """Guids in use: the likely ones fetched in one query, any other asked of the database.

    (Loading every guid of the collection for each file made a 100-file import
    quadratic.)"""

    def __init__(self, s: Session, likely: set[str]) -> None:
        self.s, self.likely = s, likely
        self.local: set[str] = set()
        ordered = sorted(likely)
        self.stored: set[str] = set()
        for i in range(0, len(ordered), 500):
            self.stored.update(s.scalars(select(Note.guid).where(Note.guid.in_(ordered[i:i + 500]))))

    def __contains__(self, guid: object) -> bool:
        if guid in self.local or guid in self.stored:
            return True
        if guid in self.likely:
            return False
        return self.s.scalar(select(Note.id).where(Note.guid == guid)) is not None

    def add(self, guid: str) -> None:
        self.local.add(guid)


class SimilarityBudget:
    """Fuzzy matching compares every new draft with every vanished note: cap the
    pairs so a rewritten 10,000-line file cannot take minutes (past the cap,
    unmatched drafts are new and vanished notes orphaned, nothing is lost).

    A comparison's cost grows with the product of the two texts' lengths (600
    characters each: ~20 ms), so the pairs compared in full are paid for in
    characters squared, ``MAX_CELLS`` per file (~5 s at worst on a slow machine;
    issue #18: 300 rewritten 3,000-character notes used to take minutes)."""

    MAX_PAIRS = 400_000
    MAX_CELLS = 100_000_000

    def __init__(self, drafts: int, leftovers: int) -> None:
        self.ok = drafts * leftovers <= self.MAX_PAIRS
        self.cells = 0

    def allows(self) -> bool:
        return self.ok and self.cells < self.MAX_CELLS

    def pay(self, cells: int) -> None:
        self.cells += cells


def notes_by_key(s: Session, keys: set[str]) -> dict[str, list[tuple[int, str, str, str | None]]]:
    """Stored notes with these keys: (id, kind, normalized back, tradeoff), for cross-source twins."""
    out: dict[str, list[tuple[int, str, str, str | None]]] = {}
    ordered = sorted(keys)
    for i in range(0, len(ordered), 500):
        rows = s.execute(select(Note.id, Note.key, Note.kind, Note.back, Note.tradeoff).where(Note.key.in_(ordered[i:i + 500])))
        for note_id, key, kind, back, tradeoff in rows:
            out.setdefault(key, []).append((note_id, kind, normalize(back), tradeoff))
    return out


def same_fact_elsewhere(candidates: Iterable[tuple[int, str, str, str | None]], d: NoteDraft) -> tuple[int, str] | None:
    back = normalize(d.back)
    for note_id, kind, note_back, tradeoff in candidates:
        if note_back == back or (tradeoff and tradeoff == d.tradeoff and not d.answered):
            return note_id, kind
    return None


def answered_tradeoffs(s: Session) -> dict[str, tuple[int, str]]:
    """Answered tradeoffs by key: (note id, the back a prompt linked to it shows, naming that card)."""
    rows = s.execute(
        select(Note.tradeoff, Note.id, Note.back, Note.front, Source.uri).join(Source, Note.source_id == Source.id, isouter=True)
        .where(Note.kind == NoteKind.TRADEOFF, Note.tradeoff.is_not(None), Note.linked_note_id.is_(None), Note.rule != "unanswered")
    ).all()
    return {t: (i, linked_answer(b, f, bundled=(uri or "").startswith(BUNDLED_SCHEME))) for t, i, b, f, uri in rows if t is not None and b.strip()}


def resolve(d: NoteDraft, answered: dict[str, tuple[int, str]]) -> tuple[str, str, int | None]:
    """(back, kind, linked note id): unanswered tradeoffs link to an answer or become drills."""
    if d.kind == NoteKind.TRADEOFF and not d.answered and d.tradeoff:
        match = find_answer(d.tradeoff, answered.keys())
        if match is not None:
            note_id, back = answered[match]
            return back, str(NoteKind.TRADEOFF), note_id
        return d.back.strip() or UNANSWERED_BACK, str(NoteKind.DRILL), None
    return d.back, str(d.kind), None
