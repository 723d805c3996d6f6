"""What the checks read off a card: its sides, the term it asks about, word classes."""

from __future__ import annotations

import re

from srs.core.cloze import strip_cloze
from srs.core.notes import NoteDraft, Template
from srs.extract import rx

# Words that stand in for a term without naming it: "What is This?", "There?"
PLACEHOLDERS = frozenset(
    "this that these those it its they them there here he she we you i one ones such which what who whom above "
    "below following former latter other others both each all some any thing things stuff etc e.g i.e eg ie ex ex. nb "
    "so then also yes no ok is are was were be been not não nao nicht non nunca never jamais".split()
)
# A title that starts with one of these was cut from a sentence ("In a distributed system", "If the …").
LEADING_FRAGMENT = frozenset(
    "in on at for if when while whereas to with by from and but or so because although though once after before "
    "since unless until as than of into onto via per about like then also whether more less most least "
    "e.g i.e eg ie nothing something everything anything none assume suppose given consider let though even "
    "however yet still thus hence therefore simultaneously meanwhile afterwards later finally now "
    "usually often typically generally normally sometimes mostly mainly frequently rarely "
    # the same for notes in German, French, Spanish, Portuguese, Italian ("oder, falls READY = Ø")
    "oder und aber wenn falls dass weil ou et mais quand lorsque pero cuando porque quando perché se si "
    # and their prepositions of place ("En criptografía es un valor …": where it holds, no term)
    "en dans em nel nella im beim durante pendant "
    # a subject pronoun starts a clause, not a term ("Ele consistem em quatro camadas")
    "ele ela eles elas él ella ellos ellas il elle ils elles "
    "если когда но и или что чтобы потому поэтому также это он она они оно "
    # a preposition starts a place, not a term ("Inside the process directory is …")
    "inside outside within during through throughout without beyond across behind among underneath upon".split()
)
# … or ends with one of these ("Clarify with your interviewer if", "Trade-offs of the").
TRAILING_FRAGMENT = frozenset(
    "a an the of to in on at for with by from and or but if that which who when whether than as is are was were "
    "be been your our their its this these those e.g i.e such like including via per between into onto e.g. i.e. "
    "has have can will would should must may might not "
    # the same in Portuguese, Spanish, French, German ("Sintaxe básica é", "Basiert auf")
    "é são em de da das dos para por en sont pour par avec ist sind von für auf".split()
)
QUESTION = re.compile(
    r"^(?:what|which|who|whom|whose|why|how|where|when\s+(?:to|do|does|did|should|would|is|are|can|will)|"
    r"is|are|does|do|did|can|should|would|will|in what|on what)\b",
    re.IGNORECASE,
)
_WHICH_TAIL = re.compile(r"\s*(?:—|:)\s*(?:which|what are the)\b[^?]*\?$", re.IGNORECASE)  # "X — which 3?"
_WHICH_HEAD = re.compile(r"^(?:which|what are the)\s+(?:\w+\s+)?", re.IGNORECASE)  # "Which three X?"
COUNT_CUE = re.compile(r"\s*[(（]\d+[)）]\s*[?？]?\s*$")
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)


def sides(note: NoteDraft) -> tuple[str, str]:
    """(front, back) as plain text: a cloze note reads as its full sentence."""
    if note.template == Template.CLOZE:
        return strip_cloze(note.front), note.back
    return note.front, note.back


def title_of(front: str) -> str:
    """The naming part of a cue: "Caching strategies (4)?" → "Caching strategies"."""
    text = COUNT_CUE.sub("", front).strip()
    text = _WHICH_TAIL.sub("", text)
    text = _WHICH_HEAD.sub("", text)
    return text.rstrip("?？:： ").strip()


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def asked_term(note: NoteDraft) -> str | None:
    """The term a definition-like front asks about ("What is X?", "X?", a bare "X"), else None."""
    if note.template == Template.CLOZE:
        return None
    front = note.front.strip()
    m = rx.match(r"^(?:what|who)\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(.+?)\s*[?？]$", front, re.IGNORECASE)
    if m:
        return m.group(1)
    m = rx.match(r"^what\s+does\s+(.+?)\s+(?:stand for|mean)\s*[?？]$", front, re.IGNORECASE)
    if m:
        return m.group(1)
    m = rx.match(r"^(?:什么是|何が)(.+?)\s*[?？]$|^(.+?)(?:とは|是什么)\s*[?？]$", front)
    if m:
        return m.group(1) or m.group(2)
    m = rx.match(r"^when to (?:use|choose|pick|prefer)\s+(.+?)\s*[?？]$", front, re.IGNORECASE)
    if m:
        return m.group(1)  # "When to use these?" asks about a placeholder too
    if QUESTION.match(front) or COUNT_CUE.search(front):
        return None
    body = front.rstrip("?？").strip()
    return body if 0 < len(words(body)) <= 5 else None


def in_order(letters: str, text: str) -> bool:
    """The letters stand in ``text`` in their order ("mx" in "mailexchange", "syn" in "synchronize")."""
    it = iter(text)
    return all(ch in it for ch in letters)
