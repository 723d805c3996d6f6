"""Deck options: read and change the preset a deck uses, and estimate the workload of a desired retention.

One use case for the deck options screen and ``srs deck options DECK [--set key=value]``:
``deck_options`` reads the deck's preset, ``set_deck_options`` checks every
``key=value`` first (srs.core.deck_options) and then writes them all in one
transaction, or none. The options are the preset's, shared by every deck that
uses it (as in Anki); ``preset=NAME`` moves the deck to another preset, made as
a copy of its current one when no preset has that name. The daily limits, steps,
retention, leech and bury settings written here are what the review queue and
the scheduler read (srs.service.presets, srs.service.deck_counts).

``workload`` runs the FSRS simulator of the Rust optimizer (``fsrs_rs_python``,
the engine Anki's own deck options use) over a year of this preset's decks: the
reviews per day each desired retention from 70% to 97% would cost.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from srs.core.deck_options import BY_KEY, OPTIONS, PRESET_KEY, format_option, option_key, parse_option
from srs.core.errors import NotFound, UsageError
from srs.core.printable import clean_name
from srs.db.models import Card, Deck, Preset
from srs.service.collection import Collection

RETENTION_POINTS = (0.70, 0.75, 0.80, 0.85, 0.90, 0.95, 0.97)
WORKLOAD_DAYS = 365  # the span simulated, as Anki's workload estimate
WORKLOAD_SEED = 42  # the same collection gives the same estimate every time
SMALL_DECK = 1000  # cards; below this the estimate averages several runs
_COPIED = ("parameters", "day_start_hour", "fuzz", *BY_KEY)  # a new preset starts as a copy of these


@dataclass(frozen=True)
class DeckOptions:
    deck: str
    preset: str
    values: dict[str, Any]  # option key → stored value (srs.core.deck_options.OPTIONS)
    decks: list[str]  # every deck using this preset (changing an option changes them all)
    presets: list[str]  # every preset's name, for choosing one
    cards: int  # cards in the decks of this preset

    def shown(self, key: str) -> str:
        return format_option(key, self.values[key])

    def to_dict(self) -> dict[str, Any]:
        return {"deck": self.deck, "preset": self.preset, "options": dict(self.values), "used_by": self.decks,
                "presets": self.presets, "cards": self.cards}


@dataclass(frozen=True)
class WorkloadPoint:
    retention: float
    reviews_per_day: float  # average over the simulated year
    minutes_per_day: float  # the simulator's time cost of reviews and new cards
    chosen: bool = False


@dataclass(frozen=True)
class Workload:
    cards: int
    days: int
    points: list[WorkloadPoint] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The estimate as the deck options screen and `srs deck options` print it, the chosen retention marked."""
        if not self.points:
            return ["Workload estimate: no cards in this preset's decks yet."]
        out = [f"Workload estimate (FSRS simulator, {self.cards:,} cards, {self.days} days):"]
        for p in self.points:
            mark = "  ← desired retention" if p.chosen else ""
            out.append(f"  {p.retention:.0%}  {p.reviews_per_day:7.1f} reviews/day  {p.minutes_per_day:6.1f} min/day{mark}")
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"cards": self.cards, "days": self.days, "points": [
            {"desired_retention": p.retention, "reviews_per_day": round(p.reviews_per_day, 1),
             "minutes_per_day": round(p.minutes_per_day, 1), "chosen": p.chosen} for p in self.points]}


def _deck(s: Session, name: str) -> Deck:
    deck = s.scalar(select(Deck).where(Deck.name == name))
    if deck is None:
        raise NotFound(f"no deck named {name!r} (see `srs decks`)")
    return deck


def _read(s: Session, deck: Deck) -> DeckOptions:
    preset = s.get(Preset, deck.preset_id)
    assert preset is not None  # decks.preset_id is a foreign key
    values = {o.key: getattr(preset, o.key) for o in OPTIONS}
    users = sorted(s.scalars(select(Deck.name).where(Deck.preset_id == preset.id)), key=str.casefold)
    cards = s.scalar(select(func.count()).select_from(Card).join(Deck, Deck.id == Card.deck_id)
                     .where(Deck.preset_id == preset.id)) or 0
    names = sorted(s.scalars(select(Preset.name)), key=str.casefold)
    return DeckOptions(deck.name, preset.name, values, users, names, int(cards))


def deck_options(col: Collection, deck: str) -> DeckOptions:
    """The options of the preset ``deck`` uses."""
    with col.read() as s:
        return _read(s, _deck(s, deck))


def parse_assignments(assignments: Iterable[str]) -> dict[str, str]:
    """``["new_per_day=30", "preset=Hard"]`` → {key: text}; a malformed one is a one-line error."""
    out: dict[str, str] = {}
    for item in assignments:
        if "=" not in item:
            raise UsageError(f"--set takes key=value, e.g. new_per_day=30 (got {item!r})")
        name, value = item.split("=", 1)
        out[option_key(name)] = value
    return out


def set_deck_options(col: Collection, deck: str, changes: dict[str, str]) -> DeckOptions:
    """Check every change, then write them all (one transaction): the preset first, then its options."""
    values = {key: parse_option(key, text) for key, text in changes.items() if key != PRESET_KEY}
    preset_name = clean_name(changes[PRESET_KEY]).strip() if PRESET_KEY in changes else None
    if preset_name is not None and not preset_name:
        raise UsageError("preset needs a name, e.g. preset=Hard")
    if preset_name is not None and len(preset_name) > 200:
        raise UsageError("a preset name is at most 200 characters")
    with col.write() as s:
        row = _deck(s, deck)
        if preset_name is not None:
            row.preset_id = _preset_named(s, preset_name, copy_of=row.preset_id).id
        preset = s.get(Preset, row.preset_id)
        assert preset is not None
        for key, value in values.items():
            setattr(preset, key, value)
        s.flush()
        return _read(s, row)


def _preset_named(s: Session, name: str, *, copy_of: int) -> Preset:
    """The preset ``name``, or a new one with the options of preset ``copy_of`` (Anki's "clone preset")."""
    found = s.scalar(select(Preset).where(Preset.name == name))
    if found is not None:
        return found
    source = s.get(Preset, copy_of)
    assert source is not None
    copied = {k: getattr(source, k) for k in _COPIED}
    fresh = Preset(name=name, **{k: list(v) if isinstance(v, list) else v for k, v in copied.items()})
    s.add(fresh)
    s.flush()
    return fresh


def workload(options: DeckOptions, parameters: list[float] | None = None,
             points: Iterable[float] = RETENTION_POINTS) -> Workload:
    """Reviews per day over a year at each desired retention, for this preset's cards and limits."""
    import fsrs_rs_python as rs

    if options.cards == 0:
        return Workload(0, WORKLOAD_DAYS)
    v = options.values
    config = rs.default_simulator_config()
    config.deck_size = options.cards
    config.learn_span = WORKLOAD_DAYS
    config.learn_limit = v["new_per_day"]
    config.review_limit = 2**31  # the work the retention asks for, not what today's review limit lets through
    config.new_cards_ignore_review_limit = True
    config.max_cost_perday = 1e9  # nor a cap on minutes per day
    config.max_ivl = float(v["maximum_interval"])
    config.learning_step_count = len(v["learning_steps"])
    config.relearning_step_count = len(v["relearning_steps"])
    config.suspend_after_lapses = v["leech_threshold"] if v["leech_action"] == "suspend" else None
    w = rs.check_and_fill_parameters(parameters) if parameters else list(rs.DEFAULT_PARAMETERS)
    chosen = round(float(v["desired_retention"]), 2)
    # A small deck's year is a few dozen reviews: one simulated run is mostly chance (97% could come out
    # cheaper than 95%), so it is the mean of several seeded runs; a large deck averages itself.
    seeds = range(WORKLOAD_SEED, WORKLOAD_SEED + (1 if options.cards >= SMALL_DECK else 8))
    out = []
    for retention in sorted({*points, chosen}):
        reviews = cost = 0.0
        for seed in seeds:
            result = rs.simulate(w, retention, config, seed)
            days = max(1, len(result.review_cnt_per_day))
            reviews += sum(result.review_cnt_per_day) / days / len(seeds)
            cost += sum(result.cost_per_day) / days / 60 / len(seeds)
        out.append(WorkloadPoint(retention, reviews, cost, retention == chosen))
    return Workload(options.cards, WORKLOAD_DAYS, out)


def preset_parameters(col: Collection, preset: str) -> list[float] | None:
    """The preset's fitted FSRS parameters (None: FSRS's defaults), for ``workload``."""
    with col.read() as s:
        found = s.scalar(select(Preset.parameters).where(Preset.name == preset))
    return list(found) if found else None
