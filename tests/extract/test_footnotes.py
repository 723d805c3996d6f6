"""Footnote numbers pasted onto words are removed; names and placeholders that end in digits stay."""

from srs.extract.footnotes import strip
from tests.extract.extract_helpers import notes

BOOK = """# Notes

* A vector clock4 is a logical clock that orders events.
* Optimistic concurrency control8(OCC) lets a transaction write to a private workspace.
* Transport Layer Security1 (TLS) encrypts the channel.
* Load balancing4 spreads requests.
* Route53 is the DNS service; Base64 is an encoding.
"""


def test_pasted_footnote_numbers_leave_the_terms_of_a_book_summary():
    fronts = {n.front for n in notes(BOOK)}
    assert "What is a vector clock?" in fronts
    text = "\n".join(strip(BOOK.splitlines(), [False] * len(BOOK.splitlines())))
    assert "control(OCC)" in text and "Security (TLS)" in text and "balancing spreads" in text
    assert "Route53" in text and "Base64" in text


def test_placeholders_names_code_and_links_keep_their_digits():
    lines = ["SELECT column1, column2 FROM t WHERE condition1 AND condition2",
             "Use `clock4` in code and see [notes](https://x.org/level101) and level101 again: level101",
             "Salsa20 is a cipher; timeouts3 happen; retries5 too; quorum2 as well"]
    out = strip(lines, [False] * 3)
    assert out[:2] == lines[:2]
    assert out[2] == "Salsa20 is a cipher; timeouts happen; retries too; quorum as well"
    few = ["Only timeouts3 here and retries5 there."]
    assert strip(few, [False]) == few  # two glued words are no evidence of pasted footnotes
