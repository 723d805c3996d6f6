"""Naming: a sentence that gives a described thing its name → "What is X called?" / the name.

    Storage engines based on merging and compacting sorted files are often called LSM storage engines.
    → What are storage engines based on merging and compacting sorted files called? / LSM storage engines
    If the passive stack runs at full production capacity, then this strategy is known as "hot standby".
    → What is the strategy called if the passive stack runs at full production capacity? / hot standby
    因此 CAP 定理又被称作布鲁尔定理。 → CAP 定理又被称作什么？ / 布鲁尔定理

The description must stand on its own: "This is called …" leans on the sentence
before it and makes no card (only a condition may name "this strategy").
"""

from __future__ import annotations

import re

from srs.core.notes import NoteKind
from srs.extract import rx
from srs.extract.drafts import draft
from srs.extract.model import Claim, Doc, Unit
from srs.extract.rules import acronym
from srs.extract.text import capitalize, cjk_share, sentences, tidy, word_count

RULE = "naming"
_NAMED = r"(?:often|usually|commonly|also|sometimes|normally|generally|typically)?\s*(?:called|known as|referred to as|termed)"
_CALLED = re.compile(rf"^(?P<desc>.+?)\s+(?P<verb>is|are)\s+{_NAMED}\s+(?P<name>[^,;:]+?)\.?$", re.IGNORECASE)
_IF_CALLED = re.compile(rf"^if\s+(?P<cond>.+?),\s+(?:then\s+)?(?:this|the|that|such an?|such)\s+(?P<noun>[a-z]+(?:\s[a-z]+)?)"
                        rf"\s+is\s+{_NAMED}\s+(?P<name>[^,;:]+?)\.?$", re.IGNORECASE)
_POINTER = re.compile(r"^(?:so|thus|hence|therefore|and|but|here|there|this|that|these|those|it|they|which|such|"
                      r"one|both|each|all|some|the (?:former|latter|above|following|resulting|remaining|new|other|same|two|three|four|five|rest|remainder))\b|"
                      r"\b(?:this|these|those|it|they|them|above|below|former|latter|such)\b(?! \w+ of\b)", re.IGNORECASE)
_ZH_CALLED = re.compile(r"(?P<desc>[^，,。；;：、]{2,24}?)\s*(?P<verb>又被称作|又被称为|也被称为|被称为|被称作|又称为|也称为|又称|也叫|又叫|称为|叫做)"
                        r"\s*(?P<name>[^，,。；;：]{2,40})")
_ZH_POINTER = re.compile(r"^(?:因此|所以|于是|这|那|它|此|该|其|新的)")
_ZH_WHEN = re.compile(r"^(?:最初|起初|原来|原本|以前|之前|早期|后来|现在|目前|通常|一般|也|又|还|都|就|才|曾经?|常常?|有时)")
_GENERIC_DESC = re.compile(r"(?:the|this|that|such an?)\s+(?:whole\s+)?(?:process|technique|approach|method|formula|result|"
                           r"pattern|concept|idea|step|operation|mechanism|strategy|practice|procedure|thing|feature)",
                           re.IGNORECASE)
_QUOTES = "\"'“”‘’「」*_"
MAX_DESC_WORDS = 20
MAX_NAME_WORDS = 8


def apply(u: Unit, doc: Doc) -> Claim | None:
    if u.label or u.plain.endswith(("?", "？", ":", "：")):
        return None
    for sentence in sentences(u.plain)[:6]:
        found = _zh(sentence) if cjk_share(sentence) > 0.3 else _en(sentence.strip())
        if found is not None:
            front, name = found
            if u.path and len(u.path[-1]) >= 3 and u.path[-1].lower() in name.lower():
                return None  # "… are called Shared VPC networks" under "Shared VPC": the context line says the name
            note = draft(u, NoteKind.DEFINITION, RULE, front, name)
            return Claim(RULE, [note], detail=f"what the notes name '{name}'")
    return None


def _en(sentence: str) -> tuple[str, str] | None:
    m = _IF_CALLED.match(sentence)
    if m:
        name = _name(m.group("name"))
        cond = tidy(m.group("cond")).removesuffix(" however")
        if name and word_count(cond) <= MAX_DESC_WORDS and not _POINTER.search(cond):
            return f"What is the {m.group('noun').lower()} called if {cond}?", name
        return None
    m = _CALLED.match(sentence)
    if m is None:
        return None
    desc, name = _main_clause(tidy(m.group("desc"))), _name(m.group("name"))
    if not name or _POINTER.search(desc) or not 2 <= word_count(desc) <= MAX_DESC_WORDS:
        return None
    whole = tidy(m.group("desc"))  # ("the input is known as X, while the output": the clause after the contrast only)
    if rx.search(rf"\b(?:is|are)\s+{_NAMED}\b", desc if desc != whole else whole, re.IGNORECASE):
        return None  # "Adding data is called pushing …, and removing data is called popping": two names, one question
    if desc.count(",") >= 2 or rx.search(r",\s*(?:named|called|known|invented|created|introduced)\b", desc, re.IGNORECASE):
        return None  # "A Merkle tree, named for its inventor, Ralph Merkle, is also known as …": an aside, not a description
    if rx.search(r"\b(?:which|that|who|whom|where)$", desc, re.IGNORECASE):
        return None  # "… multiple follower nodes which are called replicas": the name is of the last noun only
    if _GENERIC_DESC.fullmatch(desc):
        return None  # "The process is called multipart upload": which process, the sentences before it say
    if desc.lower().startswith(("if ", "when ", "in ", "for ", "as ")):
        return None  # "In Java, this is called …": a lead-in, not a description
    desc = desc[0].lower() + desc[1:] if desc[:2].istitle() else desc
    return f"What {m.group('verb').lower()} {desc} called?", name


def _main_clause(desc: str) -> str:
    """ "Since we deal with one partition only, the document-partitioned index" → "the document-partitioned index"."""
    m = rx.match(r"^(?:since|because|as|given that|now that)\b[^,]{3,80},\s+(?P<rest>(?:the|a|an)\s.+)$", desc, re.IGNORECASE)
    if m is None:  # "plaintext, while the coded message": the clause after the contrast is what is named
        m = rx.match(r"^[^,]{1,80},\s+(?:while|whereas|but)\s+(?P<rest>(?:the|a|an)\s.+)$", desc, re.IGNORECASE)
    return m.group("rest") if m else desc


def _zh(sentence: str) -> tuple[str, str] | None:
    m = _ZH_CALLED.search(sentence)
    if m is None:
        return None
    desc, name = tidy(m.group("desc")), _name(m.group("name"))
    if sentence[m.start("desc") - 1:m.start("desc")] == "、":
        return None  # "其中验证、准备、解析三个部分统称为连接": the description starts before the list's last item
    if rx.fullmatch(r"[\u4e00-\u9fff]{2,}", name) and all(c in desc for c in name):
        return None  # "操作数栈也常被称为操作栈": the other name is the description's own words, less one
    desc = rx.sub(r"^(?:因此|所以|于是)\s*", "", desc)
    if desc.endswith(("（", "(")) and name.endswith(("）", ")")):  # "…的情况（又称reordering）": an alias in brackets
        desc, name = desc[:-1].rstrip(), name[:-1].rstrip()
    desc = rx.sub(r"^\d{1,2}\s*[）).、]\s*", "", desc)  # "3）网络上…": the item's number, not the description
    if rx.search(r"[（(][^）)]*$", desc) or rx.search(r"^[^（(]*[）)]", name):
        return None  # a bracket opened in the description and closed in the name: cut across an aside
    if rx.fullmatch(r"[A-Z][A-Za-z]{0,2}-?[A-Z]{2,6}", name) and acronym.half_spelled(name.replace("-", ""), desc):
        return None  # "Duplicate SACK又称什么？" → "D-SACK": the name shortens the description it is asked from
    if "的" in name or rx.search(r"这|那|该", desc) or rx.fullmatch(r"(?:其|此|它|结果|后者|前者|其结果|这样)", desc):
        return None  # "从这个被称为`GC Roots`的对象开始": "the objects called GC Roots", a name inside a longer clause
    if rx.search(r"(?:术语|名词|词|词语|名字|概念|说法|提法)$", desc) and rx.search(r"有|个|用了", desc) \
            or rx.match(r"^(?:\S{0,4}有(?:一)?[个種种位套])", desc):  # "公司有一个专门的组织叫做 GOC": there is one
        return None  # "有个术语叫做 thundering herd": "there is a term called …" describes nothing the name means
    if not name or _ZH_POINTER.match(desc) or len(desc) < 2 or _ZH_WHEN.fullmatch(desc) or rx.match(r"^[也又还都就才]", desc):
        return None  # "最初叫做 insert buffer": "at first" is when, the thing named stands in the clause before
    if rx.fullmatch(r"[\d.,~～<>≤≥+\s-]+\s*[A-Za-z]{0,3}(?:以上|以下|之上|之下)?", desc):
        return None  # "896MB 也称为高端内存": a quantity names nothing; what lies beyond it is called so
    return f"{desc}{m.group('verb')}什么？", name


def _name(text: str) -> str:
    name = tidy(text).strip(_QUOTES + " .。").rstrip(_QUOTES + " .。")
    if name.count("`") % 2:
        return ""  # "`dhcp3-server` on Ubuntu" cut into a half code span
    if not name or word_count(name) > MAX_NAME_WORDS or _POINTER.match(name) or name.lower() in ("a", "an", "the"):
        return ""  # ("… is known as the" / "**plaintext**": the name is on the next line, set apart)
    if rx.match(r"(?:in|at|on|by|from|with|when|after|before|during|once|twice|only|first|last|automatically|"
                r"implicitly|explicitly)\b", name, re.IGNORECASE):
        return ""  # "The destructors are called in the opposite order": called as in run, no name
    return capitalize(name) if name[:1].islower() and not rx.match(r"^[a-z]+[A-Z]", name) else name
