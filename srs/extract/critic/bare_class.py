"""A definition cut to its class: "**Lazy initialization** is a performance optimization. If creating …" → "What is
Lazy initialization?" / "A performance optimization". The class fits a hundred terms; what sets this one apart is in
the sentences after it, which the card leaves out. "VLAN 1" → "The default VLAN" or "Vertex" → "A node" name the
thing itself, and "Guarding" → "A failsafe mechanism" (against "a filtration mechanism") sets it apart: they stay.
"HTTP" → "A stateless protocol" names one trait and the class, and fits many protocols."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

_CLASS = re.compile(r"(?:an?|the)\s+(?:(?:performance|design|software|simple|common|useful|powerful|important|popular|"
                    r"per-region|regional|global|key|core|special|general|basic|new|cloud|managed|web|programming|graph|"
                    r"search|sorting|linear|stateless|stateful|connection-oriented|connectionless|distributed|reliable|"
                    r"unreliable|lightweight|open-source|fast|secure)\s+)?(?:mechanism|pattern|optimi[sz]ation|technique|concept|approach|method|"
                    r"service|tool|feature|process|strategy|practice|component|solution|thing|way|idea|principle|"
                    r"framework|platform|library|language|system|software|program|application|protocol|algorithm|"
                    r"data structure)s?(?:\s+(?:of|in|from)\s+(?:the\s+)?[\w.+-]+)?\.?",  # "A new feature of IPv6": whose class
                    re.IGNORECASE)


# "JavaScript is a very function-oriented language": how much, said of a class, is the author's view, no definition
_JUDGED = re.compile(r"(?:an?|the)\s+(?:(?:very|really|quite|pretty|super|extremely|incredibly|fairly|rather|so|truly)\s+\S|"
                     r"(?<=the )(?:preferr?ed|recommended|best|easiest|simplest|usual|favou?rite|(?:more|less)\s+\w+)\s+(?:\w+\s+)?(?:way|method|"
                     r"approach|option|choice|tool)\b)", re.IGNORECASE)  # ("Firewalld is the preferred Red Hat method")


def bare_class(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "definition" or note.reverse:
        return None
    if _JUDGED.match(note.back.strip()):
        return Finding("bare-class", f"'{note.back.strip()}' is a judgement of degree, which defines nothing")
    if rx.match(r"(?:an?|the)\s+(?:[\w-]+\s+){1,3}(?:just\s+)?like any other\b", note.back.strip(), re.IGNORECASE):
        return Finding("bare-class", f"'{note.back.strip()}' says it is one more of its kind, not what it is")
    if rx.fullmatch(r"(?:an?|uma?|una?|une?|eine?)\s+(?:great|big|huge|grande|gran|enorme|große|grosse)\s+(?:help|ajuda|ayuda|"
                    r"aide|hilfe|aiuto|advantage|vantagem|ventaja|avantage|vorteil)\.?", note.back.strip(), re.IGNORECASE):
        return Finding("bare-class", f"'{note.back.strip()}' praises it, which defines nothing")
    if rx.fullmatch(r"(?:the|a)\s+default(?:\s+(?:value|option|setting|choice|behaviou?r|mode))?\.?", note.back.strip(), re.I):
        return Finding("bare-class", f"'{note.back.strip()}' says where it stands ('Bias is the default'), not what it is")
    if not _CLASS.fullmatch(note.back.strip()):
        return None
    return Finding("bare-class", f"'{note.back.strip()}' only names the class, which fits many terms", suggest=True)


# "The API server is the only component that talks to etcd" → "What is API server?" / "The only component …": a claim
# that picks it out among its kind ("the single source of truth", "the first …"), which defines nothing
_ONE_OF_A_KIND = re.compile(r"(?:(?:the|an?)\s+)?(?:only|sole|single|first|last|one and only)\s+\w", re.IGNORECASE)


def one_of_a_kind(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "definition" or note.reverse or not _ONE_OF_A_KIND.match(note.back.strip()):
        return None
    return Finding("one-of-a-kind", f"'{note.back.strip()}' says what sets it apart among its kind, not what it is",
                   suggest=True)


# "column = NULL does not work" → "What is column?" / "NULL does not work": "column = NULL" is an expression (a value on
# its right), and the line a claim about it ("Failure = system isn't working" stays: a state, said of the term)
_OWN_CLAUSE = re.compile(r"(?:NULL|TRUE|FALSE|None|null|true|false|nil|\d+(?:\.\d+)?|'[^']*'|\"[^\"]*\")\s+"
                         r"(?:(?:never|always|only|not)\s+)?(?:does|doesn't|don't|didn't|won't|will|cannot|can't|can|"
                         r"isn't|aren't|is|are|returns?|gives?|fails?|works?|matches)\b")


def compared_value(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "definition" or note.reverse or " = " not in u.plain or not _OWN_CLAUSE.match(note.back.strip()):
        return None
    return Finding("fragment", f"the line compares a value ('{u.plain.strip()}'): a claim about an expression, no term")
