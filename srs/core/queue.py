"""Queue rules: what comes next in a study session (pure, no storage)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def interleave(reviews: Sequence[T], new: Sequence[T]) -> list[T]:
    """Spread new cards evenly through the reviews (new cards keep their order).

    With 10 reviews and 2 new cards the new ones land at about a third and two
    thirds of the way, so a session never ends with a block of unseen cards.
    """
    if not new:
        return list(reviews)
    if not reviews:
        return list(new)
    out: list[T] = []
    total = len(reviews) + len(new)
    step = total / len(new)
    slots = {int(step * (i + 0.5)) for i in range(len(new))}
    r, n = iter(reviews), iter(new)
    for i in range(total):
        item = next(n, None) if i in slots else next(r, None)
        if item is None:  # one list ran out early: take from the other
            item = next(r, None) if i in slots else next(n, None)
        if item is not None:
            out.append(item)
    out.extend(r)
    out.extend(n)
    return out
