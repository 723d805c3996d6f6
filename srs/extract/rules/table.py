"""Table: each body row → "first cell — column?" / the other cells.

| Term | Meaning |      → "SLI — meaning?" / "what you measure"
A two-column table gives one answer per row; wider tables list "column: cell".
"""

from __future__ import annotations

from srs.core.notes import NoteDraft, NoteKind
from srs.extract.drafts import draft
from srs.extract.model import Unit
from srs.extract.text import capitalize, word_count

RULE = "table"
MAX_ANSWER_WORDS = 60


MAX_COLUMNS = 3


def row_note(u: Unit, header: list[str], row: list[str]) -> NoteDraft | None:
    if len(row) < 2 or not row[0] or not any(row[1:]):
        return None
    if len(header) == 2 or sum(1 for c in row[1:] if c) == 1:
        k = next(i for i in range(1, len(row)) if row[i])
        column = header[k] if k < len(header) and header[k] else ""
        front = f"{row[0]} — {column.lower() if not column[:2].isupper() else column}?" if column else f"{row[0]}?"
        back = row[k]
    elif sum(1 for c in row[1:] if c) > MAX_COLUMNS:
        return None  # a row of many columns is several facts, not one card
    else:
        front = f"{row[0]}?"
        back = "\n".join(f"- {header[i] if i < len(header) else ''}: {row[i]}".replace("- : ", "- ") for i in range(1, len(row)) if row[i])
    if word_count(back) > MAX_ANSWER_WORDS:
        return None
    return draft(u, NoteKind.FACT, RULE, capitalize(front), back)
