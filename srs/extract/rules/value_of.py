"""Value of a property: a short item that is a number and what it measures, under a named topic.

    ### Nearline Storage
    * 99.95% availability.            → Nearline Storage: availability? / 99.95%
    * 30-day minimum storage duration. → Nearline Storage: minimum storage duration? / 30 days
    `UV_THREADPOOL_SIZE`:
    - `4` by default.                 → UV_THREADPOOL_SIZE: default? / 4
    - `128` is the absolute maximum.  → UV_THREADPOOL_SIZE: absolute maximum? / 128

Too short for a cloze (the sentence around the number would be one word), and the
topic above says whose property it is. The property must be a noun phrase of at
most five words, with no verb: "3 replicas are enough" is a statement, not a value.
"""

from __future__ import annotations

import re

from srs.core.notes import NoteKind
from srs.extract import rx
from srs.extract.drafts import draft, in_example, topic
from srs.extract.model import Claim, Doc, Unit
from srs.extract.text import TOC_TITLE, is_generic

RULE = "value-of"
_UNIT = r"%|ms|s|sec|seconds?|min|minutes?|h|hours?|days?|weeks?|months?|years?|KB|MB|GB|TB|PB|KiB|MiB|GiB|TiB"
_VALUE = (rf"(?:[<>≤≥~]\s?)?\$?\d+(?:[.,]\d+)*(?:\s?(?:{_UNIT})(?!\w)|-(?:second|minute|hour|day|week|month|year)\b)?"
          r"|`\d[\d.,]*`")  # "`4` by default": a number set in code; "`hosts` file" names a file, not a value
_ITEM = re.compile(rf"^(?P<value>{_VALUE})\s+(?:is\s+(?:the\s+)?)?(?P<prop>[A-Za-z][A-Za-z /-]{{1,48}}?)\.?$")
# a verb or a preposition makes it a statement or a qualified claim ("11 nines durability through erasure coding")
_VERB = re.compile(r"\b(?:is|are|was|were|be|has|have|can|will|should|must|may|per|of|each|every|from|to|than|for|"
                   r"through|with|by|in|on|at|via|into|implements?|means?)\b", re.IGNORECASE)
# "### Aufgabe 1" over "2. 234000 liter": the numbered answers to one exercise, whose questions the notes leave out
_EXERCISE = re.compile(r"(?:aufgabe|übung|exercises?|task|homework|assignment|ejercicio|exercício|esercizio|exercice|"
                       r"opdracht|zadanie|задание|练习|習題|演習|과제)\s*#?\s*\d", re.IGNORECASE)
_SPELLED = {"second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks",
            "month": "months", "year": "years"}


def apply(u: Unit, doc: Doc) -> Claim | None:
    if u.label or not u.in_list or u.children or in_example(u) or any(_EXERCISE.match(t) for t in u.path[-1:]):
        return None  # under "Example": the `2` of `a = b * 2` holds in that example only; "Aufgabe 1": its answers
    m = _ITEM.match(u.plain.strip())
    if m is None:
        return None
    prop = rx.sub(r"^by\s+", "", m.group("prop").strip())  # "`4` by default" → default
    words = prop.split()
    if not 1 <= len(words) <= 5 or _VERB.search(prop) or is_generic(prop):
        return None
    where = topic(u)
    if not where or where.endswith(("?", "？")):
        return None  # whose availability? a value needs its topic
    title = (u.list_title or where).strip(" *_:：")
    if TOC_TITLE.search(title) or rx.fullmatch(r"(?:table of )?content|table des matières|sumário|sumario|목차|chapters?|"
                                                r"capítulos|kapitel", title, re.IGNORECASE):
        return None  # "**Content**" over "- 4 Styling": a chapter's number in a table of contents, navigation
    value = m.group("value").strip("`")
    if rx.fullmatch(r"\d{1,2}", value) and rx.match(r"(?:main|key|core|basic|major|primary|important|different|"
                                                    r"principal)\s+\w+s$", prop, re.IGNORECASE):
        return None  # "3 main services": a count of what the notes name elsewhere, not the value of a property
    if len(words) == 1 and rx.fullmatch(r"[a-z]+[^su]s|[A-Z][a-z]+[^su]s", prop) and rx.fullmatch(r"[\d.,]+", value):
        return None  # "300,000 containers", "100 servers": a count with nothing to say whether it is a limit, a default …
    if rx.fullmatch(r"\d", value) and rx.match(r"(?:step|stage|phase|way|tier|layer|level|pass|leg|wege?|schritte?|stufen?|"
                                              r"phasen?|pasos?|etapas?|fases?|vias?|étapes?|stappen?)\s+\w", prop, re.IGNORECASE):
        return None  # "4 Step Process", "3 Wege Handshake": a number in a name ("three-way handshake"), no property's value
    hyphen = rx.fullmatch(r"(\d+)-(\w+)", value)
    if hyphen:
        value = f"{hyphen.group(1)} {_SPELLED.get(hyphen.group(2), hyphen.group(2))}"  # "30-day" → "30 days"
    front = f"{where.rstrip(' :：')}: {prop}?"
    if rx.fullmatch(r"\d{1,3}", value) and prop[:1].isupper() and not prop.split()[0].isupper():
        front = f"{where.rstrip(' :：')}: {prop} — which number?"  # "* 11 Time Exceeded": a name's number in a code list
    elif rx.fullmatch(r"\d{1,2}", value) and rx.fullmatch(r"[a-z/-]+(?: [a-z/-]+)* [a-z]{4,}|[a-z]{4,}", prop) \
            and not rx.match(r"(?:or|and|more|less|of|per)\b", prop) and (value == "1") != bool(rx.search(r"[^s]s$", prop)) \
            and not rx.search(r"(?:ed|ld|ht)$|\b(?:millions?|thousands?|billions?|percent)\b", prop):
        # "* 1 d/a converter", "* 2 square waves" → "2A03 SOUND SYSTEM: how many d/a converters?": a count, asked as one
        many = prop if value != "1" else f"{prop[:-1]}ies" if rx.search(r"[^aeiou]y$", prop) else f"{prop}s"
        front = f"{where.rstrip(' :：')}: how many {many}?"
    if rx.fullmatch(r"(?:1[89]|20)\d0s|(?:1[89]|20)\d\d", value):  # "- 1970s Chroot": a date, asked as such
        front = f"{where.rstrip(' :：')}: {prop} — which {'decade' if value.endswith('s') else 'year'}?"
    sized = rx.match(r"(?P<unit>bits?|bytes?)\s+(?P<what>[a-z].*)$", prop, re.IGNORECASE) if value.isdigit() else None
    if sized:  # "64 bit block cipher" → "Blowfish: block cipher — how many bits?", not "bit block cipher?"
        front = f"{where.rstrip(' :：')}: {sized.group('what')} — how many {sized.group('unit').rstrip('s').lower()}s?"
    if rx.fullmatch(r"(?:tries|attempts|questions|hours?|minutes?|points?)", prop, re.IGNORECASE) \
            and rx.search(r"\b(?:exam|test|certification|preparation|prep)\b", where, re.IGNORECASE):
        return None  # "- 3 Tries" under "Exam Preparation": the exam's rules, not knowledge
    return Claim(RULE, [draft(u, NoteKind.NUMBER, RULE, front, value)], detail=f"the value of {prop}")
