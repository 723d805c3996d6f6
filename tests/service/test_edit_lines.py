"""Where an edited note's lines went (service.edit_lines.moved_lines)."""

from srs.service.edit_lines import moved_lines

BEFORE = "# Caches\n\n- TTL: how long an entry lives\n- LRU: evicts the least recently used entry\n"


def test_lines_inserted_above_move_the_note_down():
    after = "# Caches\n\nIntro line.\n\n- TTL: how long an entry lives\n- LRU: evicts the least recently used entry\n"
    assert moved_lines(BEFORE, after, 4) == (6, 6)


def test_a_rewritten_line_maps_to_the_block_written_in_its_place():
    after = ("# Caches\n\n- TTL: how long an entry lives\n- Eviction by recency (LRU) drops the entry\n"
             "  that nobody read for the longest time\n")
    assert moved_lines(BEFORE, after, 4) == (4, 5)


def test_a_deleted_line_is_gone_and_a_line_past_the_end_is_nothing():
    after = "# Caches\n\n- TTL: how long an entry lives\n"
    assert moved_lines(BEFORE, after, 4) is None
    assert moved_lines(BEFORE, BEFORE, 99) is None
