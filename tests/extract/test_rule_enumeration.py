from srs.core.cloze import cloze_numbers
from srs.extract import extract

from extract_helpers import line, notes, one


def test_inline_label_list_is_a_name_all_card():
    note = one("- **Golden signals**: latency, traffic, errors, saturation\n", "enumeration")
    assert note.front == "Golden signals (4)?"
    assert note.back == "- latency\n- traffic\n- errors\n- saturation"


def test_parenthetical_list_names_its_topic():
    note = one("- Review the six pillars (operational excellence, security, reliability, cost)\n", "enumeration")
    assert note.front == "Six pillars (4)?"


def test_long_inline_list_becomes_one_cloze_per_item():
    note = one("Behavioral patterns: Strategy, Observer, Command, Iterator, Mediator, Memento, State, Visitor\n", "enumeration")
    assert note.template == "cloze" and cloze_numbers(note.front) == list(range(1, 9))


def test_short_block_list_under_a_heading_gets_a_name_all_card():
    text = "## Four golden signals\n\n- Latency\n- Traffic\n- Errors\n- Saturation\n"
    ex = extract(text)
    [note] = [n for n in ex.notes if n.rule == "enumeration"]
    assert note.front == "Four golden signals (4)?" and note.line == 3
    assert [line(ex, k).outcome for k in range(3, 7)] == ["card", "part", "part", "part"]


def test_ordered_list_items_are_cued_by_position_and_neighbour():
    text = "Incident response steps:\n\n1. **Detect**: alert fires\n2. **Triage**: assess impact\n3. **Mitigate**: stop the bleeding\n"
    fronts = {n.front: n.back for n in notes(text, "enumeration")}
    assert fronts["Incident response steps, item 2 of 3 (after Detect)?"] == "Triage: assess impact"
    assert fronts["Incident response steps (3)?"] == "1. Detect\n2. Triage\n3. Mitigate"


def test_long_unordered_list_gets_position_cards_but_no_name_all():
    items = "\n".join(f"- Field {c}" for c in "ABCDEFGHI")
    found = notes(f"**Template**:\n{items}\n", "enumeration")
    assert len(found) == 9 and found[2].front == "Template, item 3 of 9 (after Field B)?"


def test_a_sentence_with_commas_is_not_a_list():
    assert not notes("- **Prioritization**: Focus on topics relevant to the target role, industry, and company.\n", "enumeration")
