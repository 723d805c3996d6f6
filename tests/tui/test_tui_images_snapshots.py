"""Snapshots of a review card with image placeholders, front and answer, at 80×24 and 40×12 (issue 19).

The card comes from an Anki package (tests/tui/image_deck.py); a Pilot test draws no pictures, so
each image is its labelled placeholder line. Update with
``pytest tests/tui/test_tui_images_snapshots.py --snapshot-update`` and look at the SVGs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from srs.service.collection import Collection

from .helpers import make_app
from .image_deck import import_picture_deck
from .test_tui_snapshots import keys

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((40, 12), id="40x12")]


@pytest.fixture
def pictures(tmp_path: Path) -> Iterator[Collection]:
    c = Collection.open(tmp_path / "pictures.db")
    import_picture_deck(c, tmp_path / "package")
    yield c
    c.close()


@pytest.mark.parametrize("size", SIZES)
def test_review_front_with_image(snap_compare, pictures: Collection, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(pictures, deck="Pictures"), terminal_size=size, run_before=keys())


@pytest.mark.parametrize("size", SIZES)
def test_review_answer_with_images(snap_compare, pictures: Collection, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(pictures, deck="Pictures"), terminal_size=size, run_before=keys("space"))
