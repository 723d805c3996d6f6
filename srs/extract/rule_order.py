"""The order rules are tried in, for one unit of text.

1. explicit cloze;  2. logistics (skip, or drop a schedule label / study verb
and read on);  3. the first implicit rule that claims the unit;  4. scanners
that add notes for what a line names in passing (tradeoffs, acronyms).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from srs.core.notes import NoteDraft
from srs.extract import logistics
from srs.extract.inline import plain_label
from srs.extract.model import Claim, Doc, Unit
from srs.extract.rules import (
    acronym,
    book,
    command,
    condition_action,
    definition,
    drill,
    emphasis,
    enumeration,
    explicit_cloze,
    heading_fact,
    inline_list,
    labelled_fact,
    naming,
    negation,
    numbers,
    purpose,
    question_answer,
    sequence,
    tradeoff,
    value_of,
    when_to_use,
)

Rule = Callable[[Unit, Doc], Claim | None]

_HEAD: list[Rule] = [question_answer.apply, drill.apply, book.apply, tradeoff.apply]
_MIDDLE: list[Rule] = [condition_action.apply, sequence.apply, when_to_use.apply, inline_list.apply]
_TAIL: list[Rule] = [command.inline, negation.apply, value_of.apply, numbers.apply, definition.apply, naming.apply, purpose.apply, command.labelled,
                     labelled_fact.apply, heading_fact.apply, emphasis.apply]
# In an ordered list the position is the fact; in a long unordered list it is the cue for items no
# other rule reads (a labelled item stays a labelled fact there).
ORDERED_RULES: list[Rule] = _HEAD + [enumeration.apply] + _MIDDLE + _TAIL
RULES: list[Rule] = _HEAD + _MIDDLE + [enumeration.apply] + _TAIL
LIST_RULES: list[Rule] = [tradeoff.apply, inline_list.apply]
_SCANNED_LOGISTICS = {"study-plan", "study-task", "schedule", "aside", "no-rule"}
_REMAINDER_RULES: dict[str, list[Rule]] = {"all": RULES, "lists": LIST_RULES, "tradeoffs": [tradeoff.apply]}


def process(u: Unit, doc: Doc) -> Claim:
    """What becomes of a unit: a claim with notes, or a skip claim with a reason."""
    explicit = explicit_cloze.apply(u, doc)
    if explicit is not None:
        return explicit
    verdict = logistics.classify(u)
    if verdict is None and doc.quizzes and (u.list_title or "").strip(" *_?").lower() in doc.quizzes:
        verdict = logistics.Verdict("quiz", "an option of a quiz question whose right answer the notes mark")
    if verdict is not None and verdict.reason == "study-task":
        prompt = drill.apply(u, doc)  # "Design a …" under Drills is a prompt, not a task
        if prompt is not None:
            return _with_scanned(u, prompt)
    if verdict is not None:
        return _logistics(u, doc, verdict)
    claim = _first(u, doc, ORDERED_RULES if u.ordered and u.positional else RULES)
    return _with_scanned(u, claim)


def _logistics(u: Unit, doc: Doc, verdict: logistics.Verdict) -> Claim:
    if verdict.remainder:
        label, body = plain_label(verdict.remainder)
        rest = replace(u, label=label, body=body, bold_label=False, plain=verdict.remainder, md=verdict.remainder,
                       positional=False, emphasis_lead=None, after_heading="")
        claim = _first(rest, doc, _REMAINDER_RULES[verdict.rules])
        if claim is not None and not claim.skip:
            claim.detail = f"{verdict.detail}; {claim.detail}"
            return _with_scanned(u, claim)
    scanned = _scan(u, []) if verdict.reason in _SCANNED_LOGISTICS else []
    if scanned:
        rule = ",".join(dict.fromkeys(n.rule for n in scanned))
        return Claim(rule, scanned, detail=f"{verdict.detail}; kept what it names")
    return Claim(verdict.reason, skip=True, detail=verdict.detail)


def _first(u: Unit, doc: Doc, rules: list[Rule]) -> Claim | None:
    for rule in rules:
        claim = rule(u, doc)
        if claim is not None:
            return claim
    return None


def _with_scanned(u: Unit, claim: Claim | None) -> Claim:
    have = claim.notes if claim is not None and not claim.skip else []
    scanned = _scan(u, have)
    if claim is None or claim.skip:
        if scanned:
            rule = ",".join(dict.fromkeys(n.rule for n in scanned))
            return Claim(rule, scanned, detail="named in passing")
        return claim or Claim("no-rule", skip=True, detail="no rule reads this line as a fact")
    if scanned:
        claim.notes = claim.notes + scanned
        claim.detail += f"; plus {len(scanned)} named in passing"
    return claim


def _scan(u: Unit, have: list[NoteDraft]) -> list[NoteDraft]:
    fronts = {n.front for n in have}
    keys = {n.tradeoff for n in have if n.tradeoff}
    out: list[NoteDraft] = []
    for note in tradeoff.scan(u) + acronym.scan(u):
        if note.front in fronts or (note.tradeoff and note.tradeoff in keys):
            continue
        fronts.add(note.front)
        if note.tradeoff:
            keys.add(note.tradeoff)
        out.append(note)
    return out
