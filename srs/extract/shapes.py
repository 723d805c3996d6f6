"""What blocks look like: pseudo-headings, lead-ins, titles of lists and items, unit boundaries."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from srs.extract import context, logistics, rx
from srs.extract.facets import ANNOUNCES_LIST, grab_bag, is_facet
from srs.extract.kinds_lead import CJK_THERE_ARE, THERE_ARE, counted_title, describes_heading, kinds_subject
from srs.extract.model import Block, Line, Unit
from srs.extract.plain_titles import bold_title
from srs.extract.text import (
    EXAMPLE_WORDS,
    EXAMPLE_WORDS_CJK,
    capitalize,
    drop_parentheticals,
    is_generic,
    word_count,
)

# a line that starts a sentence though the line above has no full stop: "… called TLB" / "It is connected to …"
_NEW_SENTENCE = re.compile(r"^(?:It|This|They|These|Those|There|We|You)\s+[a-z]")
_LOWER_LABEL = re.compile(r"^[a-z][\w /&()+`.-]{0,30}(?::\s|：)")  # "scale up: …" over "scale out: …": one label a line
_LABEL_START = re.compile(r"^(?:\*\*|__|[A-Z0-9`][\w /&()+`.-]{0,40}:\s|`[^`]{1,60}`\s*:\s|"
                          r"[\u4e00-\u9fff\u3040-\u30ff][^\s：:，。]{0,20}：)")  # "`docker kill [ID]`: …", "公平锁：…"
# "For any design prompt, …" qualifies its heading; a connective ("In addition to arbiters, …", "On the other hand, …") does not
_FOR_QUALIFIER = re.compile(r"^(for|when|in|during|on)\s+(?!(?:addition|general|short|fact|practice|particular|"
                            r"contrast|summary|other words|most cases|some cases|this case|that case|the other hand|"
                            r"example|instance|turn|theory|reality|total|brief|essence)\b)([^,:]{3,60})[,:]", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:a|an|the|your|some)\s+", re.IGNORECASE)


@dataclass
class Lead:
    """What introduces a list: a lead-in line, a pseudo-heading or a parent item."""

    title: str
    line: int
    text: str = ""
    from_item: bool = False
    only_list: bool = False  # a title line right over its list: its context ends with that list
    pseudo_question: bool = False  # a bold question alone on its line: what follows answers it
    borrowed: bool = False  # a sentence that says what the list is but gives no title: the heading's title stands in
    example: bool = False  # the list is one example's data ("For example, a job with four instances:" over it)


def empty_heading(block: Block, blocks: list[Block], start: int) -> bool:
    """Nothing but rules before the next heading of the same or a higher level."""
    for other in blocks[start:start + 50]:
        if other.kind == "hr":
            continue
        return other.kind == "heading" and other.level <= block.level
    return start + 50 > len(blocks)


_FINITE = re.compile(r"\b(?:will|would|can|could|should|must|may|might|is|are|was|were|has|have|had|does|do|did|"
                     r"involves|includes|contains|requires|consists|means|provides|supports|allows|lets|enables)\b", re.I)


# "Broadly classified in 4 types:": says the list below sorts the heading's subject, names nothing itself
_SORTED = r"(?:classified|divided|categori[sz]ed|grouped|split|broken down|separated)"
_CLASSIFIED = re.compile(rf"^(?:\w+ly\s+)?{_SORTED}\s+in(?:to)?\b", re.IGNORECASE)
_SORTED_AS = re.compile(rf"\b{_SORTED}\s+(?:as|in|into)\s", re.IGNORECASE)  # "algorithms can also be classified as stream or block ciphers:" over both


def is_pseudo_heading(u: Unit, following: Block | None) -> bool:
    """``**Key Principles:**`` alone on its line, or ``Key Topics:`` before a list."""
    if u.label is not None and not u.body and not _CLASSIFIED.match(u.label):
        if word_count(u.label) > 10 or rx.search(r"[。！？]|[.!?]\s", rx.sub(r"^\d{1,3}[.)]\s+", "", u.label)):  # (not "8. Types?")
            return False  # "这可以说是最经典的方法了。基本流程是这样的：" is a sentence, not a title
        if u.label.rstrip().endswith(".") and not u.label.rstrip().endswith("..") and word_count(u.label) >= 4 \
                and (_FINITE.search(u.label) or word_count(u.label) >= 5):
            return False  # "**Rabbitmq supports federation and clustering.**": a statement in bold, not a title
        if not u.bold_label and (_FINITE.search(u.label) and not rx.match(r"there (?:are|is)\b", u.label, re.I) or rx.search(r"\b(?:e\.?[gq]|i\.e|such as|like)\W*$", u.label)):
            return False  # "Sub-system utilization will affect each other, e.g.:" is a sentence over examples
        if not u.bold_label and ANNOUNCES_LIST.match(u.label) and not rx.match(r"there (?:are|is)\b", u.label, re.I):
            return False  # "Here’s how it works in simple terms:" over a list: a lead-in, its subject is the heading
        if not u.bold_label and describes_heading(u.label, u.after_heading):
            return False  # "Docker's native orchestration solution:" under "### Docker Swarm" says what the heading is
        return u.bold_label or following is not None and following.kind == "list"
    return False


def titles_list_below(u: Unit, following: Block | None) -> bool:
    """ "**Supports:**" with its list on the very next line: the title of that list, not of what follows it."""
    return u.label is not None and not u.body and u.bold_label and following is not None and following.kind == "list" \
        and following.start == u.lines[-1] + 1 and u.md.rstrip().rstrip("*_ ").endswith((":", "：")) \
        and is_pseudo_heading(u, following)


def titles_prose(u: Unit, following: Block | None) -> bool:
    """ "🟢 **Race Condition**" over a paragraph: a section's title, not a lead-in ("**Key Principles:**")."""
    return u.bold_label and following is not None and following.kind == "paragraph" \
        and not u.md.rstrip().rstrip("*_ ").endswith((":", "："))


def is_list_title(u: Unit, following: Block | None) -> bool:
    """ "Security Hub" on its own line with its list right under it (no blank line): the list's title in all but
    syntax. It titles that list only, not what comes after it."""
    if u.label is not None or following is None or following.kind != "list" or len(u.lines) != 1:
        return False
    items = [b for b in following.children if b.kind == "item"]
    if following.start != u.lines[-1] + 1 and (
            following.start > u.lines[-1] + 2 or len(items) < 2 or is_generic(u.plain) or grab_bag(u.plain)
            or any(b.children for b in items) or any(b.start != a.end + 1 for a, b in itertools.pairwise(items))):
        return False  # a blank line between: "Reserved Instances" over a tight list of plain items, not "Key Takeaways"
    text = u.plain.strip()
    if rx.fullmatch(r"【[^【】]{1,30}】", text):
        return True  # "【強整合性と結果整合性の例】": a title by its brackets
    return 0 < word_count(text) <= 5 and (text[:1].isupper() or text[:1].isdigit()) and not rx.search(r"[.!?,;。！？]$", text) \
        and not _VERB.search(text)


def split_units(lines: list[Line]) -> list[list[Line]]:
    """Paragraph lines → units: a new unit after a sentence end or at a new label."""
    groups: list[list[Line]] = []
    body = lines[1:] if lines and lines[0].md.rstrip().endswith((":", "：")) else lines
    # "Act as virtual firewalls" / "Applied at the instance level" / "Only allow rules": plain-text notes, a line
    # each, no sentence ends: a list in all but syntax, not one run-on sentence
    one_a_line = len(body) >= 2 and all(line.md.strip()[:1].isupper() for line in body) \
        and not any(_ends_sentence(line.md) for line in body[:-1]) and not _wrapped(body)
    for line in lines:
        text = line.md.strip()
        lower_pair = bool(_LOWER_LABEL.match(text)) and bool(groups) and bool(_LOWER_LABEL.match(groups[-1][0].md.strip()))
        restart = bool(_NEW_SENTENCE.match(text)) and word_count(groups[-1][-1].md) >= 5 if groups else False
        restart = restart or text.startswith(("->", "=>", "→", "⇒"))  # "-> each broker has …": a gloss of the line above
        # "… anyone  " / "🔐 Private Key – …" (not "… open to interconnection  " / "and …", hard-broken); "**Merke**" / "Dienst = …"
        broken = bool(groups) and (groups[-1][-1].hard_break and not (text[:1].islower() and _cut(groups[-1][-1].md)) or bold_title(groups[-1]) is not None)
        restart = restart or broken or one_a_line
        # "cronjob every minute */1 * * * *" / "VIM:": a short title on the paragraph's last line leads into what follows
        restart = restart or line is lines[-1] and bool(groups) and bool(rx.fullmatch(r"[A-Z][\w /&+.-]{0,30}[:：]", text)) \
            and word_count(text) <= 3 and not rx.search(rf"(?:,|\b(?:{_SMALL_END}))$", groups[-1][-1].md.rstrip())
        # "AWS Shield" over "AWS Shield is a service that …": a title line over its own sentence
        restart = restart or bool(groups) and len(groups[-1]) == 1 and text.startswith(groups[-1][0].md.strip() + " ") \
            and _ends_sentence(text) and not _ends_sentence(groups[-1][0].md)
        # "… is both **global** and" / "**distributed**.": bold words that go on a sentence cut at a small word
        goes_on = bool(groups) and bool(rx.search(rf"\b(?:{_SMALL_END}|is|are|be|called|named)$", groups[-1][-1].md.rstrip())) \
            and bool(rx.match(r"(?:\*\*|__)(?![^*_]*(?:\*\*|__)?\s*:)", text))
        if groups and not _ends_sentence(groups[-1][-1].md) and (goes_on or not _LABEL_START.match(text)) and not lower_pair \
                and not restart:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


# the small words a line never ends a sentence on: "… used by systems open to" / "the next line"
_SMALL_END = "and|or|the|a|an|of|to|for|with|in|on|by|from|as|that|which"


def _wrapped(body: list[Line]) -> bool:
    """One sentence wrapped over lines: "ACM is a service to easily provision, manage, and deploy" / "SSL/TLS
    Certificates.": a long line over a short tail or a line cut at a small word, and only the last line ends the
    sentence ("… over 75000 nodes" / "Netflix with about 2500 nodes …." are two facts)."""
    return body[-1].md.rstrip().endswith((".", "。")) and any(
        word_count(line.md) >= 10 and word_count(body[-1].md) <= 4 or rx.search(rf"(?:,|\b(?:{_SMALL_END}))$",
                                              line.md.rstrip()) for line in body[:-1])


def _cut(text: str) -> bool:
    """A line that stops mid-sentence: a long one with no label and no end, or one that stops on a small word."""
    text = text.rstrip()
    return not _ends_sentence(text) and (word_count(text) >= 8 and ":" not in text or bool(rx.search(
        rf"\b(?:{_SMALL_END}|is|are|de|da|do|que|et|und|der|y|el)$", text)))


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", ":", "”", '"', "|", "。", "！", "？", "：")) or is_generic(text)


def group_title(groups: list[list[Line]], units: list[Unit]) -> str | None:
    """A short untitled line over ``key: value`` lines ("Status codes" / "200: OK" / "404: Not Found")."""
    if len(units) < 3 or units[0].label and units[0].body or any(not u.label or not u.body for u in units[1:]):
        return None
    head = units[0].plain
    if len(groups[0]) != 1 or not 0 < word_count(head) <= 6 or head.endswith((".", "!", "?")):
        return None
    return context.title(head)


def short_title(text: str) -> str:
    """A lead or item as a title: "Prepare 3–4 STAR stories" → "STAR stories"; "" when too long."""
    # "Prepare 3–4 STAR stories" is a task; "Refresh Token Flow", in title case, names a thing
    text = (None if logistics.title_case(text.rstrip(": ")) else logistics.study_task(text)) or text
    text = _ARTICLE.sub("", context.title(drop_parentheticals(text)))
    counted = rx.sub(r"（[^（）]*）", "", text)  # "仲裁队列（Quorum Queues）的核心思想": the aside is no word of the title
    return capitalize(text) if 0 < word_count(counted) <= 6 else ""


_COUNTED = re.compile(r"^there (?:are|is) (?:\d+|two|three|four|five|six|seven|several|a few)\s+(?P<what>[^,.;:]{3,60}?)"
                      r"(?:\s+(?:offered|provided|supported|available|used|defined|possible)\b[^.;:]*)?\.$", re.IGNORECASE)


def counted_lead(text: str) -> bool:
    """ "There are three conflict resolution modes offered by Cosmos DB." over a list: it titles the list."""
    return bool(_COUNTED.match(_last_sentence(text)))


def _last_sentence(text: str) -> str:
    parts = rx.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip())
    return parts[-1] if parts else ""


def lead_title(u: Unit, heading: str) -> str:
    """The title a lead-in gives its list: short text as is; "For any design prompt, …" qualifies the heading."""
    text = (u.body if u.label and u.body and not rx.match(r"(?:i\.e\.|e\.g\.|that is|namely)", u.body, re.IGNORECASE)
            else u.label or u.plain).rstrip(": ")  # "Consumer assignment strategies: i.e. how …:" is named by its label
    if kinds := kinds_subject(text):  # "Encryption is used to …. There are two types:": the first sentence's subject
        return kinds
    there = THERE_ARE.match(text) or CJK_THERE_ARE.match(text) or _COUNTED.match(_last_sentence(text) + ("" if text.endswith(".") else "."))
    if there:  # "There are two types of compliance periods for SLOs:" titles its items, not the heading above
        return counted_title(context.title(there.group("what")), heading)
    if ANNOUNCES_LIST.match(text) and heading:
        return heading  # "Following are some important parameters:": it says a list follows, the heading says of what
    if heading and (_CLASSIFIED.match(text) or _SORTED_AS.search(text)):
        return heading  # "Broadly classified in 4 types:" under "Types of NoSQL Databases": the heading names the set
    if rx.match(r"^(?:this|that|these|those|it|they|which)\s+\w", text, re.IGNORECASE) \
            or rx.match(r"^(?:this|that|these|those|it|they)\s+\w+$", _last_sentence(text).rstrip(". "), re.IGNORECASE):
        return ""  # "This reduces:": what "this" is stands in the line before; the list's title is not in the notes
    # "Input data includes:" titles its list "Input data": the verb leads into the items, it names nothing
    text = rx.sub(r"\s+(?:includes?|contains?|consists of|comprises?|are|is|has|have|covers?|involves?)$", "", text,
                  flags=re.IGNORECASE) or text
    if u.after_heading and describes_heading(text, heading):  # "Docker's native orchestration solution:" under "Docker Swarm"
        return heading
    short = short_title(text)
    if short:
        return short
    m = _FOR_QUALIFIER.match(text)
    if heading and m and f"{m.group(1)} {m.group(2).strip()}".lower() not in heading.lower():  # not "… in AWS in AWS"
        return f"{heading} {m.group(1).lower()} {m.group(2).strip()}"
    said = _SUBJECT_SAYS.match(_last_sentence(text))  # "The state machine can be implemented to consider the following:"
    return capitalize(said.group(1)) if said else heading


_SUBJECT_SAYS = re.compile(r"^(?:the|an?)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:can|could|is|are|has|have|will|should|"
                           r"must|may|uses?|consists?|includes?|supports?|provides?|offers?|defines?|goes|passes|moves)\b",
                           re.IGNORECASE)


def opening_bold(u: Unit) -> str:
    """ "**Communication link.** Link that …": the bold span, ended by a full stop, that the unit opens with ("")."""
    bold = u.first_bold or ""
    return bold if bold.endswith(".") and u.md.lstrip().startswith(("**", "__")) and u.plain.startswith(bold) else ""


def bold_term(u: Unit) -> str:
    """ "**Communication link.** Link that connects the hosts.": the bold term a paragraph opens with and defines."""
    bold = opening_bold(u)
    if u.label or not bold or bold.endswith("..") or not 1 <= word_count(bold) <= 6:
        return ""
    return context.title(bold.rstrip("."))


def item_title(u: Unit) -> str:
    """The title a list item gives its sub-items ("Days 15–21: Microservices" → "Microservices")."""
    if u.label and u.body and context.is_schedule(u.label):
        return context.title(logistics.without_time_budgets(u.body))
    if u.plain.rstrip().endswith((";", ",", "；", "，")) and not u.label and word_count(drop_parentheticals(u.plain)) >= 4:
        return ""  # "- Sem fragmentação permitida, por defeito;" over the header's fields: one clause of a list, no title
    if _SORTED_AS.search(u.label or u.plain):
        return ""  # "- algorithms can also be classified as **stream** or **block cipher**:": its sub-items are both kinds
    there = THERE_ARE.match(u.label or u.plain.rstrip(": ")) or CJK_THERE_ARE.match(u.label or u.plain)
    if there:  # "- There are a few exchange `types` available:" heads them; "重要なのは以下の二つ" ("what matters") names nothing
        return "" if rx.search(r"[ない]の$|こと$", there.group("what")) else context.title(there.group("what"))
    if ANNOUNCES_LIST.match(u.label or u.plain):
        return ""  # "- Following are some important parameters:": it announces its sub-items, it names nothing
    if rx.fullmatch(r"(?:(?:it|they|this|these|each|every \w+)\s+)?(?:(?:can|could|may|might|must|should|will|would)(?:\s+(?:also|"
                    r"only|either))?\s+(?:be|have|include|contain|take|hold)|is|are|has|have|includes?|contains?|consists of|"
                    r"comes? in)", (u.label or u.plain).strip(" :："), re.IGNORECASE):
        return ""  # "- Can be:" over "`user`: …", "`group`: …": a verb that leads into its sub-items, no title
    if context.is_address(u.plain) or rx.match(r"(?:however|once|but|also|thus|therefore|hence|although|though|since|"
                                                r"otherwise|instead|still|yet)\b[^,]{0,60},\s", u.plain, re.IGNORECASE):
        return ""  # an address ("- https://…/pim-configure"), a clause ("- However, with binary scales …"): no title
    owner = rx.match(r"^(?P<x>.{2,40}?)\s+(?:has|have|takes|accepts|supports|includes)\s+(?:the\s+)?following\s+(?P<y>\w+)",
                     u.plain, re.IGNORECASE)
    if owner:  # "- explain() method has following arguments" over them: explain()'s arguments
        return f"{owner.group('x').strip()} {owner.group('y')}"
    if u.label and rx.fullmatch(r"\d{1,2}", u.label.strip()) and u.body:  # "4: Alert on Burn Rate. …": not "4"
        head = rx.split(r"(?<=[^\W\d_])\.\s", u.body, maxsplit=1)[0].rstrip(".")
        return short_title(head) or context.title(head)
    if rx.fullmatch(r"[a-z][a-z0-9_.-]*", u.plain.strip()) and (u.first_bold or "").strip() == u.plain.strip():
        return u.plain.strip()  # "- **free**" over its purpose: a command's name, as written (not the word "Free")
    if u.label:
        return short_title(u.label) or context.title(u.label)
    named = rx.match(r"^(?P<name>[^-–—:.]{2,40}?)\s+[-–—]\s+\S", u.plain) \
        or rx.match(r"^(?P<name>[A-Z][\w-]*(?:\s[\w-]+){0,2})(?<!\bvs)(?<!\bcf)(?<!\betc)\.\s+[A-Z]", u.plain)  # "Governance mode. …"
    if named and word_count(named.group("name")) <= 5:  # "Delivery Semantics - … reading a **batch** …": not "batch"
        return context.title(named.group("name"))
    if rx.search(r"\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:preferred|used|required|needed|recommended|better|worse|"
                 r"faster|slower|higher|lower|not|always|never|only)\b|\b(?:must|should|cannot)\s+(?:not\s+)?be\b",
                 drop_parentheticals(u.plain), re.IGNORECASE):  # "Higher value is preferred", "Redo and Undo must be …"
        return ""  # over "Range: …", "Idempotent: …": a claim names nothing to ask about
    bold = u.first_bold or ""  # ("… 이란 **여러 트랜잭션이 … 결정하는 것입니다**.": a clause stressed, no title)
    return short_title(u.plain) or (context.title(bold) if word_count(bold) <= 8 else "")


def named_case(units: list[Unit | None]) -> str | None:
    """``- Title: ADR-012: …`` first in a list names the case the other items describe."""
    first = units[0] if units else None
    if first is not None and first.label and first.label.lower() in ("title", "name") and first.body and len(units) > 2 \
            and not rx.match(r"^(?:the|an?)\s", first.body, re.IGNORECASE) and not first.body.endswith(".") \
            and not rx.match(r"[a-z]", first.body) and not rx.search(r"的|の|의", first.body) \
            and word_count(first.body) <= 12 and not rx.search(r"[,，;；。]", first.body) \
            and not rx.match(r"^(?:(?:el|la|le|der|die|das|o)\s+)?(?:name|nombre|nom|nome|名称|名前|이름)\b", first.body,
                             re.IGNORECASE):  # "**name**: Nombre del exchange": the field the list describes, named
        return first.body  # not "**Name**: The display name.", "name：服务子集的名称，必填字段": a field the list describes
    return None


def a_set(keys: list[str | None], title: str = "") -> bool:
    """Item names worth naming together: not mostly plan labels ("Focus, Breakdown, Milestones"), not a remark
    ("Not recommended") among them, not statements about the title ("Tables" → "Tables support nested data")."""
    plan = sum(1 for k in keys if k and (k.lower() in logistics.PLAN_LABELS or is_generic(k) or context.is_schedule(k)))
    if any(k and (_REMARK.match(k) or rx.search(r"(?:,|\s(?:and|or))$", k.rstrip(". "))) for k in keys):
        return False  # ("1. Performing actions within that layer, and": one sentence cut into items)
    head = title.split()[-1].lower().rstrip("s") if title.split() else ""
    if len(head) >= 3 and any(k and k.split()[0].lower().rstrip("s") == head and len(k.split()) >= 3 for k in keys):
        return False
    return plan * 2 < len(keys)


_REMARK = re.compile(r"^(?:not (?:recommended|required|needed|supported|advised|necessary|available)|avoid|don't|"
                     r"do not)\b", re.IGNORECASE)


_VERB = re.compile(r"\b(?:is|are|was|were|be|has|have|had|does|do|did|can|could|will|would|should|must|may|might)\b",
                   re.IGNORECASE)
# "VLANs são consideradas redes", "Existem inter-operadoras": a claim in the notes' language, no term to gloss
CLAIM_VERB = re.compile(r"\b(?:é|são|es|son|est|sont|ist|sind|è|sono|existe[mn]?|hay|há|gibt|tem|têm|tiene[n]?|hat|"
                         r"haben|ont|является|являются)\b", re.IGNORECASE)
# "Use separate EBS volumes …", "Set the TTL to 255 …" under "Networking": a tip in the imperative, no gloss of the item above
ADVICE_ITEM = re.compile(r"^(?:minimi[sz]e|maximi[sz]e|speed up|use|avoid|make|keep|add|reduce|increase|prefer|try|be|don'?t|"
                         r"do not|consider|ensure|introduce|utili[sz]e|set|enable|disable|configure|install|run|turn|apply|"
                         r"limit|restrict|monitor|check|schedule|tag|assign|attach|grant|rotate|update|patch|enforce|encrypt|"
                         r"review|test|define|choose|pick|remember|never|always|create|store|back up|follow|plan|automate)"
                         r"(?=\s)", re.IGNORECASE)
# a gloss is a noun phrase or a clause of its own: not "Of software components", "And why …", "e.g. Redis",
# a pointer ("this can be stolen"), a remark about studying ("useful to know it exists")
_NOT_A_GLOSS = re.compile(
    r"^(?:ex[:)]|ex\.\s|예\)|例\))|"  # ("ex) I want the average CPU to stay at around 40%": one example)
    r"^(?:e\.g\.|eg\b|i\.e\.|for example|for instance|such as|see\b|like\b|of|and|or|for|to|with|by|in|on|at|"
    r"as|but|just|also|each|every|all|some|most|many|no|any|both|one|two|three|four|five|six|\d+|例如|比如|例えば|usually|often|typically|generally|mostly|"
    r"sometimes|normally|commonly|rarely|not|never|only|vagy|nem|oder|nicht|auch|ou|não|non|niet|ook|anche|aussi|también|también)\b|"  # ("usually …", "vagy" (or) …: a remark; "Optimized for one data center": a trait)
    r"\b(?:this|that|these|those|useful|know|understand|remember|interesting|probably|maybe)\b|https?:|^(?!used\b)[a-z]+ed\s+(?:for|by|to|in|on|with|at|over)\b", re.IGNORECASE)
# "Need a RADIUS server", "Parse arbitrary logs", "Qual tabela processar primeiro": a task or a question, no term
_NOT_A_TERM = re.compile(
    r"^(?:need|needs|not|no|parse|use|avoid|make|get|set|add|run|keep|pick|choose|check|find|write|build|read|"
    r"learn|know|do|try|what|how|why|which|when|where|who|qual|quais|como|quando|onde|por|porque|qué|cuál|cómo|"
    r"quel|quelle|comment|pourquoi|was|wie|warum|welche)\b", re.IGNORECASE)


def glossed_term(title: str, item: str, parent: str = "") -> bool:
    """A list item that names a term and has one sub-item, a short gloss: "ALE (Annualized Loss Expectancy)" →
    "ARO x SLE", "RTO" → "How long it can be down". Not a sentence, a question or a task above it; not an
    example list, a fragment or a remark below it."""
    words, gloss = title.split(), item.strip()
    if rx.search(r"[:：]\s*\S|\s[-–—]\s+\S", parent):
        return False  # "ECS Security: Using IAM roles" (or "Uniformity - same unit") says its own answer; the next, another fact
    if not 1 <= len(words) <= 6 or title.endswith(("?", "？", ".", ":", "：")) or _VERB.search(title) or CLAIM_VERB.search(title):
        return False
    if _NOT_A_TERM.match(title) or is_generic(title) or is_facet(title):
        return False
    if rx.search(r"[がをはにで][^がをはにで]*[\u3040-\u309f]$", title) and rx.search(r"(?:る|う|す|く|ぐ|ぶ|む|つ|た|だ|ない|ます|です)$", title):
        return False  # "IP や ICMP がこれにあたる": a Japanese clause ends on its verb, no term to gloss
    if rx.search(r"\w(?:은|는)\s+\S|\S是\S", title):
        return False  # "TCP는 연결 지향 프로토콜", "TCP是面向连接的协议": a subject and what is said of it, a claim
    if not 3 <= len(gloss.split()) <= 25 or _NOT_A_GLOSS.search(gloss) or _VERB.search(gloss) or CLAIM_VERB.search(" ".join(gloss.split()[:4])) \
            or rx.search(r"\s[-–—]\s", gloss) or rx.search(r"[=;{}]|`", gloss):
        return False  # "Can't rotate unlike passwords", "Httponly - cannot be …", "var b = a + 1;": no gloss
    if rx.match(r"[A-Za-z]{2,}ing\s", title) and rx.match(r"[A-Za-z]{2,}ing\s", gloss):
        return False  # "4. Storing session/state information" over "1. Handling user input": a sibling task, mis-indented
    name = drop_parentheticals(gloss).split()
    if len(name) <= 4 and rx.search(r"[a-z]{3}(?<!s)s$", gloss) and not rx.search(r"[a-z]s$", title) and not rx.search(
            r"^(?:an?|the)\s|\bof\b", gloss, re.I) or rx.match(r"how to\s", gloss, re.I):
        return False  # "Accounting" over "consolidated dimensional models", "how to handle …": a chapter's topics, no gloss
    if len(name) <= 3 and all(w[:1].isupper() or w.isupper() for w in name):
        return False  # "Preemptible VM" over "Spot VM (…)": a name under a name, its successor or its kind, no gloss
    listed = "," in gloss or rx.search(r"\s(?:and|or|&)\s", gloss)
    return not (listed and not _VERB.search(gloss) and len(gloss.split()) <= 8)  # "Spectre, Meltdown": examples


# "Example:", "For example:", "举个例子：" alone on a line: the sentences right under it are that example (walker.walk)
_EXAMPLE_MARK = re.compile(rf"^\W*(?:(?:an?\s+|for\s+|some\s+)?(?:examples?|instance)|e\.g\.?|{EXAMPLE_WORDS}|"
                           rf"{EXAMPLE_WORDS_CJK}|举个例子|举例来说|例えば)\W*$", re.IGNORECASE)


def example_mark(lines: list[Line]) -> bool:
    return len(lines) == 1 and bool(_EXAMPLE_MARK.match(lines[0].md.strip(" *_")))


def said(lines: list[Line]) -> bool:
    """A paragraph of sentences (it ends in a full stop), not a title or a question that starts something new."""
    return bool(rx.search(r"[.!。！)）\"”`]$", lines[-1].md.strip(" *_"))) if lines else False
