"""Heading fact: a heading followed by a short paragraph → "Heading?" / the paragraph.

    ## Spoofing
    Threat to authentication. Mitigate with strong auth, mTLS, signed tokens.

The paragraph must be the first thing under the heading, short (≤ 40 words),
a statement rather than a question, and the heading must name something
("Spoofing", not "Notes" or "Summary").
"""

from __future__ import annotations

from srs.core.notes import NoteKind
from srs.extract.drafts import draft
from srs.extract.model import Claim, Doc, Unit
from srs.extract.shapes import grab_bag
from srs.extract.text import capitalize, is_generic, word_count

RULE = "heading-fact"
MAX_WORDS = 40


def apply(u: Unit, doc: Doc) -> Claim | None:
    heading = u.after_heading
    if not heading or u.label or u.in_list or not u.plain or u.plain.endswith(("?", ":")):
        return None
    if word_count(u.plain) > MAX_WORDS or is_generic(heading) or grab_bag(heading) or word_count(heading) > 8:
        return None
    if word_count(u.plain) < 4 or not u.plain.endswith((".", "!", ")", "”")):  # a sentence, not a stray title
        return None
    return Claim(RULE, [draft(u, NoteKind.FACT, RULE, f"{capitalize(heading)}?", u.plain)],
                 detail=f"the short paragraph that opens '{heading}'")
