"""normalize(): the ASCII shortcut gives what the general Unicode path gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from srs.core import notes
from srs.core.notes import normalize


def general(text: str) -> str:
    """The Unicode path, for any text."""
    text = notes.unicodedata.normalize("NFKC", text).casefold()
    text = notes._PUNCT.sub(" ", text)
    return notes._WS.sub(" ", text).strip()


@settings(max_examples=500)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_shortcut_matches_the_unicode_path(text: str) -> None:
    assert normalize(text) == general(text)


def test_what_normalizing_ignores() -> None:
    assert normalize("  SQS vs. SNS\t—\x1fEventBridge!! ") == "sqs vs sns eventbridge"
    assert normalize("Ｆｕｌｌ-width, snake_case") == normalize("full width snake_case") == "full width snake_case"
