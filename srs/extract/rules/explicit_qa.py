"""Explicit cards: ``Q:`` / ``A:`` blocks, ``front :: back``, ``front ::: back`` (both ways) and RemNote's ``front↔back``.

Read from the source lines (outside code blocks) so fields stay exactly the
markdown the user wrote. ``Q:`` runs until ``A:``; ``A:`` runs until a blank
line or the next ``Q:`` (a fenced code block inside an answer may hold blank
lines). A ``Q:`` whose front starts with ``X vs Y`` is an answered tradeoff.
A ``Q:`` without ``A:`` is a drill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from srs.core.cloze import mask_code
from srs.core.notes import NoteDraft, NoteKind, tradeoff_key
from srs.extract import rx
from srs.extract.drafts import SELF_GRADED, draft
from srs.extract.facets import OTHERS
from srs.extract.model import Unit
from srs.extract.text import is_generic

RULE = "explicit-qa"
_Q = re.compile(r"^\s{0,3}(?:[-*+]\s+)?(?:\*\*)?Q(?:\*\*)?\s*:(?:\*\*)?\s*(?P<text>.*)$")
# ("R:", réponse / respuesta / resposta, answers a "Q:" in French, Spanish or Portuguese notes)
_A = re.compile(r"^\s{0,3}(?:[-*+]\s+)?(?:\*\*)?[AR](?:\*\*)?\s*:(?:\*\*)?\s*(?P<text>.*)$")
_BOLD_Q = re.compile(r"^\s{0,3}(?:[-*+]\s+)?\*\*Q\s*:.*[?？.]\s*\*\*\s*\\?\s*$")  # the question in bold, closed ("\\": a hard break)
_ARROW_ANSWER = re.compile(r"^(?P<q>.+?[?？])\s*(?:-->|->|=>|→|⇒)\s*(?P<a>\S.*)$")
_PAIR = re.compile(r"^(?P<front>.*?\S)\s+(?P<sep>:::|::)\s+(?P<back>\S.*)$")
# RemNote's card "front↔back" in exported notes (several in one document; not "Client ↔ Server ↔ Storage", not "↔️")
_REMNOTE = re.compile(r"^\s*(?:[-*+]\s+)?(?P<front>[^↔\s][^↔]{0,118}?)\s*↔(?!\ufe0f)\s*(?P<back>[^↔\s][^↔]*)$")
_MARKER = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_FENCE = re.compile(r"^\s*(`{3,}(?!.*`)|~{3,})")  # a backtick fence's info string holds no backtick
_TRADEOFF_SPAN = re.compile(r"^(?P<span>.+?\s(?:vs\.?|versus)\s.+?)(?:\s+[—–-]\s+|\s*[:?(]|$)", re.IGNORECASE)


@dataclass
class Region:
    start: int  # 1-based line of Q: (or of the pair)
    lines: list[int]
    front: str
    back: str
    reverse: bool = False
    answered: bool = True
    warnings: list[str] = field(default_factory=list)


def find(lines: list[str], code: set[int]) -> dict[int, Region]:
    """Explicit regions by first line. ``code`` holds the lines of code blocks."""
    regions: dict[int, Region] = {}
    i, n = 0, len(lines)
    remnote = sum(1 for k, line in enumerate(lines, start=1) if k not in code and _REMNOTE.match(line)) >= 3
    while i < n:
        no = i + 1
        q = _Q.match(lines[i]) if no not in code else None
        if q:
            region, i = _qa(lines, i, code)
            regions[region.start] = region
            continue
        if no not in code:
            pair = _pair(lines[i]) or (_remnote(lines[i]) if remnote else None)
            if pair:
                front, back, reverse = pair
                regions[no] = Region(no, [no], front, back, reverse)
        i += 1
    return regions


def notes(u: Unit, region: Region) -> list[NoteDraft]:
    if not region.answered:
        return [draft(u, NoteKind.DRILL, RULE, region.front, SELF_GRADED, answered=False)]
    span = _TRADEOFF_SPAN.match(region.front)
    key = tradeoff_key(span.group("span")) if span else None
    if key and not region.reverse:
        return [draft(u, NoteKind.TRADEOFF, RULE, region.front, region.back, tradeoff=key)]
    return [draft(u, NoteKind.QA, RULE, region.front, region.back, reverse=region.reverse)]


def _qa(lines: list[str], i: int, code: set[int]) -> tuple[Region, int]:
    start = i + 1
    question = [_Q.match(lines[i]).group("text")]  # type: ignore[union-attr]  # the caller found a Q: here
    after = lines[i + 1] if i + 1 < len(lines) else ""
    if _BOLD_Q.match(lines[i]) and after.strip() and i + 2 not in code and not (_A.match(after) or _Q.match(after)
                                                                                or _MARKER.match(after)):
        k = i + 1  # "**Q: What does etcd provide?**" with its answer on the next line, no "A:": the bold ends the question
        while k < len(lines) and lines[k].strip() and k + 1 not in code and not _Q.match(lines[k]):
            k += 1
        said = "\n".join(x.rstrip() for x in lines[i + 1:k]).strip()
        return Region(start, list(range(start, k + 1)), _unbold(question[0].strip(), lines[i]), said), k
    arrow = _ARROW_ANSWER.match(question[0])
    if arrow:  # "Q: MACs能提供完整性吗？ --> YES，攻击者无法…": the arrow gives the answer on the question's line
        return Region(start, [start], arrow.group("q").strip(), arrow.group("a").strip()), i + 1
    j = i + 1
    fence = ""
    while j < len(lines):
        line = lines[j]
        fence, inside = _fenced(line, fence)
        if not inside and (not line.strip() or _A.match(line) or _Q.match(line)):
            break
        if not inside and _MARKER.match(line) and question[-1].rstrip("*_ ").endswith(("?", "？")):
            break  # "**Q: What is CQRS?**" over its bullets: the question ends at its mark, the bullets answer it
        question.append(line.rstrip())
        j += 1
    front = _unbold("\n".join(question).strip(), lines[i])
    k = _after_blanks(lines, j, code)  # the blank lines after the question: its bullets or its "A: …" may still follow
    if k > j and k < len(lines) and _MARKER.match(lines[k]) and front.rstrip("*_ ").endswith(("?", "？")):
        j = k  # "Q: …？", a blank line, then its bullets: they answer it as well
    if j < len(lines) and _MARKER.match(lines[j]) and j + 1 not in code and not _Q.match(lines[j]) and not _A.match(lines[j]):
        listed = j  # the bullets right under the question (and their continuation lines) are its answer
        while listed < len(lines) and lines[listed].strip() and (_MARKER.match(lines[listed]) or lines[listed][:1].isspace()) \
                and listed + 1 not in code and not _Q.match(lines[listed]) and not _A.match(lines[listed]):
            listed += 1
        return Region(start, list(range(start, listed + 1)), front, "\n".join(x.rstrip() for x in lines[j:listed])), listed
    if k < len(lines) and lines[k].lstrip().startswith(">") and front.rstrip("*_ ").endswith(("?", "？")) and k + 1 not in code:
        quoted = k  # "**Q: What are the requirements?**", a blank line, then a quoted block: the quote answers it
        while quoted < len(lines) and rx.match(r"\s*>\s*\S", lines[quoted]) and quoted + 1 not in code:
            quoted += 1  # its first quoted paragraph; what the quote goes on to say makes cards of its own
        said = "\n".join(rx.sub(r"^\s*>\s?", "", x).rstrip() for x in lines[k:quoted]).strip()
        if said:
            return Region(start, list(range(start, quoted + 1)), front, said), quoted
    if k < len(lines) and k > j and front.rstrip("*_ ").endswith(("?", "？")) and k + 1 not in code \
            and not _Q.match(lines[k]) and not _A.match(lines[k]) and not rx.match(r"\s*(?:#|\||```|~~~|>|\$\$)", lines[k]):
        said_to = k  # "Q: DMA ZONE 管理的内存只能给 DMA 使用吗？", a blank line, then "不是，…": the paragraph answers it
        while said_to < len(lines) and lines[said_to].strip() and said_to + 1 not in code and not _Q.match(lines[said_to]):
            said_to += 1
        return Region(start, list(range(start, said_to + 1)), front, "\n".join(x.strip() for x in lines[k:said_to])), said_to
    if k < len(lines) and k > j and _A.match(lines[k]) and k + 1 not in code:
        j = k  # "**Q: …?**", a blank line, then "A: …": the answer still belongs to the question
    if j >= len(lines) or not _A.match(lines[j]):
        region = Region(start, list(range(start, j + 1)), front, "", answered=False,
                        warnings=[f"line {start}: Q: without A: (made a self-graded drill)"])
        return region, j
    answer = [_A.match(lines[j]).group("text")]  # type: ignore[union-attr]  # matched just above
    j += 1
    fence = ""
    while j < len(lines):
        line = lines[j]
        fence, inside = _fenced(line, fence)
        if not inside and (not line.strip() or _Q.match(line)):
            break
        answer.append(line.rstrip())
        j += 1
    back = "\n".join(answer).strip("\n").strip()
    if not back:  # "**A:**" alone, then a blank line and the answer's bullets or paragraph
        back, j = _block_after(lines, j, code)
    region = Region(start, list(range(start, j + 1)), front, back)
    if not front or not back:
        region.answered = bool(front) and bool(back)
        region.front = front or back
        region.warnings.append(f"line {start}: Q:/A: with an empty side")
    return region, j


def _after_blanks(lines: list[str], j: int, code: set[int]) -> int:
    """The first line at or after ``j`` that is not blank (a blank line inside code counts as a line)."""
    while j < len(lines) and not lines[j].strip() and j + 1 not in code:
        j += 1
    return j


def _block_after(lines: list[str], j: int, code: set[int]) -> tuple[str, int]:
    """The list or paragraph after the blank lines at ``j`` (none when a question, a heading or code comes first)."""
    k = _after_blanks(lines, j, code)
    if k < len(lines) and k + 1 in code and _FENCE.match(lines[k]):  # the answer is a code block
        end = k
        while end < len(lines) and end + 1 in code:  # its lines, fences included, are all code lines
            end += 1
        return "\n".join(x.rstrip() for x in lines[k:end]).strip(), end
    if k >= len(lines) or k + 1 in code or _Q.match(lines[k]) or _A.match(lines[k]) or lines[k].lstrip().startswith(("#", "|")):
        return "", j
    end = k
    while end < len(lines) and lines[end].strip() and end + 1 not in code and not _Q.match(lines[end]) \
            and (end == k or not _MARKER.match(lines[k]) or _MARKER.match(lines[end]) or lines[end][:1].isspace()):
        end += 1
    return "\n".join(x.rstrip() for x in lines[k:end]).strip(), end


def _unbold(front: str, first_line: str) -> str:
    """ "**Q: How do you …?**": the bold that wraps the whole question line is not part of the question."""
    stripped = first_line.lstrip().lstrip("-*+ ").lstrip()
    front = rx.sub(r"(?<=\*\*|__)\s*\\$", "", front)  # "**Q: …?**\": the hard break after the bold
    for mark in ("**", "__"):
        if first_line.lstrip().startswith(mark) or stripped.startswith(mark):
            if front.endswith(mark) and mark not in front[:-len(mark)]:
                return front[:-len(mark)].rstrip()
    return front


def _fenced(line: str, fence: str) -> tuple[str, bool]:
    """The open fence after ``line`` and whether ``line`` belongs to a code block (its fences included)."""
    opener = _FENCE.match(line)
    if fence:
        closes = opener is not None and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence)
        return ("" if closes else fence), True
    if opener:
        return opener.group(1), True
    return "", False


def _remnote(line: str) -> tuple[str, str, bool] | None:
    m = _REMNOTE.match(line)
    if m is None or not rx.search(r"[^\W\d_]{2}", rx.sub(r"!\[[^\]]*\]\([^)]*\)|!\[\]", "", m.group("back"))):
        return None  # "Associations récursives↔![](…)": the answer is a picture the card cannot show
    front, back = m.group("front").strip(), m.group("back").strip()
    lead = r"(?:grâce|à|a|au|aux|par|pour|de|du|des|through|by|with|via|thanks|for|of|to|por|para|con|durch|mit|für)\b"
    if len(back.split()) < 4 or rx.match(lead, back, re.IGNORECASE) or rx.match(lead, front, re.IGNORECASE) \
            or is_generic(front) or OTHERS.fullmatch(front):
        return None  # "Sécurité↔grâce à la gestion des droits", "Create↔Ajouter": a point of the parent item, asked alone
    return front, back, False


def _pair(line: str) -> tuple[str, str, bool] | None:
    if "::" not in line or line.lstrip().startswith(("#", "|")):
        return None
    masked = mask_code(line, "x")
    masked = rx.sub(r"\{\{c\d+::[^}]*\}\}", lambda m: "x" * len(m.group(0)), masked)
    m = _PAIR.match(masked)
    if not m:
        return None
    front = _MARKER.sub("", line[:m.end("front")]).strip()
    back = line[m.start("back"):].strip()
    if not front or not back:
        return None
    if front.count('"') % 2 or front.count("“") != front.count("”") or front.count("(") != front.count(")") \
            or front.count("[") != front.count("]"):  # ("[MTU :: All networks MTU table](…)": inside a link's text)
        return None  # 'Still "Page Table :: Virtual -> Physical"': the "::" sits inside a quotation, it parts no card
    return front, back, m.group("sep") == ":::"
