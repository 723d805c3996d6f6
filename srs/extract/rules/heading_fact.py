"""Heading fact: a heading followed by a short paragraph → "Heading?" / the paragraph.

    ## Spoofing
    Threat to authentication. Mitigate with strong auth, mTLS, signed tokens.

The paragraph must be the first thing under the heading, short (≤ 40 words),
a statement rather than a question, and the heading must name something
("Spoofing", not "Notes" or "Summary").
"""

from __future__ import annotations

import re

from srs.core.notes import NoteKind
from srs.extract import rx
from srs.extract.drafts import ONLY_NUMBERED, draft
from srs.extract.languages import ja_copula_head
from srs.extract.model import Claim, Doc, Unit
from srs.extract.shapes import grab_bag, opening_bold
from srs.extract.text import capitalize, cjk_share, is_generic, prefixes, sentences, word_count

RULE = "heading-fact"
_TASK = re.compile(r"^[A-Z][a-z]+ing\s+(?:up\s+|out\s+|with\s+)?(?:an?\s+|the\s+|your\s+)?\S|^(?:modify|configure|create|install|"
                   r"set up|enable|disable|manage|change|add|remove|delete|update|view|check|start|stop|restart|deploy|"
                   r"mount|format|troubleshoot|reset|recover|edit|inspect|verify|switch|rename|resize)\s+(?:the|a|an|your)\s",
                   re.IGNORECASE)  # "Modify the System Bootloader": a task whose steps follow
MAX_WORDS = 40
_ADVICE = re.compile(r"^(?:avoid|use|don'?t|do not|never|always|prefer|keep|make|try|consider|remember|start|stop|be|"
                     r"evite|use|usa|utilisez|évitez|vermeide|nutze|configure|create|install|set up|manage|deploy|enable|disable|add|"
                     r"remove|run|edit|find|list|check|update|upgrade|build|write|understand|operate|securely \w+)\s",
                     re.IGNORECASE)  # not "Make-A-Pause"; exam objectives ("Configure key-based SSH") are tasks


_ASKS = re.compile(r"^(?:what|which|why|how|when|where|who|is|are|does|do|can|should)\b", re.IGNORECASE)
_COURSE_PART = re.compile(r"(?:lectures?|lessons?|class|session|week|day|module|unit|chapter|part|aula|clase|cours|vorlesung|"
                          r"lezione|lektion|kapitel|cap[ií]tulo|chapitre)\s*\d+[a-z]?\s*[-–—:.]\s*\S", re.IGNORECASE)


def apply(u: Unit, doc: Doc) -> Claim | None:
    heading = u.after_heading
    if heading and not u.in_list and cjk_share(u.plain) > 0.3 and (answered := _cjk_asked(u, heading)) is not None:
        return answered
    if not heading or u.label or u.in_list or not u.plain or u.plain.endswith(("?", ":")):
        return None
    if cjk_share(u.plain) > 0.3:
        return _japanese(u, heading) if _KANA.search(u.plain) else _chinese(u, heading)
    if len(rx.findall(r"[\uac00-\ud7a3]", u.plain)) > len(u.plain) * 0.3:
        core = rx.sub(r"\s+", "", rx.sub(r"^[\d.]+\s*|\s*\([^)]*\)", "", heading))
        if not core or not rx.match(rf"^{re.escape(core)}(?:은|는|이란|란|이|가|의|\()", rx.sub(r"\s+", "", u.plain)):
            return None  # "### 지역성" over "캐시를 직접 설정할 때는 …": the sentence is not about the heading
    if word_count(u.plain) > MAX_WORDS or is_generic(heading) or grab_bag(heading) or word_count(heading) > 8 \
            or ONLY_NUMBERED.match(heading):  # "### Chapter 9" names no subject
        return None
    if _COURSE_PART.match(heading):  # "## Lecture 12 - Searching and Sorting": a lecture covers a topic; its first
        return None  # line is one of its points, not what the topic is
    asked = heading.endswith(("?", "？")) and bool(_ASKS.match(heading))  # "### What are the benefits of X?"
    if word_count(u.plain) < (3 if asked else 4) or not (asked and len(u.lines) == 1) \
            and not u.plain.endswith((".", "!", ")", "”")):  # a sentence (or the heading's answer), not a stray title
        return None
    first = sentences(u.plain)[0] if sentences(u.plain) else u.plain
    if _SETTING.match(first) and not _says(first, _ASKED_TERM.sub("", heading)):
        return None  # "What is Kafka Connect?" over "To bring data into Kafka, we use producers …": the scene, not it
    if len(rx.findall(r"\([A-Z][A-Za-z]{1,7}\)", heading)) >= 2:
        return None  # "Continuous Integration (CI) and Continuous Deployment (CD)": two terms, one answer
    if rx.fullmatch(r"(?:what|where|why|how|when|who|which)\W*", heading, re.IGNORECASE) \
            or rx.match(r"^(?:what|how)\s+about\b", heading, re.IGNORECASE):  # "What about writes?" asks nothing
        return None  # "Where?" alone asks nothing without the heading above it
    if rx.match(r"^(?:sample|example|output|demo|screenshot)s?\b", heading, re.IGNORECASE) \
            or rx.match(r"(?:this|here|it)\s+is\s+(?:an?\s+)?(?:example|sample|demo)\b", u.plain, re.IGNORECASE):
        return None  # "Sample output of -j TRACE", "This is an example of reverse proxy server …": one case, not a definition
    if rx.search(r"\b(?:consists? of|has|have|there are|comprises?|includes?|is made up of)\s+(?:\w+\s+)?(?:two|three|four|"
                 r"five|six|seven|eight|\d+)\s+(?:\w+\s+)?(?:layers|parts|levels|types|kinds|steps|stages|components|phases|"
                 r"categories|scopes|pillars|principles)\.?$", u.plain, re.IGNORECASE):
        return None  # "… It consists of three distinct layers.": the layers follow, this sentence only counts them
    if _ADVICE.match(heading):
        return None  # "Avoid global stores": advice whose reasons follow, not a thing the paragraph defines
    if _VAGUE.search(first):
        return None  # "Istio has a few traffic management features.": the facts are the ones the sentence counts
    if _INTRODUCES.search(first):
        return Claim(RULE, skip=True, detail="the sentence under the heading only brings it in or ranks it ('There's a C "
                                             "array named …', 'A given substate is …', '… is an important concept')")
    if rx.search(r"\b(?:in practice|in pratica|en la práctica|na prática|in der praxis|en pratique|in action)\b", heading,
                 re.IGNORECASE):
        return None  # "IAM in pratica": how a topic is used, not a thing the paragraph defines
    if _TASK.match(heading):
        return None  # "Configuring a Replica Set": a task whose steps follow, not a thing the paragraph defines
    if rx.match(r"^(?:the\s+)?[\w-]+(?:\s[\w-]+)?\s+(?:is|are)\s+(?:another|one of the|also)\b", u.plain, re.IGNORECASE) \
            or rx.search(r"\b(?:this (?:course|repo|repository|guide|document|page|site)|table of contents|udemy|coursera)\b",
                         u.plain, re.IGNORECASE):
        return None  # "Sets are another basic abstraction …": a place in the notes; "A Udemy course. …": the notes' intro
    bold = opening_bold(u)
    if bold and bold.rstrip(".:").lower() not in heading.lower() and heading.lower() not in bold.lower():
        return None  # "### Services" over "**Socket interface.** Rules the sender …": it defines another term
    other = rx.match(r"^The\s+([\w-]+)\s+[a-z]+s\b", u.plain)
    if other and not any(w.lower()[:4] == other.group(1).lower()[:4] for w in rx.findall(r"[\w-]+", heading)):
        return None  # "## Network" over "The OS manages network traffic …": the sentence is about the OS
    front = capitalize(heading) if heading.endswith(("?", "？")) else f"{capitalize(heading)}?"  # "What is a process?"
    if rx.search(r"\b(?:it|they|this|these|its|their)\b", heading, re.IGNORECASE):  # "### What it is" under "Amazon SQS"
        owner = next((p for p in reversed(u.path) if p != heading and not is_generic(p) and not ONLY_NUMBERED.match(p)), "")
        if not owner:
            return None
        owner = rx.sub(r"^[0-9.]+\s+", "", owner)
        pointing = heading.rstrip("?？ ")
        if rx.fullmatch(r"what (?:it|this) is", pointing, re.IGNORECASE):
            front = f"What is {owner}?"  # "### What it is" under "## Amazon MQ"
        elif rx.fullmatch(r"how (?:it|this) works", pointing, re.IGNORECASE):
            front = f"How does {owner} work?"
        else:
            front = f"{owner}: {pointing[:1].lower()}{pointing[1:]}?"
    names = [heading, *rx.findall(r"\(([A-Z][A-Za-z]{1,7})\)\s*$", heading)]  # "Just-In-Time (JIT)": "JIT provisioning …"
    longer = next((m for name in names if (m := rx.match(rf"^(?P<name>{re.escape(name)})\s+(?P<noun>[a-z][a-z-]{{2,}})\s+"
                                                         r"(?P<verb>[a-z]+)\b", u.plain, re.IGNORECASE))), None)
    if longer and not rx.search(r"[a-z]s$", longer.group("name")) and not rx.search(r"(?<!s)s$|ed$", longer.group("noun")) and longer.group("noun") not in _AUXILIARY \
            and (rx.search(r"[^s]s$", longer.group("verb")) or longer.group("verb") in _AUXILIARY):
        front = f"{capitalize(longer.group('name'))} {longer.group('noun')}?"  # "### Cloud" over "Cloud federation enables …"
    return Claim(RULE, [draft(u, NoteKind.FACT, RULE, front, u.plain)],
                 detail=f"the short paragraph that opens '{heading}'")


# a sentence that opens on its setting: a purpose, a time, a condition, a turn of the text
_SETTING = re.compile(r"^(?:to|after|before|when|whenever|once|if|since|as|while|although|though|in order to|returning|"
                      r"another|either|at the end|over time|so far|now that|back to)\b", re.IGNORECASE)
_ASKED_TERM = re.compile(r"^(?:what|who)\s+(?:is|are)\s+(?:an?\s+|the\s+)?|[?？]$", re.IGNORECASE)


def _says(sentence: str, term: str) -> bool:
    """Does the sentence name the term: every word of it (by its first four letters)?"""
    said = set(prefixes(sentence))
    words = prefixes(term, min_len=3)
    return bool(words) and all(w in said for w in words)


_AUXILIARY = frozenset("is are was were can will may must should could would does did has have also".split())


_VAGUE = re.compile(r"\b(?:has|have|offers?|provides?|supports?|comes? with)\s+(?:a few|several|various|many|some|a number of|"
                    r"lots of)\b|\btakes? care of (?:most|all|much) of\b|\b(?:is|are) one of them\b", re.IGNORECASE)
# a sentence that brings the heading's thing in, or ranks it, and says nothing of what it is
_INTRODUCES = re.compile(r"^(?:there(?:'s| is| are| exist)|esiste|esistono|existen?|il existe|es gibt|há|existem?)\s|"  # "There's a C array named …"
                    r"^(?:a|an)\s+given\s|"  # "A given substate is only available to …": said of any one of them
                    r"\b(?:is|are)\s+(?:an?\s+)?(?:very\s+)?(?:important|key|central|crucial|essential|fundamental)\s+"
                    r"(?:concept|part|topic|idea|aspect|piece|component|role)\b", re.IGNORECASE)  # "… is an important concept"
# A Japanese sentence that ends in a noun (体言止め: "…するコンポーネント。", "…の集合体。") names what the heading is;
# one that ends in a verb or an adjective ("…を担う。") says something about it, and makes no card.
_NOUN_END = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9）)]$")
_KANA = re.compile(r"[\u3040-\u30ff]")
JA_MAX = 80
# "Table Storageでは非対応。", "以下を選択することで…": whether something supports it, or a pointer to the list below
_JA_STATE = re.compile(r"(?:非?対応|サポート|可能|不可能?|不要|必要|必須|推奨|任意|なし|無し|あり|有り|禁止)(?:[（(][^）)]*[）)])?$|以下|下記|次の")
_JA_GENERIC = re.compile(r"違い|比較|まとめ|について|概要|タイプ|種類|特徴|メリット|デメリット|注意|参考|使い方|方法|手順|例|一覧|とは")


def _japanese(u: Unit, heading: str) -> Claim | None:
    """ "### Scheduler" then "新しいPodをどのNodeに配置するかを決定するコンポーネント。" → "Schedulerとは？"."""
    first = sentences(u.plain)[0].strip()
    if not _KANA.search(first) or not first.endswith("。") or is_generic(heading) or len(heading) > 30:
        return None
    if _JA_GENERIC.search(heading) or first.startswith(("`", "[", "-", "*")):
        return None  # "ECSとの違い", "タイプ": the heading names an aspect, not a thing the sentence defines
    core = rx.sub(r"[（(][^）)]*[）)]", "", heading).strip()
    opener = rx.match(rf"^{re.escape(core)}(?:モデル|方式|方法)?(?:では|とは|は)[、,]?\s*(?P<rest>.+)$", first) if core else None
    if opener and 8 <= len(opener.group("rest")) <= JA_MAX and first.endswith("。"):
        # "結果整合性モデルでは、全てのノードが…を保証します。" under "結果整合性": the sentence says what it is about it
        return Claim("definition", [draft(u, NoteKind.DEFINITION, "definition", f"{heading}とは？", opener.group("rest"))],
                     detail=f"the Japanese sentence that opens '{heading}' says what it is")
    topic = rx.match(r"^(?P<subject>[A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff・ー\s]{1,20})(?:は|とは)", first)
    if topic and topic.group("subject") not in heading:
        return None  # "ECSは…" under "ECSとの違い": the sentence is about something else
    body = first[:-1]
    if len(body) > 40:  # "最小単位で、1つ以上のコンテナの集合体": the clause before で、 says what it is
        body = ja_copula_head(body)
    if not 6 <= len(body) <= JA_MAX or not _NOUN_END.search(body) or _JA_STATE.search(body):
        return None
    return Claim("definition", [draft(u, NoteKind.DEFINITION, "definition", f"{heading}とは？", body + "。")],
                 detail=f"the Japanese sentence that opens '{heading}' names what it is")


# "信号处理器用于响应信号的处理事件,…" under "信号处理器": what it is for; "信号掩码的作用在阻塞信号" its role
_ZH_ROLE = re.compile(r"^(?P<how>用于|用来|的作用(?:是|在于|在)|的目的(?:是|在于)|是指(?![定出向导明挥])|指的是|是一种|是一个)\s*(?P<rest>.+)$")


def _chinese(u: Unit, heading: str) -> Claim | None:
    """ "### 信号处理器" then "信号处理器用于响应信号的处理事件，当…": a Chinese section that opens with its term."""
    core = rx.sub(r"[（(][^）)]*[）)]", "", heading).strip()
    first = sentences(u.plain)[0].strip() if sentences(u.plain) else ""
    if not core or len(core) > 12 or not first.startswith(core):
        return None
    m = _ZH_ROLE.match(first[len(core):].strip())
    if m is None:
        return None
    rest = rx.split(r"[，,；;。]", m.group("rest"))[0].strip() if len(m.group("rest")) > 40 else m.group("rest").rstrip("。")
    if not 4 <= len(rest) <= 60:
        return None
    how = m.group("how")
    if how in ("用于", "用来"):
        front = f"{core}用于什么？"
    elif how.startswith("的"):
        front = f"{core}{how[:3]}是什么？"
    else:
        front, rest = f"什么是{core}？", (how[1:] + rest if how.startswith("是一") else rest)
    return Claim("definition", [draft(u, NoteKind.DEFINITION, "definition", front, rest)],
                 detail=f"the Chinese sentence that opens '{heading}' says what it is for")


CJK_ANSWER_MAX = 150  # characters: an answer of a few sentences, not a section of prose


def _cjk_asked(u: Unit, heading: str) -> Claim | None:
    """ "### 什么是自动拆装箱？" over the one paragraph that answers it: the notes' question and its answer. Only one
    question ("什么是A？什么是B？" over three paragraphs answers each in a different one) and only the whole section."""
    if not heading.endswith(("?", "？")) or len(rx.findall(r"[?？]", heading)) != 1 or not u.whole_section:
        return None
    if len(heading) > 40 or cjk_share(heading) < 0.3 or not 8 <= len(u.plain) <= CJK_ANSWER_MAX:
        return None
    if rx.search(r"这篇|那篇|本文|下文|后文|参考|参见|详见|请看|可以看|移步|この記事|参照|後述|下記", u.plain):
        return None  # "你可以在 … 这篇文章中找到详细的答案": it points elsewhere, it does not answer
    answer = "".join(s for s in sentences(u.plain) if not rx.match(r"^(?:比如|例如|举个例子|比方说|例えば)", s.strip()))
    return Claim("question-answer", [draft(u, NoteKind.QA, "question-answer", heading, answer.strip() or u.plain)],
                 detail=f"the one paragraph under the question '{heading}'")
