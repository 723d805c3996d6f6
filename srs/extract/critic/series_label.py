"""A label that names the kind or the place of a statement, not its subject; a line about one numbered node of a
diagram.

Mathematical notes label each statement by its kind: "Def: PRG is unpredictable if …", "Lemma: One time pad has
perfect secrecy", "Thm(Yao'82): An unpredictable PRG is secure", "Easy fact: A secure PRG is unpredictable". In notes
that do so more than once, "Making OTP practical — def?" or "Thm?" could be any of them: the card cannot be answered.
"Def" is never a term ("What is Def?").

Notes that number a series of items by one word ("Attack 1: Two time pad", "Attack 2: no integrity") ask the author's
numbering: "Attack 2?" → "no integrity" is a position, not a fact. Numbers that are part of a name ("Layer 2",
"RAID 5", "Phase 1", "Type 2 hypervisor") are left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from srs.core.notes import NoteDraft
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.critic.page_index import PAGE_CITE, PAGE_REFERENCE
from srs.extract.model import Doc, Unit

_KIND_WORD = (r"def(?:n|inition)?|lemma|lemme|thm|theorem|théorème|teorema|satz|corollary|corollaire|corolario|corolário|"
              r"korollar|cor|prop(?:osition)?|proposição|proposición|claim|fact|remark|observation|conjecture|axiom|proof|pf|"
              r"preuve|beweis|demostración|demonstração|dimostrazione|定理|引理|推论|推論|命题|命題|公理|证明|証明|补题|補題")
# "Easy fact", "Thm(Yao'82)", "Lemma 2.1", "Def."
STATEMENT_KIND = re.compile(rf"(?:(?:easy|simple|main|key|basic|fundamental|important|useful)\s+)?(?:{_KIND_WORD})\.?"
                            r"\s*(?:\d+(?:\.\d+)*)?\s*(?:[(（][^()（）]{1,30}[)）])?", re.IGNORECASE)
# "Attack 2", "Option #3": a word and the item's number in the notes
_NUMBERED = re.compile(r"([^\W\d_]{3,})\s*#?\s*(\d{1,2})", re.IGNORECASE)
# words whose number is part of a name: OSI layers, RAID levels, IKE phases, hypervisor types, SEV1 incidents …
_NAMED_BY_NUMBER = frozenset("layer layers level levels raid phase stage type tier ring gen generation version class "
                             "category cat sev severity priority grade rank http ipv sha md tls ssl web industry wave "
                             "python java windows ecmascript es".split())
# a line's label: "- **Attack 2**: …", "Lemma: …", "Thm(Yao'82): …"
# (matched line by line on the line's first 120 characters: a pattern over the whole text that may skip spaces across
# lines costs time quadratic in a deep list's indentation)
_LINE_LABEL = re.compile(r"(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?(?:\*\*|__)?([^:：*_\n]{1,40}?)(?:\*\*|__)?[ \t]*[:：]")


# "`C3`", "`T2`": one node, commit or step of a diagram or worked example the notes number ("`C2`以降で2つの ブランチ")
_NODE_ID = re.compile(r"`([A-KMNO-RT-UW-Z])(\d{1,2})`")  # (not `L1`-`L3` caches, `P99`, `S3`, `H1`, `V2` versions)
_NODE_MENTION = re.compile(r"(?<![\w-])([A-Z])(\d{1,2})(?![\w-])")  # "**C3**の内容に", "最新コミット(C3)"


def count_labels(source: str) -> Counter[str]:
    """How often the notes label a line by a statement's kind ("statement") or by a numbered word ("attack"), and how
    many ids of one series they name in code ("id:C": `C2`, `C3`, `C6`)."""
    counts: Counter[str] = Counter(f"id:{letter}" for letter, _ in set(_NODE_ID.findall(source)))
    pages = set()
    for line in source.split("\n"):
        counts["page-reference"] += bool(PAGE_REFERENCE.search(line[-60:]))
        if cite := PAGE_CITE.match(line.lstrip()[:40]):
            pages.add(cite.group("page"))
        found = _LINE_LABEL.match(line.lstrip()[:120])
        if not found:
            continue
        label = found.group(1).strip()
        counts[f"label:{label.strip('`').lower()}"] += 1
        if STATEMENT_KIND.fullmatch(label):
            counts["statement"] += 1
        elif numbered := _NUMBERED.fullmatch(label):
            counts[numbered.group(1).lower()] += 1
    counts["page-cite"] = len(pages)
    return counts


_COURSE_PART = (r"\b(?:section|chapter|lecture|lesson|module|week|unit|day|kapitel|capítulo|capitolo|chapitre|lección|aula|"
                r"semana|woche|session|sesión|sessão|sitzung)\s*\d{1,2}")


def series_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    node = next((m.group() for m in _NODE_MENTION.finditer(u.md) if doc.labels.get(f"id:{m.group(1)}", 0) >= 3), "")
    if node and note.rule not in ("table", "command"):
        return Finding("example-data", f"the line is about {node}, one node of a diagram or worked example the card "
                                       "does not show")
    stuck = rx.search(r"(?:^|(?<=什么是)|(?<=What is )|(?<=What are ))\d{1,2}\.(?=[^\W\d_])", note.front)
    if note.rule == "definition" and stuck:  # "什么是1.C3P0？": item 1, typed without its space
        return Finding("outline-number", f"'{stuck.group()}' numbers the item, it is no part of the term",
                       repaired=replace(note, front=note.front[:stuck.start()] + note.front[stuck.end():]))
    if note.rule == "definition" and rx.search(rf"{_COURSE_PART}\s*[?？]$", note.front, re.IGNORECASE):
        return Finding("meta-section", "the term names a part of the course ('Aula 3 — Tracing …'); its title is no fact")
    numbered_front = rx.search(r"(?:^|: |— |what is )(\d{1,2}\.\s+)", note.front, re.IGNORECASE)
    if note.rule in ("labelled-fact", "definition") and numbered_front:  # "1. Deduktion?": item 1's number, no part of it
        start, end = numbered_front.span(1)
        return Finding("outline-number", f"'{numbered_front.group(1).strip()}' numbers the item, it is no part of its label",
                       repaired=replace(note, front=note.front[:start] + note.front[end:]))
    topic = (note.front.split(" — ")[0] if " — " in note.front else rx.split(r": |：", note.front, maxsplit=1)[0]
             if rx.search(r": |：", note.front) else "").strip()
    if note.rule in ("labelled-fact", "table") and (rx.fullmatch(_COURSE_PART, topic, re.IGNORECASE)
                                                    or rx.fullmatch(r"第?\s*\d{1,2}\s*[章節节回課]", topic)):
        return Finding("meta-section", f"'{topic}' names a part of the course, not whose fact it is ('6章 — 欠点?')")
    if note.rule not in ("labelled-fact", "definition") or not u.label:
        return None
    label = u.label.strip(" *_`:：")
    numbered_item = rx.match(r"\d{1,2}\.(?=[^\W\d_])", label)  # "3.store: 接受 store …": item 3, typed without its space
    if numbered_item and label in note.front:
        return Finding("outline-number", f"'{numbered_item.group()}' numbers the item, it is no part of its label",
                       repaired=replace(note, front=note.front.replace(label, label[numbered_item.end():], 1)))
    if STATEMENT_KIND.fullmatch(label):
        if note.rule == "definition":  # ("Definition: AWS Budgets ist …" asks for AWS Budgets and stays)
            if not rx.search(rf"\b{re.escape(label)}\s*[?？]$", note.front, re.IGNORECASE):
                return None
            return Finding("statement-kind", f"'{label}' names the kind of statement (a definition), not a term")
        if doc.labels.get("statement", 0) >= 2:
            return Finding("statement-kind", f"'{label}' names the kind of statement; the notes state several, so the "
                                             "card does not say which one it asks")
        return None
    if note.rule == "labelled-fact" and doc.labels.get(f"label:{label.lower()}", 0) >= 3 \
            and rx.match(r"`?\$[A-Z_]|`[A-Z_]{3,}`|`\d+\s*(?:→|->)", note.back):  # "**Catena:** `OUTPUT`" in four firewall rules
        return Finding("example-data", f"'{label}' is a field the notes fill in for each of their examples; this is one "
                                       "example's value")
    if rx.search(rf"{_COURSE_PART}$", label, re.IGNORECASE):
        return Finding("meta-section", f"'{label}' names a part of the course; its title is no fact")  # "今回は Section 8:"
    numbered = _NUMBERED.fullmatch(label)
    if numbered and numbered.group(1).lower() not in _NAMED_BY_NUMBER and doc.labels.get(numbered.group(1).lower(), 0) >= 2 \
            and rx.search(rf"(?:^|: |— ){re.escape(label)}\?$", note.front, re.IGNORECASE):
        return Finding("series-number", f"'{label}' asks for an item by its number in the notes' own series")
    if note.rule == "labelled-fact" and _ORDINAL_CHOICE.fullmatch(label):
        return Finding("series-number", f"'{label}' asks for one of the notes' alternatives by its place ('第一种方案' "
                                        "the first scheme), not by what it is")
    return None


# "第一种方案", "方案二", "First approach", "Option 2": which of the notes' alternatives, by its place only
_ORDINAL_CHOICE = re.compile(r"(?:第\s*[一二三四五六七八九十\d]+\s*[种種个個条條]?|其[一二三])\s*(?:方案|方法|办法|辦法|做法|思路|解法|策略|选择|選擇|方式)|"
                             r"(?:方案|方法|办法|做法|思路|解法)\s*[一二三四五六七八九十\d]|"
                             r"(?:(?:the\s+)?(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:option|approach|"
                             r"solution|method|way|scheme|alternative|strategy|choice|idea|attempt))|"
                             r"(?:option|approach|solution|method|way|scheme|alternative|strategy|idea|attempt)\s*#?\s*\d{1,2}",
                             re.IGNORECASE)
