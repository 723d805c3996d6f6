"""Patterns found by grading cards from documents the extractor had never seen (session 7: holdout round 12 and a
re-read of earlier rounds' cards under today's code).

Each test states the general shape in made-up notes, never a line of the graded documents.
"""

from tests.extract.extract_helpers import notes

from srs.extract import extract


def cards(text: str, rule: str | None = None) -> dict[str, str]:
    return {n.front: n.back for n in notes(text, rule)}


def test_a_second_header_row_names_what_each_repeated_column_holds():
    text = ("# Error budgets\n\n| Target | Downtime allowed | Downtime allowed |\n|---|---|---|\n"
            "| | per quarter | per week |\n| 99.5% | 10.9h | 50.4m |\n| 99.95% | 65.7m | 5m |\n")
    assert cards(text, "table") == {
        "Target 99.5% — downtime allowed per quarter?": "10.9h",
        "Target 99.5% — downtime allowed per week?": "50.4m",
        "Target 99.95% — downtime allowed per quarter?": "65.7m",
        "Target 99.95% — downtime allowed per week?": "5m",
    }


def test_columns_with_the_same_name_and_nothing_to_tell_them_apart_make_no_card():
    text = ("# Budgets\n\n| Target | Downtime | Downtime |\n|---|---|---|\n"
            "| 99.5% | 10.9h | 50.4m |\n| 99.95% | 65.7m | 5m |\n| 99.9% | 8.8h | 10m |\n")
    assert cards(text, "table") == {}


def test_a_column_name_keeps_its_acronyms_when_it_becomes_the_question():
    text = ("# Alerting\n\n| Burn rate | Budget spent at 99.9% SLO | Pages the on-call |\n|---|---|---|\n"
            "| 14.4 | 2% | within minutes |\n| 6 | 5% | within hours |\n")
    got = cards(text, "table")
    assert "Burn rate 14.4 — budget spent at 99.9% SLO?" in got
    assert all("slo" not in front for front in got)


def test_a_course_s_learning_objectives_are_about_the_course_not_the_subject():
    text = ("# Module 3: Hashing\n\n## Learning Objectives\n\n- Define hashing and its uses\n- Recognize collisions\n\n"
            "## Objectives of a hash function\n\n- Deterministic output\n- Fast to compute\n- Few collisions\n")
    fronts = list(cards(text))
    assert not any("objectives" in f.lower() and "Define hashing" in cards(text)[f] for f in fronts)
    assert any("deterministic output" in back.lower() for back in cards(text).values())
