"""A calendar heatmap of reviews: one column per week, shade characters, a legend."""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text
from textual.widget import Widget

SHADES = "·░▒▓█"  # level 0 (no reviews) … 4 (busiest)
DAY_LABELS = ["Mon", "", "Wed", "", "Fri", "", "Sun"]


def levels(counts: dict[str, int]) -> list[int]:
    """Upper bounds of levels 1–3 (level 4 is above): quartiles of the days with reviews.

    When the quartiles do not spread (a week of about 30 reviews a day has them at 30, 30, 30,
    which read "1–30 · 31 · 32 · 33+" with nothing in the top three), the range up to the
    busiest day is cut in four instead, so the shades still say light and busy days apart."""
    values = sorted(v for v in counts.values() if v > 0)
    if not values:
        return [1, 2, 3]
    q = [values[min(len(values) - 1, int(len(values) * f))] for f in (0.25, 0.5, 0.75)]
    if len(set(q)) < 3 or q[2] >= values[-1]:
        q = [max(1, values[-1] * k // 4) for k in (1, 2, 3)]
    out: list[int] = []
    for bound in q:
        out.append(max(bound, out[-1] + 1 if out else 1))
    return out


def level(n: int, bounds: list[int]) -> int:
    if n <= 0:
        return 0
    for i, bound in enumerate(bounds, start=1):
        if n <= bound:
            return i
    return 4


class Heatmap(Widget):
    COMPONENT_CLASSES = {"heatmap--cell", "heatmap--empty", "heatmap--label"}
    DEFAULT_CSS = "Heatmap { height: 10; }"

    def __init__(self, counts: dict[str, int], today: date, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.counts = counts
        self.today = today

    def legend(self) -> str:
        b = levels(self.counts)
        bounds = [(1, b[0]), (b[0] + 1, b[1]), (b[1] + 1, b[2])]
        ranges = [f"{lo}–{hi}" if hi > lo else f"{lo}" for lo, hi in bounds] + [f"{b[2] + 1}+"]
        return "  ".join([f"{SHADES[0]} 0", *(f"{SHADES[i + 1]} {r}" for i, r in enumerate(ranges))])

    def render(self) -> Text:
        width = max(10, self.size.width or 57)
        weeks = max(4, min(53, width - 4))
        bounds = levels(self.counts)
        cell = self.get_component_rich_style("heatmap--cell", partial=True)
        empty = self.get_component_rich_style("heatmap--empty", partial=True)
        label = self.get_component_rich_style("heatmap--label", partial=True)
        last_monday = self.today - timedelta(days=self.today.weekday())
        first = last_monday - timedelta(weeks=weeks - 1)
        months = [" "] * weeks
        for w in range(weeks):
            day = first + timedelta(weeks=w)
            if day.day <= 7 and w + 3 <= weeks:
                for i, ch in enumerate(day.strftime("%b")):
                    months[w + i] = ch
        text = Text("    " + "".join(months) + "\n", style=label)
        for weekday in range(7):
            text.append(f"{DAY_LABELS[weekday]:<4}", style=label)
            for w in range(weeks):
                day = first + timedelta(weeks=w, days=weekday)
                if day > self.today:
                    text.append(" ")
                    continue
                lv = level(self.counts.get(day.isoformat(), 0), bounds)
                text.append(SHADES[lv], style=cell if lv else empty)
            text.append("\n")
        text.append("    " + self.legend(), style=label)
        return text
