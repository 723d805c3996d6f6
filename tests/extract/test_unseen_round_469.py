"""Patterns found by grading cards from documents the extractor had never seen (session 32, rounds 469 and later;
test_unseen_round_448.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from srs.extract import extract
from tests.extract.extract_helpers import notes


def test_two_comparatives_either_side_of_vs_are_no_tradeoff_and_no_question():
    text = ("# Caching\n\n## Local vs shared cache\n\n"
            "* **Faster vs. slower**: A local cache answers from process memory, whereas a shared cache needs a network hop.\n"
            "* **Redis vs Memcached**: Redis when you need persistence or data types; Memcached for a plain multi-threaded cache.\n"
            )
    got = {n.front for n in extract(text).notes}
    assert not any("aster" in f for f in got), got
    assert "Redis vs Memcached — when to use each?" in got, got


def test_a_label_whose_value_is_one_quoted_string_is_an_examples_data():
    text = ("# Signing tokens\n\n## Sign with a shared key\n\n- HMAC: 'changeme'\n"
            "- Algorithm: HMAC with SHA-256, where one shared secret both signs and verifies\n")
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert got == {"Sign with a shared key: Algorithm?": "HMAC with SHA-256, where one shared secret both signs and "
                                                       "verifies"}, got


def test_a_back_that_counts_what_the_list_above_names_answers_nothing():
    text = ("# Disk I/O\n\n## Latency parts\n\n"
            "* **Seek time** is the time the head takes to reach the track.\n"
            "* **Rotational delay** is the time the sector takes to come under the head.\n"
            "* **Transfer time** is the time to read the sector's bytes.\n"
            "* **Access time** is the sum of the three above.\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert "What is Access time?" not in got, got
    assert "What is Seek time?" in got, got
