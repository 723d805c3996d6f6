"""Enumeration in a line: ``Label: a, b, c`` or ``Topic (a, b, c)`` → a "name all N" card.

Up to 7 items make one card with the items as a list; longer lists become a
cloze note with one card per item, the others shown as context. A sentence
that merely contains commas ("Focus on topics relevant to the role, industry,
and company") is not a list, nor are items that are mostly numbers (those are
clozes) or labels that introduce prose ("Purpose", "Context", "Result").
"""

from __future__ import annotations

import re

from srs.core.notes import NoteKind
from srs.extract import rx
from srs.extract.drafts import cloze, draft, topic
from srs.extract.languages import LEAD_VERBS, WORDED
from srs.extract.logistics import study_task, without_time_budgets
from srs.extract.model import Claim, Doc, Unit
from srs.extract.rules.enumeration import NAME_ALL_MAX, neutral_set, which
from srs.extract.text import (
    ACTION_VERBS,
    bullets,
    capitalize,
    clean_label,
    drop_parentheticals,
    is_generic,
    is_narrative,
    parenthetical,
    split_items,
    tidy,
    word_count,
)

RULE = "enumeration"
_MAX_ITEM_WORDS = 6
_MAX_CLOZED = 8  # past eight names ("Special bean types: HandlerMapping, … FlashMapManager"), a blank each recalls nothing
_ASIDE = re.compile(
    r"^(?:e\.g\.?|i\.e\.?|eg|ie|see|mix of|if|for|especially|including|incl\.?|such as|like|via|search|optional|"
    r"not|only|just|ideally|about|approx|~|\d+\s*(?:min|h|hour))",
    re.IGNORECASE,
)
_STATEMENT = re.compile(r"\b(?:is|are|was|were|be|has|have|should|must|can|will|do|does)\b", re.IGNORECASE)
_SUBJECT_START = re.compile(r"^(?:you|we|i|it|they|this|that|there|he|she|one)\b", re.IGNORECASE)
_ARROW_TAIL = re.compile(r"\s+(?:→|->|=>)\s.*$")
_DIGIT = re.compile(r"\d")
_ARTICLE = re.compile(r"^(?:a|an|the)\s", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"^(?:for|to|in|on|at|by|with|from|of|as|can|could|will|would|may|might|must|should|is|are|"
                         r"was|were|has|have|does|do)\b", re.IGNORECASE)
# "no dependencies", "easy to change", "stored in host memory", "good for secrets", "gone when it stops": what it is like
_PROPERTY = re.compile(r"^(?:no|not|non|easy|easier|hard|harder|good|great|bad|best|ideal|useful|gone|lost|only)\s|"
                       r"^[a-z]+(?:ed|en)\s+(?:in|on|by|under|into|to|for|with|from|at|as|via|when)\b", re.IGNORECASE)
_VERBS = "define set configure manage store track create control specify enforce monitor collect handle block log " \
    "record capture encrypt rotate audit restrict grant deny limit filter inspect scan check validate verify use " + " ".join(ACTION_VERBS)
# a verb over the first item only: what follows are its objects, not members ("Define schedules, retention, rules")
_GOVERNS = re.compile(rf"^(?:{'|'.join(_VERBS.split())})s?\s+\S", re.IGNORECASE)
_CLAUSE = re.compile(r"^(?:what|how|why|when|where|who|which|whether|if|that|you|we|it|they)\b", re.IGNORECASE)


def apply(u: Unit, doc: Doc) -> Claim | None:
    if u.label and u.body:
        if is_narrative(u.label) or rx.search(r"(?:\betc\.?|…|\.\.\.|等等?|など|\s등)[。.]?\s*$", u.body):
            return None  # "API servers: feed, upload URLs, signup, etc": an open list, no set of N
        items = _items(u.body)
        if items and len(items) < 3 and not is_generic(u.label):  # two clauses describe; a set has three or more
            return None
        if items and _ARTICLE.match(u.body) and not all(i[:1].isupper() for i in items):
            return None  # "Topic: a named, partitioned log" describes one thing
        if items and len(items[-1].split()) >= 2 and all(rx.fullmatch(r"[a-z]+[^s]", i.strip()) for i in items[:-1]):  # (plural nouns: "roles, policies, permission boundaries")
            return None  # "Logs: collect, monitor, analyse and store log files": verbs sharing one object, no members
        if items and (_GOVERNS.match(items[0]) or items[0].split()[0].lower() in LEAD_VERBS and len(items[0].split()) >= 2) \
                and not any(_GOVERNS.match(i) for i in items[1:]):
            return None  # "Backup policies: Define schedules, retention, lifecycle rules": one verb's objects (and
            # "Valores e Unidades: permitem especificar comprimentos, tamanhos e cores")
        if items and len(last := items[-1].split()) >= 2 and len(last[-1]) >= 4 and last[-1].lower() in u.label.lower().split() \
                and all(len(i.split()) <= 2 for i in items[:-1]):
            return None  # "Insufficient rewards: insufficient financial, institutional, or social rewards": one noun's kinds
        if items and all(rx.fullmatch(r"(?:\w+\s)?[A-Za-z][a-z]+ed", i.strip()) for i in items):
            return None  # "Pull requests: Created, updated, status changed, merged": events of it, not its members
        if items:
            return _claim(u, _label_cue(u, u.label, len(items), doc.language), items, clean_label(u.label))
        return None
    text = u.body if u.label else u.plain
    group = parenthetical(without_time_budgets(text))
    if group is None:
        return None
    subject, inside, after = group
    if "," in subject or ";" in subject or _ASIDE.match(inside) or word_count(after) > 4:
        return None
    if rx.search(r",\s*or\s+(?:sometimes|often|usually|maybe|perhaps|even|also)\b|\bor sometimes\b", inside, re.I):
        return None  # "(array of linked lists, or sometimes a BST)": alternative ways, not members of a set
    if _ADVICE.match(subject.strip()):
        return None  # "Use message brokers (RabbitMQ, Apache Kafka)": examples of what to use, not a set to name
    if rx.search(r"(?:\betc\.?|…|\.\.\.|等等?|など|\s등)[。.]?\s*$", inside):
        return None  # "claims (sub, exp, roles, etc.)": some examples of an open set, not all of its members
    items = _items(inside, minimum=2)
    if items and all(rx.fullmatch(r"[A-Z][a-z]+", i.strip()) for i in items) \
            and rx.search(rf"\b{''.join(i.strip()[0] for i in items)}s?\b", subject):
        return None  # "PDUs (Protocol, Data, Unit)": the words an acronym stands for, not members of a set
    if items and not _COUNTED.search(subject) and not _SET_HEAD.search(drop_parentheticals(subject).strip(" :：*_")):
        return None  # "Low cardinality columns (gender, status, country)": examples; a set says how many or what kind
    subject = _subject(u, _COUNTED_NAME.sub(r"\g<name>", subject.strip()))
    if not items or not subject:
        return None
    return _claim(u, which(subject, len(items)), items, subject)


_NUMBER = r"(?:two|three|four|five|six|seven|2|3|4|5|6|7|dois|duas|três|quatro|cinco|dos|tres|cuatro|deux|trois|quatre|cinq|" \
          r"zwei|drei|vier|fünf|два|две|три|четыре|пять|两|二|三|四|五|六|七|두|세|네|다섯)"
# a noun that names the kinds of something, a closed set ("Architectural Principles (SOLID, DRY, …)", "access modifiers")
_SET_HEAD = re.compile(r"\b(?:principles|patterns|pillars|phases|types|kinds|modifiers|considerations|strategies|guarantees|"
                       r"properties|layers|levels|stages|steps|models|tiers|categories|classes|states|modes|primitives|"
                       r"components|elements|dimensions|qualities|attributes|characteristics|operations|methods|"
                       r"princípios|padrões|pilares|fases|tipos|camadas|niveles|níveis|principios|patrones|capas|estados|"
                       r"modos|types|couches|niveaux|prinzipien|muster|arten|typen|schichten|stufen|phasen)$", re.IGNORECASE)
_COUNTED = re.compile(rf"(?:^|\s){_NUMBER}\s+\S|{_NUMBER}[种个類类가지]", re.IGNORECASE)
# "The CAP theorem names three guarantees" → "three guarantees": what the set is, without the clause around it
_COUNTED_NAME = re.compile(rf"^.*?\b(?:names?|has|have|defines?|lists?|includes?|uses?|are|is|offers?)\s+"
                           rf"(?P<name>{_NUMBER}\s+.+)$", re.IGNORECASE)


def _claim(u: Unit, cue: str | None, items: list[str], name: str) -> Claim | None:
    if cue is None:
        return None
    if len(items) <= NAME_ALL_MAX:
        note = draft(u, NoteKind.ENUMERATION, RULE, cue, bullets(items))
        return Claim(RULE, [note], detail=f"name all {len(items)}: {name}")
    if len(items) > _MAX_CLOZED:
        return Claim("too-big", skip=True, detail=f"{len(items)} names in one line: each blank cued only by the rest")
    text = f"{capitalize(name)} ({len(items)}): " + ", ".join(f"{{{{c{k}::{item}}}}}" for k, item in enumerate(items, 1))
    return Claim(RULE, [cloze(u, NoteKind.ENUMERATION, RULE, text)], detail=f"{len(items)} items of {name}, one cloze each")


def _items(text: str, minimum: int = 3) -> list[str] | None:
    items, semicolons = split_items(text)
    items = [tidy(_ARROW_TAIL.sub("", i)) for i in items]
    items = [i for i in items if i]
    if len(items) < (2 if semicolons else minimum):
        return None
    if not all(" vs " in i for i in items):
        items = [i for i in items if " vs " not in i]  # a tradeoff among other items is its own note
    if len(items) < 2:
        return None
    sizes = [word_count(drop_parentheticals(i)) for i in items]
    if max(sizes) > _MAX_ITEM_WORDS + 2 * semicolons or _SUBJECT_START.match(items[0]):
        return None
    if sizes[0] >= 3 and sizes[0] > 2 * max(sizes[1:]):  # "Engage in practical exercises, coding, design"
        return None
    if len(items) >= 3 and max(sizes[:-1]) <= 2 and sizes[-1] >= max(sizes[:-1]) + 3 and not semicolons:
        return None  # "Windows, MacOS, iOS, Android from any modern browser": the last words qualify every item
    if sum(1 for i in items if _CLAUSE.match(i)) * 2 >= len(items):  # "what breaks, how you detect, …": clauses
        return None
    if any(rx.match(r"(?:即使|虽然|如果|但是|但|也|而且|并且|因为|所以|因此|从而|然后|例如|比如|譬如|诸如|像是|例えば|예를 들어)", i) or
           any(i.count(a) != i.count(b) for a, b in ("()", "（）")) for i in items):
        return None  # "即使确认丢失，也不必重传": a clause pair; "IEEE802.3 （中继器，网关）": a cut aside; "例如NAS": examples
    if any(rx.search(r"谁|哪些|哪个|什么|怎么|如何|为什么|為什麼|到底|どの|どう|なぜ|누가|무엇|어떻게|왜", i) for i in items):
        return None  # "到底谁在发送数据，数据包经过了哪些节点": a sentence's clauses, asked with question words, no members
    if any(_NOT_A_NAME.match(i) for i in items) or sum(bool(_PROPERTY.match(i)) for i in items) >= 2:
        # "short workloads, for cheap, can lose instances", "no dependencies, easy to change": a description
        return None
    if sum(1 for i in items if _DIGIT.search(i)) * 2 >= len(items):  # numbers are clozes, not sets
        return None
    return items


def _label_cue(u: Unit, label: str, n: int, language: str) -> str | None:
    cue = _english_cue(u, label, n)
    if cue and language in WORDED and rx.search(r"\bwhich \w+ ", cue):  # "which three ventajas?" in Spanish notes
        where = topic(u, _anchor(u))
        said = neutral_set(clean_label(label), n, language)
        return f"{where} — {said}" if said and where and not is_generic(where) else said
    return cue


def _english_cue(u: Unit, label: str, n: int) -> str | None:
    if is_generic(label):
        where = topic(u, _anchor(u))
        return which(f"{where} — {label.lower()}" if where else label, n)
    if _STATEMENT.search(label) or word_count(label) > 5 or rx.match(r"^(?:[Tt]he|[Aa]n?)\s+\w+(?:\s+\w+)?\s+[a-z]+(?:[^s]s|es)$", label):
        # ("The master server handles: …": a subject and its verb, whose objects the items are)
        # "**Tradeoffs are explicit**: …" is the author's name for the set; a plain clause ("The file has three
        # columns: …", "Can represent anything: …") names none (graded bad 4 of 4)
        return f"“{label}”: which {n}?" if label.isascii() and u.bold_label else None
    return which(clean_label(label), n)


_ADVICE = re.compile(r"^(?:use|implement|add|enable|apply|prefer|try|run|deploy|adopt|leverage|introduce|employ|delete|manage|"
                     r"handle|allocate|send|receive)\s",
                    re.IGNORECASE)


def _anchor(u: Unit) -> str:
    for name in (u.list_title, *reversed(u.path)):
        if name and not is_generic(name):
            return name
    return ""


def _subject(u: Unit, subject: str) -> str:
    subject = tidy(subject)
    rest = study_task(subject)
    if rest:
        subject = rest
    subject = rx.sub(r"^(?:always|never|quick|also|then)\s+", "", subject, flags=re.IGNORECASE)
    bold = u.first_bold
    if bold and bold.lower() in subject.lower() and (word_count(subject) > 5 or subject.lower().startswith(("think", "use", "consider"))):
        subject = bold
    if word_count(subject) > 6:
        subject = ""
    subject = clean_label(subject) if subject else ""
    if not subject or is_generic(subject):
        return ""
    return subject


