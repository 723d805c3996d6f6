"""Last pass over the notes: drill backs, deck and tags, empty sides, duplicates, clashing keys."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from srs.core.cloze import CLOZE, MAX_CLOZES, visible
from srs.core.notes import NoteDraft, NoteKind, Template, normalize
from srs.extract import rx
from srs.extract.context import path_tag
from srs.extract.facets import is_facet
from srs.extract.ledger import Ledger
from srs.extract.model import Checklist
from srs.extract.rules import drill
from srs.extract.text import is_generic


def finish(notes: list[NoteDraft], ledger: Ledger, checklists: list[Checklist], *, deck: str | None,
           tags: list[str], warnings: list[str]) -> list[NoteDraft]:
    out: list[NoteDraft] = []
    seen: dict[tuple[str, str, str], int] = {}
    dropped: dict[int, str] = {}
    kept_lines: set[int] = set()
    lists = drill.Checklists(checklists)
    for note in notes:
        if note.kind == NoteKind.DRILL and note.rule == drill.RULE and not note.back:
            note = drill.resolve(note, lists)
        front, back = normalize(note.front), normalize(note.back)
        problem = _empty_side(note, front, back)
        if problem:
            warnings.append(f"line {note.line}: dropped a {note.rule} card with {problem}")
            dropped[note.line] = f"its card had {problem}"
            continue
        note = replace(note, deck=deck, tags=_tags(note.heading_path, tuple(tags) + note.tags))
        identity = (str(note.template), front, back)
        if identity in seen:
            dropped[note.line] = f"same card as line {seen[identity]}"
            continue
        seen[identity] = note.line
        kept_lines.add(note.line)
        out.append(note)
    for line, why in dropped.items():
        if line not in kept_lines:
            ledger.demote(line, "duplicate" if why.startswith("same") else "empty-side", why)
    out = _without_split_answers(out, ledger)
    out = _without_numbered_example_rows(out, ledger)
    out = _without_bare_labels_asked_twice(out, ledger)
    out = _without_measurements_of_one_case(out, ledger)
    out = _without_sibling_chains(out, ledger)
    out = _without_cases_split_up(out, ledger)
    out = _distinct_keys(out)
    out = _without_acronyms_spelled_two_ways(out, ledger)  # after the keys: "Crypto: What does MAC …" is MAC too
    keys = {id(n): n.key for n in out}  # a key hashes the normalised front: compute it once
    first: dict[str, int] = {}
    kept: list[NoteDraft] = []
    kept_lines_after: set[int] = set()
    terms: dict[str, int] = {}
    for note in out:  # the same question with another answer, and no context to tell them apart: ambiguous
        term = normalize(note.front.rsplit(": ", 1)[-1]) if note.rule in ("definition", "acronym", "purpose") else None
        if term and term not in terms and note.rule == "definition":
            term = next((t for t in terms if _one_typo(t, term)), term)  # "Quicksort", then "Quciksort is …"
        if term and term in terms:  # "What is Availability?" twice, each with part of the notes' answer
            if note.line not in kept_lines_after:  # an acronym spelled out again (maybe misspelt): the first one
                ledger.demote(note.line, "ambiguous", f"the term is defined at line {terms[term]} too")
            continue
        if term:
            terms[term] = note.line
        key = keys[id(note)]
        if key in first:
            if note.line not in kept_lines_after:
                ledger.demote(note.line, "ambiguous", f"the same question as line {first[key]}, another answer")
            continue
        first[key] = note.line
        kept.append(note)
        kept_lines_after.add(note.line)
    return kept


_ASKED = re.compile(r"^(?:what (?:is|are) |什么是)")


def _one_typo(a: str, b: str) -> bool:
    """Two spellings of one long term: one letter changed, dropped, added or two swapped ("Quicksort", "Quciksort")."""
    a, b = (_ASKED.sub("", t).rstrip("?？ ") for t in (a, b))
    if min(len(a), len(b)) < 8 or abs(len(a) - len(b)) > 1 or a == b or not (a + b).replace(" ", "").isalpha():
        return False  # "Zone 1"/"Zone 2", "MTTR"/"MTTF": other terms, not typos
    if len(a) == len(b):  # two letters swapped only: a changed letter is as often another word ("lock"/"look")
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


@lru_cache(maxsize=4096)
def _tags(path: tuple[str, ...], extra: tuple[str, ...]) -> tuple[str, ...]:
    tag = path_tag(path)
    return tuple(dict.fromkeys(((tag,) if tag else ()) + extra))


def _empty_side(note: NoteDraft, front: str, back: str) -> str | None:
    if note.template == Template.CLOZE:
        shows: dict[int, bool] = {}  # cloze number → whether it hides anything; one pass over the text
        for m in CLOZE.finditer(note.front):
            n = int(m.group(1))
            if n > 0:
                shows[n] = shows.get(n, False) or visible(m.group(2))
        if not shows:
            return "no cloze"
        if len(shows) > MAX_CLOZES:
            return f"{len(shows):,} clozes (limit {MAX_CLOZES} per note)"
        empty = next((n for n in sorted(shows) if not shows[n]), None)
        # card n hides "[...]" and shows cloze n's answer: both sides show something when it is visible
        return f"a cloze c{empty} that hides nothing" if empty is not None else None
    if not visible(note.front) or not visible(note.back) or not note.back.strip(" *-+#>_~|\n"):
        return "an empty side"  # ("SSH: " over an empty "  * ": the bullet's mark taken for its text)
    if front == back:
        return "the same text on both sides"
    return None


def _facet_question(note: NoteDraft) -> bool:
    """ "Packet loss: Disadvantage?", "Caveat: Edge case?": a question about one facet, which notes list more than
    once ("Salting?" asked twice is one term defined twice: the first definition stays, see above)."""
    if note.template != Template.BASIC or note.rule in ("definition", "acronym"):
        return False
    if note.rule == "table" and note.back.startswith("`"):  # "Print distro and version — command?" over two commands
        return True
    last = rx.split(r": | — ", note.front.rstrip("?？ "))[-1].strip()
    return is_facet(last) or is_generic(last)


_DATA = re.compile(r"^[\d./:\s,\-–()]+$")


def _without_numbered_example_rows(notes: list[NoteDraft], ledger: Ledger) -> list[NoteDraft]:
    """ "Subnet 1 Block?" → 10.0.1.0/28, "Subnet 2 Block?" → 10.0.1.16/28: rows of one worked example, told apart
    only by their number, whose answers are data of that example (not "Layer 1?" → "Physical")."""
    shape = Counter((n.heading_path, rx.sub(r"\d+", "#", n.front)) for n in notes
                    if n.rule == "labelled-fact" and rx.search(r"\d", n.front) and _DATA.match(n.back.strip()))
    rows = {k for k, count in shape.items() if count >= 2}
    if not rows:
        return notes
    kept = []
    for note in notes:
        if note.rule == "labelled-fact" and (note.heading_path, rx.sub(r"\d+", "#", note.front)) in rows \
                and _DATA.match(note.back.strip()):
            ledger.demote(note.line, "example-data", "a numbered row of one worked example")
        else:
            kept.append(note)
    return kept


def _without_split_answers(notes: list[NoteDraft], ledger: Ledger) -> list[NoteDraft]:
    """One question asked twice in one place with two answers ("Packet loss" → "Disadvantage: …" twice): each card
    holds half of the answer and the context cannot tell them apart, so neither is kept."""
    place = Counter((n.key, n.heading_path) for n in notes if _facet_question(n))
    split = {k for k, count in place.items() if count > 1}
    if not split:
        return notes
    kept = []
    for note in notes:
        if _facet_question(note) and (note.key, note.heading_path) in split:
            ledger.demote(note.line, "ambiguous", "the same question is asked again here with another answer")
        else:
            kept.append(note)
    return kept


MAX_FLOW_STEPS = 5  # (the critic's set size: a sixth step is one more than a learner recites as one answer)


def _without_sibling_chains(notes: list[NoteDraft], ledger: Ledger) -> list[NoteDraft]:
    """ "Users → domain name → DNS server" and "Users → IP address → web server" under one heading: legs of one flow
    or two paths (cache hit, cache miss). "Request flow: the 3 steps in order?" cannot say which chain it asks."""
    def chain(note: NoteDraft) -> bool:
        return note.rule == "sequence" and " → " in note.back and "\n" not in note.back.strip()
    place = Counter(n.heading_path for n in notes if chain(n))
    kept = []
    for note in notes:
        if chain(note) and place[note.heading_path] >= 2:
            ledger.demote(note.line, "ambiguous", "one of several arrow chains under one heading: the front cannot say which")
        elif chain(note) and note.back.count(" → ") + 1 > MAX_FLOW_STEPS:  # "检查日志 → 检查账号 → … → 检查文件"
            ledger.demote(note.line, "oversize", f"a flow of {note.back.count(' → ') + 1} steps: too long to recite as one answer")
        else:
            kept.append(note)
    return kept


_GENERIC_USED = frozenset("the a an this it that one pattern approach method technique tool option".split())


def _without_cases_split_up(notes: list[NoteDraft], ledger: Ledger) -> list[NoteDraft]:
    """ "Use the Strategy pattern when …" / "Use the Strategy when …" / "Use the pattern when …": one list of the cases
    for one thing. "When to use the Strategy?" cannot say which case it asks, and each back is one of four: none is
    kept ("Use Redis when …" beside "Use Kafka when …" asks of two things, and both stay)."""
    def used(note: NoteDraft) -> str | None:  # the first word that names the thing ("" for "the pattern")
        m = rx.match(r"(?:.*: )?When to use (.+?)\?$", note.front)
        return next((w for w in normalize(m.group(1)).split() if w not in _GENERIC_USED), "") \
            if m and note.rule == "when-to-use" else None
    by_place: dict[tuple[str, ...], list[tuple[NoteDraft, str]]] = {}
    for note in notes:  # (each front read once, and only the when-to-use cards of one heading compared)
        if (what := used(note)) is not None:
            by_place.setdefault(note.heading_path, []).append((note, what))
    gone: set[int] = set()
    for cases in by_place.values():
        for note, mine in cases:
            other = next((o for o, theirs in cases if o is not note and (not mine or not theirs or mine == theirs)), None)
            if other is not None:
                gone.add(id(note))
                ledger.demote(note.line, "ambiguous", f"one of several cases for one thing (line {other.line} too): "
                                                      "the front cannot say which")
    return [n for n in notes if id(n) not in gone] if gone else notes


def _without_bare_labels_asked_twice(notes: list[NoteDraft], ledger: Ledger) -> list[NoteDraft]:
    """ "Reliability: Faults?" at one line and "Reliability: Fault?" at the next, with other answers: a label asked
    twice under one heading asks nothing a learner can pin down; every card on it goes."""
    by_label = _facts_by_label(notes)
    def prefix(note: NoteDraft) -> str:
        return normalize(note.front.rsplit(": ", 1)[0]) if ": " in note.front else ""

    gone: set[int] = set()
    for same in by_label.values():
        for note in same:
            other = next((n for n in same if n is not note and normalize(n.back) != normalize(note.back)
                          and n.heading_path == note.heading_path
                          and (not prefix(n) or not prefix(note) or prefix(n) == prefix(note))), None)
            if other is not None:
                gone.add(id(note))
                ledger.demote(note.line, "ambiguous", f"'{note.front}' is asked again at line {other.line} with another answer")
    return [n for n in notes if id(n) not in gone]


def _label(note: NoteDraft) -> str:
    said = note.front.rsplit(": ", 1)[-1].rstrip("?？ ")
    if rx.search(r"[A-Z0-9]S$", said):  # "HTTPS" is no plural of "HTTP"
        return normalize(said)
    return rx.sub(r"(?<=[^s])s$", "", normalize(said))


def _facts_by_label(notes: list[NoteDraft]) -> dict[str, list[NoteDraft]]:
    by_label: dict[str, list[NoteDraft]] = {}
    for note in notes:
        if note.rule == "labelled-fact" and note.template == Template.BASIC:
            by_label.setdefault(_label(note), []).append(note)
    return by_label


_MEASURE = re.compile(r"[~≈]?\d[\d.,]*\s*(?:[^\W\d_]{1,3}|%)(?:/s)?(?:[,，;(（].*)?", re.DOTALL)


def _without_measurements_of_one_case(notes: list[NoteDraft], ledger: Ledger) -> list[NoteDraft]:
    """ "arcade.js: 585KB, gzipped" under "Before", "arcade.js: 310KB, gzipped" under "After": one label measured
    again and again with other values is one case study's data (its sizes, timings, counts), no fact to keep."""
    gone: set[int] = set()
    for same in _facts_by_label(notes).values():
        values = {normalize(n.back) for n in same}
        if len(same) >= 2 and len(values) >= 2 and all(_MEASURE.fullmatch(n.back.strip()) for n in same):
            for note in same:
                gone.add(id(note))
                ledger.demote(note.line, "example-data", f"'{note.front}' is measured {len(same)} times with other values: "
                                                         "one case's data")
    return [n for n in notes if id(n) not in gone]


def _without_acronyms_spelled_two_ways(notes: list[NoteDraft], ledger: Ledger) -> list[NoteDraft]:
    """ "MAC (media access control)" and later "MAC (message authentication code)": the acronym means two things in
    these notes, and a card cannot say which one it asks for; neither is kept. (The same expansion written again,
    or misspelt, keeps its first card, below.)"""
    spelled: dict[str, list[NoteDraft]] = {}
    for note in notes:
        if note.rule == "acronym":
            spelled.setdefault(normalize(note.front.rsplit(": ", 1)[-1]), []).append(note)
    gone: set[int] = set()
    for same in spelled.values():
        words = [set(rx.findall(r"[a-z]{3,}", normalize(n.back))) for n in same]
        if any(len(a & b) * 2 < min(len(a), len(b)) for k, a in enumerate(words) for b in words[k + 1:]):
            for note in same:
                gone.add(id(note))
                ledger.demote(note.line, "ambiguous", "the acronym stands for two things in these notes")
    return [n for n in notes if id(n) not in gone]


_PLAIN_WORD = re.compile(r"(?:[A-Z]?[a-z]{3,}|[a-z]{3,})[?？]")  # "Architecture?", "Sintaxis?"; not "SLA?", "`port`?"


def _distinct_keys(notes: list[NoteDraft]) -> list[NoteDraft]:
    """Notes of one source with the same front get their context in the front, so keys stay unique."""
    by_key: dict[str, list[int]] = {}
    for k, note in enumerate(notes):
        by_key.setdefault(note.key, []).append(k)
    taken = set(by_key)
    for indexes in by_key.values():
        if len(indexes) < 2 or len({notes[k].heading_path for k in indexes}) == 1:
            continue  # (under one context line a heading in the front tells nothing apart: the ambiguity check decides)
        bare_first = _PLAIN_WORD.fullmatch(notes[indexes[0]].front.strip())  # "Architecture?" beside "Eureka: Architecture?"
        for k in indexes if bare_first else indexes[1:]:  # (then "Consul: Architecture?": each names its owner)
            note = notes[k]
            if note.template != Template.BASIC:
                continue
            front = normalize(note.front)
            for part in reversed(note.heading_path):
                if normalize(part) in front:
                    continue
                candidate = replace(note, front=f"{part}: {note.front}")
                if candidate.key not in taken:
                    notes[k] = candidate
                    taken.add(candidate.key)
                    break
    return notes
