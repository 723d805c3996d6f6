"""extract() never raises and never yields an empty side, whatever it is given."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srs.extract import extract
from tests.extract.card_checks import problems

FRAGMENTS = [
    "# ", "## ", "### ", "- ", "* ", "1. ", "  - ", "    ", "**", "__", "_", "`", "```", "~~~", "{{c1::", "{{c2::",
    "}}", "::", "==", " :: ", " ::: ", "Q: ", "A: ", " → ", " -> ", " vs ", " vs. ", "|", "| a | b |\n|---|---|\n",
    "---\n", "---\ndeck: x\ntags: [a, b]\n---\n", "(", ")", ": ", "; ", ", ", "\n", "\n\n", "\r\n", "\r", "\t", "\x00",
    "\x0b", "\u2028", "\x1b", "\x7f", "\x07", "\u200b", "{{c1::}}", "{{c1:: ::hint}}", "{{c0::z}}", "â€™", "Ã©", "“", "”", "https://example.com/x", "`a.md`", "[x](y)", "[ ] ", "99.9%", ">14 ",
    "1h", "Days 1–7:", "Label: ", "**Label**: ", "by Martin Kleppmann", "_Title_", "(ABC)", "Long Form Here ",
]

markdownish = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12), st.text(alphabet="ab vs:→(),;-*#", max_size=20)),
    max_size=60,
).map("".join)


def problems_of_emptiness(note):
    return [p for p in problems(note) if "empty side" in p or "hides nothing" in p or p == "no card"]


@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(markdownish)
def test_extract_never_fails_and_cards_have_two_sides(text):
    ex = extract(text)
    assert not [w for w in ex.warnings if w.startswith("extractor error")], ex.warnings
    assert len(ex.lines) == len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    for note in ex.notes:
        assert problems_of_emptiness(note) == [], note
        assert note.line >= 1


@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.text(min_size=1, max_size=3).map(lambda s: s * 4000))
def test_very_long_lines(text):
    ex = extract(text)
    assert not [w for w in ex.warnings if w.startswith("extractor error")]


def test_non_string_and_pathological_inputs():
    for text in ["", "\n" * 50, "{{c1::" * 200, "- " * 3000, "> " * 500 + "x", "(" * 5000, "`" * 999, "|\n" * 300]:
        ex = extract(text)
        assert not [w for w in ex.warnings if w.startswith("extractor error")], (text[:20], ex.warnings)


def test_every_document_of_the_test_corpus_extracts_without_an_extractor_error():
    # a rule or check that raises drops every card of the document (the import goes on, the warning says so):
    # the corpus of real notes must never hit one
    from pathlib import Path
    root = Path(__file__).resolve().parents[1] / "data"
    docs = sorted(root.glob("quality/*.md")) + sorted(root.glob("seeds/*.txt"))
    assert len(docs) >= 10
    for doc in docs:
        ex = extract(doc.read_text(encoding="utf-8"))
        assert not [w for w in ex.warnings if w.startswith("extractor error")], (doc.name, ex.warnings[:2])
