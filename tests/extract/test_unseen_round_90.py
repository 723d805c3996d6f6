"""Patterns found by grading cards from documents the extractor had never seen (session 15: holdout rounds 90
and later). Each test states the general shape in made-up notes, never a line of the graded documents."""

from tests.extract.extract_helpers import fronts


def _numbers(body: str) -> set[str]:
    return fronts("# Notes\n\n" + body, "number-cloze")


def test_every_made_up_scenario_opener_holds_its_numbers_to_that_scenario():
    # one list of openers for numbers, clozes and tables: "Let's imagine", "Given that", "Supongamos"
    for opener in ("Let's imagine", "Given that", "Supongamos que", "Say"):
        assert not _numbers(f"- {opener} 4,000 writes per second reach one shard.\n"), opener
    assert _numbers("- One shard takes about 4,000 writes per second.\n")


def test_a_table_under_any_made_up_scenario_opener_is_that_examples_data():
    # "Given that …", "Consider a shop …", "Let us imagine …" over a table of rows: one example's data, no cards
    table = "\n\n| order | customer | total |\n|---|---|---|\n| 17 | Ada | 40 EUR |\n| 18 | Bob | 12 EUR |\n"
    for opener in ("Given that the orders table holds these rows:", "Consider a shop whose orders table holds:",
                   "Let us imagine this orders table:"):
        assert not fronts(f"# Orders\n\n{opener}{table}", "table"), opener
    levels = "\n\n| level | prevents |\n|---|---|\n| Read committed | dirty reads |\n| Serializable | write skew |\n"
    assert fronts(f"# Isolation\n\nThe isolation levels:{levels}", "table")


def test_a_labelled_line_with_its_list_on_the_next_line_titles_that_list():
    # "Lock granularity: the sizes a lock can take" then "- row: …" at once: the items are kinds of granularity,
    # not of the heading ("Isolation levels: Row?" would ask the wrong question)
    text = ("# Isolation levels\n\nSome words on isolation.\n\nLock granularity: the sizes a lock can take\n"
            "- row: only the rows a statement touches are locked\n- table: the whole table is locked at once\n")
    got = fronts(text, "labelled-fact")
    assert "Lock granularity: Row?" in got and not any(f.startswith("Isolation levels:") for f in got), got
