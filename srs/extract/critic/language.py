"""Fronts in the notes' language: no English template wrapped around Japanese or Chinese text."""

from __future__ import annotations

import re
from dataclasses import replace

from srs.core.notes import NoteDraft, Template
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.critic.words import asked_term
from srs.extract.languages import WORDED, reword, script_language
from srs.extract.model import Doc, Unit
from srs.extract.text import cjk_share

_KANA = re.compile(r"[\u3040-\u30ff]")
_ENGLISH_TEMPLATE = re.compile(
    r"\b(?:what (?:is|are|does)|stand for|item \d+ of|which question|what does it mean|when to use|who wrote|"
    r"key points|how do you trade|when to use each|name all|after|self-graded|steps in order|what comes first)\b|"
    r"^which (?:two|three|four|five|six|seven|eight|nine|ten) ",
    re.IGNORECASE,
)
_WHAT_IS = re.compile(r"^What (?:is|are) (?:an? |the )?(?P<term>.+?)\?$")
_WHEN_TO_USE = re.compile(r"^When to use (?P<term>.+?)\?$")
_WHAT_DOES = re.compile(r"^What does (?P<term>.+?) stand for\?$")


def language(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """A Japanese or Chinese card worded with an English template is reworded in its language, or dropped."""
    text = f"{note.front} {note.back}" if note.template == Template.BASIC else note.front
    share = cjk_share(text)
    if doc.language in WORDED and share < 0.3:
        return _worded(note, doc.language)
    own = script_language(text, 0.5)
    if own is not None:  # a Russian or Korean section in English notes: "What is Координатор?" asks in neither
        return _worded(note, own)
    if share < 0.3 and (doc.language not in ("ja", "zh") or note.rule == "definition" and not share
                        and len(rx.findall(r"\b[a-z]{2,}\b", note.back)) >= 3):
        return None  # (an English sentence quoted in Chinese notes, "> Kubernetes is …", is asked in English; not a
        # formula such as "Scheme (Protocol) + Host (Domain) + Port")
    lang = "ja" if _KANA.search(text) or doc.language == "ja" else "zh"
    front = note.front
    if note.template == Template.BASIC and _ENGLISH_TEMPLATE.search(front):
        reworded = _reword(front, lang)
        if reworded is None:
            return Finding("language", "an English template around text in another language")
        front = reworded
    if _ENGLISH_TEMPLATE.search(note.back) and cjk_share(note.back) < 0.3 and note.template == Template.BASIC:
        return Finding("language", "an English answer template on a card in another language")
    if note.template == Template.BASIC and front.endswith("?") and cjk_share(front) >= 0.3:
        front = front[:-1] + "？"
    if front == note.front:
        return None
    return Finding("language", f"worded in {'Japanese' if lang == 'ja' else 'Chinese'}",
                   repaired=replace(note, front=front))


def _worded(note: NoteDraft, lang: str) -> Finding | None:
    """French, Spanish, Portuguese, German, Italian, Russian or Korean notes: the question in their language, or
    no card."""
    if note.template != Template.BASIC or not _ENGLISH_TEMPLATE.search(note.front):
        return None
    reworded = reword(note.front, lang)
    if reworded is None:
        return Finding("language", "an English template around text in another language")
    return Finding("language", f"worded in the notes' language ({lang})", repaired=replace(note, front=reworded))


def _reword(front: str, lang: str) -> str | None:
    m = _WHAT_DOES.match(front)
    if m:  # "What does OSPF stand for?": its full name, not what it is ("什么是OSPF？" asks for a definition)
        term = m.group("term")
        return f"{term}の正式名称は？" if lang == "ja" else f"{term}的全称是什么？"
    m = _WHAT_IS.match(front)
    if m:
        term = m.group("term")
        return f"{term}とは？" if lang == "ja" else f"什么是{term}？"
    m = _WHEN_TO_USE.match(front)
    if m:
        term = m.group("term")
        return f"{term}を使うのはどんなとき？" if lang == "ja" else f"什么时候使用{term}？"
    return None


# "通俗解释是指 …", "简单来说就是 …": the author's lead-in to an explanation, read as the term it explains
_CJK_LEAD_TERM = re.compile(r"^(?:什么是|何が|とは)?(?:通俗(?:解释|地说|来讲)|简单(?:来说|解释|地说|理解)|白话|一句话(?:总结|概括)?|"
                            r"换句话说|简而言之|总之|总结|概括|(?:具体|一般|总的|严格|准确|通常)(?:来说|来讲|地说|而言)|也就是说|换言之|"
                            r"つまり|簡単に言うと|要するに|具体的には)(?:是指|就是)?[？?]?$")


def cjk_lead_term(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "definition":
        return None
    term = asked_term(note) or ""
    if _CJK_LEAD_TERM.fullmatch(term):
        return Finding("discourse-label", f"'{term}' leads into an explanation, it is no term")
    return None
