"""One line that holds several "label: value" pairs ("逻辑地址：CPU 生成的地址；物理地址：内存看到的地址"): a labelled fact
read from its first colon carries the other pairs in its back. The back keeps its own pair only."""

from __future__ import annotations

import re
from dataclasses import replace

from srs.core.notes import NoteDraft, Template
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

# a separator, then a short label and its colon: the next pair of the line
_NEXT_PAIR = re.compile(r"\s*[；;]\s*(?=[^；;：:,，。.]{1,24}(?:：\s*|:\s+)\S)")


def next_pair(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "labelled-fact" or note.template != Template.BASIC:
        return None
    m = _NEXT_PAIR.search(note.back)
    if m is None or m.start() == 0 or "`" in note.back[m.start():] or re.search(r"[：:]", note.back[:m.start()]):
        return None  # (code after it is an example; "CPU-bound: 1 per core; I/O-bound: 10–50" is pairs that answer)
    return Finding("next-pair", "the back runs on into the line's next 'label: value' pair",
                   repaired=replace(note, back=note.back[:m.start()].rstrip(" ，,")))
