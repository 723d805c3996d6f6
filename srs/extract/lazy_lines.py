"""Lines markdown glues to a list item lazily: a paragraph typed right under an item, at the item's own indent,
with no blank line between ("- Asynchronous: the leader does not wait" / "It's impractical for all …"). The walker
reads such lines as the paragraph the author meant, not as the item's text."""

from __future__ import annotations

import re

from srs.extract import rx
from srs.extract.inline import read
from srs.extract.model import Block, Line
from srs.extract.text import word_count


def lazy_cut(lines: list[Line], source: list[str], bare_list: bool = False) -> int | None:
    """ "- Asynchronous: the leader does not wait" / "It's impractical for all …" at the item's own indent: a new
    paragraph the author meant, which markdown glues to the item as a lazy line. The item (a label and its text, or a
    sentence) ends before it: the index of that line. A bare term over such lines ("* __Young generation__" / "The
    young generation …") keeps them (None): they are its text, unless ``bare_list``: the item ends a list of bare
    names ("- **CPUUtilization**" … "- **DiskReadOps**" / "It does not include memory …"), which the lines are about."""
    if not lines:
        return None
    marker = source[lines[0].no - 1]
    indent = len(marker) - len(marker.lstrip())
    first = read(lines[:1])
    if not (bare_list or first.label and first.body or first.plain.rstrip().endswith((".", "!", "?"))
            or rx.search(r"\S\s[—–]\s+\S", first.plain)):  # ("7. Imputation with a library — Datawig": a term, a gloss)
        return None
    for k, line in enumerate(lines[1:], start=1):
        raw = source[line.no - 1]
        if len(raw) - len(raw.lstrip()) > indent or not raw.strip()[:1].isupper():
            continue
        if not rx.search(r"(?:[,;(/&+-]|\b(?:and|or|but|the|a|an|of|to|for|with|in|on|at|by|from|that|which|as|is|are))$",
                         lines[k - 1].md.rstrip(), re.IGNORECASE):  # ("… waits for" / "Kafka brokers to ack": one sentence)
            return k
    return None


def bare_names(items: list[Block]) -> bool:
    """Three items or more, each but the last one line of a short name with no text ("- **CPUUtilization**"): a
    list of names, whose last item owns no lines glued under it."""
    if len(items) < 3 or any(i.children or i.start != i.end for i in items[:-1]):
        return False
    return all(bool(i.lines) and word_count(t := read(i.lines[:1]).plain) <= 5 and not rx.search(r"[:：.!?。]\s*$|[:：]\s", t)
               for i in items)
