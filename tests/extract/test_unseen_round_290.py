"""Patterns found by grading cards from documents the extractor had never seen (session 23, rounds 288 and later;
test_unseen_round_266.py is full). Each test states the general shape in made-up notes, never a line of the graded
documents."""

from tests.extract.extract_helpers import notes


def test_the_answers_of_an_exercise_and_an_interview_signal_make_no_cards():
    text = ("# Databases\n\n## ER model\n\nIdentify the entities of a hospital.\n\nPossible answers:\n- Patient\n- Doctor\n"
            "- Nurse\n- Medicine\n\n## Gateways\n\n- **Senior signal:** mention central policy enforcement and rate limits.\n"
            "- **Rate limiting:** caps how many requests one client may send per second.\n")
    got = [n.front for n in notes(text)]
    assert not any("possible answers" in f.lower() or "signal" in f.lower() for f in got), got
    assert any("Rate limiting" in f for f in got), got
