"""When to use X: a "When to use" label, or "Use X when …" → "When to use X?" / the answer."""

from __future__ import annotations

import re

from srs.core.notes import NoteKind
from srs.extract import rx
from srs.extract.drafts import draft, in_example, topic
from srs.extract.model import Claim, Doc, Unit
from srs.extract.text import capitalize, tidy, word_count

RULE = "when-to-use"
_LABEL = re.compile(r"^when\s+(?:to|should you|do you)\s+(?:use|choose|pick|apply)(?:\s+(?P<what>.+))?$", re.IGNORECASE)
_SENTENCE = re.compile(r"^(?:use|choose|pick|prefer|reach for)\s+(?P<what>.{2,60}?)\s+(?P<when>(?:when|if|for)\s+.+)$", re.IGNORECASE)
_SUFFIX = re.compile(r"^(?P<what>.{2,60}?)(?:\s*[:—–→]|\s+-)\s*(?:use(?:d)?|best)\s+(?P<when>(?:when|if|for)\s+.+)$",
                     re.IGNORECASE)  # ("easy-to-use for clients" is no "X - use for …")


# "for" that gives a situation: "for workloads that …", "for read-heavy tables", "for large files"
_FOR_CASES = re.compile(r"for\s+(?:\w+\s+){0,3}(?:workloads?|cases?|situations?|scenarios?|applications?|apps?|systems?|data|resources?|"
                        r"tables?|queries|jobs?|services?|files?|traffic|requests?|users?|teams?)\s+(?:that|which|where|with|"
                        r"when|whose)\b|for\s+(?:\w+-)?(?:heavy|intensive|critical|sensitive|bound)\b|for\s+\w+(?:-heavy|-intensive|"
                        r"-critical|-sensitive|-bound)\b", re.IGNORECASE)


def apply(u: Unit, doc: Doc) -> Claim | None:
    if in_example(u):
        return None  # "Architecture example: use X for indexing metadata" is one use, not when to choose X
    if u.label:
        m = _LABEL.match(u.label)
        if m and u.body:
            what = tidy(m.group("what") or "") or rx.sub(r"\s+—\s+when to use$", "", topic(u), flags=re.IGNORECASE)
            return _claim(u, what, u.body)
        if m is None and u.body and word_count(u.label) <= 4 \
                and rx.match(r"^when\s+(?:you|your\s+\w+)\s+(?:need|needs|want|wants|have to|must|require|requires)\b",
                             u.body, re.IGNORECASE):
            return _claim(u, tidy(u.label), u.body)  # "StatefulSet: When you need stable identities …": when to use it
    text = u.body if u.label else u.plain
    m = _SENTENCE.match(text) or _SUFFIX.match(text)
    if m and rx.fullmatch(r"cases?", m.group("what").strip(), re.IGNORECASE):
        return None  # "Use case for this is emergency access": a use case, not "use X for …"
    if m and rx.match(r"(?:(?:when|if|as|where)\s+)?(?:relevant|needed|necess?ary|appropriate|possible|applicable|useful|required)\b",
                      m.group("when").strip(), re.IGNORECASE):
        return None  # "Use simple icons when relevant", "Use CI caches if necessary": a tip with no condition to learn
    if m and rx.match(r"for\s+(?:each|every|all|any|both|the\s+same)\b", m.group("when"), re.IGNORECASE):
        return None  # "Use separate tables for each day": how to apply it, not when to choose it
    if m and rx.match(r"(?:the\s+)?(?:right|best|correct|proper|appropriate|an appropriate|a suitable)\b", m.group("what"),
                      re.IGNORECASE):
        return None  # "Choose the right fact table type for your needs": advice, not when to pick a named thing
    if m and rx.search(r",\s*but\b|\bcareful\b", m.group("what"), re.IGNORECASE):
        return None  # "Use `namedtuple`, but be careful if it's an external API": a caveat, not when to use it
    if m and rx.search(r"\s(?:to|over)\s", m.group("what"), re.IGNORECASE):
        return None  # "Prefer unknown to any for untrusted data": a choice between two, not when to use one
    if m and rx.match(r"for\s", m.group("when"), re.IGNORECASE) and not _FOR_CASES.match(m.group("when")):
        return None  # "Use versioning for APIs, messages": what to use it on, not when ("for workloads that …" is when)
    if m and word_count(m.group("what")) <= 6:
        return _claim(u, tidy(m.group("what")), capitalize(tidy(m.group("when"))))
    return None


def _claim(u: Unit, what: str, answer: str) -> Claim | None:
    if not what or word_count(answer) > 60 or word_count(answer) < 3:  # "If available" says nothing to recall
        return None
    front = f"When to use {what}?"
    return Claim(RULE, [draft(u, NoteKind.FACT, RULE, front, answer)], detail=f"when to use {what}")
