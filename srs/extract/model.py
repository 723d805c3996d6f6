"""What the extractor reads (lines, blocks, units) and what it hands back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from srs.core.notes import NoteDraft

# LineNote outcomes
CARD, SKIPPED, BLANK, CONTEXT, PART = "card", "skipped", "blank", "context", "part"


@dataclass
class LineNote:
    """What became of one source line (``srs import --explain``)."""

    line: int  # 1-based
    text: str
    outcome: str  # card | skipped | blank | context (a heading) | part (used by another line's rule)
    rule: str  # rule(s) that made cards, or the reason a line was skipped
    detail: str  # human-readable explanation


@dataclass
class Extraction:
    notes: list[NoteDraft]
    lines: list[LineNote]
    front_matter: dict[str, Any]
    warnings: list[str]
    suggestions: list[Suggestion] = field(default_factory=list)


@dataclass
class Line:
    """One source line of inline markdown, as markdown-it tokenized it."""

    no: int  # 1-based source line
    md: str  # the inline markdown as written (list marker and indentation removed)
    tokens: list[Any] = field(default_factory=list)  # markdown-it inline children for this line
    hard_break: bool = False  # the line ends in a hard break (two spaces or a backslash): the author's own line end


@dataclass
class Block:
    """A block of the document tree built from markdown-it's token stream."""

    kind: str  # heading | paragraph | list | item | code | table | hr | html | quote
    start: int  # first source line (1-based)
    end: int  # last source line (inclusive)
    lines: list[Line] = field(default_factory=list)  # heading / paragraph / item's own text
    children: list[Block] = field(default_factory=list)
    level: int = 0  # heading level
    ordered: bool = False  # list
    rows: list[list[list[Line]]] = field(default_factory=list)  # table: rows of cells (header first)
    info: str = ""  # code: the fence's info string


@dataclass
class Unit:
    """One piece of text a line rule looks at: a paragraph line group or a list item's text."""

    no: int  # its first source line
    lines: list[int]  # every source line it covers
    md: str  # inline markdown, lines joined with spaces
    plain: str  # markdown noise removed (code kept as `code`)
    label: str | None  # a lead label (``**Label**:`` or ``Label:``), plain
    body: str  # plain text after the label (all of ``plain`` when there is no label)
    bold_label: bool  # the label was bold in the source
    links: int  # number of links / bare URLs
    link_text_only: bool  # nothing but links (and a parenthetical description)
    emphasis_lead: str | None  # a leading emphasised span (a title such as _Book Title_)
    first_bold: str | None  # the first bold span anywhere
    path: tuple[str, ...] = ()  # heading path (context)
    section: str = ""  # nearest context title, lowercased (e.g. "drills", "books")
    sections: tuple[str, ...] = ()  # every context title, lowercased
    in_list: bool = False
    ordered: bool = False
    children: list[Block] = field(default_factory=list)  # nested blocks of a list item
    list_title: str = ""  # the list's title (lead-in, parent item or heading), for item cues
    lead_text: str = ""  # the whole text that introduces the list (a lead-in line or the parent item)
    index: int = 0  # 1-based position in its list
    count: int = 0  # items in its list
    previous: str | None = None  # the previous item's key (its label or short text)
    repeated: bool = False  # another item of the same list has the same key ("`Pro`: …" five times)
    shared_value: bool = False  # another item of the same list has the same short value ("Balanced: SSD", "Extreme: SSD")
    positional: bool = False  # the list wants one card per item, cued by position
    after_heading: str = ""  # the heading this paragraph directly follows (its first paragraph)
    whole_section: bool = False  # ... and it is all the section holds (the next block is a heading, or none)
    example: bool = False  # an item of a list that shows one example's data (see walker.list_block)
    captions: str = ""  # the code block right under this paragraph, or right above its block: the example it explains


@dataclass
class Checklist:
    """A list that can serve as the back of a drill ("Core deliverable" …)."""

    title: str
    lead: str
    line: int
    keys: list[str]
    ordered: bool


@dataclass
class Doc:
    """What rules may know about the whole document."""

    checklists: list[Checklist] = field(default_factory=list)
    sample_tables: set[int] = field(default_factory=set)  # first lines of tables of one example database (table_samples)
    quizzes: set[str] = field(default_factory=set)  # quiz questions whose options are marked ("iaas [correct]"), lowercased
    language: str = ""  # "ja", "zh", "fr", "es", "pt", "de", "it" (srs.extract.languages.detect); "" for English
    # How often each emphasised term (lowercased) is emphasised in the whole document (rules.emphasis.counts)
    emphasised: dict[str, int] = field(default_factory=dict)
    corrections: bool = False  # the author marks edits: struck words, then the emphasised words that replace them
    # Whether the bundled decks answer a tradeoff key (the pipeline, srs.extract.extractor, passes its lookup in:
    # the critic reading them itself would import the pipeline that imports the critic).
    bundled_answer: Callable[[str], bool] = field(default=lambda _key: False)
    # How often lines are labelled by a statement's kind ("statement": "Lemma:", "Def:") or by a numbered word
    # ("attack": "Attack 2:"), from critic.series_label.count_labels
    labels: dict[str, int] = field(default_factory=dict)
    deck: str = ""  # the deck the cards go to (front matter, or the file's name): the review screen shows it first


@dataclass
class Suggestion:
    """A draft the critic dropped that still holds knowledge: offered, never scheduled."""

    note: Any  # NoteDraft
    check: str
    detail: str


@dataclass
class Claim:
    """A rule's verdict on a unit: the notes it made and what it consumed."""

    rule: str
    notes: list[NoteDraft] = field(default_factory=list)
    detail: str = ""
    parts: list[int] = field(default_factory=list)  # other source lines it consumed
    skip: bool = False  # True: the unit is not a card (rule = the skip reason)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (check, why) for each note the critic dropped
    warnings: list[str] = field(default_factory=list)
