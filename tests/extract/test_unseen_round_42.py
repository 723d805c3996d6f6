"""Patterns found by grading cards from documents the extractor had never seen (session 11: holdout rounds 42
and later). Each test states the general shape in made-up notes, never a line of the graded documents."""

from tests.extract.extract_helpers import notes


def fronts(text: str, rule: str | None = None) -> set[str]:
    return {n.front for n in notes(text, rule)}


def test_a_constraint_column_is_no_cons_column():
    # "Constraint | Benefit" pairs each row; only "Pros | Cons" holds two lists side by side
    text = ("# Storage choices\n\n| Constraint | Benefit |\n|---|---|\n| Write-once media | Tamper evidence for audit logs |\n"
            "| Cold storage tier | Cheapest price per gigabyte |\n\n| Pros | Cons |\n|---|---|\n| fast | costly |\n"
            "| simple | rigid |\n")
    got = fronts(text, "table")
    assert "Write-once media — benefit?" in got
    assert not any(f.lower().startswith(("fast", "simple")) for f in got)


def test_a_keyword_in_capitals_is_a_name_not_a_cut_sentence():
    # "like", "by", "in" end or start cut sentences; "LIKE", "ORDER BY", "IN" are the keywords a cheat sheet explains
    text = ("## Query clauses\n\n### **LIKE**: operator used in a WHERE clause to search for a pattern\n\n"
            "- `SELECT * FROM t WHERE name LIKE 'a%';`\n\n### **ORDER BY**: used to sort the result in ascending or "
            "descending order\n\n- `SELECT * FROM t ORDER BY name;`\n\n- CAP theorem, which can be summarized as: "
            "pick two of three\n")
    got = fronts(text, "labelled-fact")
    assert {"LIKE?", "ORDER BY?"} <= got
    assert not any("summarized" in f for f in got)
