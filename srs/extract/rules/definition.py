"""Definition: ``X = Y``, ``X: a Y that …``, ``X is a Y …``, ``X — Y`` → "X?" / Y.

Short term and short meaning read well both ways, so the note is reversible
(front is the bare term: the reverse card asks for it from the meaning).
"""

from __future__ import annotations

import re

from srs.core.notes import NoteKind
from srs.extract.drafts import draft
from srs.extract.model import Claim, Doc, Unit
from srs.extract.text import capitalize, cjk_share, sentences, split_items, tidy, word_count

RULE = "definition"
MAX_TERM_WORDS = 5
_EQUALS = re.compile(r"^(?P<term>[^=<>!]{1,60}?)\s+=\s+(?P<meaning>[^=]+)$")
_IS_A = re.compile(r"^(?P<term>[A-Z`][\w`./+#-]*(?:\s+[\w`./+#()-]+){0,3}?)\s+(?:is|are)\s+(?P<meaning>(?:a|an|the)\s+.+)$")
_MEANS = re.compile(r"^(?P<term>[A-Z`][\w`./+#-]*(?:\s+[\w`./+#()-]+){0,3}?)\s+(?:means|refers to|is defined as|denotes|stands for)\s+(?P<meaning>.+)$")
_DASH = re.compile(r"^(?P<term>[^—–]{1,50}?)\s+[—–]\s+(?P<meaning>.+)$")
_PARTS_OF = re.compile(r"\b(?:includes?|including|contains?|consists? of|has|have|comprises?)\s*:?$", re.IGNORECASE)
_CONSISTS = re.compile(r"^(?P<article>[Aa]n?\s+|[Tt]he\s+)?(?P<term>[A-Z`][\w`./+#-]*(?:\s+[\w`./+#-]+){0,3}?)\s+"
                       r"(?:consists of|is made up of|is composed of|comprises)\s+(?P<meaning>.{3,})$")
_ARTICLE = re.compile(r"^(?:a|an|the)\s+(?=\S)", re.IGNORECASE)
_KANA = re.compile(r"[\u3040-\u30ff]")
# "XとはYのことです。" / "X是指Y。" "X是一种Y。": the defining shapes of Japanese and Chinese prose
_JA_TOWA = re.compile(r"^(?P<term>[^、。「」]{1,24}?)\s*とは[、,]?\s*(?P<meaning>[^。]{2,}?(?:のこと|を指し|を指す|をいい|をいう|です|である)[^。]*。?)$")
_ZH_IS = re.compile(r"^(?P<term>[^，。、：]{1,20}?)\s*(?:是指|指的是|就是指|即|是(?=一种|一个|一类))\s*(?P<meaning>[^。]{2,}。?)$")
_ARTICLE_START = re.compile(r"^(?:a|an|the)\s+\w+", re.IGNORECASE)
_REVERSE_MAX_WORDS = 10
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|gets?|can|will|must|should|does|do|becomes?)\b", re.IGNORECASE)


def apply(u: Unit, doc: Doc) -> Claim | None:
    found = _definition(u)
    if found is None:
        return None
    term, meaning = found
    if not meaning.startswith(_PARTS):
        term = _ARTICLE.sub("", term)  # "A Tree is …" defines "Tree"
    if not _term_ok(term) or not meaning or word_count(meaning) > 60:
        return None
    if cjk_share(term + meaning) > 0.3:
        front = f"{term}とは？" if doc.language == "ja" or _KANA.search(meaning) else f"什么是{term}？"
        return Claim(RULE, [draft(u, NoteKind.DEFINITION, RULE, front, meaning)], detail=f"definition of {term}")
    # No reverse card: a meaning read back ("The port(s) affected by the rule" → ?) is trivial or ambiguous.
    asked = f"What does {term} consist of?" if meaning.startswith(_PARTS) else f"What is {term}?"
    note = draft(u, NoteKind.DEFINITION, RULE, asked, capitalize(meaning.removeprefix(_PARTS)))
    return Claim(RULE, [note], detail=f"definition of {term}")


def _definition(u: Unit) -> tuple[str, str] | None:
    text = u.plain
    if not text.isascii() and cjk_share(text) > 0.3:
        if u.label:
            return None
        for sentence in sentences(text)[:4]:  # the sentence of a paragraph that defines a term
            m = _JA_TOWA.match(sentence) or _ZH_IS.match(sentence)
            if m:
                return tidy(m.group("term")), m.group("meaning").strip()
        return None
    m = _EQUALS.match(text) if not u.label else None  # "Little's law: L = λ × W" is a labelled formula
    if m and not re.search(r"\d", m.group("term")):
        return tidy(m.group("term")), tidy(m.group("meaning"))
    if u.in_list and _PARTS_OF.search(u.list_title or ""):
        return None  # "Each rule includes:" then "Protocol: the protocol number": fields of one thing, not terms
    if u.label and u.body and _ARTICLE_START.match(u.body) and not u.body.endswith("?") and not _names(u.body):
        head = re.split(r"[;.]\s", u.body, maxsplit=1)[0]
        if not _VERB.search(head):  # "a named, partitioned log", not "the cache is updated on write"
            return u.label, tidy(u.body)
    if u.label:
        return None
    m = _IS_A.match(text) or _MEANS.match(text) or _DASH.match(text)
    if m is None and len(parts := sentences(text)) > 1:  # the sentence of a paragraph that defines a term
        for sentence in parts[:4]:
            m = _IS_A.match(sentence.rstrip(".")) or _MEANS.match(sentence.rstrip("."))
            if m:
                break
    if m:
        meaning = sentences(m.group("meaning"))
        return tidy(m.group("term")), tidy(meaning[0] if meaning else m.group("meaning"))
    c = _CONSISTS.match(sentences(text)[0] if text else "")
    if c and c.group("term").split()[0].lower() not in _POINTERS:  # "A Kubernetes cluster consists of 1 or more …"
        article = (c.group("article") or "").lower()
        return article + tidy(c.group("term")), _PARTS + tidy(c.group("meaning"))
    return None


_PARTS = "\x00consists of "  # a composition ("A cluster consists of nodes …"), marked by _definition


_POINTERS = frozenset("each every this that these those all any some it they".split())


def _names(text: str) -> bool:
    """ "A Cloud Guru, Cloud Academy, Linux Academy": a list of names, not a meaning."""
    items, _ = split_items(text)
    return len(items) >= 3 and all(i[:1].isupper() for i in items)


def _term_ok(term: str) -> bool:
    if re.search(r"\s(?:usually|often|typically|generally|always|sometimes|normally|also|only|really)$", term, re.I):
        return False  # "Strong consistency usually means …": how it is done, not what it is
    return 0 < word_count(term) <= MAX_TERM_WORDS and not term.endswith("?") and not term.lower().startswith(("if ", "when "))
