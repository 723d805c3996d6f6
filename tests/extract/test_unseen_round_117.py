"""Patterns found by grading cards from documents the extractor had never seen (session 16: holdout rounds 117
and later). Each test states the general shape in made-up notes, never a line of the graded documents."""

from tests.extract.extract_helpers import fronts


def test_a_long_form_that_keeps_most_of_the_acronym_is_no_expansion_card():
    text = ("# Routing\n\n- Peers in other systems speak exterior ZRP (EZRP); a full mesh inside one system speaks "
            "internal ZRP (IZRP).\n- A Network Address Zone (NAZ) groups hosts.\n"
            "- Each host lists its Virtual MANs (VMAN).\n")
    assert fronts(text, "acronym") == {"What does NAZ stand for?"}
