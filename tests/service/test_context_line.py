"""The context line above a card is drawn as plain text: a heading's code span shows its words, not its backticks."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from srs.db.models import Card
from srs.service.cards_view import card_view
from srs.service.collection import Collection
from srs.service.importing import import_paths
from srs.service.search import search_cards

NOTES = """# Modern C++

## Chapter 2. `auto`

### Item 6: When `auto` deduces an unwanted type

- **Proxy class**: a class that stands in for another type, like `std::vector<bool>::reference`.
"""


def test_a_code_span_in_a_heading_shows_as_plain_words_on_the_context_line(col: Collection, tmp_path: Path) -> None:
    path = tmp_path / "cpp.md"
    path.write_text(NOTES, encoding="utf-8")
    import_paths(col, [path])
    with col.read() as s:
        card_id = s.scalars(select(Card.id)).first()
    assert card_id is not None
    view = card_view(col, card_id)
    assert view is not None and "Chapter 2. auto › Item 6: When auto deduces" in view.context, view.context
    assert "`" not in view.context and "`" in view.back  # (the card's own code keeps its backticks)
    [row] = search_cards(col, "proxy")
    assert "`" not in row.context


def test_a_notion_exports_page_id_is_left_out_of_the_deck_name(col: Collection, tmp_path: Path) -> None:
    path = tmp_path / "Chapter 10 e6accf48a0564fab8823a8f05f5760ef.md"
    path.write_text(NOTES, encoding="utf-8")
    import_paths(col, [path])
    [row] = search_cards(col, "proxy")
    assert row.context.startswith("Chapter 10 › Modern C++"), row.context
    assert "e6accf48" not in row.context
