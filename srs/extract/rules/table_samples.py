"""Tables of one worked example's sample rows (made-up people, an example.com zone, rows numbered 1, 2, 3 of a sample
database table): the walker reads them as shown output, so their rows make no cards."""

from __future__ import annotations

import itertools
import re

from srs.extract.inline import read
from srs.extract.model import Block

# "| Alice | 25 |", "| Mallory | NULL |": the made-up people of a worked example, whose rows hold in that example only
_PLACEHOLDER_NAMES = frozenset("alice bob carol charlie dave eve mallory trent peggy victor oscar".split())
_PERSON_COLUMN = re.compile(r"age|salary|marks|edad|âge|alter|età|idade|salario|salaire|gehalt|stipendio|salário|年龄|年齢|나이|возраст",
                            re.IGNORECASE)


def sample_records(block: Block) -> bool:
    """One worked example's rows: a table naming two or more of its made-up people, with a person's age, salary or
    marks as a column ("| Name | Age | Marks |", "| sid | name | dept | age |"), records of an example.com zone (DNS
    records of one zone), or rows numbered 1, 2, 3 of a sample database table."""
    body = [[read(cell).plain for cell in row] for row in block.rows[1:]]  # (each cell read once)
    names = {cell.strip().lower() for row in body for cell in row}
    header = [read(cell).plain.strip(" *_") for cell in block.rows[0]] if block.rows else []
    return len(names & _PLACEHOLDER_NAMES) >= 2 or any(_PERSON_COLUMN.fullmatch(cell) for cell in header) \
        or sum(n.endswith(("example.com", "example.org", "example.net")) for n in names) >= 2 \
        or _numbered_records([[cell.strip(" *_`") for cell in row] for row in body])


def _numbered_records(body: list[list[str]]) -> bool:
    """Rows of a worked example's database table: keyed by row numbers 1, 2, 3 (a student's code, an order's number),
    every cell a word or two, and a value met again down a column ("| 2 | kane | science |", "| 3 | ayşe | elkt |"
    over "| 4 | fatma | btp |" … "btp" twice): the sample data a join or a normal form is worked on, not facts."""
    if len(body) < 4 or any(len(row) < 3 or any(len(cell.split()) > 2 for cell in row) for row in body):
        return False
    ids = [row[0] for row in body]
    if not all(i.isdigit() for i in ids) or ids[0] != "1" or any(not 0 <= int(b) - int(a) <= 1 for a, b in itertools.pairwise(ids)):
        return False
    return any(len(column) > len(set(column)) for column in ([row[j].lower() for row in body if row[j]] for j in
                                                              range(1, min(len(row) for row in body))))


_CODED_KEY = re.compile(r"(?=\S*\d)(?=\S*[^\W\d_])[\w.-]{2,10}")  # "3AHIF", "C3.10": letters and digits


def _tables(block: Block) -> list[Block]:
    return [block] if block.kind == "table" else [t for child in block.children for t in _tables(child)]


def linked_tables(root: Block) -> set[int]:
    """The first lines of tables that hold one example database: a column of one table whose values are the keys of
    another ("| GAL2753 | Harley | 3AHIF |" under students, "| 3AHIF | DOM | C3.07 |" under classes): coded keys
    (letters and digits, "3AHIF", "C3.10") met again as values, a value more than once — made-up rows joined by a
    foreign key, whose cells are facts of that example only."""
    def plain(cell: list) -> str:
        return read(cell).plain.strip(" *_`")

    # (a table of fewer than three rows can hold neither three keys nor a linked value met twice: not read at all)
    grids = [(t, [[plain(cell) for cell in row] for row in t.rows[1:]]) for t in _tables(root) if len(t.rows) >= 4]
    keys = {id(t): {row[0] for row in body if row and _CODED_KEY.fullmatch(row[0])} for t, body in grids}
    out: set[int] = set()
    for t, body in grids:
        for other, _ in grids:
            if other is t or len(keys[id(other)]) < 3 or len(keys[id(other)]) * 2 < len(other.rows) - 1:
                continue
            for c in range(1, max((len(row) for row in body), default=0)):
                column = [row[c] for row in body if c < len(row) and row[c]]
                linked = [v for v in column if v in keys[id(other)]]
                if len(set(linked)) >= 2 and len(linked) > len(set(linked)):  # (a class met twice: many rows to one)
                    out |= {t.start, other.start}
    return out
