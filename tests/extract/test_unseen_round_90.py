"""Patterns found by grading cards from documents the extractor had never seen (session 15: holdout rounds 90
and later). Each test states the general shape in made-up notes, never a line of the graded documents."""

from tests.extract.extract_helpers import fronts, notes


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


def test_a_title_in_japanese_brackets_keeps_both_brackets_in_the_context_line():
    # "# 『ネットワーク』ノート": dropping only the opening bracket leaves a stray "』" on every card of the document
    for note in notes("# 『ネットワーク』ノート\n\n## ルータ\n\n**ルータ**は、異なるネットワーク同士を中継する機器。\n"):
        assert note.context.startswith("『ネットワーク』ノート"), note.context


def test_code_in_a_heading_keeps_its_asterisks():
    # "## Functions with `*args` and `**kwargs`": the ** is Python, not bold markup
    for note in notes("# Python\n\n## Functions with `*args` and `**kwargs`\n\n"
                      "- Positional-only: parameters before a `/` cannot be passed by keyword.\n"):
        assert "`**kwargs`" in note.context, note.context


def test_a_japanese_definition_is_not_cut_where_de_means_by_doing():
    # "Xは、…をすることで、…になる現象。": the clause before "ことで、" (by doing) is not what X is
    text = ("# 用語\n\n**スラッシング**は、メモリが足りずにページの入れ替えを頻繁に繰り返すことで、"
            "処理がほとんど進まなくなる現象。\n")
    assert all(not n.back.endswith("こと。") for n in notes(text)), [n.back for n in notes(text)]
    # a noun before で、 is a copula: "Xは、Yの単位で、…" still says what X is
    unit = "# 用語\n\n**ページ**は、仮想メモリを管理するための固定長の単位で、通常は4KBの大きさを持ち、物理メモリのフレームに対応する。\n"
    assert [n.back for n in notes(unit)] == ["仮想メモリを管理するための固定長の単位。"]
