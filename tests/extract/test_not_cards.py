"""Study-plan logistics are not cards; each skipped line says why."""

import pytest

from srs.extract import extract

CASES = [
    ("- **Read**: `01_AWS_FOUNDATIONS.md`, `03_NETWORKING_VPC.md`", "reading"),
    ("- `notes/kafka.md`", "file-name"),
    ("- [ ] Finish chapter 3", "checkbox"),
    ("- [x] Watch the Raft talk", "checkbox"),
    ("- https://sre.google/sre-book/ (SLO fundamentals)", "link-only"),
    ("- [Raft paper](https://raft.github.io/raft.pdf)", "link-only"),
    ("  - 30 min theory, 30 min applying principles to small problems.", "time-budget"),
    ("- **Days 8–14:** Layered & Monolithic Architectures", "schedule"),
    ("- **Milestones:** finish three designs", "study-plan"),
    ("This plan focuses on depth and breadth.", "meta"),
    ("Would you like further assistance?", "meta"),
    ("- Explore the Azure portal and CLI.", "study-task"),
]


@pytest.mark.parametrize(("text", "reason"), CASES)
def test_logistics_lines_are_skipped_with_a_reason(text, reason):
    ex = extract(text + "\n")
    assert ex.notes == []
    assert (ex.lines[0].outcome, ex.lines[0].rule) == ("skipped", reason), ex.lines[0]
    assert ex.lines[0].detail


def test_empty_headings_and_separators():
    ex = extract("# Plan\n\n## Schedule\n\n---\n\n## Topics\n\n- **Raft**: leader-based consensus\n")
    assert [(ln.outcome, ln.rule) for ln in ex.lines[:5]] == [
        ("context", "heading"), ("blank", "blank"), ("skipped", "empty-heading"), ("blank", "blank"), ("skipped", "separator"),
    ]


def test_milestone_items_offer_the_tradeoffs_they_name_as_suggestions():
    ex = extract("**Milestones:**\n\n- Document trade-offs between Azure App Service and AKS.\n")
    assert ex.notes == [] and ex.lines[2].rule == "unanswered"  # no answer in the notes, outside a drills section
    [suggested] = ex.suggestions
    assert suggested.note.tradeoff == "aks|azure app service"


def test_a_tradeoff_a_bundled_card_answers_is_kept_outside_drills():
    ex = extract("## Data\n\n- SQL vs NoSQL\n")
    assert [n.tradeoff for n in ex.notes] == ["nosql|sql"]
