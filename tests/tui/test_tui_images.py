"""Images in cards (issue 19): a labelled placeholder where the terminal draws no pictures (a Pilot
test is such a terminal), `v` opens the image in the system viewer, pictures drawn within the window."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import Label, Markdown, Static

from srs.service.card_media import card_images
from srs.service.collection import Collection
from srs.tui.images import inline_images, view_image
from srs.tui.screens.browse import BrowseScreen
from srs.tui.screens.card_info import CardInfoScreen
from srs.tui.screens.review import ReviewScreen
from srs.tui.widgets.card_images import ImageStrip, with_placeholders

from .helpers import make_app, settle, sync
from .image_deck import import_picture_deck


@pytest.fixture
def pictures(tmp_path: Path) -> Iterator[Collection]:
    c = Collection.open(tmp_path / "pictures.db")
    import_picture_deck(c, tmp_path / "package")
    yield c
    c.close()


def shown(widget: Static, width: int = 80) -> str:
    console = Console(width=width, record=True, file=io.StringIO())
    console.print(widget.content)
    return console.export_text()


def status(screen: ReviewScreen | BrowseScreen, selector: str = "#status") -> str:
    return str(screen.query_one(selector, Label).render())


@sync
async def test_review_shows_a_placeholder_with_each_name_and_v_opens_them_in_turn(pictures: Collection) -> None:
    opened: list[Path] = []
    app = make_app(pictures, deck="Pictures", viewer=opened.append)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert "[image 1 of 2: cat.png — press v to view]" in shown(review.query_one("#front", Static))
        assert "![" not in shown(review.query_one("#front", Static))
        await pilot.press("v", "v")  # the front's only image, twice: the back's is not given away
        assert opened == [pictures.media_dir / "cat.png"] * 2
        assert status(review) == "Opened cat.png in the system viewer."
        await pilot.press("space")
        assert "[image 2 of 2: dog_2.png — press v to view]" in shown(review.query_one("#back", Static))
        await pilot.press("v")
        assert opened[-1] == pictures.media_dir / "dog_2.png"
        assert status(review) == "Opened dog_2.png in the system viewer (image 2 of 2; v again for the next)."
        assert not review.query(".card-picture")  # no pictures drawn under a test: placeholders only


@sync
async def test_a_missing_file_is_one_line_and_no_viewer(pictures: Collection) -> None:
    (pictures.media_dir / "cat.png").unlink()
    opened: list[Path] = []
    app = make_app(pictures, deck="Pictures", viewer=opened.append)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert "[image 1 of 2: cat.png — missing from the media folder]" in shown(review.query_one("#front", Static))
        await pilot.press("v")
        assert opened == []
        assert status(review) == "cat.png is missing from the media folder, so there is nothing to open."


@sync
async def test_a_viewer_that_does_not_start_is_one_line(pictures: Collection) -> None:
    def no_viewer(path: Path) -> None:
        raise FileNotFoundError(2, "No such file or directory", "xdg-open")

    app = make_app(pictures, deck="Pictures", viewer=no_viewer)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("v")
        assert status(app.screen) == ("Could not open cat.png: the system viewer did not start "
                                      "(No such file or directory: xdg-open).")  # type: ignore[arg-type]


@sync
async def test_v_is_offered_only_on_a_card_with_an_image(col: Collection) -> None:
    opened: list[Path] = []
    app = make_app(col, deck="Security", viewer=opened.append)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert review.check_action("view_image", ()) is False  # not in the footer
        await pilot.press("v")
        assert opened == [] and status(review) == ""


@sync
async def test_card_info_and_browse_show_placeholders_and_v_opens_the_image(pictures: Collection) -> None:
    opened: list[Path] = []
    app = make_app(pictures, deck="Pictures", viewer=opened.append)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        info = app.screen
        assert isinstance(info, CardInfoScreen)
        assert "cat.png — press v to view" in info.query_one("#info-front", Markdown).source
        assert "dog\\_2.png — press v to view" in info.query_one("#info-back", Markdown).source
        await pilot.press("v", "v")
        assert opened == [pictures.media_dir / "cat.png", pictures.media_dir / "dog_2.png"]
        await pilot.press("escape", "escape")
        await settle(pilot)
        app.action_browse("deck:Pictures")
        await settle(pilot)
        await pilot.press("enter")  # runs the search and moves to the results
        await settle(pilot)
        browse = app.screen
        assert isinstance(browse, BrowseScreen)
        assert "cat.png — press v to view" in browse.query_one("#preview", Markdown).source
        await pilot.press("v")
        assert opened[-1] == pictures.media_dir / "cat.png"
        assert status(browse, "#browse-status") == "Opened cat.png in the system viewer (image 1 of 2; v again for the next)."


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
@sync
async def test_pictures_drawn_inline_stay_within_the_window(pictures: Collection, size: tuple[int, int]) -> None:
    from PIL import Image

    Image.new("RGB", (3000, 2000), (10, 200, 10)).save(pictures.media_dir / "dog_2.png")  # a big photo
    app = make_app(pictures, deck="Pictures", inline_images=True)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("space")
        await settle(pilot)
        review = app.screen
        drawn = list(review.query(".card-picture"))
        assert len(drawn) == 2
        for picture in drawn:
            assert 0 < picture.region.width <= size[0] - 4
            assert 0 < picture.size.height <= max(2, size[1] // 3)
        assert review.query_one("#answers").region.bottom <= size[1] - 1  # the answer buttons stay on screen


@sync
async def test_a_file_that_is_not_a_picture_is_named_not_drawn(pictures: Collection) -> None:
    (pictures.media_dir / "cat.png").write_bytes(b"not a png at all")
    app = make_app(pictures, deck="Pictures", inline_images=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        strip = app.screen.query_one("#front-images", ImageStrip)
        assert [str(w.render()) for w in strip.query(Static)] == ["cat.png is not a picture this terminal can draw."]


def test_nothing_from_a_media_name_reaches_the_terminal_raw(tmp_path: Path) -> None:
    """A name with ESC, BEL and a C1 CSI: shown escaped in the placeholder and in the viewer's message."""
    front = "![](evil\x1b]52;c;aGk=\x07\x9b2J.png)"
    (tmp_path / "evil\x1b]52;c;aGk=\x07\x9b2J.png").write_bytes(b"x")
    images = card_images(tmp_path, front, "")
    from rich.markdown import Markdown as RichMarkdown

    console = Console(width=80, record=True, file=io.StringIO())
    console.print(RichMarkdown(with_placeholders(front, images, 0)))
    message = view_image(lambda _path: None, images, 0)
    for text in (console.export_text(), message):
        assert not any(ch in text for ch in "\x1b\x07\x9b"), text
        assert "evil\\x1b]52;c;aGk=\\x07\\x9b2J.png" in text


def test_pictures_are_asked_for_only_when_there_is_media_and_a_terminal(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    media = tmp_path / "srs.media"
    assert inline_images(None) is False and inline_images(media) is False  # no folder
    media.mkdir()
    assert inline_images(media) is False  # an empty folder: the terminal is not even asked
    (media / "cat.png").write_bytes(b"x")
    assert inline_images(media) is False  # pytest's output is no terminal: textual-image falls back to text
    monkeypatch.setenv("SRS_IMAGES", "off")
    assert inline_images(media) is False
