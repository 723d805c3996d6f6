from tests.extract.extract_helpers import notes, one


def test_bold_label_becomes_question_and_text_answer():
    note = one("# Caching\n\n- **Write-through**: the cache is updated on every write\n", "labelled-fact")
    assert (note.front, note.back) == ("Caching: Write-through?", "The cache is updated on every write")
    assert note.heading_path == ("Caching",) and note.tags[0] == "caching"
    assert note.line == 3 and note.kind == "fact"


def test_generic_label_takes_its_section():
    note = one("## Circuit Breaker\n\n**Purpose**: stop calling a failing dependency for a while.\n", "labelled-fact")
    assert note.front == "Circuit Breaker — purpose?"


def test_statement_label_is_a_suggestion_not_a_card():
    from srs.extract import extract

    ex = extract("- **Alerts must be actionable**: page only on user-visible symptoms\n")
    assert [n for n in ex.notes if n.rule == "labelled-fact"] == []
    [held] = ex.suggestions
    assert held.note.front == "“Alerts must be actionable” — what does it mean?" and held.check == "statement-label"


def test_question_body_is_a_checklist_criterion_offered_as_a_suggestion():
    # (graders failed such cards: the back is a question the notes ask the reader, not an answer)
    from srs.extract import extract

    text = "## Design review\n\n- **Clarity**: is the success metric explicit?\n- **Cost**: is the run cost known?\n"
    assert [n.front for n in notes(text, "labelled-fact")] == []
    assert [s.note.front for s in extract(text).suggestions] == ["Design review: Clarity?", "Design review: Cost?"]


def test_overlong_answers_are_skipped_not_carded():
    from srs.extract import extract

    ex = extract("- **Story**: " + "word " * 70 + "\n")
    assert not ex.notes and ex.lines[0].rule == "too-long"
