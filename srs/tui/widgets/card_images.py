"""A card side's images: a labelled placeholder line where each stood, and, where the terminal
draws pictures, the pictures themselves under the side's text (textual-image).

Under the side's text rather than in the middle of it: a picture splits no table, list or
paragraph, and the placeholder still marks where it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Static

from srs.core.card_images import escape_markdown, replace_images

if TYPE_CHECKING:
    from srs.service.card_media import CardImage

MAX_PIXELS = 1200  # decoded at most this wide and high: a 12-megapixel photo is drawn as fast as an icon
CELL = (10, 20)  # pixels of a terminal cell, as textual-image assumes when the terminal does not say
MAX_ROWS = 12  # a picture never takes more than this, nor a third of the window: the text and buttons stay


def placeholder(image: CardImage, number: int, total: int) -> str:
    """``[image: cat.png — press v to view]`` as plain text."""
    head = f"image {number} of {total}" if total > 1 else "image"
    return f"[{head}: {image.name} — {image.problem or 'press v to view'}]"


def with_placeholders(text: str, images: list[CardImage], first: int) -> str:
    """``text`` (markdown) with its images replaced by placeholders; ``images`` are the card's, this
    side's starting at ``first``."""
    total = len(images)

    def label(n: int, _ref: object) -> str:
        index = first + n
        if index >= total:  # cannot happen (same parser), but a wrong label beats a crash
            return ""
        return f"*{escape_markdown(placeholder(images[index], index + 1, total))}*"

    return replace_images(text, label)


def cells(pixels: tuple[int, int], room: tuple[int, int]) -> tuple[int, int]:
    """Columns and rows for a picture of ``pixels``: its own size, shrunk (never grown) to fit ``room``."""
    width, height = max(1, -(-pixels[0] // CELL[0])), max(1, -(-pixels[1] // CELL[1]))
    scale = min(1.0, room[0] / width, room[1] / height)
    return max(1, int(width * scale)), max(1, int(height * scale))


def picture(image: CardImage, room: tuple[int, int]) -> Widget | None:
    """The image drawn by textual-image within ``room`` (columns, rows), or None when the file is not
    a picture Pillow reads."""
    from PIL import Image as PILImage
    from textual_image.widget import Image as ImageWidget

    if image.path is None or not image.found:
        return None
    try:
        with PILImage.open(image.path) as opened:
            opened.draft("RGB", (MAX_PIXELS, MAX_PIXELS))  # JPEG: decode at a fraction of the size
            opened.thumbnail((MAX_PIXELS, MAX_PIXELS))
            loaded = opened.copy()
    except Exception:  # Pillow raises many kinds for a damaged or unknown file: the placeholder stays
        return None
    widget = ImageWidget(loaded, classes="card-picture")
    # a fixed box: textual-image sizes an "auto" picture from the layout it is part of, which
    # fills the width with an upscaled icon; its own size, shrunk to the room, reads like the card
    widget.styles.width, widget.styles.height = cells(loaded.size, room)
    return widget


class ImageStrip(Vertical):
    """The pictures of one card side, one under the other."""

    DEFAULT_CSS = """
    ImageStrip { height: auto; }
    ImageStrip .card-picture { max-width: 100%; margin-bottom: 1; }
    ImageStrip .card-picture-failed { color: $text-muted; }
    """

    def show(self, images: list[CardImage]) -> None:
        self.remove_children()
        window = self.screen.size
        room = (max(4, window.width - 4), max(2, min(MAX_ROWS, window.height // 3)))  # 4: padding, scrollbar
        widgets: list[Widget] = []
        for image in images:
            if not image.found:
                continue
            drawn = picture(image, room)
            widgets.append(drawn or Static(Text(f"{image.name} is not a picture this terminal can draw."),
                                           classes="card-picture-failed"))
        if widgets:
            self.mount_all(widgets)
