"""Presets: scheduling options per deck."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from srs.core.consts import (
    DEFAULT_BURY_SIBLINGS,
    DEFAULT_LEECH_ACTION,
    DEFAULT_PRESET,
    DEFAULT_RETENTION,
    MAX_ANSWER_SECONDS,
)
from srs.core.scheduling import SchedulingOptions, fsrs_decay
from srs.db.export_rows import deck_presets
from srs.db.models import Deck, Preset


@dataclass(frozen=True)
class DeckRules:
    options: SchedulingOptions
    new_per_day: int
    reviews_per_day: int
    day_start_hour: int
    leech_threshold: int
    max_answer_seconds: int = MAX_ANSWER_SECONDS  # answer times are logged clamped to this
    leech_action: str = DEFAULT_LEECH_ACTION  # "suspend" or "tag" (srs.core.consts.LEECH_ACTIONS)
    bury_siblings: bool = DEFAULT_BURY_SIBLINGS


def rules_of(preset: Preset) -> DeckRules:
    return DeckRules(
        options=SchedulingOptions(
            desired_retention=preset.desired_retention,
            parameters=tuple(preset.parameters) if preset.parameters else None,
            learning_steps=tuple(preset.learning_steps),
            relearning_steps=tuple(preset.relearning_steps),
            maximum_interval=preset.maximum_interval,
            fuzz=preset.fuzz,
            day_start_hour=preset.day_start_hour,
        ),
        new_per_day=preset.new_per_day,
        reviews_per_day=preset.reviews_per_day,
        day_start_hour=preset.day_start_hour,
        leech_threshold=preset.leech_threshold,
        max_answer_seconds=preset.max_answer_seconds or MAX_ANSWER_SECONDS,
        leech_action=preset.leech_action,
        bury_siblings=preset.bury_siblings,
    )


def rules_by_deck(session: Session) -> dict[int, DeckRules]:
    out: dict[int, DeckRules] = {}
    by_preset: dict[int, DeckRules] = {}
    for deck_id, preset in session.execute(select(Deck.id, Preset).join(Preset, Deck.preset_id == Preset.id)):
        if preset.id not in by_preset:
            by_preset[preset.id] = rules_of(preset)
        out[deck_id] = by_preset[preset.id]
    return out


def default_rules(session: Session) -> DeckRules:
    preset = session.scalar(select(Preset).where(Preset.name == DEFAULT_PRESET))
    assert preset is not None
    return rules_of(preset)


def deck_retention(conn: Connection) -> dict[int, tuple[float, float]]:
    """Each deck's (desired retention, FSRS decay) from its preset."""
    return {deck_id: (retention, fsrs_decay(parameters)) for deck_id, retention, parameters in deck_presets(conn)}


def memory_params(by_deck: dict[int, tuple[float, float]], deck_id: int, retention: float | None,
                  decay: float | None) -> dict[str, float]:
    """The desired retention and decay an exported card's memory state goes with, as Anki's card data
    keeps them: the card's own (kept from an Anki import until it is answered here), else its
    deck preset's (what srs schedules it with)."""
    ours = by_deck.get(deck_id) or (DEFAULT_RETENTION, fsrs_decay(None))
    return {"desired_retention": ours[0] if retention is None else retention,
            "decay": ours[1] if decay is None else decay}
