from srs.extract import extract
from tests.extract.extract_helpers import notes


def test_condition_action_with_subject_carried_to_the_next_clause():
    found = notes("- Burn Rate Rule: If burn rate >14 over 1h → page; >2 over 6h → investigate.\n", "rule")
    assert [(n.front, n.back) for n in found] == [
        ("Burn Rate Rule: burn rate >14 over 1h → ?", "page"),
        ("Burn Rate Rule: burn rate >2 over 6h → ?", "investigate"),
    ]


def test_flow_is_one_ordered_sequence_never_a_rule():
    ex = extract("- Request path: client → Route53 → ALB → ECS → RDS\n")
    assert not [n for n in ex.notes if n.rule == "rule"]
    [seq] = [n for n in ex.notes if n.rule == "sequence"]
    assert seq.front == "Request path: the 5 steps in order?"
    assert seq.back == "client → Route53 → ALB → ECS → RDS"


def test_calculations_with_arrows_are_not_flows():
    assert not notes("- CPU: 60% util → 50 cores → 13 nodes\n", "sequence")


def test_arrows_inside_parentheses_are_not_rules():
    assert not notes("- Compliance (PCI, SOC2, HIPAA → awareness only)\n", "rule")
