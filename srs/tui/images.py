"""Pictures in cards: whether this terminal can draw them, and opening one in the system viewer.

Drawing uses textual-image, which asks the terminal what it can do (Kitty graphics, Sixel,
or coloured half cells) by writing a query and reading the answer: that works only before the
app starts reading the keyboard, so ``inline_images`` runs in ``run_app``, and only when the
collection has media (a collection without pictures pays nothing at start).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from srs.core.printable import printable

if TYPE_CHECKING:
    from collections.abc import Callable

    from srs.service.card_media import CardImage

OFF = {"0", "off", "no", "false", "text"}


def inline_images(media: Path | None) -> bool:
    """True when pictures can be drawn in this terminal; ``SRS_IMAGES=off`` keeps the text placeholders."""
    if media is None or os.environ.get("SRS_IMAGES", "").strip().lower() in OFF:
        return False
    try:
        if next(media.iterdir(), None) is None:
            return False
    except OSError:
        return False
    try:
        import textual_image.widget  # noqa: F401  # asks the terminal now, and keeps its cell size
        from textual_image.renderable import Image, UnicodeImage
    except Exception:  # a terminal that answers nonsense: text placeholders, never a failed start
        return False
    return Image is not UnicodeImage  # Unicode blocks: no colour, the placeholder reads better


def open_in_viewer(path: Path) -> None:
    """Open ``path`` in the desktop's viewer and return at once; OSError when there is no viewer."""
    if sys.platform == "win32":
        os.startfile(path)
        return
    command = ["open" if sys.platform == "darwin" else "xdg-open", str(path)]
    # the viewer's messages would scribble over the app: its streams go nowhere, its session is its own
    subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True)


def view_image(viewer: Callable[[Path], None], images: list[CardImage], turn: int) -> str:
    """Open image ``turn`` (counting round: ``v`` again opens the next) and say in one line what happened."""
    if not images:
        return "This card has no images."
    image = images[turn % len(images)]
    which = f" (image {turn % len(images) + 1} of {len(images)}; v again for the next)" if len(images) > 1 else ""
    if image.problem or image.path is None:
        return f"{image.name} is {image.problem}, so there is nothing to open{which}."
    try:
        viewer(image.path)
    except OSError as exc:
        why = f"{exc.strerror}: {exc.filename}" if exc.strerror and exc.filename else (exc.strerror or str(exc))
        return printable(f"Could not open {image.name}: the system viewer did not start ({why}).", lines=False)
    return f"Opened {image.name} in the system viewer{which}."
