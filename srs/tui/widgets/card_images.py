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
    from PIL.Image import Image as PILImage

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


def decoded(image: CardImage, room: tuple[int, int]) -> PILImage | None:
    """The picture, decoded and shrunk to about what ``room`` (columns, rows) can show, or None when the
    file is not a picture Pillow reads. Slow for a big photo: runs in a thread."""
    from PIL import Image

    if image.path is None or not image.found:
        return None
    box = (min(MAX_PIXELS, room[0] * CELL[0] * 2), min(MAX_PIXELS, room[1] * CELL[1] * 2))  # 2: finer cells
    try:
        with Image.open(image.path) as opened:
            opened.draft("RGB", box)  # JPEG: decode at a fraction of the size
            opened.thumbnail(box)
            return opened.copy()
    except Exception:  # Pillow raises many kinds for a damaged or unknown file: the placeholder stays
        return None


def picture(loaded: PILImage, room: tuple[int, int]) -> Widget:
    """The decoded picture as textual-image draws it, in a box of its own size shrunk to ``room``."""
    from textual_image.widget import Image as ImageWidget

    widget = ImageWidget(loaded, classes="card-picture")
    # a fixed box: textual-image sizes an "auto" picture from the layout it is part of, which
    # fills the width with an upscaled icon; its own size, shrunk to the room, reads like the card
    widget.styles.width, widget.styles.height = cells(loaded.size, room)
    return widget


class ImageStrip(Vertical):
    """The pictures of one card side, one under the other, decoded in a thread."""

    DEFAULT_CSS = """
    ImageStrip { height: auto; }
    ImageStrip .card-picture { max-width: 100%; margin-bottom: 1; }
    ImageStrip .card-picture-failed { color: $text-muted; }
    """

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self.generation = 0  # a card shown later wins over pictures still decoding for an earlier one

    def show(self, images: list[CardImage]) -> None:
        from srs.tui.jobs import run_db

        self.remove_children()
        self.generation += 1
        found = [image for image in images if image.found]
        if not found:
            return
        window = self.screen.size
        room = (max(4, window.width - 4), max(2, min(MAX_ROWS, window.height // 3)))  # 4: padding, scrollbar
        generation = self.generation

        def decode(_col: object) -> list[tuple[CardImage, PILImage | None]]:
            return [(image, decoded(image, room)) for image in found]

        def draw(loaded: list[tuple[CardImage, PILImage | None]]) -> None:
            if generation != self.generation:
                return
            self.mount_all([
                picture(pil, room) if pil is not None else
                Static(Text(f"{image.name} is not a picture this terminal can draw."), classes="card-picture-failed")
                for image, pil in loaded])

        run_db(self, decode, draw, group=f"pictures-{self.id}", exclusive=True)
