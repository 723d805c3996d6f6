"""Code fences indented under a label line: "**Commande**:" then "    ```bash" / "    terraform show" / "    ```".

CommonMark reads a fence indented four spaces right after a paragraph line as more text of the paragraph (an indented
block cannot interrupt one), so the code and every label line above it become one run-on text, and "```bash" a
code span across lines. The author means a code block: srs.extract.prepare moves the fence to the margin."""

from __future__ import annotations

import re

from srs.extract.text import ITEM_MARKER

_INDENTED_FENCE = re.compile(r"^(?P<indent> {4,}|\t+)(?P<fence>`{3,}|~{3,})")


def fences_after_labels(lines: list[str]) -> list[str]:
    out = list(lines)
    i = 0
    while i < len(out) - 1:
        opening = _INDENTED_FENCE.match(out[i + 1])
        line = out[i]
        if opening is None or not line.strip() or line.startswith((" ", "\t")) or ITEM_MARKER.match(line) \
                or line.lstrip().startswith(("```", "~~~")):
            i += 1
            continue
        indent, fence = opening.group("indent"), opening.group("fence")
        closing = next((j for j in range(i + 2, len(out)) if out[j].strip().startswith(fence)
                        and not out[j].strip().strip(fence[0])), None)
        if closing is None:
            i += 1
            continue
        for j in range(i + 1, closing + 1):
            out[j] = out[j][len(indent):] if out[j].startswith(indent) else out[j].lstrip()
        i = closing + 1
    return out
