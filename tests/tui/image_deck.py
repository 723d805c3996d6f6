"""A collection holding one Anki card with a picture on the front and one on the back, imported
from a package genanki builds: the card text is what a user's import gives (``![](cat.png)``)."""

from __future__ import annotations

from pathlib import Path

from srs.service.collection import Collection


def picture(path: Path, colour: tuple[int, int, int] = (200, 80, 40), size: tuple[int, int] = (64, 48)) -> Path:
    from PIL import Image

    Image.new("RGB", size, colour).save(path)
    return path


def import_picture_deck(col: Collection, scratch: Path, front: str = '<img src="cat.png">',
                        back: str = 'a cat<br><img src="dog 2.png">') -> None:
    """One note, "Which animal?" + ``front`` / ``back``, from a package with cat.png and "dog 2.png"."""
    import genanki

    from srs.service.importing_anki import import_anki_file

    scratch.mkdir(parents=True, exist_ok=True)
    files = [picture(scratch / "cat.png"), picture(scratch / "dog 2.png", (40, 80, 200), (32, 64))]
    model = genanki.Model(1607392320, "Picture", fields=[{"name": "Front"}, {"name": "Back"}],
                          templates=[{"name": "Card 1", "qfmt": "Which animal?<br>{{Front}}",
                                      "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}])
    deck = genanki.Deck(2059400111, "Pictures")
    deck.add_note(genanki.Note(model=model, fields=[front, back], guid="picture-note"))
    package = scratch / "pictures.apkg"
    genanki.Package(deck, media_files=[str(f) for f in files]).write_to_file(package)
    import_anki_file(col, package)
