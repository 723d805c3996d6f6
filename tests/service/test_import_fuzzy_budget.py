"""Fuzzy matching is bounded (issue #18): a file of long notes, every one rewritten, used to
compare each new note with each vanished one in full, at a cost quadratic in their length
(300 notes of 3,000 characters: minutes). The comparisons are now paid for from a budget
per file, and a long note is compared on its start; past the budget the rest are new notes
and the vanished ones orphaned, so nothing is lost."""

from __future__ import annotations

import random
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from srs.service import matching
from srs.service.collection import Collection
from srs.service.importing import import_notes_file

WORDS = ["".join(random.Random(i).choices("abcdefghijklmnopqrstuvwxyz", k=2 + i % 7)) for i in range(600)]


def long_notes(count: int, chars: int, seed: int) -> list[str]:
    rng = random.Random(seed)

    def text() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(chars // 5))[: chars // 2]

    return [f"Note {seed}-{i} {text()} :: {text()}\n" for i in range(count)]


def test_rewriting_every_long_note_compares_within_the_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spent: list[int] = []
    ceiling = matching.SimilarityBudget.MAX_CELLS + matching.COMPARED_CHARS ** 2  # the last pair paid may overshoot

    class Counted(SequenceMatcher):  # type: ignore[type-arg]
        def ratio(self) -> float:
            spent.append(len(self.a) * len(self.b))
            assert sum(spent) <= ceiling, "fuzzy matching went past its budget"
            return super().ratio()

    notes = tmp_path / "long.md"
    notes.write_text("\n".join(long_notes(300, 3_000, seed=1)), encoding="utf-8")
    with Collection.open(tmp_path / "srs.db") as col:
        assert import_notes_file(col, notes).new == 300
        notes.write_text("\n".join(long_notes(300, 3_000, seed=2)), encoding="utf-8")
        monkeypatch.setattr(matching, "SequenceMatcher", Counted)
        fr = import_notes_file(col, notes)
    assert fr.status == "imported" and (fr.new, fr.orphaned) == (300, 300)
    assert spent and sum(spent) <= ceiling


def test_a_long_note_with_a_fixed_typo_is_still_that_note(tmp_path: Path) -> None:
    first = long_notes(20, 3_000, seed=3)
    fixed = [first[0].replace("Note 3-0", "Note 3-0 (typo fixed)", 1), *first[1:]]
    notes = tmp_path / "long.md"
    notes.write_text("\n".join(first), encoding="utf-8")
    with Collection.open(tmp_path / "srs.db") as col:
        import_notes_file(col, notes)
        notes.write_text("\n".join(fixed), encoding="utf-8")
        fr = import_notes_file(col, notes)
    assert (fr.new, fr.updated, fr.unchanged, fr.orphaned) == (0, 1, 19, 0)
