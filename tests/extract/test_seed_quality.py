"""Quality rules over the five seed files: every card must pass the guide's smells."""

from __future__ import annotations

from collections import Counter

import pytest

from srs.core.notes import NoteKind, Template, normalize
from srs.extract import extract
from tests.extract.card_checks import SEEDS, problems

OUTCOMES = {"card", "skipped", "blank", "context", "part"}


@pytest.fixture(scope="module", params=SEEDS, ids=lambda p: p.name)
def seed(request):
    text = request.param.read_text(encoding="utf-8")
    return text, extract(text, source=str(request.param), default_deck=request.param.stem)


def test_seed_files_are_present():
    assert len(SEEDS) == 5


def test_every_card_passes_the_quality_smells(seed):
    _, ex = seed
    bad = {f"line {n.line} [{n.rule}] {n.front!r}": problems(n) for n in ex.notes if problems(n)}
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())


def test_each_seed_yields_cards_of_several_kinds(seed):
    _, ex = seed
    assert len(ex.notes) >= 15  # precision before recall: the critic drops what a learner would not keep
    assert len({n.kind for n in ex.notes}) >= 3


def test_no_two_cards_share_front_and_back(seed):
    _, ex = seed
    seen = Counter((str(n.template), normalize(n.front), normalize(n.back)) for n in ex.notes)
    assert [k for k, c in seen.items() if c > 1] == []


def test_note_keys_are_unique_within_a_file(seed):
    _, ex = seed
    keys = Counter(n.key for n in ex.notes)
    assert [k for k, c in keys.items() if c > 1] == []


def test_every_line_is_explained_exactly_once(seed):
    text, ex = seed
    lines = text.replace("\r\n", "\n").split("\n")
    assert [ln.line for ln in ex.lines] == list(range(1, len(lines) + 1))
    assert all(ln.outcome in OUTCOMES and ln.rule and ln.detail for ln in ex.lines)
    for ln, raw in zip(ex.lines, lines, strict=True):
        assert (ln.outcome == "blank") == (not raw.strip())


def test_card_lines_and_note_lines_agree(seed):
    _, ex = seed
    card_lines = {ln.line for ln in ex.lines if ln.outcome == "card"}
    assert {n.line for n in ex.notes} == card_lines


def test_notes_carry_context_deck_and_tags(seed):
    _, ex = seed
    for note in ex.notes:
        assert note.heading_path, note
        assert note.tags[0].count("::") == len(note.heading_path) - 1, (note.tags, note.heading_path)
        assert all(" " not in t and t == t.lower() for t in note.tags), note.tags
        assert note.deck and note.line > 0


def test_tradeoffs_and_drills_are_marked(seed):
    _, ex = seed
    for note in ex.notes:
        if note.kind == NoteKind.TRADEOFF:
            assert note.tradeoff and "|" in note.tradeoff
        if note.kind in (NoteKind.TRADEOFF, NoteKind.DRILL) and not note.answered:
            assert note.back.strip()  # a self-graded prompt, never empty
        if note.template == Template.CLOZE:
            assert "{{c" in note.front
