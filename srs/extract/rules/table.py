"""Table: each body row → "first cell — column?" / the other cells.

| Term | Meaning |      → "SLI — meaning?" / "what you measure"
Each fact column of a row is its own card ("STRIDE: Spoofing — violates?" / "Authentication");
example and note columns are skipped, and a row of more than three facts is a record, not cards.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from srs.core.notes import NoteDraft, NoteKind
from srs.extract.drafts import draft
from srs.extract.model import Unit
from srs.extract.text import capitalize, word_count

RULE = "table"


MAX_COLUMNS = 3  # a row of more facts than this is a record, not cards
MAX_CELL_WORDS = 25
# Columns that hold an illustration or an aside, not a fact to recall
_ASIDE_COLUMN = re.compile(r"^(?:examples?|e\.g\.?|notes?|comments?|remarks?|links?|references?|sources?|示例|例子|举例|"
                           r"备注|说明|例|備考|参考|链接)$", re.IGNORECASE)
MAX_HEADER_WORDS = 6  # a longer header is a sentence: "需要拆分到分片/对象/操作级别分析" names no attribute
_SEVERAL = re.compile(r"、|，|;|\s(?:and|or)\s|,\s")
_NUMERIC = re.compile(r"^[<>≤≥~]?\s?[\d.,]+\s?(?:%|x|×|[a-zA-Z]{1,3})?$")
_EMPTY = re.compile(r"^(?:[\s\-—–/xX✗✘〃]*|同左|同右|同上|同下|same|ditto|n/?a|tbd)$", re.IGNORECASE)


def constant_columns(rows: list[list[str]]) -> set[int]:
    """Columns with one value in every row (all "TCP"): asking for them tells one row from no other."""
    if len(rows) < 3:
        return set()
    width = max(len(r) for r in rows)
    out = set()
    for i in range(1, width):
        values = [r[i].strip().lower() if i < len(r) else "" for r in rows]
        # one value everywhere, or a yes/no matrix ("✓", "Reader", "Yes"): a cell tells one row from no other
        if len(set(values)) == 1 or len(set(values)) <= 2 and all(word_count(v) <= 2 for v in values):
            out.add(i)
    return out


def row_notes(u: Unit, header: list[str], row: list[str], skip: AbstractSet[int] = frozenset()) -> list[NoteDraft]:
    """A card per fact of the row: "first cell — column?" / the cell."""
    if len(row) < 2 or not row[0] or _EMPTY.match(row[0]) or _SEVERAL.search(row[0]):
        return []  # "ZooKeeper、etcd": a row keyed by a list is a column of examples, not a key
    cells = [(header[i] if i < len(header) else "", row[i]) for i in range(1, len(row))
             if i not in skip and not _EMPTY.match(row[i])]
    facts = [(column, cell) for column, cell in cells
             if not _ASIDE_COLUMN.match(column.strip()) and word_count(column) <= MAX_HEADER_WORDS]
    if not facts or len(facts) > MAX_COLUMNS:
        return []
    key = row[0].strip()
    if _NUMERIC.match(key):  # "10 — time to exhaustion?": a number says what it is only with its column
        name = header[0].strip() if header else ""
        if not name or _NUMERIC.match(name) or word_count(name) > MAX_HEADER_WORDS:
            return []
        key = f"{name} {key}"
    out = []
    for column, cell in facts:
        if word_count(cell) > MAX_CELL_WORDS:
            continue
        asked = column.lower() if column and not column[:2].isupper() and column.isascii() else column
        front = f"{key} — {asked}?" if asked else f"{key}?"
        out.append(draft(u, NoteKind.FACT, RULE, capitalize(front), cell))
    return out
