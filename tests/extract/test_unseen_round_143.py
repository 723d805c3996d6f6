"""Patterns found by grading cards from documents the extractor had never seen (session 17: holdout rounds 143
and later). Each test states the general shape in made-up notes, never a line of the graded documents."""

from tests.extract.extract_helpers import fronts


def test_a_facet_label_over_one_point_is_no_term_to_ask():
    text = ("# Links\n\n## Leased Line\n\nA private circuit rented from a carrier.\n\nUsecases:\n"
            "- two offices that need a fixed, private path.\n\nCons:\n"
            "- the carrier, not you, answers for every outage on it.\n\n## Dial-up\n\nA modem line.\n\nCons:\n"
            "- but note that it holds the phone line.\n")
    got = fronts(text)
    assert {"Leased Line — usecases?", "Leased Line — cons?"} <= got, got  # whose points they are
    assert not got & {"Usecases?", "Cons?", "What is Usecases?", "Dial-up — cons?"}, got  # "but …" leans on before
