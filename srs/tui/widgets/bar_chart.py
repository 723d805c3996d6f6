"""A vertical bar chart drawn with block characters, with the scale and day marks written out."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

EIGHTHS = " ▁▂▃▄▅▆▇█"


def columns(values: list[int], rows: int) -> list[str]:
    """Each value as a column of ``rows`` characters, top first, in eighths of a row."""
    top = max(values, default=0) or 1
    out = []
    for v in values:
        eighths = round(v / top * rows * 8) if v else 0
        if v and eighths == 0:
            eighths = 1  # a non-zero day always shows
        col = []
        for r in range(rows - 1, -1, -1):
            fill = max(0, min(8, eighths - r * 8))
            col.append(EIGHTHS[fill])
        out.append("".join(col))
    return out


class BarChart(Widget):
    """``values[i]`` is day ``+i`` (0 = today)."""

    COMPONENT_CLASSES = {"bar-chart--bar", "bar-chart--axis"}
    DEFAULT_CSS = "BarChart { height: 9; }"

    def __init__(self, values: list[int], *, rows: int = 6, id: str | None = None) -> None:
        super().__init__(id=id)
        self.values = values
        self.rows = rows

    def render(self) -> Text:
        n = max(1, len(self.values))
        top = max(self.values, default=0)
        gutter = max(3, len(f"{top:,}")) + 1
        width = max(n + gutter, self.size.width or 70)
        bar_w = max(1, min(3, (width - gutter) // n))
        gap = 1 if bar_w >= 2 else 0
        bar_w -= gap
        bar = self.get_component_rich_style("bar-chart--bar", partial=True)
        axis = self.get_component_rich_style("bar-chart--axis", partial=True)
        cols = columns(self.values, self.rows)
        text = Text()
        for r in range(self.rows):
            mark = f"{top:,}" if r == 0 else ("0" if r == self.rows - 1 else "")
            text.append(f"{mark:>{gutter - 1}}│", style=axis)
            for col in cols:
                text.append(col[r] * bar_w, style=bar)
                text.append(" " * gap)
            text.append("\n")
        step = bar_w + gap
        ticks = [" "] * (n * step + gutter)
        for day in range(0, n, 7):
            label = "today" if day == 0 else f"+{day}"
            pos = gutter + day * step
            if pos + len(label) <= len(ticks) and all(c == " " for c in ticks[max(0, pos - 1):pos + len(label)]):
                ticks[pos:pos + len(label)] = list(label)
        text.append(" " * (gutter - 1) + "└" + "─" * (n * step) + "\n", style=axis)
        text.append("".join(ticks).rstrip(), style=axis)
        return text
