"""Seeded note content: decks, notes of every kind, and their text forms.

One ``NoteSpec`` list feeds every side: the srs database rows, the Anki
collection, the markdown corpus srs imports and the CSV file Anki imports,
so both tools always work on the same notes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

ROOT = "Library"
TOPICS = {
    "Cloud": ["AWS", "Azure", "Networking", "Storage"],
    "Data": ["Databases", "Caching", "Streaming"],
    "Systems": ["Consensus", "Clocks", "Resilience", "Security"],
}
WORDS = (
    "latency throughput replica quorum leader follower partition shard index cache "
    "queue topic consumer producer offset snapshot checkpoint log compaction bloom "
    "filter token bucket circuit breaker retry backoff jitter timeout deadline lease "
    "lock fencing epoch vector clock lamport gossip membership heartbeat failover "
    "region zone subnet gateway balancer listener certificate key rotation secret "
    "policy role principal audit trail encryption envelope tenant isolation quota "
    "budget burn rate alert runbook rollback canary blue green feature flag schema "
    "migration backfill idempotent exactly once at least ordering watermark window "
    "aggregate join denormalize read write amplification tombstone merge tree btree "
    "page buffer pool WAL fsync durability consistency availability tolerance "
    "bulkhead saga outbox inbox CQRS event sourcing projection materialized view"
).split()
CONNECTORS = ("because", "so that", "while", "unless", "when", "and then", "but", "which means")


@dataclass(frozen=True, slots=True)
class NoteSpec:
    index: int
    deck: str  # full name, A::B::C
    kind: str  # srs NoteKind value
    rule: str
    template: str  # basic | cloze
    reverse: bool
    front: str
    back: str
    tags: tuple[str, ...]
    section: str  # heading the note sits under

    @property
    def guid(self) -> str:
        return f"bench{self.index:07d}"

    @property
    def n_cards(self) -> int:
        if self.template == "cloze":
            return self.front.count("{{c")
        return 2 if self.reverse else 1


def leaf_decks() -> list[str]:
    return [f"{ROOT}::{top}::{leaf}" for top, leaves in TOPICS.items() for leaf in leaves]


def all_decks() -> list[str]:
    out = [ROOT]
    for top, leaves in TOPICS.items():
        out.append(f"{ROOT}::{top}")
        out.extend(f"{ROOT}::{top}::{leaf}" for leaf in leaves)
    return out


def _phrase(rng: random.Random, lo: int, hi: int) -> str:
    words = rng.choices(WORDS, k=rng.randint(lo, hi))
    if len(words) > 6 and rng.random() < 0.5:
        words.insert(len(words) // 2, rng.choice(CONNECTORS))
    return " ".join(words)


def _note(rng: random.Random, index: int, deck: str, cards_left: int) -> NoteSpec:
    roll = rng.random()
    section = f"Section {index // 25 + 1}"
    leaf = deck.rsplit("::", 1)[-1].lower()
    tags = (leaf, rng.choice(("core", "review", "interview", "ops")))
    a, b = rng.choice(WORDS).capitalize(), rng.choice(WORDS).capitalize()
    if roll < 0.20 and cards_left >= 1:  # cloze, 1–4 deletions
        k = min(cards_left, rng.choice((1, 1, 2, 2, 3, 4)))
        parts = [_phrase(rng, 3, 6)]
        for n in range(1, k + 1):
            parts.append(f"{{{{c{n}::{_phrase(rng, 1, 3)}}}}} {_phrase(rng, 2, 6)}")
        return NoteSpec(index, deck, "cloze", "explicit-cloze", "cloze", False, " ".join(parts) + ".", "", tags, section)
    if roll < 0.35 and cards_left >= 2:  # two-way card
        return NoteSpec(index, deck, "qa", "explicit-reverse", "basic", True,
                        _phrase(rng, 2, 5).capitalize(), _phrase(rng, 4, 10), tags, section)
    front = _phrase(rng, 6, 14).capitalize() + "?"
    back = _phrase(rng, 10, 40) + "."
    if roll < 0.42:
        return NoteSpec(index, deck, "tradeoff", "explicit-qa", "basic", False,
                        f"{a} vs {b}: when would you choose each ({_phrase(rng, 2, 4)})?",
                        f"**{a}**: {_phrase(rng, 6, 16)}. **{b}**: {_phrase(rng, 6, 16)}.", tags, section)
    if roll < 0.52:
        return NoteSpec(index, deck, "definition", "explicit-qa", "basic", False,
                        f"What is {_phrase(rng, 2, 4)}?", back, tags, section)
    if roll < 0.60:
        items = "; ".join(_phrase(rng, 2, 5) for _ in range(rng.randint(3, 6)))
        return NoteSpec(index, deck, "enumeration", "explicit-qa", "basic", False,
                        f"Name the parts of {_phrase(rng, 2, 3)}.", items, tags, section)
    return NoteSpec(index, deck, "qa", "explicit-qa", "basic", False, front, back, tags, section)


def make_notes(n_cards: int, seed: int, *, start: int = 0) -> list[NoteSpec]:
    """Notes whose cards add up to exactly ``n_cards``, spread over the leaf decks."""
    rng = random.Random(f"notes:{seed}:{start}")
    decks = leaf_decks()
    weights = [rng.uniform(0.5, 2.0) for _ in decks]
    notes: list[NoteSpec] = []
    total = 0
    while total < n_cards:
        note = _note(rng, start + len(notes), rng.choices(decks, weights)[0], n_cards - total)
        notes.append(note)
        total += note.n_cards
    return notes


def make_notes_by_count(n_notes: int, seed: int, *, start: int = 0) -> list[NoteSpec]:
    rng = random.Random(f"count:{seed}:{start}")
    decks = leaf_decks()
    return [_note(rng, start + i, decks[i * len(decks) // n_notes], 4) for i in range(n_notes)]


# -- text forms ----------------------------------------------------------------

def _markdown_note(n: NoteSpec) -> str:
    if n.template == "cloze":
        return n.front
    if n.reverse:
        return f"{n.front} ::: {n.back}"
    return f"Q: {n.front}\nA: {n.back}"


def write_markdown(notes: list[NoteSpec], folder: Path, *, per_file: int = 1000) -> list[Path]:
    """The notes as markdown files in srs's deck language (front matter, headings, Q:/A:)."""
    folder.mkdir(parents=True, exist_ok=True)
    by_deck: dict[str, list[NoteSpec]] = {}
    for n in notes:
        by_deck.setdefault(n.deck, []).append(n)
    paths = []
    for deck, group in by_deck.items():
        for part in range(0, len(group), per_file):
            chunk = group[part:part + per_file]
            slug = deck.replace("::", "-").lower()
            path = folder / f"{slug}-{part // per_file + 1:03d}.md"
            lines = ["---", f"deck: {deck}", f"tags: [bench, {slug}]", "---", "", f"# {deck.rsplit('::', 1)[-1]}", ""]
            section = None
            for n in chunk:
                if n.section != section:
                    section = n.section
                    lines += [f"## {section}", ""]
                lines += [_markdown_note(n), ""]
            path.write_text("\n".join(lines), encoding="utf-8")
            paths.append(path)
    return paths


def write_csv(notes: list[NoteSpec], path: Path) -> Path:
    """The same notes as an Anki text file (notetype, deck and tags columns)."""
    rows = ["#separator:Tab", "#html:true", "#notetype column:1", "#deck column:2", "#tags column:5"]
    for n in notes:
        notetype = "Cloze" if n.template == "cloze" else "Basic (and reversed card)" if n.reverse else "Basic"
        rows.append("\t".join((notetype, n.deck, n.front, n.back, " ".join(n.tags))))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def corpus_of_bytes(target_bytes: int, seed: int, folder: Path) -> tuple[list[Path], int]:
    """A markdown corpus of about ``target_bytes`` (the "10 MB of notes" target)."""
    notes: list[NoteSpec] = []
    size = 0
    while size < target_bytes:
        batch = make_notes_by_count(250, seed, start=len(notes))
        notes.extend(batch)
        size += sum(len(_markdown_note(n)) + 2 for n in batch)
    paths = write_markdown(notes, folder, per_file=500)
    return paths, len(notes)
