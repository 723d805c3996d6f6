"""The critic's checks, one by one: what each drops or repairs, and that --explain names it."""

from __future__ import annotations

import pytest

from srs.core.notes import NoteKind
from srs.extract import extract


def verdict(text: str) -> tuple[list, dict[int, tuple[str, str]]]:
    ex = extract(text)
    return ex.notes, {ln.line: (ln.rule, ln.detail) for ln in ex.lines if ln.text.strip()}


@pytest.mark.parametrize("text, line, check", [
    ("This is a pattern that many teams use for caching.\n", 1, "placeholder-term"),
    ("Another challenge is the communication between the teams.\n", 1, "placeholder-term"),
    ("AP is a good choice if the business needs availability.\n", 1, "placeholder-term"),
    ("## Storage\n\n- **In a distributed system**: data is replicated to three nodes\n", 3, "fragment-front"),
    ("## Configurations\n\nRefer to the security section for the settings.\n", 3, "navigation"),
    ("## Configurations\n\nThe team kept several of them in the repository for years.\n", 3, "heading-front"),
    ("## Security\n\nWe spent two weeks on the rollout and learned a lot about teams.\n", 3, "heading-front"),
    ("## Scale\n\n- How many users will there be?\n", 3, "unanswered"),
    ("## Table of contents\n\n- **Overview**: what this guide covers\n", 3, "navigation"),
    ("## Domain\n\n- **Example file**: create-user.service.ts\n", 3, "navigation"),
    ("## Monitoring\n\n- **Figure 1**: Illustration of a monitoring stack\n", 3, "navigation"),
    ("## Prerequisites\n\n- **Linux**: a Unix-like operating system kernel\n", 3, "meta-section"),
    ("## Lab 2\n\n- Three pods are running after 15 s.\n", 3, "meta-section"),
    ("## Pods\n\n- You can see that 3 pods are running after 15 s.\n", 3, "reader-addressed"),
    ("## Patterns\n\nBehavioral patterns: Strategy, Observer, Command, Iterator, Mediator, Memento, State, Visitor\n",
     3, "oversize"),
    ("## Coin change\n\n### Example - greedy\n\n- The change = four coins of 25, 10, 5 and 1 cents.\n", 5, "example-data"),
])
def test_each_check_drops_what_it_names_and_explain_says_so(text, line, check):
    notes, lines = verdict(text)
    assert notes == []
    assert lines[line][0] == check, lines


def test_a_position_cue_is_never_made_for_an_unordered_list():
    items = "\n".join(f"- {name} is used for {use}" for name, use in
                      [("EBS", "block storage"), ("S3", "objects"), ("EFS", "files"), ("FSx", "Windows shares"),
                       ("Glacier", "archives"), ("Snowball", "transfer"), ("Backup", "backups")])
    notes, _ = verdict(f"## Storage services\n\n{items}\n")
    assert not any("item" in n.front or "comes after" in n.front for n in notes)


def test_a_numbered_sequence_is_cued_by_its_neighbour():
    notes, _ = verdict("## Incident steps\n\n1. Detect the fault\n2. Triage the impact\n3. Mitigate the damage\n")
    fronts = {n.front: n.back for n in notes}
    assert fronts["Incident steps: what comes after “Detect the fault”?"] == "Triage the impact"


def test_a_numbered_list_that_is_no_sequence_gets_no_position_cards():
    notes, _ = verdict("## Advantages\n\n1. The keys are sorted.\n2. Merging is simple.\n3. Writes are sequential.\n")
    assert not any("comes" in n.front for n in notes)


def test_trivial_acronym_under_its_own_heading_keeps_the_parent_context():
    notes, _ = verdict("# Identity\n\n## OpenID Connect (OIDC)\n\nAn identity layer on top of OAuth 2.0.\n")
    [acronym] = [n for n in notes if n.kind == NoteKind.ACRONYM]
    assert acronym.back == "OpenID Connect" and acronym.heading_path == ("Identity",)


def test_an_answer_already_in_the_context_line_is_trivial():
    _, lines = verdict("## Quorum (majority)\n\n- **Quorum**: majority\n")
    assert lines[3][0] == "trivial"


def test_markup_debris_never_reaches_a_card():
    text = ("## Caching\n\n- **Write-through**<sup><a href=\"#fn1\">1</a></sup>: the cache is updated on every write<br/>"
            " :+1:\n- **TTL**: how long an entry lives[^2]\n")
    notes, _ = verdict(text)
    fronts = {n.front: n.back for n in notes}
    assert fronts["Caching: Write-through?"] == "The cache is updated on every write"
    assert fronts["Caching: TTL?"] == "How long an entry lives"
    assert not any(c in side for n in notes for side in (n.front, n.back) for c in ("<", ":+1:", "[^", "#fn"))


def test_latex_and_table_pipes_drop_the_card():
    notes, lines = verdict("## Math\n\n- **Little's law**: $L = \\frac{N}{\\lambda}$\n")
    assert notes == [] and lines[3][0] == "markup-debris"


def test_inline_math_with_a_plain_reading_is_repaired_to_text():
    notes, _ = verdict("## Math\n\n- **Little's law**: $L = \\lambda \\times W$\n")
    assert [n.back for n in notes] == ["L = λ × W"]


def test_dropped_knowledge_is_offered_as_a_suggestion():
    ex = extract("## Scale\n\n- How many users will there be?\n- **Pitfalls**: a; b; c; d; e; f; g; h\n")
    assert {s.check for s in ex.suggestions} >= {"unanswered"}
    assert all(s.note.front for s in ex.suggestions)


def test_japanese_notes_get_japanese_fronts():
    ex = extract("## 用語\n\n分割とは、オブジェクトから値を取り出して新しい変数を作る方法のことです。\n")
    [note] = ex.notes
    assert note.front == "分割とは？" and "What" not in note.front


def test_chinese_notes_get_chinese_fronts_and_no_english_template():
    ex = extract("## 理论\n\nCAP 定理是指分布式系统不能同时满足一致性、可用性和分区容错性。\n\n"
                 "- **优点**：实时性强，延迟极低。\n")
    fronts = [n.front for n in ex.notes]
    assert "什么是CAP 定理？" in fronts
    assert not any(w in f for f in fronts for w in ("What", "item", "which"))


def test_explicit_cards_are_only_cleaned_never_second_guessed():
    ex = extract("Q: What is This?\nA: a placeholder on purpose<br>\n")
    assert [(n.front, n.back) for n in ex.notes] == [("What is This?", "a placeholder on purpose")]
