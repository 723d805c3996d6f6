from srs.core.cloze import cloze_numbers
from srs.extract import extract
from tests.extract.extract_helpers import line, notes, one


def test_inline_label_list_is_a_name_all_card():
    note = one("- **Golden signals**: latency, traffic, errors, saturation\n", "enumeration")
    assert note.front == "Which four golden signals?"
    assert note.back == "- latency\n- traffic\n- errors\n- saturation"


def test_parenthetical_list_names_its_topic():
    note = one("- Review the pillars (operational excellence, security, reliability, cost)\n", "enumeration")
    assert note.front == "Which four pillars?"
    # four of "the six pillars": the front could not say which four, so no card
    assert notes("- Review the six pillars (operational excellence, security, reliability, cost)\n", "enumeration") == []


def test_long_inline_list_is_no_card_the_critic_says_why():
    ex = extract("Behavioral patterns: Strategy, Observer, Command, Iterator, Mediator, Memento, State, Visitor\n")
    assert ex.notes == [] and ex.lines[0].rule == "oversize" and "among 8" in ex.lines[0].detail
    [suggested] = ex.suggestions  # it holds knowledge: offered, not scheduled
    assert suggested.check == "oversize" and cloze_numbers(suggested.note.front) == list(range(1, 9))


def test_short_inline_list_becomes_one_name_all_card():
    note = one("Behavioral patterns: Strategy, Observer, Command, Iterator\n", "enumeration")
    assert note.front == "Which four behavioral patterns?"
    assert note.back.splitlines() == ["- Strategy", "- Observer", "- Command", "- Iterator"]


def test_short_block_list_under_a_heading_gets_a_name_all_card():
    text = "## Four golden signals\n\n- Latency\n- Traffic\n- Errors\n- Saturation\n"
    ex = extract(text)
    [note] = [n for n in ex.notes if n.rule == "enumeration"]
    assert note.front == "What are the four golden signals?" and note.line == 3
    assert [line(ex, k).outcome for k in range(3, 7)] == ["card", "part", "part", "part"]


def test_ordered_list_items_are_cued_by_position_and_neighbour():
    text = "Incident response steps:\n\n1. **Detect**: alert fires\n2. **Triage**: assess impact\n3. **Mitigate**: stop the bleeding\n"
    fronts = {n.front: n.back for n in notes(text, "enumeration")}
    assert fronts["Incident response steps: what comes first?"] == "Detect: alert fires"
    assert fronts["Incident response steps: what comes after “Detect”?"] == "Triage: assess impact"
    assert fronts["Which three incident response steps?"] == "1. Detect\n2. Triage\n3. Mitigate"


def test_long_unordered_list_gets_no_position_cards_and_no_name_all():
    items = "\n".join(f"- Field {c}" for c in "ABCDEFGHI")
    ex = extract(f"**Template**:\n{items}\n")
    assert [n for n in ex.notes if n.rule == "enumeration"] == []
    assert all(ln.outcome != "card" for ln in ex.lines)


def test_a_sentence_with_commas_is_not_a_list():
    assert not notes("- **Prioritization**: Focus on topics relevant to the target role, industry, and company.\n", "enumeration")
