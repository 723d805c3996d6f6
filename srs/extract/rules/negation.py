"""Negation: a statement whose author set its "NOT" in capitals → a yes/no question answered "No".
    SCPs do NOT apply to the management account.   → Do SCPs apply to the management account? / No. …
    The rotation period is NOT customizable (always 1095 days). → Is the rotation period customizable? / No. …
Cram sheets mark the exam's traps this way; the capitals are the author's own cue that the fact is the "not".
English only (the question is built from the sentence's auxiliary); a subject of at most six words, a plain
predicate of two to fourteen words, and nothing after it but a parenthetical.
"""

from __future__ import annotations

import re

from srs.core.notes import NoteKind
from srs.extract import rx
from srs.extract.drafts import draft
from srs.extract.model import Claim, Doc, Unit
from srs.extract.text import capitalize, word_count

RULE = "negation"
_NEGATED = re.compile(
    r"^(?P<subject>[A-Za-z][\w ./&'-]{1,60}?)\s+(?P<aux>do|does|is|are|can|should|will)\s*NOT\s+"
    r"(?P<rest>[a-z][^()→:;?!]{2,120}?)\s*(?P<aside>\([^()]*\))?\.?$"
    r"|^(?P<subject2>[A-Za-z][\w ./&'-]{1,60}?)\s+CANNOT\s+(?P<rest2>[a-z][^()→:;?!]{2,120}?)\s*(?P<aside2>\([^()]*\))?\.?$"
)
_LEADS = re.compile(r"^(?:if|when|because|since|although|but|and|or|so|it|this|that|these|those|they|you|we|do|don't)\b",
                    re.IGNORECASE)


def apply(u: Unit, doc: Doc) -> Claim | None:
    if doc.language or u.label or "NOT" not in u.plain:
        return None
    m = _NEGATED.match(u.plain.strip())
    if m is None:
        return None
    subject = (m.group("subject") or m.group("subject2")).strip()
    aux = m.group("aux") or "can"
    rest = (m.group("rest") or m.group("rest2")).strip().rstrip(".,")
    shortest = 1 if aux in ("is", "are") else 2  # "is NOT customizable"
    if _LEADS.match(subject) or rx.search(r"\b(?:but|and|or)\b|,", subject) or not 1 <= word_count(subject) <= 6 \
            or not shortest <= word_count(rest) <= 14 or "NOT" in rest \
            or rx.search(r"\b(?:but|whereas|while|instead|rather)\b", rest):  # "NOT generic types but they …": a contrast
        return None  # whose second half "No" would deny
    subject = rx.sub(r"^(The|A|An)\b", lambda a: a.group(1).lower(), subject)  # "Is the rotation period …?"
    front = f"{capitalize(aux)} {subject} {rest}?"
    note = draft(u, NoteKind.FACT, RULE, front, f"No. {u.plain.strip()}")
    return Claim(RULE, [note], detail="a statement whose 'NOT' the notes stress")
