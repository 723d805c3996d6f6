"""A bare number for an answer under a label that does not say what the number is.

"**stdin**: 0" → "Stdin?" / "0", "整数拆分：343" (a problem's number on a judge): the front asks for a term and the back
gives a number, so the learner cannot know that a file descriptor or a problem id is wanted. A label that names what is
counted or measured ("IGMPv2: TTL?" / "1", "HTTPS: Standaardpoort?" / "443", "Number of nodes?") keeps its card; a
kind's name over a number ("Protocol?" / "2") is repaired before this check (label_value.number_label).
Graded bare-number backs elsewhere were 1 of 7 good.
"""

from __future__ import annotations

import re

from srs.core.cloze import strip_cloze
from srs.core.notes import NoteDraft
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit
from srs.extract.text import word_count

_BARE_NUMBER = re.compile(r"`?\d{1,6}`?\.?")
# words that say a number is wanted: what it counts, measures or identifies, in the notes' languages
_QUANTITY = re.compile(
    r"number|\bnr\b|\bno\.|\bnum\b|#|port|\bttl\b|count|size|length|limit|max|min|default|value|version|code|\bids?\b|"
    r"timeout|retr(?:y|ies)|priority|weight|cost|distance|metric|hops?\b|bits?\b|bytes?\b|seconds|level|\bmtu\b|vlan|"
    r"rank|year|degree|score|total|amount|capacity|threshold|\brat(?:e|io)s?\b|percent|factor|depth|height|width|"
    r"nummer|numéro|número|numero|anzahl|aantal|cantidad|quantidade|quantità|nombre|größe|grootte|tamaño|tamanho|"
    r"taille|dimensione|standaard|standard|padrão|défaut|predeterminado|wert|valor|valeur|waarde|valore|jahr|jaar|"
    r"año|ano|anno|puerto|porta|porte|poort|stufe|niveau|nivel|livello|"
    r"端口|编号|号码|数量|个数|次数|数值|值|率|ポート|番号|個数|回数|値|포트|번호|개수|횟수|값|порт|номер|число|значение|количество|размер",
    re.IGNORECASE)


def unnamed_number(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "labelled-fact" or not _BARE_NUMBER.fullmatch(note.back.strip()) or _QUANTITY.search(note.front):
        return None
    return Finding("bare-number", "the answer is a bare number and the front does not say what it counts or names")


def timeline_slot(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "19 - 21 → p2", "b.2 Preemptiva — 14 - 19?" / "p3": one slot of a scheduling timeline the notes work through."""
    key = rx.sub(r"^.*(?:: | — )|\s*(?:→|->)\s*\?$|[?？]$", "", note.front).strip()
    if note.rule not in ("labelled-fact", "rule", "table") or not rx.fullmatch(r"\d{1,4}\s*[-–]\s*\d{1,4}", key) \
            or not rx.fullmatch(r"[A-Za-z]{1,2}\d{1,3}", note.back.strip(" `*")):
        return None
    return Finding("example-data", f"'{key}' is a slot of a worked timeline; '{note.back.strip()}' is that example's value")


# "{{c1::60%}} requests satisfied at origin": the number opens a short line (after a label, "Class A: {{c1::8}} network
# bits", the label says whose number it is)
_OPENING_CLOZE = re.compile(r"\s*\{\{c\d+::")
MAX_OPENED_WORDS = 8  # graded clozes whose number opened a line this short: 7 of 17 GOOD (rounds 601-746)


def opening_number(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "[...] requests satisfied at origin", "[...] private by default": a short line that opens on its number
    leaves out what is counted or whose figure it is, said in the line or the heading before."""
    if note.rule != "number-cloze" or not _OPENING_CLOZE.match(note.front) \
            or word_count(strip_cloze(note.front)) > MAX_OPENED_WORDS:
        return None
    return Finding("bare-number", "the hidden number opens a short line: what it counts stands in the line before")
