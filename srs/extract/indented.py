"""Indented text CommonMark reads otherwise than people mean. Code fences indented under a label line ("**Commande**:"
then "    ```bash" / "    terraform show" / "    ```"), and a list indented under its lead-in line (lists_after_lead_ins).

CommonMark reads a fence indented four spaces right after a paragraph line as more text of the paragraph (an indented
block cannot interrupt one), so the code and every label line above it become one run-on text, and "```bash" a
code span across lines. The author means a code block: srs.extract.prepare moves the fence to the margin."""

from __future__ import annotations

import re

from srs.extract import rx
from srs.extract.text import ITEM_MARKER, cjk_share

_FENCE = re.compile(r"^\s*(`{3,}(?!.*`)|~{3,})")  # a backtick fence's info string holds no backtick

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


_INDENTED_ITEM = re.compile(r"^(?P<indent> {4,}|\t+)(?:[-*+]|\d{1,9}[.)])\s")


def lists_after_lead_ins(lines: list[str]) -> list[str]:
    """ "The following types can be used:" then "    * 1:N replication …": a list indented under its lead-in line.
    CommonMark reads the indented items as more lines of the paragraph (one run-on text); people mean a list."""
    code = in_code(lines)
    out = list(lines)
    i = 0
    while i < len(out) - 1:
        line = out[i]
        item = _INDENTED_ITEM.match(out[i + 1])
        if (code[i] or not line.strip() or ITEM_MARKER.match(line.lstrip()) or _nested(out, i)
                or item is None or code[i + 1]  # ("DAX is a write-through cache" over "    - data is …" too)
                or not line.rstrip().endswith((":", "：")) and line.lstrip().startswith(("#", "|", ">"))):
            i += 1
            continue
        indent = item.group("indent")
        j = i + 1
        while j < len(out) and not code[j] and out[j].startswith(indent) and out[j].strip():
            out[j] = out[j][len(indent):]
            j += 1
        i = j
    return out


def _nested(lines: list[str], i: int) -> bool:
    """Line ``i`` is indented text of something above it (an item's paragraph), not a lead-in line of its own: "   4
    conditions:" right under a heading is a paragraph, indented by up to three spaces."""
    if lines[i].startswith("\t") or len(lines[i]) - len(lines[i].lstrip(" ")) >= 4:
        return True
    above = next((line for line in reversed(lines[:i]) if line.strip()), "#")
    return lines[i].startswith(" ") and not above.startswith("#")


def in_code(lines: list[str]) -> list[bool]:
    """For each line: is it a fence or inside a fenced code block?"""
    out: list[bool] = []
    in_fence = ""
    for line in lines:
        fence = _FENCE.match(line)
        if in_fence:
            if fence and fence.group(1)[0] == in_fence[0] and len(fence.group(1)) >= len(in_fence):
                in_fence = ""
            out.append(True)
        elif fence:
            in_fence = fence.group(1)
            out.append(True)
        else:
            out.append(False)
    return out


_CODE_MARK = re.compile(r"[;{}]|\(\)|^\s*(?:\$|>>>|#include|def |class |import |public |return |SELECT |<\w)|\s=\s")


def prose_under_headings(lines: list[str]) -> list[str]:
    """ "### JVM이란?" over answers all indented four spaces: notes exported with their indent, prose and bullets that
    CommonMark reads as one code block. A heading's whole section indented, in sentences and with no mark of code, is
    moved to the margin (deeper indents keep their depth under it)."""
    code = in_code(lines)
    out = list(lines)
    heads = [k for k, line in enumerate(lines) if not code[k] and rx.match(r"^#{1,6}\s", line)]
    for k, start in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        body = [j for j in range(start + 1, end) if lines[j].strip()]
        if len(body) < 2 or any(code[j] or not lines[j].startswith("    ") or _CODE_MARK.search(lines[j]) for j in body):
            continue
        said = [lines[j].strip() for j in body if not ITEM_MARKER.match(lines[j].strip())]
        if not said or sum(len(t.split()) >= 5 or cjk_share(t) > 0.3 for t in said) * 2 < len(said):
            continue  # ("    kubectl get pods" under "### List pods": a command, not a sentence)
        for j in range(start + 1, end):
            out[j] = lines[j][4:] if lines[j].startswith("    ") else lines[j]
    return out
