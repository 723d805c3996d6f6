"""Read a line's inline tokens: its plain text, lead label, links and emphasis."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from srs.extract import rx
from srs.extract.model import Line
from srs.extract.text import BRACKET_NUMBER

URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()]+(?:\([^\s()]*\)[^\s<>()]*)*", re.IGNORECASE)
_SYMBOLS = re.compile(r"^[\W_]*$", re.UNICODE)
_PLAIN_LABEL = re.compile(r"^(?P<label>[^\s:：“\"'`][^:：]{0,100}?)\s*(?::|：\s*)(?:\s*(?<=：)(?P<fbody>\S.*)|\s+(?P<body>\S.*))?$")
# One code span as the label, prose after it; "`timeout`: 30" (a setting's value) stays a line of config
_CODE_LABEL = re.compile(r"^(?P<label>`[^`\s][^`]{0,38}`)\s*:\s+(?P<body>\S.*)$")
_LEADING_SYMBOLS = re.compile(r"^(?:(?![.%~]\w|/[a-z_])[^\w`“\"'(\[{<>≥≤~$#@*（「『【])+", re.UNICODE)  # (".env", "%MEM": a name's own mark)
_PARENS = re.compile(r"\([^()]*\)")
_DASH_LEAD = re.compile(r"^(?:\s*[—–]\s*|\s*-{1,2}\s+)(?=\S)")  # the text after a bold label is stripped
_MAX_LABEL_WORDS = 7
# "**-Transparencia:**", "**• Adaptación:**": a list's bullet typed inside the bold; "**-R**" (an option) keeps its dash
_BULLET_IN_BOLD = re.compile(r"^(?:[-•·▪◦]\s*(?=[^\W\d_a-z][^\W\d_A-Z]{2,})|[•·▪◦]\s+)")


@dataclass
class Inline:
    plain: str
    label: str | None
    body: str
    bold_label: bool
    links: int
    link_only: bool
    emphasis_lead: str | None
    first_bold: str | None


def read(lines: list[Line]) -> Inline:
    tokens: list[Any] = []
    for k, line in enumerate(lines):
        if k:
            tokens.append(_STOP if _own_line(lines[k - 1], line) else _Space)
        tokens.extend(line.tokens)
    text = clean(render(tokens))
    label, body, bold = _bold_label(tokens, len(lines[0].tokens) if len(lines) > 1 else -1)
    if label is None:
        label, body = plain_label(text)
        if label is not None and (_colon_in_link(lines[0].md, label) or rx.match(
                r"\s*(?:[-*+]\s+)?(?<![*_])([*_])(?![*_\s])[^*_]*?[:：]\s[^*_]*?(?<=\S)\1(?![*_])", lines[0].md)):
            label, body = None, text  # "… [NESTED TRANSACTION: AN APPROACH …](url)", "*Hadoop: The Definitive Guide*, 4th
            # edition": the colon is the title's own
    links = sum(1 for t in tokens if t.type == "link_open")
    if "http" in text or "www." in text:
        links += len(URL.findall(text))
    return Inline(
        plain=text, label=label, body=body if label is not None else text, bold_label=bold,
        links=links, link_only=bool(links) and _only_links(tokens), emphasis_lead=_emphasis_lead(tokens),
        first_bold=_first_bold(tokens),
    )


def _colon_in_link(md: str, label: str) -> bool:
    return any(label.endswith(title.split(":", 1)[0].strip()) for title in rx.findall(r"\[([^\[\]]*:[^\[\]]*)\]\(", md))


def render(tokens: list[Any]) -> str:
    """Plain text: emphasis and link markup dropped, code kept as `code`."""
    out: list[str] = []
    struck = 0  # inside "~~…~~": words the author struck out, no part of what the line says
    for k, t in enumerate(tokens):
        kind = t.type
        struck += (kind == "s_open") - (kind == "s_close")
        if struck > 0 or kind == "s_close":
            continue
        if kind == "text" and (_anchor_slug(tokens, k) or _url_text(tokens, k)):
            continue  # "[check-network-section](#networking)": a jump to another section, named by its slug
        if kind == "text":
            out.append(t.content)
        elif kind == "code_inline":
            fence = "``" if "`" in t.content else "`"
            out.append(f"{fence}{t.content}{fence}")
        elif kind in ("softbreak", "hardbreak", "space"):
            out.append(" ")
        elif kind == "image":
            out.append(" ")  # an image's alt text ("cap-theorem") is no part of the sentence
        elif kind == "html_inline":
            out.append(t.content)
    return "".join(out)


def _anchor_slug(tokens: list[Any], k: int) -> bool:
    """The text of a link into the page itself whose text is a slug ("see-networking"), not words."""
    opener = tokens[k - 1] if k else None
    if opener is None or opener.type != "link_open" or not str(opener.attrs.get("href", "")).startswith("#"):
        return False
    text = tokens[k].content
    return " " not in text.strip() and bool(rx.search(r"[a-z][-_][a-z]", text))


def _url_text(tokens: list[Any], k: int) -> bool:
    """ "[https://www.percona.com/doc/…](https://…)": a link whose text is its address is a pointer, not words."""
    opener = tokens[k - 1] if k else None
    return opener is not None and opener.type == "link_open" and bool(rx.match(
        r"\s*(?:(?:https?://|www\.)\S+|docs?|documentation|reference|source|link|here|more|read more|details)\s*$",
        tokens[k].content, re.IGNORECASE) or k + 2 == len(tokens) and rx.fullmatch(  # "[Docs](https://…)": a pointer,
        r"\s*(?:videos?|slides|讲解|视频|链接|详情|原文|文档|官网|動画|リンク|링크|영상|enlace|vídeo|lien|quelle|fonte|fuente)\s*",
        tokens[k].content, re.IGNORECASE))  # as is "strategies [讲解](…)" at the end of a line


def clean(text: str) -> str:
    """ "Dataprep ([link](…))" without its link; "(cloud billing <https://…>)" without the space the link left; "TLS(※1)"
    without its mark to a note below."""
    text = rx.sub(r"\s*[(（]\s*※\s*\d{1,2}\s*[)）]|\s*※\s?\d{1,2}(?!\d)", "", text)  # "100.0.0.2 (※2)": a mark to a note below
    return rx.sub(r"\(\s+|\s+\)", lambda m: m.group().strip(), " ".join(rx.sub(r"\s\(\s*\)", "", text).split()))


def plain_label(text: str) -> tuple[str | None, str]:
    """``"Burn Rate Rule: If …"`` → ``("Burn Rate Rule", "If …")``; ``(None, text)`` otherwise."""
    flag = rx.match(r"^[•◦▪·\s]*(-{1,2}[A-Za-z][\w-]*)(?=\s|[:：])", text)  # "-c Count: …": the dash is the option's own
    stripped = text[flag.start(1):] if flag else text.lstrip() if rx.match(r"\s*[-−]\d", text) \
        else _LEADING_SYMBOLS.sub("", BRACKET_NUMBER.sub("", text))  # ("-50dBm: Excellent": a sign, not a dash)
    code = _CODE_LABEL.match(stripped)
    if code and len(code.group("body").split()) >= 3 and code.group("body")[:1].isalpha():
        return code.group("label"), code.group("body").strip()  # "`Latch`: synchronizer used to delay …"
    m = _PLAIN_LABEL.match(stripped)
    if not m:
        return None, text
    label = m.group("label").strip()
    words = _PARENS.sub("", label).split()  # "Inbound data transfers (i.e. data going into Azure)": 3 words
    if not words or len(words) > _MAX_LABEL_WORDS or URL.search(label) or _unbalanced(label):
        return None, text
    if label[-1].isdigit() and (m.group("body") or "")[:1].isdigit():  # 10:30, ratios
        return None, text
    if rx.search(r"[.!?;]\s", _PARENS.sub("", label)) or rx.search(r"(?:^|\s)(?:e\.?g|i\.?e|ex|eg\.|such as|like)\.?$", label, re.I):
        return None, text  # ("CPU scheduling information eg: priority": the colon opens the examples, no label ends there)
    return label, (m.group("body") or m.group("fbody") or "").strip()


def _unbalanced(label: str) -> bool:
    """ "MSS（Maximum Segment Size" or "（最終更新": the colon sits inside brackets, so it ends no label."""
    if len(rx.findall(r"<[A-Za-z]", label)) > label.count(">"):
        return True  # "fn notify<T: Summary>": the colon of a type bound, inside its angle brackets
    if label.count('"') % 2 or label.count("“") != label.count("”"):
        return True  # 'An "Accept-Encoding: gzip" header': the colon is inside a quotation
    return any(label.count(a) != label.count(b) for a, b in ("()", "（）", "[]", "{}", "「」", "『』", "【】"))


def _bold_label(tokens: list[Any], first_line: int = -1) -> tuple[str | None, str, bool]:
    """A lead label in bold. ``first_line``: how many tokens the first of several lines has (-1: one line)."""
    start = _first_meaningful(tokens)
    if start is None or tokens[start].type != "strong_open":
        return None, "", False
    depth, end = 0, None
    for k in range(start, len(tokens)):
        if tokens[k].type == "strong_open":
            depth += 1
        elif tokens[k].type == "strong_close":
            depth -= 1
            if depth == 0:
                end = k
                break
    if end is None:
        return None, "", False
    inner = _BULLET_IN_BOLD.sub("", clean(render(tokens[start + 1:end])))
    rest = clean(render(tokens[end + 1:]))
    alone = first_line > 0 and all(t.type == "text" and not t.content.strip() for t in tokens[end + 1:first_line])
    if alone and inner and rest and not inner.endswith((".", "!", "?")) and len(inner.split()) <= 4:
        # "**Binding**" alone, then "A binding is the address …" (or ": the address …", a definition list) below it
        if rest.startswith((":", "：")) or rx.match(rf"(?:an?|the)\s+{re.escape(inner.split()[0])}", rest, re.IGNORECASE):
            return inner.rstrip(":："), rest.lstrip(":： "), True
    if inner.endswith((":", "：")):  # ("**Cognito:** : Help with …": the colon written twice)
        return inner[:-1].strip() or None, rx.sub(r"^[:：\s]+", "", rest), True
    if rest.startswith((":", "：")):  # ("**Cache:**: a store …": the colon written twice)
        return inner or None, rx.sub(r"^[:：\s]+", "", rest), True
    dash = _DASH_LEAD.match(rest)
    if dash and inner and not inner.endswith((".", "!", "?")):  # "**Metric**—A metric is …"
        return inner, rest[dash.end():].strip(), True
    if not rest or _SYMBOLS.match(rest):
        return inner or None, "", True
    tail = [t for t in tokens[end + 1:] if not (t.type == "text" and not t.content.strip())]
    if inner and len(tail) >= 3 and tail[0].type == "em_open" and tail[-1].type == "em_close" \
            and sum(t.type == "em_open" for t in tail) == 1 and not inner.endswith((".", "!", "?")):
        return inner, clean(render(tail[1:-1])).strip(), True  # "**Internal attack** _Attacker is an imposter_": its gloss
    return None, "", False


def _first_meaningful(tokens: list[Any]) -> int | None:
    """The first token past symbols and an item number ("（1）", "**(4)**", "①") that starts the text."""
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if t.type == "text" and (_SYMBOLS.match(t.content) or _ITEM_NUMBER.match(t.content)):
            k += 1
        elif t.type == "strong_open" and k + 2 < len(tokens) and tokens[k + 2].type == "strong_close" \
                and tokens[k + 1].type == "text" and _ITEM_NUMBER.match(tokens[k + 1].content):
            k += 3
        else:
            return k
    return None


_ITEM_NUMBER = re.compile(r"^\s*(?:[（(]\s*\d{1,2}\s*[）)]|[①-⑳])\s*$")


def _emphasis_lead(tokens: list[Any]) -> str | None:
    start = _first_meaningful(tokens)
    if start is None or tokens[start].type not in ("em_open", "strong_open"):
        return None
    close = tokens[start].type.replace("_open", "_close")
    for k in range(start + 1, len(tokens)):
        if tokens[k].type == close:
            return clean(render(tokens[start + 1:k])) or None
    return None


def _first_bold(tokens: list[Any]) -> str | None:
    for k, t in enumerate(tokens):
        if t.type == "strong_open":
            for j in range(k + 1, len(tokens)):
                if tokens[j].type == "strong_close":
                    return clean(render(tokens[k + 1:j])) or None
    return None


def _only_links(tokens: list[Any]) -> bool:
    """Nothing but links or URLs, give or take a parenthetical description."""
    rest: list[Any] = []
    depth = 0
    for t in tokens:
        if t.type == "link_open":
            depth += 1
        elif t.type == "link_close":
            depth -= 1
        elif depth == 0:
            rest.append(t)
    leftover = URL.sub(" ", render(rest))
    leftover = _PARENS.sub(" ", leftover)
    return len(rx.findall(r"[^\W_]+", leftover, flags=re.UNICODE)) <= 1


class _SpaceToken:
    type = "space"
    content = " "


_Space = _SpaceToken()


class _StopToken:
    type = "text"
    content = ". "


_STOP = _StopToken()


def _own_line(before: Line, line: Line) -> bool:
    """ "Linearizable reads\\" over "Users are always …": the author broke the line after a title; its words end there."""
    end = before.md.rstrip().removesuffix("\\").rstrip().rstrip("*_")  # ("- **Consistency:**  ": a label, its colon inside)
    return before.hard_break and bool(end) and (end[-1].isalnum() or end[-1] in ")`") \
        and line.md.lstrip()[:1].isupper()
