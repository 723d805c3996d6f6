"""The bundled decks: they import cleanly and say the right things."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from srs.core.bundle import decks_dir
from srs.core.cloze import strip_cloze
from srs.core.notes import NoteKind, normalize
from srs.core.tradeoffs import find_answer
from srs.db.models import Card, Deck, Note
from srs.extract import extract
from srs.service.collection import Collection
from srs.service.importing import import_bundled

DECK_FILES = sorted(p for p in decks_dir().glob("*.md") if p.name not in {"README.md", "FORMAT.md"})
SEEDS = sorted((Path(__file__).parent / "data" / "seeds").glob("*.txt"))


def notes_of(name: str):
    path = decks_dir() / name
    return extract(path.read_text(encoding="utf-8"), source=f"bundled:{path.name}").notes


def all_text(name: str) -> list[str]:
    return [normalize(strip_cloze(n.front) + " " + n.back) for n in notes_of(name)]


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory):
    col = Collection.open(tmp_path_factory.mktemp("b") / "b.db")
    report = import_bundled(col)
    yield col, report
    col.close()


def test_every_deck_imports_without_warnings(bundled) -> None:
    col, report = bundled
    assert {Path(f.path).name for f in report.files} == {p.name for p in DECK_FILES}
    for f in report.files:
        assert f.status == "imported", (f.path, f.error)
        assert f.warnings == [], (f.path, f.warnings)
        assert f.new >= 15, f"{f.path} has only {f.new} notes"


def test_card_counts_per_deck(bundled) -> None:
    col, _ = bundled
    with col.read() as s:
        counts = dict(s.execute(select(Deck.name, func.count(Card.id)).join(Card, Card.deck_id == Deck.id).group_by(Deck.name)).all())
    for deck in ("Well-Architected::AWS", "Well-Architected::Azure", "Security::STRIDE", "SRE::SLOs and Error Budgets"):
        assert counts.get(deck, 0) >= 30, counts
    assert sum(v for k, v in counts.items() if k.startswith("Tradeoffs::")) >= 80


def test_no_bad_cards_in_bundled_decks(bundled) -> None:
    col, _ = bundled
    with col.read() as s:
        for note in s.scalars(select(Note)):
            assert note.front.strip() and (note.back.strip() or note.template == "cloze"), note.front
            words = len(re.findall(r"\S+", note.back))
            assert words <= 60, f"{note.front!r} has a {words}-word answer"
            assert not re.fullmatch(r"\s*https?://\S+\s*", note.back)


def _answer(name: str, question_words: str) -> str:
    for n in notes_of(name):
        if question_words in normalize(n.front):
            return n.back
    raise AssertionError(f"no card asks {question_words!r} in {name}")


def test_six_aws_pillars() -> None:
    back = normalize(_answer("aws-well-architected.md", "six pillars of the aws well architected"))
    for pillar in ("operational excellence", "security", "reliability", "performance efficiency", "cost optimization", "sustainability"):
        assert pillar in back


def test_five_azure_pillars() -> None:
    back = normalize(_answer("azure-well-architected.md", "five pillars of the azure well architected"))
    pillars = ("reliability", "security", "cost optimization", "operational excellence", "performance efficiency")
    assert all(p in back for p in pillars) and "sustainability" not in back


@pytest.mark.parametrize(("threat", "prop"), [
    ("spoofing", "authentication"), ("tampering", "integrity"), ("repudiation", "non repudiation"),
    ("information disclosure", "confidentiality"), ("denial of service", "availability"),
    ("elevation of privilege", "authorization"),
])
def test_stride_categories_and_violated_properties(threat: str, prop: str) -> None:
    article = "an" if threat[0] in "aeiou" else "a"
    back = normalize(_answer("stride.md", f"which security property does {article} {threat} threat violate"))
    assert prop in back


@pytest.mark.parametrize("slo", ["99", "99.5", "99.9", "99.95", "99.99"])
def test_error_budget_minutes_per_30_days(slo: str) -> None:
    minutes = round((1 - float(slo) / 100) * 30 * 24 * 60, 2)
    shown = f"{minutes:g}"
    texts = [n.front for n in notes_of("slo-error-budgets.md") if n.template == "cloze"]
    pattern = re.compile(rf"A {re.escape(slo)}% SLO over 30 days allows \{{\{{c1::{re.escape(shown)}\}}\}} minutes")
    assert any(pattern.search(t) for t in texts), f"no cloze says {slo}% → {shown} minutes"
    if slo == "99.9":
        assert shown == "43.2"


def test_three_burn_rate_alert_rows() -> None:
    back = _answer("slo-error-budgets.md", "recommended page and ticket rules")
    rows = [normalize(line) for line in back.splitlines() if line.strip()]
    expected = [("page", "14 4", "1 h", "5 min", "2"), ("page", "6 over 6 h", "6 h", "30 min", "5"), ("ticket", "1 over 3 days", "3 days", "6 h", "10")]
    assert len(rows) == 3
    for row, parts in zip(rows, expected, strict=True):
        for part in parts:
            assert part in row, (row, part)
    for rate, hours, fraction in ((14.4, 1, 2), (6, 6, 5), (1, 72, 10)):
        assert round(rate * hours / 720 * 100, 1) == fraction  # the budget fractions follow from the rates


def test_every_seed_tradeoff_links_to_an_answered_bundled_card() -> None:
    answered = {n.tradeoff for f in DECK_FILES for n in notes_of(f.name) if n.kind == NoteKind.TRADEOFF and n.answered and n.tradeoff}
    assert len(answered) >= 40
    found = []
    for seed in SEEDS:
        for n in extract(seed.read_text(encoding="utf-8"), source=str(seed)).notes:
            if n.kind == NoteKind.TRADEOFF and n.tradeoff and not n.answered:
                found.append((seed.name, n.tradeoff, find_answer(n.tradeoff, answered)))
    assert len(found) >= 8, found
    missing = [(s, t) for s, t, m in found if m is None]
    assert missing == []
