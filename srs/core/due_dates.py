"""Anki's "Set due date" syntax: ``0`` today, ``1`` tomorrow, ``3-7`` a day in 3..7, ``!`` to reset the interval.

A range picks one day per card from a draw seeded by the card id alone, so the
same command on the same cards always gives the same dates (tests and undo
rely on it), while cards of one batch still spread over the range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .consts import MAX_INTERVAL_DAYS
from .errors import UsageError

MAX_DAYS = MAX_INTERVAL_DAYS
SYNTAX_HELP = "0 = today, 1 = tomorrow, 3-7 = a random day 3 to 7 days away; add ! (1!) to also reset the interval"
_SPEC = re.compile(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?(!?)\s*")
_SEED = 0x5E7D  # keeps this draw apart from the interval fuzz seeded by the same card ids


@dataclass(frozen=True)
class DueSpec:
    low: int
    high: int
    reset_interval: bool

    def days_for(self, card_id: int) -> int:
        """Days from today for one card: fixed, or its own day in the range."""
        if self.low == self.high:
            return self.low
        from .scheduling import fuzz_draw  # here: the CLI's help text (SYNTAX_HELP) loads no FSRS

        return self.low + int(fuzz_draw(card_id * 1_000_003 ^ _SEED) * (self.high - self.low + 1))

    def __str__(self) -> str:
        days = str(self.low) if self.low == self.high else f"{self.low}-{self.high}"
        return days + ("!" if self.reset_interval else "")


def parse_due(text: str) -> DueSpec:
    """``"0"``, ``"1!"``, ``"3-7"``, ``"3-7!"``; anything else is a one-line usage error."""
    m = _SPEC.fullmatch(text or "")
    if m is None:
        raise UsageError(f"not a due date: {text!r} ({SYNTAX_HELP})")
    low = int(m.group(1))
    high = int(m.group(2)) if m.group(2) is not None else low
    if high < low:
        raise UsageError(f"not a due date: {text!r} (the range goes from the smaller number to the larger, e.g. 3-7)")
    if high > MAX_DAYS:
        raise UsageError(f"not a due date: {text!r} (at most {MAX_DAYS} days away)")
    return DueSpec(low, high, bool(m.group(3)))
