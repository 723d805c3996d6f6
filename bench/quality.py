"""``python -m bench.quality``: how good are the cards made from notes nobody tuned for?

Every document in ``tests/data/quality/*.md`` is extracted. A fixed random sample
of 40 cards per document (20 for short ones) is drawn: cards are ranked by a hash
of the document and the card's text, so a change to one rule moves only the
cards it touches in or out of the sample. Each sampled card is looked up in
``tests/data/quality/labels.jsonl`` (graded by hand on the rubric in
``../shared/guides/card-quality.md``, kept in the repo). A label holds only for
the exact front, back and context it was given for: after a rule changes a
card, the card is unlabelled again and must be graded before the figure means
anything.

    python -m bench.quality                  # the table and the targets
    python -m bench.quality --todo out.jsonl # sampled (and key-fact) cards with no label yet, to grade
    python -m bench.quality --doc ja-notes --all   # every card of one document

Coverage: each document has 10 key facts (``keyfacts/<doc>.json``, each with
the terms a card on it must contain); a fact is covered when a card holding all
its terms is labelled GOOD. Matching cards without a label are listed to grade.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from srs.core.cloze import cloze_numbers, render_back, render_front
from srs.core.notes import NoteDraft, Template
from srs.extract import extract

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "quality"
LABELS = CORPUS / "labels.jsonl"
FLOOR = CORPUS / "floor.json"
SAMPLE = 40
KEYFACT_CANDIDATES = 3  # cards graded per key fact at most (the best-ranked that contain its terms)
TARGETS = {"good": 0.90, "good_each": 0.80, "junk": 0.03, "trivial": 0.03, "coverage": 7, "debris": 0}

# Markup a learner should never see on a card (the rubric's CLEAN), checked on every card, not only the sample.
DEBRIS = re.compile(
    r"</?(?:br|sup|sub|a|span|div|p|img|kbd|details|summary|table|tr|td|th|b|i|em|strong|code|pre|font|center)\b[^>]*>"
    r"|:[a-z0-9_+-]+:(?!\S)|\$\$|\\(?:frac|mathrm|text|sum|cdot|times|le|ge|left|right)\b|\?\?|!\[[^\]]*\]\("
    r"|\]\(#|\(#[\w-]+\)|^\s*\||\|\s*$|&(?:nbsp|amp|lt|gt|quot);",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class Card:
    doc: str
    key: str  # note key + card number: stable while the front does not change
    front: str
    back: str
    context: str
    rule: str
    line: int

    @property
    def rank(self) -> str:
        return hashlib.sha256(f"{self.doc}\x1f{self.key}".encode()).hexdigest()

    def label_id(self) -> tuple[str, str, str, str, str]:
        return (self.doc, self.key, self.front, self.back, self.context)


def cards_of(note: NoteDraft, doc: str) -> list[Card]:
    """Every card a note makes, as the review screen shows it (cloze n hidden; reverse card)."""
    ctx = note.context
    if note.template == Template.CLOZE:
        return [Card(doc, f"{note.key}:c{n}", render_front(note.front, n),
                     f"{render_back(note.front, n)}\n\n{note.back}".strip(), ctx, note.rule, note.line)
                for n in cloze_numbers(note.front)]
    out = [Card(doc, f"{note.key}:1", note.front, note.back, ctx, note.rule, note.line)]
    if note.reverse:
        out.append(Card(doc, f"{note.key}:2", note.back, note.front, ctx, note.rule, note.line))
    return out


def documents(only: str | None = None) -> list[Path]:
    docs = sorted(p for p in CORPUS.glob("*.md") if p.stem != "SOURCES")
    return [d for d in docs if only is None or d.stem == only]


def extract_doc(path: Path) -> list[Card]:
    ex = extract(path.read_text(encoding="utf-8"), source=str(path), default_deck=path.stem)
    return [c for n in ex.notes for c in cards_of(n, path.stem)]


def sample(cards: list[Card], size: int = SAMPLE) -> list[Card]:
    return sorted(cards, key=lambda c: c.rank)[:size]


def load_labels(path: Path = LABELS) -> dict[tuple[str, ...], dict]:
    out: dict[tuple[str, ...], dict] = {}
    if not path.exists():
        return out
    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        row = json.loads(raw)
        if row.get("verdict") not in ("good", "bad"):
            raise SystemExit(f"{path.name} line {no}: verdict must be 'good' or 'bad'")
        out[(row["doc"], row["key"], row["front"], row["back"], row.get("context", ""))] = row
    return out


def keyfacts(doc: str) -> list[dict]:
    path = CORPUS / "keyfacts" / f"{doc}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def fact_cards(fact: dict, cards: list[Card]) -> list[Card]:
    terms = [t.lower() for t in fact["match"]]
    found = [c for c in cards if all(t in f"{c.front}\n{c.back}".lower() for t in terms)]
    return sorted(found, key=lambda c: c.rank)


@dataclass
class DocResult:
    doc: str
    cards: int
    graded: int
    good: int
    junk: int
    trivial: int
    debris: int
    covered: int
    facts: int
    todo: list[Card]

    @property
    def precision(self) -> float:
        return self.good / self.graded if self.graded else 0.0


def measure(path: Path, labels: dict) -> DocResult:
    cards = extract_doc(path)
    picked = sample(cards)
    todo: list[Card] = []
    graded = good = junk = trivial = 0
    for card in picked:
        label = labels.get(card.label_id())
        if label is None:
            todo.append(card)
            continue
        graded += 1
        good += label["verdict"] == "good"
        junk += bool(label.get("junk"))
        trivial += bool(label.get("trivial"))
    facts = keyfacts(path.stem)
    covered = 0
    for fact in facts:
        candidates = fact_cards(fact, cards)[:KEYFACT_CANDIDATES]
        verdicts = [labels.get(c.label_id()) for c in candidates]
        if any(v is not None and v["verdict"] == "good" for v in verdicts):
            covered += 1
        else:
            todo.extend(c for c, v in zip(candidates, verdicts, strict=True) if v is None and c not in todo)
    debris = sum(1 for c in cards if DEBRIS.search(c.front) or DEBRIS.search(c.back))
    return DocResult(path.stem, len(cards), graded, good, junk, trivial, debris, covered, len(facts), todo)


def pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def table(results: list[DocResult]) -> list[str]:
    lines = ["| document | cards | GOOD / graded | junk | trivial | debris | key facts | to grade |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        g = r.graded or 1
        lines.append(f"| {r.doc} | {r.cards} | {r.good}/{r.graded} ({pct(r.precision)}) | {pct(r.junk / g)} | "
                     f"{pct(r.trivial / g)} | {r.debris} | {r.covered}/{r.facts} | {len(r.todo)} |")
    t = total(results)
    g = t.graded or 1
    lines.append(f"| **all** | {t.cards} | {t.good}/{t.graded} ({pct(t.precision)}) | {pct(t.junk / g)} | "
                 f"{pct(t.trivial / g)} | {t.debris} | {t.covered}/{t.facts} | {len(t.todo)} |")
    return lines


def total(results: list[DocResult]) -> DocResult:
    return DocResult("all", *(sum(getattr(r, f) for r in results) for f in
                              ("cards", "graded", "good", "junk", "trivial", "debris", "covered", "facts")),
                     [c for r in results for c in r.todo])


def verdicts(results: list[DocResult]) -> list[str]:
    t = total(results)
    g = t.graded or 1
    worst = min(results, key=lambda r: r.precision) if results else None
    least = min(results, key=lambda r: r.covered) if results else None

    def line(ok: bool, text: str) -> str:
        return f"[{'met' if ok else 'NOT met'}] {text}"

    out = [
        line(t.precision >= TARGETS["good"], f"GOOD >= 90% overall: {pct(t.precision)} ({t.good}/{t.graded})"),
        line(worst is not None and worst.precision >= TARGETS["good_each"],
             f"GOOD >= 80% for every document: lowest {worst.doc if worst else '-'} "
             f"{pct(worst.precision) if worst else '-'}"),
        line(t.junk / g <= TARGETS["junk"], f"junk <= 3%: {pct(t.junk / g)}"),
        line(t.trivial / g <= TARGETS["trivial"], f"trivial <= 3%: {pct(t.trivial / g)}"),
        line(least is not None and least.covered >= TARGETS["coverage"],
             f"coverage >= 7 of 10 key facts per document: lowest {least.doc if least else '-'} "
             f"{least.covered if least else '-'}/{least.facts if least else '-'}"),
        line(t.debris == 0, f"0 cards with markup debris: {t.debris}"),
    ]
    if t.todo:
        out.append(f"[unsure] {len(t.todo)} sampled or key-fact cards have no label: grade them "
                   "(--todo FILE) before reading the figures")
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.quality", description=__doc__.split("\n")[0])
    p.add_argument("--doc", help="only this document (its file name without .md)")
    p.add_argument("--todo", type=Path, help="write the cards that need a label here (JSON lines)")
    p.add_argument("--all", action="store_true", help="print every card of the document(s)")
    p.add_argument("--debris", action="store_true", help="print the cards with markup debris")
    args = p.parse_args(argv)
    labels = load_labels()
    started = time.perf_counter()
    paths = documents(args.doc)
    if not paths:
        print(f"no documents{' named ' + args.doc if args.doc else ''} in {CORPUS}", file=sys.stderr)
        return 2
    results = []
    for path in paths:
        results.append(measure(path, labels))
        if args.all or args.debris:
            for c in extract_doc(path):
                if args.all or DEBRIS.search(c.front) or DEBRIS.search(c.back):
                    print(json.dumps({"doc": c.doc, "line": c.line, "rule": c.rule, "context": c.context,
                                      "front": c.front, "back": c.back}, ensure_ascii=False))
    print("\n".join(table(results)))
    print()
    print("\n".join(verdicts(results)))
    print(f"({len(paths)} documents extracted in {time.perf_counter() - started:.1f} s)")
    if args.todo:
        with args.todo.open("w", encoding="utf-8") as out:
            for r in results:
                for c in r.todo:
                    out.write(json.dumps({"doc": c.doc, "key": c.key, "context": c.context, "front": c.front,
                                          "back": c.back, "rule": c.rule, "line": c.line}, ensure_ascii=False) + "\n")
        print(f"{sum(len(r.todo) for r in results)} cards to grade written to {args.todo}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
