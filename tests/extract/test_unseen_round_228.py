"""Patterns found by grading cards from documents the extractor had never seen (session 21: holdout rounds 228
and later). Each test states the general shape in made-up notes, never a line of the graded documents."""

from tests.extract.extract_helpers import notes


def test_a_template_tag_removed_before_a_full_stop_leaves_no_space_before_it():
    text = ("# Protocol notes\n\n## Windows\n\nThe first window holds 4,096 bytes for each new channel {% cite spec -l 23 %}.\n\n"
            "Each peer may send 12 frames before it waits {% cite spec %}, then it stops.\n")
    got = [n.front for n in notes(text)]
    assert any("each new channel." in f for f in got), got
    assert not any(" ." in f or " ," in f for f in got), got
