"""Checks on what a card holds: debris, navigation, an answer it already shows, size, an unanswered prompt."""

from __future__ import annotations

import os
import re
from dataclasses import replace

from srs.core.cloze import CLOZE, cloze_numbers, hidden, render_front
from srs.core.notes import NoteDraft, NoteKind, Template, normalize
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.critic.words import in_order, sides, title_of
from srs.extract.model import Doc, Unit
from srs.extract.rules.table_rows import OFFERED
from srs.extract.text import (
    ADDRESS,
    NUMBER_WORDS,
    TOC_TITLE,
    cjk_share,
    drop_parentheticals,
    sentences,
    split_items,
    word_count,
)

MAX_RULE_FRONT = 16
MAX_SET = 5  # "a set has at most ~5 short members" (six when each is a name of at most three words)
MAX_BACK_WORDS = 45
MAX_BACK_SENTENCES = 2
MAX_TWO_SENTENCE_WORDS = 30
MAX_CODE_BACK = 60  # a command or a short expression is recalled; a whole query is recited
MAX_FRONT_WORDS = 30
MAX_CLOZE_WORDS = 50
MAX_CLOZE_LIST = 6
_NAV_WORDS = frozenset(
    "solution solutions reference references ref refs source sources link links back to top top table of contents "
    "contents toc read more see more click here details demo video videos slides docs documentation github website "
    "homepage paper article blog tutorial answer answers here more info official site index author authors "
    "maintainer maintainers contact email linkedin twitter license licence version updated date transparents diapos "
    "diapositives folien handouts".split(" ")  # ("Transparents : cp ~prof/BD/*.pdf": where the course's slides are)
)
_NAV_PHRASES = frozenset({"back to top", "table of contents", "read more", "see more", "click here", "more info",
                          "official site", "see also", "further reading", "см также", "смотри также", "siehe auch",
                          "voir aussi", "ver también", "veja também", "vedi anche", "参见", "另见", "関連項目", "참고", "目次", "目录", "参考", "参考文献",
                          "参考资料", "参考文档", "参考链接", "扩展阅读", "延伸阅读", "相关阅读", "推荐阅读", "相关链接",
                          "リンク", "参考リンク", "関連リンク", "链接", "トップに戻る", "返回顶部"})
_NAV_START = re.compile(r"^(?:see|refer to|check out|read|visit|watch|go to|click|follow|jump to|back to|links? to|"
                        r"(?:more|further) (?:info(?:rmation)?|details?) (?:about|on|here|at)|for more (?:info(?:rmation)?|details?))\b",
                        re.IGNORECASE)
_DRILLS = re.compile(r"\b(?:drills?|(?<!best )(?<!good )(?<!common )practice|exercises?|mock|quiz|prompts?|(?:interview|practice|review|sample) questions?)\b|"
                     r"練習|演習|練習問題|面试题|习题|练习", re.IGNORECASE)


_CAPTION = re.compile(r"^(?:figure|fig\.?|image|img|diagram|screenshot|photo|picture|table|图|図|表)\s*\d*\b",
                      re.IGNORECASE)
_FILE_NAME = re.compile(r"^`?[\w.-]+\.(?:ts|tsx|js|jsx|py|java|go|rb|rs|cs|cpp|c|h|kt|swift|php|md|json|ya?ml|txt|html|"
                        r"css|sh|sql|xml|toml|ini|cfg|conf|png|jpe?g|gif|svg|pdf)`?(?:\s|$|[,;:.-])", re.IGNORECASE)


def navigation(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """Tables of contents, "Solution" / "Reference(s)" rows, link lists, captions, file names: not knowledge."""
    if u.link_text_only:
        return Finding("navigation", "only links")
    label = title_of(note.front).rsplit(": ", 1)[-1]
    if _CAPTION.match(label) and note.template == Template.BASIC:
        return Finding("navigation", "an image or table caption")
    if _FILE_NAME.match(note.back.strip()) or _FILE_NAME.match(title_of(note.front)):
        return Finding("navigation", "a file name, not a fact")
    if note.heading_path and TOC_TITLE.search(note.heading_path[-1].strip()):
        return Finding("navigation", "a table of contents")  # (a section under "## INDEX:" is content, not the index)
    after = rx.split(r"→|->|[:：]\s", u.md, maxsplit=1)[1:] if note.rule in ("rule", "labelled-fact") else []
    if after and rx.search(r"\]\([^)]*[/.#][^)]*\)", after[0]) \
            and not rx.sub(r"!?\[[^\]]*\]\([^)]*\)|[\s·•,;|/、，；*_]", "", after[0]):  # ("Layer 1 Device: [[Hub]]": a name)
        return Finding("navigation", "the answer is only links to other pages ('→ [§6.1 Frames](…) · [Diagram](…)')")
    front, back = sides(note)
    if any(normalize(hidden) in _NAV_PHRASES for hidden in rx.findall(r"\{\{c\d+::([^}]*)\}\}", note.front)):
        return Finding("navigation", "the cloze hides a navigation link ('Back to top')")
    if rx.search(r"\b(?:can be (?:found|seen)|(?:is|are) (?:listed|described|shown|explained|given))\s+(?:\w+\s+){0,3}"
                 r"(?:above|below|earlier|later|here)\W*$", back, re.IGNORECASE):  # "An overview … can be found above."
        return Finding("navigation", "the answer says where the notes say it, not what")
    for side in (title_of(front).rsplit(": ", 1)[-1], back):  # the asked part, not its topic ("Read replicas: …")
        plain = normalize(side)
        if not plain:
            continue
        if plain in _NAV_PHRASES or all(w in _NAV_WORDS for w in plain.split()):
            return Finding("navigation", f"'{side.strip()[:40]}' is navigation")
        if _NAV_START.match(side.strip()) and word_count(side) <= 12 and note.rule != "acronym":  # ("Read Capacity Units")
            return Finding("navigation", "points elsewhere instead of stating a fact")
        rest = ADDRESS.sub(" ", side)
        if ADDRESS.search(side) and (word_count(rest) <= 3 or rx.search(r"[:：]\s*\S*https?://\S+\s*$", side)
                                  and word_count(rest) <= 8):  # "Sistema de nomes de domínio: https://…": a reading list's row
            return Finding("navigation", "a link, not a fact")
    return None


def _named_by(answer: str, context: str) -> bool:
    """Every word of the hidden term stands in the context line ("CMS garbage collector" under "CMS (Concurrent Mark
    Sweep) Garbage Collector")."""
    said = [w for w in rx.findall(r"[^\W\d_]{3,}", answer.lower()) if w not in ("the", "and", "for", "with")]
    shown = {w[:5] for w in rx.findall(r"[^\W\d_]{3,}", context.lower())}
    return len(said) >= 2 and not rx.search(r"\d", answer) and all(w[:5] in shown for w in said)


def trivial(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """The answer already stands in the front or the context line."""
    context = " ".join(note.heading_path)
    if note.rule == "table":  # "Port 80 — type (TCP / UDP)?": the column's values, offered to choose from
        note = replace(note, front=OFFERED.sub("", note.front))
    if note.template == Template.CLOZE:
        for n in cloze_numbers(note.front):
            shown = normalize(f"{render_front(note.front, n)} {context}")
            for answer in hidden(note.front, n):
                a = normalize(answer)
                if a and (f" {a} " in f" {shown} " or not a.isascii() and a in shown
                          or len(a) >= 5 and a.replace(" ", "") in normalize(context).replace(" ", "")
                          or rx.search(rf"(?<![a-z0-9]){re.escape(a)}(?![a-z0-9])", shown)):  # "学习redis的"
                    return Finding("trivial", f"the hidden '{answer}' shows elsewhere on the card")
                if a and a.isascii() and rx.search(r"[^\W\d_]", a) and f" {_singular(a)} " in f" {_singular(shown)} ":
                    return Finding("trivial", f"the hidden '{answer}' shows elsewhere on the card")  # "Namespace" over it
                if answer.strip().lower() in ("1", "one") and rx.search(  # "Only [...] thread holds the lock"
                        r"\b(?:only|just|exactly)\s+\[\.\.\.\]\s+[a-z]+(?<!s)\b", render_front(note.front, n), re.IGNORECASE):
                    return Finding("trivial", f"the hidden '{answer}' is told by the singular beside it")
                numbers, unit = rx.findall(r"\d+(?:[.,]\d+)?", answer), rx.findall(r"[^\W\d_]{3,}", answer.lower())
                if note.rule == "number-cloze" and numbers and unit and all(w in context.lower() for w in unit) \
                        and set(numbers) <= set(rx.findall(r"\d+(?:[.,]\d+)?", context)):
                    return Finding("trivial", f"the hidden '{answer}' stands in the context line")  # "Plans (1 & 3 years)"
                squashed = rx.sub(r"[\W_]", "", a)
                if len(squashed) >= 6 and any(squashed in rx.sub(r"[\W_]", "", t.lower()) for t in shown.split()):
                    return Finding("trivial", f"the hidden '{answer}' is spelled in the front ('<node_port>')")
                if _number_shown(answer, render_front(note.front, n)):
                    return Finding("trivial", f"the hidden '{answer}' stands elsewhere in the front")
                if _spelled_out(answer, render_front(note.front, n)):
                    return Finding("trivial", f"the hidden '{answer}' is spelled out beside its blank")
                kin = _same_stem(answer, render_front(note.front, n))
                if kin:
                    return Finding("trivial", f"the hidden '{answer}' is '{kin}' again, shown beside it")
                if note.rule == "emphasis-cloze" and rx.fullmatch(r"[a-z]{5,}", a) \
                        and a[:5] in {w[:5] for w in rx.findall(r"[a-z]{5,}", normalize(context))}:
                    return Finding("trivial", f"the context line says the hidden '{answer}' in another form")  # "Layered"
                if note.rule == "emphasis-cloze" and (_named_by(answer, context) or note.heading_path and len(
                        note.heading_path[-1]) >= 6 and f" {normalize(note.heading_path[-1])} " in f" {a} "):
                    return Finding("trivial", f"the context line names the hidden '{answer}'")  # "CMS … Garbage Collector"
        return None
    if note.kind == NoteKind.ACRONYM and note.template == Template.BASIC:
        long_words = [w.lower() for w in rx.findall(r"[A-Za-z]{3,}", note.back)]
        seen = [w.lower() for w in rx.findall(r"[A-Za-z]{3,}", f"{context} {doc.deck}")]  # the deck line too
        missing = [w for w in long_words if not any(c[:4] == w[:4] for c in seen)]  # "paged" under "Page"
        if long_words and (not missing or len(long_words) >= 3 and missing == long_words[-1:]
                           and rx.fullmatch(r"(?:point|system|service|unit|process|model|method|component)(?:s|es)?", missing[0])):
            # "Service Level … › Agreements"; "policy enforcement points" under "Access policy enforcement"
            return Finding("trivial", "the context line already spells the expansion out")
    if note.rule == "naming" and word_count(note.back) <= 3:  # "… called?" → "Dereferencing" under "Pointer Dereference"
        named = [w.lower() for w in rx.findall(r"[^\W\d_]{5,}", note.back)]
        by_heading = [[w.lower()[:6] for w in rx.findall(r"[^\W\d_]{5,}", h)] for h in note.heading_path]
        if named and any(all(w[:6] in seen for w in named) for seen in by_heading):  # all of it in one heading
            return Finding("trivial", "the context line already holds the name asked for")
    squashed = rx.sub(r"[^a-z0-9]", "", rx.sub(r"^(?:for|to|a|an|the|use|used)\s+", "", note.back.strip().lower()))
    if note.template == Template.BASIC and 5 <= len(squashed) <= 24 and word_count(note.back) <= 4 \
            and squashed in rx.sub(r"[^a-z0-9]", "", note.front.lower()):
        return Finding("trivial", "the back only spells the front's name out ('copy.deepcopy' → 'for deep copy')")
    echo = _echo(note)
    if echo:
        return Finding("trivial", f"the answer starts by repeating '{echo}' from the question")
    pairs = [(note.front, note.back)] + ([(note.back, note.front)] if note.reverse else [])
    for front, back in pairs:
        b = normalize(back)
        if not b or note.kind == NoteKind.DRILL:
            continue
        if f" {b} " in f" {normalize(front)} ":
            return Finding("trivial", "the answer is in the question")
        bare = rx.sub(r"^(?:an?|the)\s+", "", normalize(drop_parentheticals(back)))  # "LSM (Log-Structured …) engines"
        if any(x and f" {x} " in f" {normalize(context)} " for x in (b, bare)) and word_count(back) >= 1:
            return Finding("trivial", "the answer is in the context line")
        if word_count(bare) <= 4 and _singular(bare) and f" {_singular(bare)} " in f" {_singular(context)} ":
            return Finding("trivial", "the answer is in the context line")  # "DT?" → "Decision tree" under "Decision trees"
    if note.rule == "naming" and note.template == Template.BASIC:  # "What is a virtual address space called?" → "An address space"
        said = set(rx.findall(r"\w+", normalize(note.front)))
        shown = rx.sub(r"（[^）]*）", "", drop_parentheticals(note.back))
        named = [w for w in rx.findall(r"\w+", normalize(shown)) if w not in ("a", "an", "the")]
        if named and all(w in said or any(len(w) == 1 and w in s for s in said) for w in named):
            return Finding("trivial", "the name asked for is in the question")
    if note.rule == "labelled-fact" and word_count(note.back) <= 8 and ": " not in note.front:
        key = normalize(note.front.rstrip("?？ ")).strip("`() ")  # "SUM()?" → "Returns the total sum of …"
        if len(key) >= 3 and key.isalpha() and key in normalize(note.back).split():
            return Finding("trivial", f"the answer only says '{key}' again")
    if note.rule in ("heading-fact", "question-answer") and _COUNTED_KINDS.search(note.back) and "\n" not in note.back.strip():
        return Finding("lead-in", "the answer only counts the kinds the list below names ('categorized into three main types')")
    if note.rule in ("labelled-fact", "heading-fact", "definition") and _PLATITUDE.fullmatch(note.back.strip()):
        return Finding("trivial", "the answer only ranks it among others ('One of the basic building blocks of programming')")
    if note.rule in ("labelled-fact", "heading-fact") and note.template == Template.BASIC and _restates(note.back, note.front, context):
        return Finding("trivial", "the answer only says the front and its context again ('SJF — idea?' → 'run the shortest job first')")
    if note.rule == "table" and " — " in note.front and word_count(note.back) <= 2:
        row, column = (rx.sub(r"[\W_]+", "", part).lower() for part in note.front.rstrip("?？ ").split(" — ", 1))
        joined = rx.sub(r"[\W_]+", "", note.back).lower()
        if len(row) >= 3 and len(column) >= 3 and joined.endswith((column + row, row + column)):
            return Finding("trivial", "the cell is the row and the column joined ('Set — synchronized?' → 'synchronizedSet')")
    if note.rule == "table" and word_count(note.back) <= 3:
        key = normalize(note.front.split(" — ")[0].rsplit(": ", 1)[-1]).strip("` ")
        if len(key) >= 3 and " " not in key and any(w.startswith(key) for w in normalize(note.back).split()):
            return Finding("trivial", f"the column only spells out '{key}' ('Str — description?' → 'character string')")
    return None


_PLATITUDE = re.compile(r"(?:it is |this is )?one of the (?:[\w-]+ ){0,5}(?:building blocks?|concepts?|topics?|parts?|features?|"
                        r"things?|ideas?|aspects?|elements?)(?: (?:of|in) [\w -]+)?\.?", re.IGNORECASE)
_COUNTED_KINDS = re.compile(r"\b(?:into|are|has|have|of)\s+(?:two|three|four|five|six|seven|\d+)\s+(?:\w+\s+)?(?:types|kinds|"
                            r"categories|parts|components|levels|stages|phases|classes|models)\b(?![^.]*:\s*\w)", re.IGNORECASE)
_SMALL = frozenset("just simply only the and for with that this these are its their from into when then than".split())


def _restates(back: str, front: str, context: str) -> bool:
    """A short back whose words (all but one of four or more) the front and context line already say."""
    words = [w for w in rx.findall(r"[^\W\d_]{3,}", back.lower()) if w not in _SMALL]
    seen = {w[:5] for w in rx.findall(r"[^\W\d_]{3,}", f"{front} {context}".lower())}
    return cjk_share(back) < 0.2 and word_count(back) <= 10 and len(words) >= 3 and \
        sum(w[:5] not in seen for w in words) <= (len(words) >= 4)


def _singular(text: str) -> str:
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                    for w in rx.findall(r"[^\W_]+", normalize(text)))


def _number_shown(answer: str, shown: str) -> bool:
    """ "Last 90 Day's Events: … the last [...] of events" hiding "90 days", "… for [...]. During that 30-day window":
    the hidden number stands elsewhere in the front with its unit (or the answer has none)."""
    whole = rx.fullmatch(r"(\d{1,2})", answer.strip())
    if whole and int(whole.group(1)) < len(NUMBER_WORDS) \
            and rx.search(rf"\b{NUMBER_WORDS[int(whole.group(1))]}\b", shown, re.IGNORECASE):
        return True  # "[...] necessary conditions (… all four conditions …)": the number is spelled out beside it
    pct = rx.fullmatch(r"\D{0,3}?(\d{1,3})\s*%", answer.strip())
    if pct and any(abs(int(pct.group(1)) + sign * int(q)) == 100 for q in rx.findall(r"(?<![\d.])(\d{1,3})\s*%", shown)
                   for sign in (1, -1)):
        return True  # "75% … are up ([...] max unavailable)": the other share on the card gives it (100 − 75)
    m = rx.fullmatch(r"\D{0,3}?(\d+(?:[.,]\d+)?)\s*([^\W\d_]*)", answer.strip())
    if m is None:
        return False
    unit = m.group(2).lower()
    if any(rx.search(rf"(?<![\d.,]){re.escape(m.group(1))}(?![\d.,])", code) for code in rx.findall(r"`([^`]+)`", shown)):
        return True  # "`find . -mtime +30` finds files older than [...]": the command on the card holds the number
    if 0 < len(unit) <= 2:  # "4B", "5 s": the same short unit right after the same number
        return rx.search(rf"(?<![\d.,]){re.escape(m.group(1))}\s?{re.escape(unit)}(?![^\W\d_])", shown, re.IGNORECASE) is not None
    for at in rx.finditer(rf"(?<![\d.,]){re.escape(m.group(1))}(?![\d.,])", shown):
        near = shown[max(0, at.start() - 12):at.end() + 12].lower()
        if not unit or unit[:3] in near:
            return True
    return False


def _same_stem(answer: str, shown: str) -> str | None:
    """ "Topic replication is when partitions are [...] across brokers" hiding "replicated": one word whose stem
    stands beside the blank gives it away."""
    a = answer.strip().lower()
    words = a.split()
    if 1 < len(words) <= 3 and all(w.isalpha() and w.isascii() for w in words):  # "[...] … into shared … VPCs" hiding
        seen = {_root(w) for w in rx.findall(r"[a-z0-9]+", shown.lower())}  # "VPC sharing"
        if all(_root(w) in seen for w in words):
            return " ".join(words)
    if 1 < len(words) <= 3 and len(words[0]) >= 5 and words[0].isalpha() \
            and rx.search(rf"(?<![a-z]){re.escape(words[0])}", shown.lower()):
        return words[0]  # "A [...] has a name beginning with `Benchmark`" hiding "benchmark function": its first word shows
    if " " in a or len(a) < 6 or not a.isalpha():
        return None
    for word in rx.findall(r"[^\W\d_]{5,}", shown.lower()):
        if {a, word} & {w[:-5] + "le" for w in (a, word) if w.endswith("ility")} and a != word:
            return word  # "[...] issues: … are not visible to other threads" hiding "visibility"
        common = len(os.path.commonprefix([a, word]))
        if word != a and common >= max(5, len(a) - 3, len(word) - 4):
            return word
    return None


def _root(word: str) -> str:
    """ "sharing", "shared", "shares" → "shar"; "vpcs" → "vpc"."""
    for end in ("ing", "ed", "es", "s", "e"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: len(word) - len(end)]
    return word


_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,7}s?$")
_BLANK = "[...]"


def _spelled_out(answer: str, shown: str) -> bool:
    """ "A service-level objective ([...]) defines …", "[...] (Synchronize sequence numbers)": the blank is an
    acronym and its expansion stands right beside it."""
    answer = answer.strip()
    if _BLANK not in shown:
        return False
    if rx.fullmatch(r"99(?:\.9+)?\s*%", answer) and rx.search(r"\bnines\b|\b9s\b|ナイン|个9|個の9|나인", shown, re.IGNORECASE):
        return True  # "[...] (eleven nines)", "年間 [...] (イレブン ナイン)": the count of nines is the answer
    if not _ACRONYM.match(answer):  # "… have a [...] (TTL)": the acronym beside the blank spells the answer
        acronym = rx.match(r"\s*[(（]([A-Z][A-Z0-9]{1,7})s?[)）]", shown[shown.index(_BLANK) + len(_BLANK):])
        return acronym is not None and _abbreviates(acronym.group(1), answer)
    at = shown.index(_BLANK)
    before = rx.search(r"([A-Za-z][\w-]*(?:\s+[\w-]+){0,5})\s*[(（]\s*$", shown[:at])
    after = rx.match(r"\s*[(（]([^)）]{3,80})[)）]", shown[at + len(_BLANK):])
    return any(_abbreviates(answer.rstrip("s"), m.group(1)) for m in (before, after) if m)


def _abbreviates(acronym: str, words: str) -> bool:
    """Does a tail of ``words`` spell the acronym out: its initials ("SLO" ← "service-level objective", stop words
    may be skipped), or one word that holds its letters ("SYN" ← "Synchronize sequence numbers")?"""
    letters = acronym.lower()
    tokens = [t.lower() for t in rx.findall(r"[A-Za-z0-9]+", words)]
    for start, first in enumerate(tokens):
        if not first.startswith(letters[0]):
            continue
        if in_order(letters, first) and len(first) >= len(letters) + 2:
            return True
        tail = tokens[start:]
        if "".join(t[0] for t in tail[: len(letters)]) == letters:
            return True
        content = [t for t in tail if t not in _STOP]
        if "".join(t[0] for t in content[: len(letters)]) == letters:
            return True
    return False


_STOP = frozenset("of and the to for a an in on".split())



_LEAD_WORDS = frozenset("used to use for it this that returns return is a an the which".split())
_DEFINING = frozenset("is are was refers means stands".split())


def _echo(note: NoteDraft) -> str | None:
    """ "DROP?" → "Drop a view", "SELECT?" → "Used to select data": a one-word term whose answer is that word."""
    term = rx.sub(r"[`()]", "", title_of(note.front).rsplit(": ", 1)[-1]).strip().lower()
    if not term or " " in term or not term.isascii() or note.rule not in ("labelled-fact", "definition", "table"):
        return None
    words = [w.lower() for w in rx.findall(r"[A-Za-z][\w-]*", note.back)[:6]]
    while words and words[0] in _LEAD_WORDS:
        words.pop(0)
    if len(words) >= 1 and words[0].rstrip("s") == term.rstrip("s") and (len(words) < 2 or words[1] not in _DEFINING):
        return term
    return None


def oversize(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """More than ~5 members, or a back of several facts: not atomic."""
    if note.template == Template.CLOZE:
        text = CLOZE.sub(lambda m: m.group(2), note.front)
        if word_count(text) > MAX_CLOZE_WORDS:
            return Finding("oversize", f"a cloze of {word_count(text)} words", suggest=True)
        items, _ = split_items(text.split(":", 1)[-1])
        if len(items) > MAX_CLOZE_LIST and all(word_count(i) <= 6 for i in items):
            return Finding("oversize", f"one member hidden among {len(items)}", suggest=True)
        return None
    if note.rule == "rule" and word_count(note.front) > MAX_RULE_FRONT:  # "1 DX connection can have up to 50 … → ?"
        return Finding("oversize", f"a condition of {word_count(note.front)} words is a calculation, not a rule", suggest=True)
    if word_count(note.front) > MAX_FRONT_WORDS and note.kind != NoteKind.DRILL:
        return Finding("oversize", f"a front of {word_count(note.front)} words", suggest=True)
    if note.kind == NoteKind.DRILL and not note.answered:
        return None
    members = [ln for ln in note.back.split("\n") if rx.match(r"^\s*(?:[-*+]|\d+[.)])\s", ln)]
    short = all(word_count(rx.sub(r"^\s*(?:[-*+]|\d+[.)])\s", "", m)) <= 2 for m in members)  # names, not phrases
    if len(members) > MAX_SET + short:
        return Finding("oversize", f"a set of {len(members)} members", suggest=True)
    if note.kind == NoteKind.DRILL:
        return None
    parts = len(rx.split(r"[、，]|,\s*", note.back)) if cjk_share(note.back) > 0.5 else note.back.count("、") + 1
    if parts > MAX_SET + 2 or parts > MAX_SET and note.rule == "labelled-fact" and cjk_share(note.back) > 0.5:
        return Finding("oversize", f"a set of {parts} members", suggest=True)  # "HUP挂起、INT键盘中断、QUIT…": a CJK list
        # is counted by its commas ("表级锁: 开销小, 加锁快, 不会出现死锁, …": six traits, not one fact)
    if word_count(note.back) > MAX_BACK_WORDS:
        return Finding("oversize", f"a back of {word_count(note.back)} words", suggest=True)
    code = rx.fullmatch(r"\s*`([^`]+)`\s*\.?", note.back)
    if code and len(code.group(1)) > MAX_CODE_BACK:
        return Finding("oversize", f"an expression of {len(code.group(1))} characters to recite", suggest=True)
    if not members and len(sentences(note.back)) > MAX_BACK_SENTENCES:
        return Finding("oversize", f"a back of {len(sentences(note.back))} sentences", suggest=True)
    if not members and len(sentences(note.back)) == MAX_BACK_SENTENCES and word_count(note.back) > MAX_TWO_SENTENCE_WORDS:
        # two long sentences hold three or four facts: of 34 such graded backs, 14 failed (mostly ATOMIC)
        return Finding("oversize", f"a back of two sentences and {word_count(note.back)} words", suggest=True)
    return None


def unanswered(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """A self-graded prompt is a card only in a drills or practice section (or answered by a bundled card)."""
    if note.answered and note.kind != NoteKind.DRILL:  # a drill's back is filled in later, or stays self-graded
        return None
    if any(_DRILLS.search(s) for s in (*u.sections[-2:], *note.heading_path[-2:])):
        return None  # (the nearest two titles: "### Threads" of a "Java Interview Questions" page holds no answers)
    if note.tradeoff and doc.bundled_answer(note.tradeoff):
        return None
    return Finding("unanswered", "a prompt the notes do not answer, outside a drills section", suggest=True)
