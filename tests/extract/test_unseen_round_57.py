"""Patterns found by grading cards from documents the extractor had never seen (session 12: holdout rounds 57
and later), and the shared vocabularies the rules read. Each test states the general shape in made-up notes,
never a line of the graded documents."""

from tests.extract.extract_helpers import fronts, notes


def test_a_number_in_a_sentence_about_both_of_the_line_before_is_no_cloze():
    # "Both …" names its subject in the line before: "Both [...] ms" asks about nobody
    text = ("## Replicas\n\nThe primary and the standby apply each write.\n\n"
            "Both acknowledge a write within 5 ms on the same rack.\n")
    assert not notes(text, "number-cloze")
    alone = "## Replicas\n\nA standby acknowledges a write within 5 ms on the same rack.\n"
    assert notes(alone, "number-cloze")  # the same number with its subject in the sentence is a card


def test_a_heading_over_a_sentence_that_starts_with_this_is_asks_nothing():
    # "This is where …" leans on the heading it sits under: "Loose rules?" -> "This is where …" is no answer
    text = ("# Sharing data\n\n## Loose rules\n\nThis is where a team agrees to touch a map from one goroutine only.\n\n"
            "## Locks\n\nA mutex lets one goroutine at a time hold the map.\n")
    assert "Loose rules?" not in fronts(text)


def test_a_problem_with_a_named_thing_keeps_its_cloze():
    # "The problem with X is …" names its subject; only "The problem is …" leans on the line before
    text = ("## Input filters\n\nAn allowlist names what may pass.\n\n"
            "The problem with **denylists** is that an attacker finds the input they miss.\n")
    assert any("The problem with" in f for f in fronts(text, "emphasis-cloze"))
