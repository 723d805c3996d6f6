"""Emphasis cloze: the term the author set in bold or italics, in a sentence that states something."""

from srs.core.cloze import cloze_numbers, render_front
from srs.extract import extract
from tests.extract.extract_helpers import notes, one


def test_an_emphasised_term_in_a_statement_is_clozed():
    note = one("A *write-ahead log* is appended before the data pages are changed.\n", "emphasis-cloze")
    assert render_front(note.front, 1) == "A [...] is appended before the data pages are changed."


def test_japanese_and_chinese_statements_get_the_same_language_neutral_cloze():
    ja = one("`var` で宣言された変数のスコープは *関数スコープ* になります。\n", "emphasis-cloze")
    assert "{{c1::関数スコープ}}" in ja.front and "What" not in ja.front
    zh = one("HTTP 协议本身是 **无状态的（stateless）**。\n", "emphasis-cloze")
    assert cloze_numbers(zh.front) == [1]


def test_stress_labels_questions_variables_and_pointing_sentences_make_no_card():
    for text in ("Do **not** use this in production.\n",
                 "**Latency** is the time between request and response.\n",  # a label: the definition rule's
                 "Is a *write-ahead log* appended first?\n",
                 "The function returns **`acc + n`** here, so the sum grows.\n",
                 "This is called a **typestate pattern**.\n",
                 "関数の戻り値は変更することが **できます** 。\n"):
        assert notes(text, "emphasis-cloze") == [], text


def test_an_answer_shown_elsewhere_in_the_sentence_is_trivial():
    ex = extract("名前付きインポートは *分割* に似ていますが、分割と同じものではありません。\n")
    assert ex.notes == [] and ex.lines[0].rule == "trivial"


def test_a_bold_lead_that_does_something_is_clozed():
    text = "## Warehouse schemas\n\n- **Star schema** has a fact table and multiple dimension tables\n- other\n"
    note = one(text, "emphasis-cloze")
    assert note.front == "{{c1::Star schema}} has a fact table and multiple dimension tables"
    assert not [n for n in notes("- **Star schema**, with notes below\n") if n.rule == "emphasis-cloze"]
