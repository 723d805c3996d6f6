from srs.core.cloze import render_front
from srs.extract import extract
from tests.extract.extract_helpers import notes, one


def test_numbers_become_clozes_with_their_units():
    note = one("- RTO 15m; RPO 5m for checkout.\n", "number-cloze")
    assert note.front == "RTO {{c1::15m}}; RPO {{c2::5m}} for checkout."
    assert render_front(note.front, 2) == "RTO 15m; RPO [...] for checkout."


def test_identifiers_dates_and_examples_are_not_numbers():
    assert not notes("- P95 on EC2 for ADR-012 due 2025-09-10 (e.g., 40% faster)\n", "number-cloze")


def test_quoted_prompt_is_a_drill_with_the_nearest_checklist():
    text = (
        "## Answer framework\n\nFor any design prompt, cover:\n\n1. **Requirements**: what and how much\n"
        "2. **Architecture**: components\n3. **Risks**: what breaks\n\n## Drills\n\n- “Design a URL shortener.”\n"
    )
    drill = one(text, "drill")
    assert drill.front == "Design a URL shortener." and drill.answered
    assert drill.back.endswith("1. Requirements\n2. Architecture\n3. Risks")


def test_interview_question_without_checklist_is_self_graded():
    drill = one("## Practice questions\n\n- How would you design a scalable API on AWS?\n", "drill")
    assert not drill.answered and drill.back.startswith("Self-graded")


def test_a_prompt_outside_a_drills_section_is_a_suggestion_not_a_card():
    ex = extract("## API design\n\n- How would you design a scalable API on AWS?\n")
    assert ex.notes == [] and [s.check for s in ex.suggestions] == ["unanswered"]


def test_book_and_author_from_emphasis():
    note = one("## Books\n\n- _Release It!_ by Michael T. Nygard (2nd edition)\n", "book")
    assert (note.front, note.back) == ("Who wrote *Release It!*?", "Michael T. Nygard")


def test_acronym_in_parentheses():
    fronts = {n.front: n.back for n in notes("- Use Role-Based Access Control (RBAC) everywhere.\n", "acronym")}
    assert fronts == {"What does RBAC stand for?": "Role-Based Access Control"}


def test_when_to_use_sentence():
    note = one("- Use DynamoDB when access patterns are known up front.\n", "when-to-use")
    assert (note.front, note.back) == ("When to use DynamoDB?", "When access patterns are known up front")


def test_table_rows_become_cards():
    text = "| Term | Meaning |\n|---|---|\n| SLI | what you measure |\n| SLO | the target |\n"
    ex = extract(text)
    assert [(n.front, n.back) for n in ex.notes if n.rule == "table"] == [
        ("SLI — meaning?", "what you measure"), ("SLO — meaning?", "the target"),
    ]
    assert [ln.outcome for ln in ex.lines[:4]] == ["context", "part", "card", "card"]
