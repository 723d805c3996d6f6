"""A Japanese glossary line: "**ストリーム**は、連続していて切れ目のないデータ構造。" defines its bold lead
(split from definition.py, which reads the line and calls this for Japanese text)."""

from __future__ import annotations

import re

from srs.extract.languages import ja_copula_head
from srs.extract.model import Unit
from srs.extract.text import sentences, tidy, word_count

MAX_TERM_WORDS = 5  # a term longer than this is a statement's subject (definition.py uses it too)
_KANA = re.compile(r"[\u3040-\u30ff]")
_JA_WA = re.compile(r"^(?P<term>.{1,60}?)は[、,]?\s*(?P<meaning>[^。]{6,160}?)。?$")
JA_MAX_MEANING = 80
JA_CUT_AFTER = 40


def ja_bold_term(u: Unit, text: str) -> tuple[str, str] | None:
    """ "**ストリーム**は、連続していて切れ目のないデータ構造。": a Japanese glossary line defines its bold lead."""
    if not u.first_bold or not u.md.lstrip().startswith(("**", "__")) or not text.startswith(u.first_bold):
        return None
    first = sentences(text)[0]
    m = _JA_WA.match(first)
    if m is None or not _KANA.search(m.group("meaning")) and not _KANA.search(first):
        return None
    written = tidy(m.group("term"))
    term = tidy(u.first_bold) if written != u.first_bold and word_count(written) > MAX_TERM_WORDS else written
    # ("確認応答(ACK: Acknowledgement field significant)" → "確認応答")
    if any(t.endswith(("で", "に", "から", "へ", "まで", "より")) for t in (written, term)) or "ので" in written:
        return None  # "**ext2**では、…": "in ext2, …"; "**参照型**なので、…": "because …": no topic to define
    if not term.startswith(u.first_bold) or len(term) > len(u.first_bold) + 50:
        return None  # "**TCP**(Transmission Control Protocol)は" keeps its expansion; a longer subject is a statement
    meaning = m.group("meaning").strip()
    if len(meaning) > JA_CUT_AFTER:  # "Xは、Yの確立方法で、…": the clause before で、 says what it is
        meaning = ja_copula_head(meaning)
        if len(meaning) > JA_MAX_MEANING:
            return None
    return term, meaning + "。"
