"""Deck options (a preset's settings) by name: what each means, its allowed range, and how it is written.

``srs deck options DECK --set key=value`` and the deck options screen both take a
value as text and go through ``parse_option``: one place says that a desired
retention is 0.70–0.99 or that a step is ``1m``/``10m``/``1h``/``1d``, and a bad
value is one line naming the option and what it accepts. The ranges are Anki's
deck options' ranges. Nothing here imports anything but the standard library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .consts import LEECH_ACTIONS, MAX_INTERVAL_DAYS
from .errors import UsageError


@dataclass(frozen=True)
class OptionSpec:
    key: str  # the preset column, and the name in --set key=value and --json
    label: str  # as the deck options screen shows it
    kind: str  # int, retention, steps, leech_action, switch
    low: float = 0
    high: float = 0
    help: str = ""


OPTIONS: tuple[OptionSpec, ...] = (
    OptionSpec("new_per_day", "New cards/day", "int", 0, 9999, "new cards a deck introduces per day"),
    OptionSpec("reviews_per_day", "Maximum reviews/day", "int", 0, 99999, "reviews a deck offers per day"),
    OptionSpec("learning_steps", "Learning steps", "steps", help="e.g. 1m 10m (s, m, h, d); empty: none"),
    OptionSpec("relearning_steps", "Relearning steps", "steps", help="e.g. 10m (s, m, h, d); empty: none"),
    OptionSpec("desired_retention", "Desired retention", "retention", 0.70, 0.99, "0.70–0.99 (or 70–99%)"),
    OptionSpec("maximum_interval", "Maximum interval (days)", "int", 1, MAX_INTERVAL_DAYS, "the longest interval, in days"),
    OptionSpec("leech_threshold", "Leech threshold (lapses)", "int", 1, 9999, "lapses that make a card a leech"),
    OptionSpec("leech_action", "Leech action", "leech_action", help="suspend, or tag (tag only)"),
    OptionSpec("bury_siblings", "Bury siblings", "switch", help="on or off: an answer buries its siblings till tomorrow"),
    OptionSpec("max_answer_seconds", "Answer-time cap (sec)", "int", 30, 600, "an answer is logged as at most this long"),
)
BY_KEY = {o.key: o for o in OPTIONS}
PRESET_KEY = "preset"  # --set preset=NAME: the preset the deck uses (made as a copy of its current one if new)
MAX_STEP_SECONDS = 365 * 86400
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_ON, _OFF = ("on", "yes", "true", "1"), ("off", "no", "false", "0")


def option_key(name: str) -> str:
    """The option's key from what a user typed (``new-per-day`` or ``new_per_day``); one line if unknown."""
    key = name.strip().lower().replace("-", "_")
    if key not in BY_KEY and key != PRESET_KEY:
        known = ", ".join([*BY_KEY, PRESET_KEY])
        raise UsageError(f"unknown deck option {name.strip()!r}; known: {known}")
    return key


def parse_steps(text: str) -> list[int]:
    """``"1m 10m"`` → seconds ``[60, 600]`` (a bare number is minutes, as in Anki)."""
    out = []
    for word in text.replace(",", " ").split():
        m = re.fullmatch(r"(\d+(?:\.\d+)?)([smhd]?)", word.lower())
        if not m:
            raise UsageError(f"{word!r} is not a step: use a number with s, m, h or d, e.g. 1m 10m 1d")
        seconds = round(float(m.group(1)) * _UNITS[m.group(2) or "m"])
        if not 1 <= seconds <= MAX_STEP_SECONDS:
            raise UsageError(f"step {word!r} must be between 1s and 365d")
        out.append(seconds)
    return out


def format_steps(seconds: list[int] | tuple[int, ...]) -> str:
    """``[60, 600]`` → ``"1m 10m"`` (the largest unit that divides the step)."""
    words = []
    for s in seconds:
        unit = next(u for u in ("d", "h", "m", "s") if s % _UNITS[u] == 0)
        words.append(f"{s // _UNITS[unit]}{unit}")
    return " ".join(words)


def parse_option(key: str, text: str) -> Any:
    """The stored value of option ``key`` written as ``text``; a bad value is one line naming the option."""
    spec = BY_KEY[key]
    value = text.strip()
    bad = f"{key} must be {spec.help}, not {value!r}" if spec.kind in ("leech_action", "switch", "retention") else ""
    if spec.kind == "steps":
        try:
            return parse_steps(value)
        except UsageError as exc:
            raise UsageError(f"{key}: {exc}") from None
    if spec.kind == "leech_action":
        action = {"tag only": "tag", "tag_only": "tag"}.get(value.lower(), value.lower())
        if action not in LEECH_ACTIONS:
            raise UsageError(bad)
        return action
    if spec.kind == "switch":
        if value.lower() not in (*_ON, *_OFF):
            raise UsageError(bad)
        return value.lower() in _ON
    if spec.kind == "retention":
        try:
            number = float(value.rstrip("%"))
        except ValueError:
            raise UsageError(bad) from None
        if value.endswith("%") or number > 1:
            number /= 100
        number = round(number, 4)
        if not spec.low <= number <= spec.high:
            raise UsageError(bad)
        return number
    if not re.fullmatch(r"\d+", value):
        raise UsageError(f"{key} must be a whole number from {spec.low:g} to {spec.high:g}, not {value!r}")
    number_int = int(value)
    if not spec.low <= number_int <= spec.high:
        raise UsageError(f"{key} must be from {spec.low:g} to {spec.high:g} ({spec.help}), not {value}")
    return number_int


def format_option(key: str, value: Any) -> str:
    """How option ``key`` is shown and typed back: steps as ``1m 10m``, switches as on/off, retention as 0.90."""
    spec = BY_KEY[key]
    if spec.kind == "steps":
        return format_steps(value)
    if spec.kind == "switch":
        return "on" if value else "off"
    if spec.kind == "retention":
        return f"{value:.2f}"
    return str(value)
