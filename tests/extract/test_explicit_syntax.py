"""The explicit deck language (decks/FORMAT.md): front matter, Q:/A:, ::, :::, clozes, headings."""

from __future__ import annotations

from srs.core.cloze import cloze_numbers, render_front
from srs.core.notes import NoteKind, Template
from srs.extract import extract

DECK = """---
deck: Security::STRIDE
tags: [security, threat-modeling]
preset: default
---

# STRIDE

## Spoofing

Q: What does spoofing violate?
A: Authentication.

Q: How do you mitigate spoofing
of a service identity?
A: - mutual TLS
- signed tokens (`JWT`) with short expiry

Tampering :: violates integrity
Repudiation ::: the threat that a user denies an action

## Elevation

Least privilege limits {{c1::blast radius}} and {{c2::lateral movement::how far}}.

Use ==mTLS== between services.

```
Q: not a card :: inside code
```
"""


def notes_by_front(text: str):
    return {n.front: n for n in extract(text).notes}


def test_front_matter_sets_deck_tags_and_preset():
    ex = extract(DECK)
    assert ex.front_matter == {"deck": "Security::STRIDE", "tags": ["security", "threat-modeling"], "preset": "default"}
    assert all(n.deck == "Security::STRIDE" for n in ex.notes)
    assert all({"security", "threat-modeling"} <= set(n.tags) for n in ex.notes)
    assert [ln.rule for ln in ex.lines[:5]] == ["front-matter"] * 5


def test_default_deck_is_used_without_front_matter():
    [note] = extract("What :: that", default_deck="notes").notes
    assert note.deck == "notes"


def test_qa_blocks_span_lines_and_keep_markdown():
    notes = notes_by_front(DECK)
    assert notes["What does spoofing violate?"].back == "Authentication."
    multi = notes["How do you mitigate spoofing\nof a service identity?"]
    assert multi.back == "- mutual TLS\n- signed tokens (`JWT`) with short expiry"
    assert multi.kind == NoteKind.QA and multi.rule == "explicit-qa" and multi.line == 14


def test_double_and_triple_colon_pairs():
    notes = notes_by_front(DECK)
    assert notes["Tampering"].back == "violates integrity" and not notes["Tampering"].reverse
    assert notes["Repudiation"].reverse


def test_headings_give_context_and_a_tag():
    notes = notes_by_front(DECK)
    note = notes["What does spoofing violate?"]
    assert note.heading_path == ("STRIDE", "Spoofing")
    assert note.tags[0] == "stride::spoofing"


def test_clozes_anki_style_and_highlight():
    ex = extract(DECK)
    clozes = [n for n in ex.notes if n.template == Template.CLOZE]
    assert len(clozes) == 2
    anki = next(n for n in clozes if "blast radius" in n.front)
    assert cloze_numbers(anki.front) == [1, 2]
    assert render_front(anki.front, 2) == "Least privilege limits blast radius and [how far]."
    highlight = next(n for n in clozes if "mTLS" in n.front)
    assert highlight.front == "Use {{c1::mTLS}} between services."
    assert highlight.heading_path == ("STRIDE", "Elevation")


def test_code_blocks_are_not_read_as_cards():
    ex = extract(DECK)
    assert not [n for n in ex.notes if "inside code" in n.front or "not a card" in n.front]
    code = [ln for ln in ex.lines if "inside code" in ln.text]
    assert code[0].outcome == "skipped" and code[0].rule == "code-block"


def test_an_answered_tradeoff_question_is_marked_for_linking():
    text = "Q: SQS vs SNS vs EventBridge — when to use each?\nA: - **SQS**: a queue\n- **SNS**: fan-out\n"
    [note] = extract(text).notes
    assert note.kind == NoteKind.TRADEOFF and note.answered
    assert note.tradeoff == "eventbridge|sns|sqs"
    assert note.back == "- **SQS**: a queue\n- **SNS**: fan-out"


def test_question_without_answer_is_a_drill_with_a_warning():
    ex = extract("Q: Design a rate limiter for a public API\n\nNext paragraph.")
    [note] = [n for n in ex.notes if n.kind == NoteKind.DRILL]
    assert note.answered is False and note.back
    assert any("Q: without A:" in w for w in ex.warnings)


def test_answers_may_hold_fenced_code_with_blank_lines():
    text = "Q: Minimal handler?\nA: Like this:\n```python\ndef handler(event):\n\n    return 200\n```\n\nAfter."
    [note] = [n for n in extract(text).notes if n.rule == "explicit-qa"]
    assert note.back == "Like this:\n```python\ndef handler(event):\n\n    return 200\n```"


def test_unbalanced_cloze_and_bad_front_matter_are_warnings_not_errors():
    ex = extract("---\ndeck: [unclosed\n---\n\nBroken {{c1::cloze here\n")
    assert any("front matter" in w for w in ex.warnings)
    assert any("unbalanced cloze" in w for w in ex.warnings)
    assert all(n.front.strip() and (n.template == Template.CLOZE or n.back.strip()) for n in ex.notes)


def test_double_colon_inside_code_is_not_a_pair():
    ex = extract("Call `std::vector :: push_back` in C++ code.\n")
    assert not [n for n in ex.notes if n.rule == "explicit-qa"]


def test_empty_deletions_and_invisible_sides_make_no_card():
    for text in ["The {{c1::}} is empty.\n", "Hint only {{c1:: ::a hint}} here.\n", "Only {{c0::zero}} here.\n",
                 "Q: \x1b\nA: an answer\n", "front \x07 :: \x7f\n", "Q: \u200b\nA: zero width\n"]:
        ex = extract(text)
        assert ex.notes == [] and ex.warnings, text
        assert ex.lines[0].outcome == "skipped"


def test_an_empty_deletion_beside_a_real_one_is_dropped():
    [note] = extract("A {{c1::quorum}} and {{c2::}} here.\n").notes
    assert cloze_numbers(note.front) == [1]


def test_rules_around_content_are_not_front_matter():
    ex = extract("---\n# Kafka\n- **Topic**: a named log\n---\n")
    assert [(n.front, n.back) for n in ex.notes] == [("What is Topic?", "A named log")]
    assert ex.front_matter == {} and ex.warnings == []
    assert ex.lines[1].outcome == "context"


def test_code_fences_with_blank_lines_belong_to_their_q_and_a_block():
    text = ("Q: What does this print?\n```python\nx = 1\n\nprint(x)\n```\nA: 1\n\n"
            "Q: Show a loop\nA: Like this:\n```python\nfor i in range(3):\n\n    print(i)\n```\n\nNext paragraph.\n")
    ex = extract(text)
    fronts = {n.front: n.back for n in ex.notes}
    assert fronts["What does this print?\n```python\nx = 1\n\nprint(x)\n```"] == "1"
    assert fronts["Show a loop"].endswith("for i in range(3):\n\n    print(i)\n```")
    assert ex.warnings == [] and len(ex.notes) == 2
