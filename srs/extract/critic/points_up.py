"""A card that counts what another line lists: "**Total nodal delay** is the sum of the four above" → "What is Total
nodal delay?" / "The sum of the four above". The card names none of the four, so it answers nothing on its own.
So does a back that is only the count of the list that follows: "The rendering pipeline is made up of three stages:"
→ "Three stages"."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft, Template
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.critic.words import sides
from srs.extract.model import Doc, Unit
from srs.extract.text import sentences

_COUNTED = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
POINTS_UP = re.compile(rf"\b(?:the|these|those|all|both)\s+{_COUNTED}\s+(?:above|below|previous|preceding|before|listed|"
                       rf"mentioned|(?:\w+\s+)?(?:above|below))\b|\b(?:all|both|any|none|each|either|neither|one)\s+of\s+"
                       rf"the\s+(?:above|below)\b|\bthe\s+(?:above|previous|preceding)\s+{_COUNTED}\b", re.IGNORECASE)
_OTHERWISE = re.compile(r"(?:.*: )?(?:(?:any|all|every)\s+other|others?|else|otherwise|everything else|the rest|"
                        r"anything else|default|sonst|sinon|si no|de lo contrario|caso contrário|否则|その他|그 외)\b", re.IGNORECASE)
# "Consistent prefix reads is a guarantee that prevents this kind of problem": the problem is the paragraph before
_THAT_PROBLEM = re.compile(r"\b(?:this|these|such)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?(?:problems?|issues?|"
                           r"anomal(?:y|ies)|situations?|scenarios?)\b|\b(?:you|we)\s+(?:just\s+)?saw\b|"
                           r"\b(?:that|this)\s+(?:mechanism|purpose|functionality|capability|need)\b", re.IGNORECASE)  # ("… that provide that mechanism")
# "如上流程：", "上述代码：", "The above process:": a front about what the lines before it show
_ABOVE_FRONT = re.compile(r"^(?:如上|如下|上述|上面的?|上图|下图|前述|上記の?|위의?|아래의?|(?:the\s+)?(?:above|following|preceding)\s+"
                          r"(?:process|flow|code|example|figure|diagram|steps?|output|snippet|table))", re.IGNORECASE)
_KINDS_COUNTED = re.compile(rf"\b(?:are|is|can be)\s+(?:categori[sz]ed|divided|classified|split|grouped|broken down|separated)"
                            rf"\s+into\s+{_COUNTED}\s+(?:main\s+|broad\s+|major\s+|basic\s+)?(?:types|kinds|categories|classes|"
                            rf"groups|families|parts)\b", re.IGNORECASE)
# "Soit G = (V, E) un graphe.", "Let $x$ be …", "Sea x ∈ G": a proof's premise, the statement follows it
_PREMISE = re.compile(r"^(?:soit|soient|sea|sean|seja|sejam|sei|seien|sia|siano)\s|^let\s+(?:\$|[A-Za-z](?:\W|$))",
                      re.IGNORECASE)
_ONLY_COUNT = re.compile(rf"(?:only\s+|just\s+)?{_COUNTED}\s+(?:[a-z-]+\s+)?[a-z-]+s\s*[.:]?", re.IGNORECASE)


def points_up(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    front, back = sides(note)
    if note.rule == "rule" and _OTHERWISE.match(front):  # "Any other type → ?" after "void → returns nothing"
        return Finding("leans-back", "the case is 'any other' than the line before it, which the card does not show")
    if note.rule in ("definition", "labelled-fact", "heading-fact") and (_ONLY_COUNT.fullmatch(back.strip()) or rx.fullmatch(
            r"(?:共|有)?\d{1,2}\s*(?:点|种|種|条|項|项|가지)[。.]?", back.strip())):  # "repo的优点？" → "4点。"
        return Finding("leans-back", f"'{back.strip()}' is only how many; what they are stands in the list it leads")
    if note.rule == "definition" and u.plain.rstrip().endswith((":", "：")) and rx.match(rf"{_COUNTED}\s+\w", back, re.I):
        return Finding("leans-back", "the back counts what the list or figure below it shows ('Four steps to …:')")
    if note.rule in ("definition", "labelled-fact", "heading-fact", "question-answer") and _KINDS_COUNTED.search(back) \
            and len(sentences(back)) == 1:  # "… are categorized into two main types based on …": not which two
        return Finding("leans-back", "the back only says how many kinds there are; the kinds stand in the lines after it")
    if note.template != Template.CLOZE and _PREMISE.match(back):  # "Isthme (bridge)?" → "Soit G = (V, E) un graphe."
        return Finding("leans-back", "the back is the premise ('Let G be a graph'); what follows from it is not on the card")
    if note.rule == "definition" and (named := _THAT_PROBLEM.search(back)):
        return Finding("leans-back", f"'{named.group(0)}' is told in the line before, which the card does not show")
    if note.template != Template.CLOZE and (above := _ABOVE_FRONT.match(front)):  # "如上流程：第一步是什么？"
        return Finding("leans-back", f"'{above.group(0)}' asks about what the lines above show, which the card does not")
    found = POINTS_UP.search(back) or POINTS_UP.search(front)
    if not found:
        return None
    return Finding("leans-back", f"'{found.group(0)}' counts what another line lists; the card names none of them")
