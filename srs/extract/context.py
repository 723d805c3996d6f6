"""Headings as context: clean titles for the heading path, and tags from the path."""

from __future__ import annotations

import re
from functools import lru_cache

from srs.extract import rx
from srs.extract.text import BRACKET_NUMBER, EMOJI, strip_noise, tidy

_EMOJI = re.compile(r"\s*" + EMOJI.pattern)
_KEYCAP_LEAD = re.compile(r"^[\s*_]*(?:" + EMOJI.pattern + r"\s*)?[0-9#*]\uFE0F?\u20E3\s*")
_OPTION = re.compile(r"--?[A-Za-z][\w-]*(?:[\s=]|$)")  # "-m state", "--sport": a command-line option names its sub-items
# emoji, bullets, arrows before the words (not a bracket, '¿', '/etc', nor an option's own dash)
_LEADING = re.compile(r"^(?![¿¡/~]\w|" + _OPTION.pattern + r")[^\w`“\"(『「【（〈《‘'¿¡]+", re.UNICODE)
_NUMBERING = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)、]|[ivxIVX]{1,4}\.)(?:\s+|(?=[\u3040-\u30ff\u4e00-\u9fff]))|"
                        r"^[一二三四五六七八九十百]{1,3}[、．.]\s*|"  # "五、行转列": a Chinese section number
                        rf"{BRACKET_NUMBER.pattern}|"  # "(2) Breadth-First Search": a number in brackets
                        r"^[a-hA-H][.)]\s+(?=[A-Z])|"  # "a. Numeric Types": a lettered section
                        r"^\d{1,2}\s+(?=[\uac00-\ud7af\u3040-\u30ff\u4e00-\u9fff])(?![种個个つ가개条項点大])|"  # "3 역할"
                        r"^\d{1,3}(?:\.\d{1,3})+\s+(?!(?:[KMGT]i?B|[KMG]Hz|[mµn]s|[KMG]bps|x|%)\b)(?=[A-Z\u3040-\u30ff\u4e00-\u9fff])")
_TIME = r"(?:\d+(?:[.,]\d+)?\s*[–—-]?\s*)+(?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)\b"
_SCHEDULE_PARENS = re.compile(
    r"\s*\((?=[^)]*(?:\b(?:days?|weeks?|months?)\s+\d|" + _TIME + r"|\bday\b|/day|approximately))[^)]*\)",
    re.IGNORECASE,
)
_SCHEDULE_WORD = re.compile(
    r"^(?:morning|midday|noon|afternoon|evening|night|tonight|today|tomorrow|weekend|"
    r"(?:days?|weeks?|months?|phase|sprint)\s*[\d–—\-, ]+|mon|tue|wed|thu|fri|sat|sun)\b"
    r"|^(?:第\s*[\d一二三四五六七八九十]+\s*[天日周週]|\d+\s*(?:日目|週目|일차|주차))",  # "第05天：" (day 5 of a course)
    re.IGNORECASE,
)
# "(score yourself)", "(bring to interviews mentally)", "(Kafka, RabbitMQ)": asides, not names
_BACK_TO_TOP = re.compile(r"\s*\[?\[(?:top|back to top|↑|⬆|⇧|返回顶部|回到顶部|返回目录|トップへ|目次へ)\]\]?(?:\(#[^)]*\))?\s*$",
                          re.IGNORECASE)
# "## Asynchronous Programming [Back](./../JavaScript.md)": the heading's link back to an index, in its markdown (the
# plain title keeps only the link's word)
BACK_LINK = re.compile(r"\s*\[(back|home|up|index|return|zurück|retour|volver|voltar|返回|目录|戻る)\]\([^)]*\)\s*$", re.IGNORECASE)
# "Motivation (16:40) (2%)": a video's length and the course's progress, no part of the title
_PROGRESS_PARENS = re.compile(r"(?:\s*\((?:\d{1,2}:)?\d{1,2}:\d{2}\)|\s*\(\d{1,3}(?:\.\d+)?\s?%\))+\s*$")
_ASIDE_PARENS = re.compile(r"(?:\s+|(?<![\w=]))\((?:[^()]*,[^()]*|[a-z][^()]*\s[^()]*|(?i:todo|wip|tbd|draft|done|in progress))\)")
_YOU_SHOULD = re.compile(r"\s+(?:you|to)\s+(?:should|must|need to|have to|will|can)\b.*$", re.IGNORECASE)
_SLUG_DROP = re.compile(r"[^\w\s/-]+", re.UNICODE)
_SLUG_SEP = re.compile(r"[\s/_]+")


def is_address(text: str) -> bool:
    """A line that is one web address and nothing else ("https://docs.example.com/x", "<https://…>")."""
    return rx.fullmatch(r"\s*<?https?://\S+>?\s*", text) is not None


@lru_cache(maxsize=4096)
def title(text: str) -> str:
    """A heading as context: ``"## 🕐 Morning (2–3 hours) → **AWS Deep Dive**"`` → ``"AWS Deep Dive"``."""
    if is_address(text):
        return ""  # "# https://blog.example.com/lambda-destinations": an address written as a heading titles nothing
    text = rx.sub(r"\{\{[^{}]*\}\}|\{%[^{}]*%\}", "", text)  # "# {{ $frontmatter.title }}": a site generator's template fills it
    text = rx.sub(r"\$\$\s*\{?\s*\\color\{[^}]*\}\s*(.*?)\}?\s*\$\$", r"\1", text)  # "$${\color{green}API Gateway}$$"
    text = strip_noise(rx.sub(r"==([^=\n]{1,80})==", r"\1", text))  # "What is ==Access Control==?": a highlight
    text = rx.sub(r"^【([^【】]+)】$", r"\1", _BACK_TO_TOP.sub("", text).strip())  # "【…の例】": brackets that make a title
    text = rx.sub(r"\s*[(\[]\s*(?:link|source|docs?|refs?|here|more)\s*[)\]]", "", text, flags=re.IGNORECASE)  # "[Ref]" too  # "Dataplex ([link](…))"  # "LRU 与 LFU 的区别[Top]": the heading's link back to the index
    text = rx.sub(r"(?:\s+(?:参考|参考资料|参考链接|参照|参考文献|참고|출처)\s*\d{0,2}|\s+(?:ref(?:erence)?|source|link)\s*\d{1,2})+\s*$",
                  "", text, flags=re.IGNORECASE)  # "字符编码 [参考 1](…) [参考 2](…)": the heading's links to its sources
    text = rx.sub(_KEYCAP_LEAD, "", text)  # "**1️⃣ Ctrl + C**": a keycap numbering the heading ("Step 3️⃣" keeps 3)
    plain = _EMOJI.sub("", text)  # "Output Feedback (OFB) Mode 🔄": decoration, anywhere in the title
    text = rx.sub(r"\s+[(\[（]\s*[)\]）]", "", plain) if plain != text else plain  # "Knapsack (😵)": not "Knapsack ()"
    lead = _LEADING.match(text)
    text = _LEADING.sub("", text)
    if lead and lead.group(0).rstrip().endswith("[") and text.count("]") > text.count("[") and not rx.match(r"[ xX]\]", text):
        text = "[" + text  # "[NSDI 2013] Scaling Memcache": the tag keeps its bracket
    text = _NUMBERING.sub("", text)
    text = _PROGRESS_PARENS.sub("", _SCHEDULE_PARENS.sub("", text))
    text = _ASIDE_PARENS.sub("", text)
    text = rx.sub(r",?\s+(?:(?:are|is|includes?)\s+)?as follows\s*[:：]?\s*$", "", text, flags=re.IGNORECASE)  # "…, are as follows:"
    arrow = _top_level_arrow(text)
    if arrow > 0:
        left, right = text[:arrow], text[arrow + 1:]
        if len(left.split()) <= 3 and right.strip() and "=" not in left and _top_level_arrow(right) < 0:
            text = right  # ("ELT = Extract → Load → Transform": a chain, all of it the title)
    cut = _YOU_SHOULD.sub("", text)  # ("What You Need to Know", "Things you should know": nothing is left to name)
    text = "" if cut != text and rx.fullmatch(r"\W*(?:what|things?|stuff|everything|all|key points?|the basics)\W*", cut,
                                             re.IGNORECASE) else cut
    # ("… EAL vs TOE**      |": a table's pipe pasted onto the heading; "-p": an option keeps its dash)
    text = tidy(text.rstrip(" :：—–-|") if _OPTION.match(text) else text.strip(" :：—–-|"))
    if rx.search(r"[>›〉》」』】]$", text) and not rx.search(r"[<‹〈《「『【]", text):
        text = text[:-1].rstrip()  # "<정규 문법과 정규 언어>" lost its "<" with the leading symbols: the ">" goes too
    return text


def _top_level_arrow(text: str) -> int:
    depth = 0
    for k, c in enumerate(text):
        depth += c == "("
        depth -= c == ")" and depth > 0
        if c == "→" and depth == 0:
            return k
    return -1


def is_schedule(label: str) -> bool:
    return bool(_SCHEDULE_WORD.match(label.strip()))


def slug(text: str) -> str:
    text = _SLUG_DROP.sub(" ", text.casefold())
    return _SLUG_SEP.sub("-", text.strip()).strip("-")


def path_tag(path: tuple[str, ...]) -> str | None:
    parts = [s for s in (slug(p) for p in path) if s]
    return "::".join(parts) or None
