"""A card's images are looked up in the collection's media folder, and only there."""

from __future__ import annotations

from pathlib import Path

from srs.service.card_media import card_images, media_folder


def test_front_then_back_each_found_or_not(tmp_path: Path) -> None:
    (tmp_path / "cat.png").write_bytes(b"png")
    images = card_images(tmp_path, "![](cat.png)", "text ![](gone.png)")
    assert [(i.name, i.side, i.found, i.problem) for i in images] == [
        ("cat.png", "front", True, ""), ("gone.png", "back", False, "missing from the media folder")]
    assert images[0].path == tmp_path / "cat.png"


def test_names_that_leave_the_folder_or_point_at_the_web_are_never_opened(tmp_path: Path) -> None:
    media = tmp_path / "media"
    media.mkdir()
    (tmp_path / "secret.png").write_bytes(b"secret")
    (media / "link.png").symlink_to(tmp_path / "secret.png")
    images = card_images(media, "![](../secret.png) ![](/etc/passwd) ![](link.png)", "![](http://example.com/a.png)")
    assert [(i.path, i.problem) for i in images] == [(None, "not a file in the media folder")] * 4


def test_the_media_folder_is_found_without_opening_the_collection(tmp_path: Path) -> None:
    assert media_folder(tmp_path / "mine.db") == tmp_path / "mine.media"
    assert not (tmp_path / "mine.db").exists()


def test_a_row_names_an_image_that_has_no_words() -> None:
    """Browse's Front column and `srs cards`: a front that is only a picture is not a blank row."""
    from srs.service.card_preview import plain_preview

    assert plain_preview("![](cat.png)") == "(image: cat.png)"
    assert plain_preview("x ![](<dog 2.png>) y") == "x (image: dog 2.png) y"
    assert plain_preview("Which? ![a cat](cat.png)") == "Which? a cat"  # words of its own: those
