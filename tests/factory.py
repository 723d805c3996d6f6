"""Build collections for tests through the real models (no extractor needed)."""

from __future__ import annotations

from srs.core.notes import NoteDraft, NoteKind, Template
from srs.service import notes_store as store
from srs.service.collection import Collection, get_or_create_deck


def add_notes(col: Collection, deck: str, pairs: list[tuple[str, str]], *, reverse: bool = False, cloze: bool = False) -> list[int]:
    """Add basic (or cloze) notes to ``deck``; returns the note ids."""
    now = col.now()
    rows = []
    with col.write() as s:
        d = get_or_create_deck(s, deck)
        taken: set[str] = set()
        for i, (front, back) in enumerate(pairs):
            draft = NoteDraft(
                kind=NoteKind.CLOZE if cloze else NoteKind.QA, rule="test",
                front=front, back=back, template=Template.CLOZE if cloze else Template.BASIC,
                reverse=reverse, heading_path=("Test",), line=i + 1,
            )
            rows.append((
                store.note_values(draft, back, str(draft.kind), None, now),
                store.Placement(d.id, None, store.make_guid(f"test:{deck}", draft.key, taken)),
                store.card_ordinals(draft.template, front, reverse),
            ))
        return store.insert_notes(s, rows, now)
