"""A pipe table whose header row lacks its corner cell: "|標準|低頻度アクセス|Glacier|" over rows of one cell more
("|最初の50TB/月|$0.025/GB|$0.019/GB|$0.005/GB|"). A markdown parser drops each row's last cell and pairs every value
with the column to its left ("最初の50TB/月 — 低頻度アクセス?" / the standard price). The header gets its empty corner
cell, as the author meant, before the notes are parsed; the line numbers stay as they are."""

from __future__ import annotations

import re

from srs.extract import rx

_DELIMITER = re.compile(r"\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-{2,}:?\s*\|?|\|?(?:\s*:?-{2,}:?\s*\|)+")


def _cells(line: str) -> int:
    text = rx.sub(r"`[^`]*`", "x", line.strip())
    return len(rx.split(r"(?<!\\)\|", text.strip("|")))


def corner_cells(lines: list[str]) -> list[str]:
    out, k = list(lines), 0
    while k + 2 < len(out):
        head, rule = out[k].strip(), out[k + 1].strip()
        if not (head.startswith("|") and _DELIMITER.fullmatch(rule) and _cells(head) == _cells(rule)):
            k += 1
            continue
        end = k + 2
        while end < len(out) and out[end].strip().startswith("|"):
            end += 1
        width = _cells(head)
        if end > k + 2 and all(_cells(out[j]) == width + 1 for j in range(k + 2, end)):
            lead = out[k][:len(out[k]) - len(out[k].lstrip())]
            out[k], out[k + 1] = f"{lead}| {head}", f"{lead}|---{rule}"
        k = end
    return out
