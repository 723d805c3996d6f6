"""A walkthrough of the author's own script, line by line: "`PORT = 4443`: defines the variable PORT …",
"`server_side=True`: the socket is set up for the server side". The label is one line of that code (an assignment),
the back reads it aloud (it names the variable again): the card drills one program, and its front holds the answer.
A setting's value explained ("`acks=0`: the producer does not wait for any answer") is knowledge, and stays."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft
from srs.extract import rx
from srs.extract.critic.echo import identifier_words
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

_ASSIGNMENT = re.compile(r"`[^`=<>!]*[\w\])]\s*=\s*[^=>\s][^`]*`")  # "`PORT = 4443`", "`server_side=True`" (not "==", "=>")


def code_walk(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "labelled-fact" or not u.label:
        return None
    label = u.label.strip(" *_:：")
    if not _ASSIGNMENT.fullmatch(label):
        return None
    name = label.strip("`").split("=", 1)[0]
    parts = {p[:4] for w in identifier_words(name) for p in rx.findall(r"[a-z]{3,}", w)}
    if not parts & {w.lower()[:4] for w in rx.findall(r"[A-Za-z]{3,}", note.back)}:
        return None  # "`acks=0`: the producer does not wait for any answer": what a setting's value does, knowledge
    return Finding("code-walk", f"'{label}' is one line of the author's code, read aloud on the back")
