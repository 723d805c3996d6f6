"""Note drafts: what the extractor and the importers hand to the service.

A *note* is one fact; it yields one or more *cards* (a cloze note yields one
card per cloze number, a reversible note yields two). A draft carries no
database identity: the service matches it to stored notes by ``key`` first,
then by similarity within the same source.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

CONTEXT_SEP = " › "


def context_line(deck: str, heading_path: Sequence[str]) -> str:
    """The line above a card: its deck, then its headings, as plain text ("Chapter 2. `auto`" shows as "Chapter 2. auto":
    the line is drawn as text, where a code span's backticks would stand as debris)."""
    return _CODE_SPAN.sub(r"\1", CONTEXT_SEP.join([deck.replace("::", CONTEXT_SEP), *heading_path]))


_CODE_SPAN = re.compile(r"`+([^`\n]+?)`+")
# The back shown for an imported Anki note whose answer field is empty (a card needs two
# sides); an export writes the field empty again, as it came.
NO_ANSWER = "(no answer in the Anki note)"


class Template(StrEnum):
    """How a note becomes cards."""

    BASIC = "basic"  # front/back, one card (two when ``reverse``)
    CLOZE = "cloze"  # text with {{cN::...}}; one card per cloze number


class NoteKind(StrEnum):
    """What kind of knowledge a note holds (shown to the user, searchable)."""

    QA = "qa"  # explicit Q:/A: or front :: back
    CLOZE = "cloze"  # explicit cloze
    FACT = "fact"  # labelled fact: **Label**: text
    DEFINITION = "definition"
    ENUMERATION = "enumeration"  # one item of a list, or "name all N"
    TRADEOFF = "tradeoff"
    RULE = "rule"  # condition → action
    SEQUENCE = "sequence"  # a flow a → b → c
    NUMBER = "number"  # cloze on a number
    DRILL = "drill"  # self-graded prompt
    BOOK = "book"
    ACRONYM = "acronym"


@dataclass(frozen=True, slots=True)
class NoteDraft:
    """One note as read from a source, before it is stored."""

    kind: NoteKind
    rule: str  # name of the rule that made it, e.g. "labelled-fact", "explicit-qa"
    front: str  # markdown; for CLOZE templates the text with {{cN::...}}
    back: str = ""  # markdown; for CLOZE templates the optional extra
    template: Template = Template.BASIC
    reverse: bool = False  # BASIC only: also make a back → front card
    heading_path: tuple[str, ...] = ()
    line: int = 0  # 1-based line in the source
    tags: tuple[str, ...] = ()
    deck: str | None = None  # from front matter, or None for the import's deck
    tradeoff: str | None = None  # tradeoff_key() when the note is or names a tradeoff
    answered: bool = True  # False for a tradeoff/drill whose notes give no answer
    extra: dict[str, str] = field(default_factory=dict)  # e.g. source_uri for media

    @property
    def key(self) -> str:
        """Stable identity within a source: kind + normalized front."""
        basis = f"{self.template}|{normalize(self.front)}"
        return hashlib.blake2b(basis.encode(), digest_size=10).hexdigest()

    @property
    def content_hash(self) -> str:
        basis = "\x1f".join(
            [self.kind, self.rule, self.front, self.back, str(self.reverse),
             CONTEXT_SEP.join(self.heading_path), " ".join(self.tags), self.deck or "",
             self.tradeoff or ""]
        )
        return hashlib.blake2b(basis.encode(), digest_size=16).hexdigest()

    @property
    def context(self) -> str:
        return CONTEXT_SEP.join(self.heading_path)


_WS = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


# ASCII that is neither a word character nor whitespace (what _PUNCT matches there) → a space
_ASCII_PUNCT = bytes(32 if c < 128 and not (chr(c).isalnum() or chr(c) == "_" or chr(c).isspace()) else c
                     for c in range(256))


def normalize(text: str) -> str:
    """Case-, width-, punctuation- and whitespace-insensitive form of a text."""
    if text.isascii():  # the same result with a byte table instead of Unicode tables and regexes: 5x faster
        return " ".join(text.encode().translate(_ASCII_PUNCT).decode().lower().split())
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _PUNCT.sub(" ", text)
    return _WS.sub(" ", text).strip()


_VS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)


def tradeoff_key(text: str) -> str | None:
    """``"SQS vs SNS vs EventBridge"`` → ``"eventbridge|sns|sqs"`` (order-free).

    Returns None when the text does not name at least two options.
    """
    parts = [normalize(p) for p in _VS.split(text)]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return None
    return "|".join(sorted(set(parts)))
