"""Pure presentation helpers: how numbers, times and states read on screen."""

from __future__ import annotations

from datetime import datetime

from srs.core.consts import FLAG_NAMES


def flag_label(flag: int) -> str:
    """A flag as text and symbol, never as colour alone: ``⚑1 red``."""
    return f"⚑{flag} {FLAG_NAMES.get(flag, '?')}" if flag else ""


def until(moment: datetime | None, now: datetime) -> str:
    """``in 3h 5m``, ``in 2d 4h``, ``now``, or ``—`` when there is no moment."""
    if moment is None:
        return "—"
    seconds = int((moment - now).total_seconds())
    if seconds <= 59:
        return "now"
    minutes = seconds // 60
    if minutes < 60:
        return f"in {minutes}m"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"in {hours}h {minutes}m" if minutes else f"in {hours}h"
    days, hours = divmod(hours, 24)
    return f"in {days}d {hours}h" if hours else f"in {days}d"


def clock_time(moment: datetime) -> str:
    """Local wall-clock time, with the date when it is not today."""
    return moment.astimezone().strftime("%a %d %b %H:%M")


def duration(seconds: float) -> str:
    """``45 s``, ``3 min``, ``1 h 05 min``."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"


def count(n: int) -> str:
    return f"{n:,}"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def interval_label(days: float | None) -> str:
    """An interval in days as people read it: ``—``, ``<1d``, ``12d``, ``3.2mo``, ``1.5y``."""
    if days is None:
        return "—"
    if days < 1:
        return "<1d"
    if days < 30:
        return f"{days:.0f}d"
    if days < 365:
        return f"{days / 30.44:.1f}mo"
    return f"{days / 365.25:.1f}y"


def short_date(moment: datetime | None) -> str:
    return "—" if moment is None else moment.astimezone().strftime("%Y-%m-%d")


def one_line(text: str, width: int = 60) -> str:
    """First line of a markdown text, squashed and cut to ``width``."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
