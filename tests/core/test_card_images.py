"""Finding a card's image references in its markdown, and writing a label in their place."""

from __future__ import annotations

from srs.core.card_images import escape_markdown, image_refs, replace_images


def test_references_in_reading_order_with_angle_brackets_and_escapes() -> None:
    text = "see ![a cat](cat.png) and ![](<dog 2.png> \"title\")\n\n![](food%20pic.jpg)"
    assert [(r.alt, r.target) for r in image_refs(text)] == [("a cat", "cat.png"), ("", "dog 2.png"),
                                                             ("", "food pic.jpg")]


def test_images_written_inside_code_are_text() -> None:
    text = "`![](inline.png)`\n\n```md\n![](fenced.png)\n```\n\n![](real.png)"
    assert [r.target for r in image_refs(text)] == ["real.png"]


def test_web_addresses_are_not_files_and_names_show_no_control_characters() -> None:
    web, odd = image_refs("![](https://example.com/x/pic.png) ![](bad\x1b]0;title\x07.png)")
    assert web.is_url and web.name == "pic.png"
    assert not odd.is_url and "\x1b" not in odd.name and "\x07" not in odd.name
    assert odd.name == "bad\\x1b]0;title\\x07.png"


def test_replace_puts_each_label_where_its_image_stood() -> None:
    out = replace_images("A ![](a.png) B ![](b.png) C", lambda n, ref: f"<{n}:{ref.target}>")
    assert out == "A <0:a.png> B <1:b.png> C"


def test_escaped_label_is_literal_markdown() -> None:
    from markdown_it import MarkdownIt

    label = escape_markdown("[image: *bold*_x_`code`.png — press v]")
    html = MarkdownIt().render(label)
    assert "<em>" not in html and "<code>" not in html and "*bold*_x_`code`.png" in html
