"""One line that holds several "label: value" pairs ("逻辑地址：CPU 生成的地址；物理地址：内存看到的地址"), or two
expansions ("TCP stands for …, and IP stands for …"): a card read from its first pair carries the others in its back.
The back keeps its own pair only."""

from __future__ import annotations

import re
from dataclasses import replace

from srs.core.notes import NoteDraft, Template
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

# a separator, then a short label and its colon: the next pair of the line
_NEXT_PAIR = re.compile(r"\s*[；;]\s*(?=[^；;：:,，。.]{1,24}(?:：\s*|:\s+)\S)")
# ", and IP stands for …": the next expansion of the same sentence
_SECOND_EXPANSION = re.compile(r",?\s+(?:and|while|whereas)\s+[A-Z][A-Za-z0-9]{1,7}\s+(?:stands for|means|is short for)\b")


def next_pair(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.template != Template.BASIC:
        return None
    second = _SECOND_EXPANSION.search(note.back) if note.rule in ("definition", "acronym") else None
    if second and second.start() > 0:  # "TCP stands for Transmission Control Protocol, and IP stands for …"
        return Finding("next-pair", "the back runs on into a second acronym's expansion",
                       repaired=replace(note, back=note.back[:second.start()].rstrip(" ,")))
    if note.rule != "labelled-fact":
        return None
    m = _NEXT_PAIR.search(note.back)
    if m is None or m.start() == 0 or "`" in note.back[m.start():] or rx.search(r"[：:]", note.back[:m.start()]):
        return None  # (code after it is an example; "CPU-bound: 1 per core; I/O-bound: 10–50" is pairs that answer)
    return Finding("next-pair", "the back runs on into the line's next 'label: value' pair",
                   repaired=replace(note, back=note.back[:m.start()].rstrip(" ，,")))


def pair_as_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "- `r` ⇒ replace one character" over "- R ⇒ replace until ESC": the item above is a pair of its own (a key and
    what it does), so the sub-item is its sibling, not the answer to it."""
    if note.rule != "labelled-fact" or not rx.search(r"\s(?:⇒|=>)\s+\S", u.label or ""):
        return None
    return Finding("wrong-subject", f"'{(u.label or '').strip()}' already pairs a name with what it does; the line under "
                                    "it is another pair, not its answer")
