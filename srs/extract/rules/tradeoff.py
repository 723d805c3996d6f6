"""Tradeoff: ``X vs Y [vs Z]`` (or "trade-offs between X and Y") → a tradeoff card.

The answer is the text after ``→`` or ``:`` or the item's sub-bullets. Without
an answer the card is ``answered=False``: the service links it to an answered
tradeoff of the bundled decks (same options, any order) or makes it a drill.
A line may name several tradeoffs ("latency vs cost, build vs buy"): each is a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from srs.core.notes import NoteDraft, NoteKind, tradeoff_key
from srs.extract import rx
from srs.extract.drafts import draft
from srs.extract.inline import read
from srs.extract.model import Block, Claim, Doc, Unit
from srs.extract.text import capitalize, parenthetical, split_items, tidy, word_count

RULE = "tradeoff"
UNANSWERED = "Self-graded: say when you would choose each option, and why."
_VS = re.compile(r"\s+(?:vs\.?|versus|v\.)\s+", re.IGNORECASE)
_ANSWER_SPLIT = re.compile(r"\s+(?:→|->|=>)\s+|:\s+")
_GENERIC_ANSWER = re.compile(
    r"^(?:when (?:to|would you) (?:use|choose|pick)(?: each| which| them| one)?(?: one)?|trade-?offs?|pros ?(?:and|/|&) ?cons|"
    r"comparison|compare(?: them)?|differences?|which (?:one|to use|to choose|to pick)|how (?:they|do they|to) (?:differ|choose)|"
    r"choosing|decision|key differences|when each)\W*$",
    re.IGNORECASE,
)
_BETWEEN = re.compile(
    r"\b(?:trade-?offs?|choose|choosing|pick|picking|decide|deciding|compare|comparing|comparison|differences?)\s+"
    r"between\s+(?P<tail>.+)$",
    re.IGNORECASE,
)
_TAIL_END = re.compile(r"\s+(?:with|for|in|on|using|when|to|based)\s+|[.;:]\s|[.;:]$")
_NOT_OPTIONS = frozenset("plan target actual baseline current projected realized variance delta grid matrix score trend".split())
_LEAD_WORDS = re.compile(r"^(?:and|or|the|a|an|of|for|on|in|between|choose|pick)\s+", re.IGNORECASE)
# "Rationalize build vs buy vs partner decisions": the verb and the noun frame the options
_LEADING_VERB = re.compile(
    r"^(?:\w+(?:ize|ise)|choose|choosing|pick|picking|decide|deciding|compare|comparing|weigh|weighing|balance|"
    r"balancing|consider|considering|evaluate|evaluating|discuss|understand|explain|know|when to use)\s+",
    re.IGNORECASE,
)
# "Broader vs. narrower: a TEE can be software-based, whereas an enclave …": two degrees of one property, not options
COMPARATIVE = re.compile(r"[A-Za-z][a-z]{2,}(?:er|ier)|(?:[Mm]ore|[Ll]ess)\s+[a-z]+")
_TRAILING_NOUN = re.compile(
    r"\s+(?:decisions?|trade-?offs?|choices?|options?|approaches|comparison|debate|question|thinking|analysis)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    options: tuple[str, ...]
    answer: str | None
    whole: bool  # the tradeoff is what the unit is about
    topic: str = ""


def apply(u: Unit, doc: Doc) -> Claim | None:
    """Claim the unit when it is about a tradeoff (notes for secondary mentions come from :func:`scan`)."""
    found = mentions(u)
    if not found or not any(m.whole for m in found):
        return None
    notes, parts = _notes(u, found)
    answered = sum(1 for n in notes if n.answered)
    detail = f"{len(notes)} tradeoff(s), {answered} answered in the notes"
    return Claim(RULE, notes, detail=detail, parts=parts)


def scan(u: Unit) -> list[NoteDraft]:
    """Tradeoffs a line names in passing ("… NAT vs endpoints, ALB/NLB …")."""
    found = mentions(u)
    return _notes(u, found)[0] if found else []


def mentions(u: Unit) -> list[Mention]:
    text, label = (u.body, u.label) if u.label else (u.plain, None)
    if label and " v" in label and _VS.search(label):  # "Kafka vs RabbitMQ: Kafka for …; RabbitMQ for …"
        text, label = (f"{label}: {u.body}" if u.body else label), None
    if " v" not in text and "between" not in text.lower():
        return []
    return list(_mentions(text, label, u.list_title))


@lru_cache(maxsize=1024)
def _mentions(text: str, label: str | None, list_title: str) -> tuple[Mention, ...]:
    if not _VS.search(text) and "between" not in text.lower():
        return ()
    found = _between(text)
    head, answer = _split_answer(text)
    segments = _segments(head)
    vs_segments = [(s, topic) for s, topic in segments if _VS.search(s)]
    about = bool(rx.search(r"trade-?offs?|\bvs\b|compar", f"{label or ''} {list_title}", re.IGNORECASE))
    for seg, topic in vs_segments:
        options = _options(seg)
        if not options:
            continue
        rest = tidy(rx.sub(r"\(\s*\)", " ", head.replace(seg, " ")))
        lead = word_count(_VS.split(seg)[0]) - word_count(options[0])  # "… means something different in a X vs Y"
        whole = len(vs_segments) == 1 and (word_count(rest) <= 3 or about) and lead <= 3
        if not whole and not (about or len(vs_segments) >= 2 or _named(options)):
            continue  # "amortized vs inconsistent schema risk" is prose, not a tradeoff
        found.append(Mention(tuple(options), answer if whole else None, whole, topic if whole else ""))
    return tuple(found)


def _named(options: list[str]) -> bool:
    """Options that look like products or acronyms (an upper-case letter past the first)."""
    return any(any(c.isupper() for c in o[1:]) for o in options) or any(o[:1].isupper() for o in options[1:])


def _notes(u: Unit, found: list[Mention]) -> tuple[list[NoteDraft], list[int]]:
    notes: list[NoteDraft] = []
    parts: list[int] = []
    seen: set[str] = set()
    for m in found:
        key = tradeoff_key(" vs ".join(m.options))
        if key is None or key in seen:
            continue
        seen.add(key)
        answer = m.answer if m.answer and not _GENERIC_ANSWER.match(m.answer) else None
        if m.whole and answer is None and u.children:
            answer, parts = _children_answer(u.children)
        if answer and "\n" not in answer and sum(o.split()[0].lower() in answer.lower() for o in m.options if o.split()) == 1 \
                and not rx.search(r"\b(?:use|choose|prefer|pick|when|if|for)\b", answer, re.IGNORECASE):
            continue  # "Standard vs Basic" over "- Standard offers zone redundant IPs": one side's trait, no choice
        if answer and rx.fullmatch(r"[^.;:]{1,80}?\s+(?:vs\.?|versus)\s+[^.;:]{1,80}?\.?", answer.strip(), re.IGNORECASE):
            continue  # "ALB vs. NLB: Application load balancer (layer 7) vs Network load balancer (layer 4)": names only
        front = " vs ".join(m.options)
        front = f"{m.topic}: {front}" if m.topic else capitalize(front)
        question = "when to use each?" if any(c.isupper() for o in m.options for c in o) else "how do you trade them off?"
        notes.append(draft(u, NoteKind.TRADEOFF, RULE, f"{front} — {question}", answer or UNANSWERED,
                           tradeoff=key, answered=answer is not None))
    return notes, parts


def _between(text: str) -> list[Mention]:
    m = _BETWEEN.search(text)
    if not m:
        return []
    tail = m.group("tail")
    group = parenthetical(tail)
    if group and len(split_items(group[1])[0]) >= 2:
        options = split_items(group[1])[0]
    else:
        end = _TAIL_END.search(tail)
        tail = tail[:end.start()] if end else tail
        options = [tidy(p) for p in rx.split(r"\s+and\s+|\s*/\s*|,\s*", tail) if tidy(p)]
    options = [tidy(_LEAD_WORDS.sub("", o)) for o in options]
    if len(options) < 2 or any(word_count(o) > 6 or not o for o in options):
        return []
    whole = word_count(text[:m.start()]) <= 1
    return [Mention(tuple(options), None, whole)]


def _split_answer(text: str) -> tuple[str, str | None]:
    depth = 0
    for k, c in enumerate(text):
        depth += c == "("
        depth -= c == ")"
        if depth == 0 and c in "→-=:":
            m = _ANSWER_SPLIT.match(text, k - (1 if c != ":" else 0))
            if m and _VS.search(text[:m.start()]):
                return text[:m.start()], tidy(text[m.end():]) or None
    return text, None


def _segments(text: str, topic: str = "") -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for part in _clauses(text):
        group = parenthetical(part)
        if group:
            before, inside, after = group
            out.extend(_segments(inside, topic=tidy(before) if word_count(before) <= 4 else ""))
            out.extend(_segments(f"{before} {after}".strip(), topic))
        elif part.strip():
            out.append((part.strip(), topic))
    return out


def _clauses(text: str) -> list[str]:
    """Split at , ; and : outside parentheses (the clauses a line of tradeoffs lists)."""
    current: list[str]
    parts, depth, current = [], 0, []
    for c in text:
        depth += c == "("
        depth -= c == ")" and depth > 0
        if depth == 0 and c in ",;:":
            parts.append("".join(current))
            current = []
        else:
            current.append(c)
    parts.append("".join(current))
    return parts


def _options(segment: str) -> list[str] | None:
    options = [tidy(_LEAD_WORDS.sub("", o.strip(" .?!"))) for o in _VS.split(segment)]
    if len(options) < 2 or any(not o for o in options):
        return None
    first, last = options[0].split(), options[-1].split()
    if len(first) > len(last) + 1:
        options[0] = _LEAD_WORDS.sub("", " ".join(first[-max(len(last), 1):]))
    if len(last) > len(first) + 1:
        options[-1] = " ".join(last[:max(len(first), 1)])
    options[0] = _LEADING_VERB.sub("", options[0]) if len(options[0].split()) > 1 else options[0]
    options[-1] = _TRAILING_NOUN.sub("", options[-1]) if len(options[-1].split()) > 1 else options[-1]
    for o in options:
        words = o.lower().split()
        if len(words) > 5 or rx.search(r"\d", o) or set(words) & _NOT_OPTIONS:
            return None
    if len({o.lower() for o in options}) < len(options) or all(COMPARATIVE.fullmatch(o) for o in options):
        return None
    return options


def _children_answer(children: list[Block]) -> tuple[str | None, list[int]]:
    lines: list[str] = []
    parts: list[int] = []
    for block in children:
        if block.kind != "list":
            return None, []
        for item in block.children:
            if not item.lines or item.children:
                return None, []
            lines.append(f"- {read(item.lines).plain}")
            parts.extend(line.no for line in item.lines)
    return ("\n".join(lines) or None), parts
