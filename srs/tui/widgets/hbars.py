"""Horizontal bars with their label and value written beside them."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget


class HBars(Widget):
    """``rows`` are (label, value, text); bars are scaled to ``top`` (default: the largest value)."""

    COMPONENT_CLASSES = {"hbars--bar", "hbars--rest", "hbars--label"}
    DEFAULT_CSS = "HBars { height: auto; }"

    def __init__(self, rows: list[tuple[str, float | None, str]], *, top: float | None = None, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows = rows
        self.top = top

    def render(self) -> Text:
        label_w = max((len(r[0]) for r in self.rows), default=0)
        text_w = max((len(r[2]) for r in self.rows), default=0)
        width = max(10, (self.size.width or 60) - label_w - text_w - 3)
        top = self.top or max((r[1] or 0 for r in self.rows), default=0) or 1
        bar = self.get_component_rich_style("hbars--bar", partial=True)
        rest = self.get_component_rich_style("hbars--rest", partial=True)
        label = self.get_component_rich_style("hbars--label", partial=True)
        text = Text()
        for i, (name, value, shown) in enumerate(self.rows):
            filled = 0 if not value else max(1, round(value / top * width))
            text.append(f"{name:<{label_w}} ", style=label)
            text.append("█" * filled, style=bar)
            text.append(("░" if value is not None else " ") * (width - filled), style=rest)
            text.append(f" {shown}")
            if i < len(self.rows) - 1:
                text.append("\n")
        return text

    def get_content_height(self, container, viewport, width: int) -> int:
        return max(1, len(self.rows))
