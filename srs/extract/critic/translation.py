"""A translation, not a fact: "抑制：inhibitor" (a glossary pair), "Header Compression: 헤더 압축" (an English name said
again in the notes' language), "| submit | 用于提交 |" (a keyword that names itself, glossed), an "English" column."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit
from srs.extract.text import cjk_share, east_asian_share

# a table column that gives each row's name in English ("| 术语 | 英文单词 | 描述 |")
_TRANSLATION_HEADER = re.compile(r"(?:in\s+)?english(?:\s+(?:name|term|word))?|translations?|inglés|inglês|englisch|anglais|inglese|"
                                 r"英文(?:单词|名称|名|术语|全称)?|英语|英語(?:名|表記)?|영어(?:\s?명)?|翻译|翻訳|번역|原文", re.IGNORECASE)


def translation(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "- 抑制：inhibitor": a glossary pair, the term in the notes' language and its English word, no fact to learn."""
    label = (u.label or "").strip(" *_:：")
    column = note.front.rstrip("?？ ").rsplit(" — ", 1)[-1] if note.rule == "table" and " — " in note.front else ""
    if column and _TRANSLATION_HEADER.fullmatch(column.strip(" *_")) and rx.fullmatch(r"[A-Za-z][\w' -]{1,40}", note.back.strip()):
        return Finding("translation", f"the '{column}' column only translates the row's name ('{note.back.strip()}')")
    if note.rule == "labelled-fact" and rx.fullmatch(r"[a-z][\w/-]*(?:\s+[\w/-]+){2,}", label) and label.isascii() \
            and east_asian_share(rx.split(r"[;；,，]|\s-\s", note.back)[0]) >= 0.5:
        return Finding("translation", f"'{label}' is a line of English slides the notes gloss in their own language; "
                                      "the back translates the front")
    back = note.back.strip()
    if note.rule == "rule":  # "CA : Certification Authority ( Root Certificate ) => 인증 기관": the arrow translates
        label = rx.sub(r"\([^()]*\)", "", note.front.removesuffix("?").strip().removesuffix("→")).split(": ")[-1].strip()
    if note.rule in ("labelled-fact", "rule") and 0 < len(back) <= 8 and east_asian_share(back) >= 0.8 \
            and rx.fullmatch(r"[A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+)+", label):
        # "Header Compression: 헤더 압축": an English name, said again in the notes' language (not "scale up: 성능 향상")
        return Finding("translation", f"'{back}' only says '{label}' in the notes' own language")
    key = note.front.rstrip("?？ ").rsplit(" — ", 1)[0].rsplit(": ", 1)[-1] if note.rule == "table" else label
    gloss = rx.sub(r"^(?:用于|用来|表示|定义)|\s+", "", back)  # "用于提交": (used for) submit
    if note.rule in ("labelled-fact", "table") and rx.fullmatch(r"`?[a-z]{3,}(?:\(\))?`?", key.strip()) \
            and 0 < len(gloss) <= 4 and east_asian_share(back) >= 0.8:
        return Finding("translation", f"'{back}' only says '{key}' in the notes' own language")  # "submit — 描述？" / "用于提交"
    if note.rule != "labelled-fact" or not label or cjk_share(label) < 0.6:
        return None
    if not rx.fullmatch(r"[A-Za-z][a-z-]{4,}(?:\s[a-z-]+){0,2}\.?", note.back.strip()):  # (not "http", "tcp")
        return None
    return Finding("translation", f"'{note.back.strip()}' only translates '{label}'; a word list, not a fact")
