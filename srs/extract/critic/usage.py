"""One run of a command or one example's output taken for the fact: "gzip: Create a compressed file => gzip file1"
(usage_example keeps what the command does and leaves the run's file names and addresses out), "Level Order
Traversal : 1 2 3 4 5" (sample_output: the output for one tree the notes draw, no answer), "animation-delay: 0.5s" under
"animation-delay - define o atraso …" (setting_example: one example value of the property the item above describes)."""

from __future__ import annotations

import re
from dataclasses import replace

from srs.core.notes import NoteDraft
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit


def usage_example(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    command = (u.label or "").strip(" *_`")
    if note.rule != "labelled-fact" or not rx.fullmatch(r"[a-z][\w-]{1,20}", command):
        return None
    cut = rx.match(rf"(?P<does>.+?)\s*(?:=>|->|→)\s*`?{re.escape(command)}\b", note.back)
    if cut is None or not cut.group("does").strip(" .,;:"):
        return None
    return Finding("usage-example", f"the example run of '{command}' after the arrow is left out",
                   repaired=replace(note, back=cut.group("does").strip(" ,;:")))


def sample_output(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "Level Order Traversal : 1 2 3 4 5": the output for one tree the notes draw, not what the traversal is."""
    if note.rule not in ("labelled-fact", "rule", "heading-fact") or not rx.fullmatch(r"(?:\d{1,3}\s*(?:,|->|→)?\s+){2,}\d{1,3}\.?",
                                                                                      note.back.strip()):
        return None
    return Finding("example-data", "the answer is one example's output (a run of numbers), not a fact")


def setting_example(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "- animation-delay - define o atraso …" over "- animation-delay: 0.5s": the sub-item names the item's own
    property again with one example value; "Animation-delay?" / "0.5s" asks for that example, not the fact above."""
    label = (u.label or "").strip(" *_`").lower()
    parent = rx.split(r"\s+[-–—]\s+|[:：]\s+", (u.lead_text or "").strip(" *_`"), maxsplit=1)
    if note.rule != "labelled-fact" or not label or len(parent) < 2 or parent[0].strip(" *_`").lower() != label \
            or len(parent[1].split()) < 2 or len(note.back.split()) > 4:
        return None
    return Finding("example-data", f"the item above names '{label}' and says what it does; this line is its example value")


# "productid:[ 1, 2 ]", '"user":[ {…} ]', "[ "one", "two" ]": a literal of one example document, not a fact
_LITERAL = re.compile(r"(?:[\"']?\w+[\"']?\s*:\s*)?(?:\[.*\]|\{.*\})[,，]?")
# "+ (id) arrayWithObject: (id) anObject;": an Objective-C method signature cut at its selector's colon
_TYPED_SELECTOR = re.compile(r"\(\w+\s*\**\)\s*\w+")


# "input[type=image]:focus {...}", "[role=tab]:focus {...}": a CSS rule (a selector and its block)
_CSS_RULE = re.compile(r"[\w\[\]=\"'.:#>*()-]*[\[:.#][\w\[\]=\"'.:#>*()-]*\s*\{[^{}]*\}?\.?")


def code_literal(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule == "definition" and _CSS_RULE.fullmatch(note.back.strip()):
        return Finding("code-fragment", "the answer is a CSS rule for the term ('input[type=image]:focus {...}'), not "
                                        "what the term is")
    if note.rule != "labelled-fact":
        return None
    if _TYPED_SELECTOR.fullmatch((u.label or "").strip(" *_`")):
        return Finding("code-fragment", "a method signature cut at its selector's colon, not a label and its meaning")
    if _LITERAL.fullmatch(note.back.strip()) and rx.search(r"[\[{]\s*[\"'\d{]", note.back):
        return Finding("example-data", "the answer is a literal of one example (an array, an object), not a fact")
    return None
