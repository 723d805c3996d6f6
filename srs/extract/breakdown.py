"""A list that takes apart the example right above it: ``$ ls -l`` / ``-rw-rw-r-- 1 jason users …`` in a code block,
then "- Owner name: `jason`", "- Group name: `users`". Each item names a field of that one example and its value there;
the values are the example's data, not facts to recall."""

from __future__ import annotations

import re

from srs.extract import rx
from srs.extract.model import Block

_VALUE = re.compile(r"\s*(?:[-*+]|\d+[.)])\s+[^`:]{1,60}:\s*`([^`]+)`\s*$")  # "- Owner name: `jason`": a field and its value


def breaks_down_code(lines: list[str], block: Block) -> bool:
    """Whether the list ``block`` comes right after a code block and most of its items' code values stand in it."""
    k = block.start - 2
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0 or not lines[k].strip().startswith(("```", "~~~")):
        return False
    fence, start = lines[k].strip()[:3], k - 1
    while start >= 0 and not lines[start].strip().startswith(fence):
        start -= 1
    code = "\n".join(lines[start + 1:k]) if start >= 0 else ""
    items = [line for line in lines[block.start - 1:block.end] if rx.match(r"\s*(?:[-*+]|\d+[.)])\s", line)]
    values = [m.group(1).strip() for line in items if (m := _VALUE.match(line))]
    found = sum(1 for v in values if v and v in code)
    return bool(code) and len(items) >= 3 and found * 4 >= len(items) * 3
