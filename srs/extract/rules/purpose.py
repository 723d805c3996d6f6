"""Purpose: "X is (most commonly) used for Y" → "What is X used for?" / Y.

    OLAP is used for data analytics when we want to access many rows of a few columns.
    → What is OLAP used for? / Data analytics when we want to access many rows of a few columns

The subject must be a named term (a capitalised or code word, at most five
words) and not a pointer ("It is used for …" leans on the sentence before).
"""

from __future__ import annotations

import re

from srs.core.notes import NoteKind
from srs.extract import rx
from srs.extract.drafts import draft
from srs.extract.model import Claim, Doc, Unit
from srs.extract.text import capitalize, sentences, tidy, word_count

RULE = "purpose"
MAX_TERM_WORDS = 5
MAX_ANSWER_WORDS = 30
_USED = re.compile(
    r"^(?P<term>(?:[Aa]n?\s+|[Tt]he\s+)?[A-Z`][\w`./+#'-]*(?:\s+[\w`./+#'-]+){0,4}?)\s+(?P<verb>is|are)\s+"
    r"(?:mainly|mostly|primarily|often|commonly|most commonly|typically|usually|generally|frequently|widely)?\s*"
    r"used\s+(?P<how>for|to)\s+(?P<purpose>.+?)\.?$")
_VERB_LED = re.compile(r"^[A-Z][a-z]+s\s+(?:the|an?|that|all|each|every|only)\s")  # "Ensures the shortest path is used …"
_POINTER = re.compile(r"^(?:an?\s+|the\s+)?(?:this|that|these|those|it|they|such|which|each|both|all|some|one)\b",
                      re.IGNORECASE)


def apply(u: Unit, doc: Doc) -> Claim | None:
    if u.label or u.plain.endswith(("?", "？", ":", "：")):
        return None
    for sentence in sentences(u.plain)[:4]:
        short = _shorthand(u, sentence)
        if short is not None:
            return short
        m = _USED.match(sentence.strip())
        if m is None or _POINTER.match(m.group("term")) or _VERB_LED.match(m.group("term")) or rx.search(r"\s(?:that|which|who)$", m.group("term").strip()):
            continue  # ("Key/value store that is used for …" describes the heading's thing; it names none)
        term = rx.sub(r"^(`[^`]+`)\s+[-–—]\s+([a-z]+)$", r"the \1 \2", tidy(m.group("term")))  # "`VOLUME` - instruction"
        article = rx.match(r"^(?:an?|the)\s+", term, re.IGNORECASE)
        if article:
            term = article.group(0).lower() + term[article.end():]
        purpose = rx.sub(r",?\s+(?:such as|like|including|e\.g\.?|for example|for instance)$", "", tidy(m.group("purpose")))
        purpose = rx.split(r",?\s+and\s+(?:thus|therefore|hence|so)\b|,\s+(?:thus|therefore|hence|so)\b", purpose)[0]  # the
        # purpose, not what follows from it ("… decryption of a message and thus, need to be stored …")
        if word_count(term) > MAX_TERM_WORDS + bool(article) or not 2 <= word_count(purpose) <= MAX_ANSWER_WORDS \
                or rx.search(r"\b(?:is|are) used (?:to|for)\b", purpose):
            continue  # ("… is used to command is used to update …": a line typed twice over, no answer to read)
        name = term.strip("`").split()[-1].strip("`").lower() if not article else term[article.end():].strip("`").lower()
        if rx.search(rf"\b{re.escape(name)}\b", " ".join(purpose.lower().split()[:4])):
            continue  # "`backend` is used to configure which Backend …": the answer leans on the word it defines
        verb = m.group("verb")
        answer = capitalize(purpose) if m.group("how") == "for" else f"To {purpose}"
        note = draft(u, NoteKind.FACT, RULE, f"What {verb} {term} used for?", answer)
        return Claim(RULE, [note], detail=f"what {term} is used for")
    return None


# "Essentially the IN operator is shorthand for multiple OR conditions": what a name abbreviates
_SHORTHAND = re.compile(
    r"^(?:(?i:essentially|basically|in short|simply)\s*,?\s+)?(?P<term>(?:[Tt]he\s+)?[A-Z`][\w`./+#'-]*(?:\s+[\w`./+#'-]+){0,4}?)"
    r"\s+is\s+(?:essentially\s+|basically\s+|just\s+|simply\s+|only\s+)?(?:a\s+)?(?P<kind>shorthand|short)\s+for\s+(?P<what>.+)$")


def _shorthand(u: Unit, sentence: str) -> Claim | None:
    s = _SHORTHAND.match(sentence.strip().rstrip("."))
    if s is None or _POINTER.match(s.group("term")) or word_count(s.group("term")) > MAX_TERM_WORDS + 1 \
            or not 2 <= word_count(s.group("what")) <= MAX_ANSWER_WORDS:
        return None
    term = rx.sub(r"^The\b", "the", tidy(s.group("term")))
    what = rx.split(r",?\s+and\s+(?=(?:refers|means|is|was|stands|describes|denotes)\b)", s.group("what"), maxsplit=1)[0]
    # ('TTY is short for "teletype" and refers to the controlling terminal': the long form ends where the clause starts)
    what = rx.sub(r'^["“](.+)["”]$', r"\1", tidy(what))
    note = draft(u, NoteKind.FACT, RULE, f"What is {term} {s.group('kind')} for?", capitalize(what))
    return Claim(RULE, [note], detail=f"what {term} is shorthand for")
