"""A bare cost: "Queue (FIFO): Enqueue/Dequeue?" → "O(1)". The back is a Big-O bound, but neither the front nor the
headings over it say that a cost is asked: "Enqueue/Dequeue?" could ask what the operations do. The front is repaired
to say so ("Queue (FIFO): Enqueue/Dequeue (Big-O)?"); under "Time complexity" or "시간 복잡도" it already says it."""

from __future__ import annotations

import re
from dataclasses import replace

from srs.core.notes import NoteDraft
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

_RULES = frozenset({"labelled-fact", "table"})
_BOUND = re.compile(r"`?[OΘΩθ]\(")
_SAYS_COST = re.compile(r"complex|big[- ]?o|\bcost|\btime\b|\bspace\b|runtime|running|performance|speed|worst|best|"
                        r"average|\bavg\b|amortized|lookup|复杂度|複雑度|计算量|計算量|时间|時間|空间|空間|복잡도|시간|공간|성능|性能|パフォーマンス|"
                        r"complexit|komplexit|complejidad|complessit|laufzeit|leistung|rendimiento|desempenho|coût|custo|costo|kosten|сложност", re.IGNORECASE)


def bare_cost(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """A Big-O back under a front and headings that never say a cost is asked: the front names it."""
    if note.rule not in _RULES or not _BOUND.match(note.back.strip()) or note.reverse:
        return None
    if any(_SAYS_COST.search(t) for t in (note.front, u.list_title, u.lead_text, *u.path)):
        return None
    front = rx.sub(r"\s*[?？]\s*$", "", note.front.strip())
    return Finding("bare-cost", "the back is a Big-O bound the front never asks for ('Enqueue/Dequeue?' → 'O(1)')",
                   repaired=replace(note, front=f"{front} (Big-O)?"))
