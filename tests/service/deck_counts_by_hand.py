"""The deck list's numbers counted card by card in Python: the oracle the kept counts and the
deck-count query plans are checked against (one copy for both test files)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from srs.core.consts import State


def count_by_hand(cards: Iterable[tuple[Any, ...]], now_us: int, learn_us: int, end_us: int) -> dict[int, tuple[int, int, int, int]]:
    """Per deck with cards: (new, learning, due, total), from rows of
    (deck_id, state, due, suspended, buried_until) in microseconds."""
    out: dict[int, list[int]] = {}
    for deck_id, state, due, suspended, buried in cards:
        slot = out.setdefault(deck_id, [0, 0, 0, 0])
        slot[3] += 1
        if suspended or (buried is not None and buried > now_us):
            continue
        if state == State.NEW:
            slot[0] += 1
        elif state in (State.LEARNING, State.RELEARNING) and due <= learn_us:
            slot[1] += 1
        elif state == State.REVIEW and due < end_us:
            slot[2] += 1
    return {d: (c[0], c[1], c[2], c[3]) for d, c in out.items()}
