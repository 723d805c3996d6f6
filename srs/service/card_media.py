"""The image files a card shows: each ``![](name)`` of its front and back, found in the collection's
media folder (where Anki package imports put them, beside the database).

A name is looked up only inside that folder, as the Anki exporter does (srs.anki.render): a card
cannot point the viewer at ``../../secret`` or at a web address.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from srs.core.card_images import ImageRef, image_refs
from srs.db.location import media_dir, resolve


@dataclass(frozen=True)
class CardImage:
    """One image of a card: what to call it, and its file when there is one to open."""

    name: str  # the file name as shown on screen (control characters escaped)
    side: str  # "front" or "back"
    path: Path | None  # inside the media folder; None for a web address or a name that leaves the folder
    found: bool  # the file is there

    @property
    def problem(self) -> str:
        """Why this image cannot be opened, in a few words; "" when it can."""
        if self.path is None:
            return "not a file in the media folder"
        return "" if self.found else "missing from the media folder"


def media_folder(db: str | Path | None = None) -> Path:
    """The media folder of the collection ``db`` names (as ``Collection.open`` resolves it), without opening it."""
    return media_dir(resolve(db).path)


def _file(folder: Path, ref: ImageRef) -> Path | None:
    if ref.is_url:
        return None
    parts = PurePosixPath(ref.target.replace("\\", "/")).parts
    if not parts or parts[0] == "/" or ".." in parts:
        return None
    path = folder.joinpath(*parts)
    try:
        if not path.resolve().is_relative_to(folder.resolve()):  # a symlink out of the folder
            return None
    except (OSError, RuntimeError):
        return None
    return path


def card_images(folder: Path, front: str, back: str) -> list[CardImage]:
    """The images of the front, then of the back, in reading order, each looked up in ``folder``."""
    out = []
    for side, text in (("front", front), ("back", back)):
        for ref in image_refs(text):
            path = _file(folder, ref)
            out.append(CardImage(ref.name, side, path, path is not None and path.is_file()))
    return out
