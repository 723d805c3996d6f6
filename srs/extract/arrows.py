"""Arrows in a line: ``condition → action`` clauses and ``a → b → c`` flows."""

from __future__ import annotations

import re

ARROW = re.compile(r"\s+(?:→|->|=>|⟶|⇒)\s+")


def clauses(text: str) -> list[str]:
    """Split at top-level ``;`` (not inside parentheses)."""
    current: list[str]
    parts, depth, current = [], 0, []
    for c in text:
        depth += c == "("
        depth -= c == ")" and depth > 0
        if c == ";" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(c)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def top_level_steps(clause: str) -> list[str]:
    """The clause split at arrows outside parentheses."""
    masked = _mask_parens(clause)
    steps, last = [], 0
    for m in ARROW.finditer(masked):
        steps.append(clause[last:m.start()].strip())
        last = m.end()
    steps.append(clause[last:].strip())
    return steps


def _mask_parens(text: str) -> str:
    """The text with what stands inside brackets masked ("Background Writer [Memory → Disk]": no arrow of the line)."""
    out, depth = [], 0
    for c in text:
        if c in "([{（":
            depth += 1
        out.append("x" if depth and c not in "([{（)]}）" else c)
        if c in ")]}）" and depth:
            depth -= 1
    return "".join(out)
