"""The worked examples of the card-quality guide, found in the seed files by their front and back."""

from __future__ import annotations

from functools import cache

from srs.core.cloze import cloze_numbers, render_back, render_front
from srs.core.notes import NoteDraft, NoteKind, Template, tradeoff_key
from srs.core.tradeoffs import find_answer
from srs.extract import Extraction, extract
from tests.extract.card_checks import SEEDS


@cache
def seed(prefix: str) -> Extraction:
    path = next(p for p in SEEDS if p.name.startswith(prefix))
    return extract(path.read_text(encoding="utf-8"), source=path.name)


def at_line(ex: Extraction, line: int) -> list[NoteDraft]:
    return [n for n in ex.notes if n.line == line]


def explain(ex: Extraction, line: int):
    return ex.lines[line - 1]


def test_burn_rate_rule_gives_condition_and_action():
    rules = [n for n in seed("002").notes if n.kind == NoteKind.RULE and "burn rate" in n.front.lower()]
    by_back = {n.back: n for n in rules}
    assert set(by_back) >= {"page", "investigate"}
    assert "burn rate >14 over 1h" in by_back["page"].front and by_back["page"].front.endswith("→ ?")
    assert "burn rate >2 over 6h" in by_back["investigate"].front  # the subject carries over
    assert by_back["page"].heading_path[-2:] == ("SLO / Reliability Playbook", "Exemplar")


def test_availability_slo_is_a_cloze_on_the_budget_with_the_slo_shown():
    [note] = [n for n in seed("002").notes if n.front.startswith("API Availability SLO")]
    assert note.template == Template.CLOZE and note.kind == NoteKind.NUMBER
    budget = next(k for k in cloze_numbers(note.front) if "[...]" in render_front(note.front, k)
                  and "43m" not in render_front(note.front, k))
    assert "99.9%" in render_front(note.front, budget)
    assert "**43m**" in render_back(note.front, budget)


def test_sqs_sns_eventbridge_is_an_unanswered_tradeoff():
    [note] = [n for n in seed("003").notes if n.kind == NoteKind.TRADEOFF and "SQS" in n.front]
    assert note.tradeoff == tradeoff_key("SQS vs SNS vs EventBridge")
    assert note.answered is False
    assert note.front == "SQS vs SNS vs EventBridge — when to use each?"
    assert note.back.strip()  # self-graded until the service links it


def test_six_pillars_of_the_one_day_plan():
    [note] = [n for n in seed("003").notes if "Well-Architected" in n.front]
    assert note.kind == NoteKind.ENUMERATION and note.front == "Which six AWS Well-Architected framework pillars?"
    assert note.back.splitlines() == [
        "- Operational Excellence", "- Security", "- Reliability", "- Performance Efficiency",
        "- Cost Optimization", "- Sustainability",
    ]


def test_request_flow_prompt_is_a_drill_backed_by_the_core_deliverable():
    ex = seed("000")
    [drill] = at_line(ex, 37)
    assert drill.kind == NoteKind.DRILL and drill.answered
    assert drill.front == "Explain what happens on a request from client → Route53 → ALB → ECS → RDS."
    for item in ("1. Requirements", "2. Constraints", "3. Failure modes", "9. Rollout plan"):
        assert item in drill.back
    assert not [n for n in ex.notes if n.kind in (NoteKind.RULE, NoteKind.SEQUENCE) and "Route53" in n.front]


def test_book_with_its_author():
    notes = {n.front: n.back for n in seed("001").notes if n.kind == NoteKind.BOOK}
    assert notes["Who wrote *Designing Data-Intensive Applications*?"] == "Martin Kleppmann"
    assert notes["Who wrote *The Phoenix Project*?"] == "Gene Kim, Kevin Behr, and George Spafford"
    assert notes["Who wrote *Effective Java*?"] == "Joshua Bloch"  # "(If Java is relevant)" dropped


def test_core_deliverable_items_are_asked_by_their_label_in_context():
    [note] = at_line(seed("000"), 19)
    assert note.front == "Core deliverable for any system design prompt: Failure modes?"  # a list of parts, not steps
    assert note.back == "What breaks, how you detect, how you recover."


def test_staff_tradeoffs_line_names_the_pairs_and_each_pair_is_a_tradeoff():
    notes = at_line(seed("000"), 8)
    [listing] = [n for n in notes if n.kind == NoteKind.ENUMERATION]
    assert "Tradeoffs are explicit" in listing.front and "4" in listing.front
    keys = {n.tradeoff for n in notes if n.kind == NoteKind.TRADEOFF}
    assert keys == {"cost|latency", "availability|consistency", "build|buy", "blast radius|dev velocity"}
    assert all(not n.answered for n in notes if n.kind == NoteKind.TRADEOFF)


def test_nat_vs_endpoints_links_to_an_answered_deck_card():
    [nat] = [n for n in at_line(seed("000"), 33) if n.kind == NoteKind.TRADEOFF]
    assert nat.tradeoff == "endpoints|nat"
    assert find_answer(nat.tradeoff, [tradeoff_key("NAT gateway vs VPC endpoints")]) == "nat gateway|vpc endpoints"


def test_pitfalls_become_a_name_all_card_in_context():
    [note] = at_line(seed("002"), 117)
    assert note.front == "SLO / Reliability Playbook: which three pitfalls?"
    assert note.back.splitlines() == [
        "- Monitoring SLI mismatch", "- alert storms", "- not tracking budget usage in backlog prioritization",
    ]


def test_bedrock_definition_asks_for_the_meaning_and_a_worded_reverse_for_the_service():
    note, reverse = at_line(seed("003"), 87)
    assert note.kind == NoteKind.DEFINITION and not note.reverse  # a bare meaning read back is ambiguous
    assert (note.front, note.back) == ("What is Bedrock?", "Foundation model service")
    # the guide's reverse: the family the notes name ("AI/ML services") makes the meaning point at one service
    assert (reverse.front, reverse.back) == ("AI/ML services: which one is the foundation model service?", "Bedrock")
    sagemaker = at_line(seed("003"), 88)
    assert [n.front for n in sagemaker] == ["What is SageMaker?"]  # "build/train/deploy ML models" is no service


def test_reading_assignments_links_and_schedules_are_not_cards():
    ex = seed("000")
    assert (explain(ex, 30).outcome, explain(ex, 30).rule) == ("skipped", "reading")
    slo = seed("002")
    assert (explain(slo, 121).outcome, explain(slo, 121).rule) == ("skipped", "link-only")
    plan = seed("001")
    assert explain(plan, 161).rule == "time-budget"
    assert explain(plan, 129).rule == "empty-heading"


def test_days_schedule_is_repaired_and_its_principles_named():
    ex = seed("001")
    line = explain(ex, 159)
    assert "Days 1–7" in line.text and "â€" not in line.text
    [note] = at_line(ex, 159)
    assert note.front == "Which six architectural principles?"
    assert note.back.splitlines() == ["- SOLID", "- DRY", "- KISS", "- YAGNI", "- SoC", "- DDD"]
    assert "schedule" in line.detail


def test_acronym_expansions_are_found_in_headings_and_lines():
    notes = {n.front: n.back for ex in (seed("002"), seed("004")) for n in ex.notes if n.kind == NoteKind.ACRONYM}
    assert notes["What does ADR stand for?"] == "Architecture Decision Record"  # "(ADRs)": one stands for a record
    assert notes["What does IaC stand for?"] == "Infrastructure as Code"
    assert notes["What does AKS stand for?"] == "Azure Kubernetes Service"


def test_arrow_flows_become_ordered_sequences_not_rules():
    [note] = at_line(seed("002"), 284)
    assert note.kind == NoteKind.SEQUENCE
    assert note.front == "Narrative Outline: the 5 steps in order?"
    assert note.back == "Problem → Impact → Options → Recommendation → Ask"


def test_when_to_use_and_generic_labels_take_the_section_as_context():
    fronts = {n.front for n in seed("002").notes}
    assert "When to use Architecture Decision Records (ADRs)?" in fronts
    assert "Architecture Decision Records (ADRs) — purpose?" in fronts
