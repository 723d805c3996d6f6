"""Definition: ``X = Y``, ``X: a Y that …``, ``X is a Y …``, ``X — Y`` → "X?" / Y.

Short term and short meaning read well both ways, so the note is reversible
(front is the bare term: the reverse card asks for it from the meaning).
"""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft, NoteKind
from srs.extract import rx
from srs.extract.drafts import draft
from srs.extract.languages import LATIN
from srs.extract.model import Claim, Doc, Unit
from srs.extract.rules.definition_ja import MAX_TERM_WORDS, ja_bold_term
from srs.extract.rules.definition_terms import ARTICLE, VERB, plain_term, small_article, spliced, term_ok, without_alias
from srs.extract.text import (
    EMOJI,
    capitalize,
    cjk_share,
    drop_parentheticals,
    initials,
    sentences,
    split_items,
    tidy,
    word_count,
)

RULE = "definition"
REVERSE_RULE = "definition-reverse"
_EQUALS = re.compile(r"^(?P<term>[^=<>!]{1,60}?)\s+=\s+(?P<meaning>[^=]+)$")
_IS_A = re.compile(r"^(?P<term>[A-Z`][\w`./+#-]*(?:\s+[\w`./+#()-]+){0,3}?)\s+(?:is|are)\s+(?P<meaning>(?:a|an|the)\s+.+|"
                   r"(?:anything|something)\s+(?:(?:that|which)\s+(?!should|must|needs?|will|has to)|related\s|relating\s).+)$")  # "Complexity is anything related to …"
# "Ports are interfaces that define contracts …", "Transpilers are tools that convert …": a plural term defined as a
# kind of thing by a relative clause. Only a plural noun right before "that/which/who" is a kind; "Range scans are
# useful in cases where …" and "Private subnets are apt for databases that …" describe, they do not define.
_ARE_KIND = re.compile(r"^(?P<term>[A-Z`][\w`-]*(?:\s+[\w`-]+){0,2}?s`?)\s+are\s+(?:basically\s+|just\s+|simply\s+)*"
                       r"(?P<meaning>(?:[a-z][\w-]*(?<!ed)\s+)?[a-z][\w-]*[^s\W]s\s+(?:that|which|who|whose)\s.+)$")
# "% (percent sign) is a wildcard character that …": a symbol, named in brackets, defined (cheat sheets of patterns)
_SYMBOL_IS_A = re.compile(r"^(?P<term>(?:[^\w\s`'\"“‘(]|_){1,3}\s+\([a-z][\w -]{1,30}\))\s+(?:is|are)\s+(?P<meaning>(?:a|an|the)\s+.+)$")
# "Consistency, Availability and Partition Tolerance": the capitalised words an acronym stands for, listed
_CAPITAL_WORDS = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)*(?:, [A-Z][\w-]*(?: [A-Z][\w-]*)*)*,? (?:and|&) [A-Z][\w-]*(?: [A-Z][\w-]*)*")
_MEANS = re.compile(r"^(?P<term>[A-Z`][\w`./+#-]*(?:\s+[\w`./+#()-]+){0,3}?)\s+(?:means|refers to|is defined as|stands for|denotes(?=\s+(?:an?|the)\s))\s+(?P<meaning>.+)$")
_DASH = re.compile(r"^(?P<term>[^—–]{1,50}?)\s+[—–]\s+(?P<meaning>.+)$")
# "Atomicity - a transaction is indivisible …": a spaced hyphen after a short name (not "Week 2 - Networking")
_HYPHEN = re.compile(r"^(?P<term>[^\W\d_][^-:;,.]{0,40}?)\s+-\s+(?P<meaning>[^\W\d_].{8,})$")
# "El **polimorfismo** es la capacidad de …", "La herencia es un mecanismo que …", "Ein Index ist eine Struktur …"
_LATIN_IS_A = re.compile(r"^(?:(?:el|la|los|las|le|les|l'|der|die|das|o|a|os|as|il|lo|un|una|une|ein|eine|um|uma)\s+)?"
    r"(?P<term>[^\W\d_][\w-]*(?:\s+[\w-]+){0,2}?)\s+(?:(?:es|est|ist|é|è)\s+(?=(?:un|una|une|ein|eine|einer|um|uma|"
    r"uno|la|el|le|der|die|das|o|a|il|lo)\s)|(?:consiste en|consiste em|consiste à|besteht darin,?)\s+)(?P<meaning>.{8,})$",
    re.IGNORECASE)
_PROPERTIES = re.compile(r"\b(?:characteristics?|properties|property|requirements|invariants)\b", re.IGNORECASE)
_PROBLEMS = re.compile(r"\b(?:problems?|issues|drawbacks|disadvantages|limitations|challenges|pitfalls|problemas|desventajas|"
                       r"inconvenientes|nachteile|probleme|inconvénients|problèmes)\b|문제점|단점|한계|问题|缺点|問題点|欠点|課題",
                       re.IGNORECASE)
_USES = re.compile(r"(?:\b(?:use[- ]cases?|when (?:to|should (?:i|you|we)) use(?: it| them| this)?|casos? de uso|cas d'(?:usage|"
                   r"utilisation)|anwendungsfälle|usage scenarios?|applications?|aplicaciones|aplicações|applicazioni|anwendungen|zastosowani[ae]|применение)|使用场景|应用场景|适用场景|ユースケース|사용 사례)\W*$", re.IGNORECASE)
_LATIN_COPULA = re.compile(r"^(?:es|est|ist|é|è)\s+(?=(?:un|una|une|ein|eine|einer|um|uma|uno)\s)", re.IGNORECASE)
_BARE_KIND = re.compile(r"(?:a|an|the)\s+(?:type|kind|form|sort|variant|category)\s+of\s+(?:an?\s+)?[\w-]+\.?|"
                        r"(?:a|an|the)\s+(?:\w+\s+)?(?:implementation|example|instance|kind|type|variant)\.?|"
                        r"(?:a|an)\s+(?:\w+\s+)?(?:(?:and|or)\s+\w+\s+)?(?:process|activity|practice|effort|journey|task)\.?|"
                        r"(?:a|an)\s+(?:\w+\s+)?(?:concept|term|notion|idea)\s+(?:used|employed|found)\s+(?:by|in|with)\s+(?:\w+\s+){0,4}\w+\.?", re.I)
_PARTS_OF = re.compile(r"\b(?:includes?|including|contains?|consists? of|has|have|comprises?)\s*:?$", re.IGNORECASE)
_CONSISTS = re.compile(r"^(?P<article>[Aa]n?\s+|[Tt]he\s+)?(?P<term>[A-Z`][\w`./+#-]*(?:\s+[\w`./+#-]+){0,3}?)\s+(?:consists of|is made up of|is composed of|comprises)\s+(?P<meaning>.{3,})$")
# its place in the notes' own list ("the final primary signal", "the next step"), not what it is
_POSITION = re.compile(r"^(?:the|a|an|our)\s+(?:first|second|third|fourth|fifth|final|last|next|other|latest|previous|remaining)\b", re.I)
_ATTRIBUTES = re.compile(r"^[a-z][\w-]*,\s+(?:does|do|did|is|are|was|has|have|can|cannot|can't|won't|not|no|"  # "legacy, does NOT …", "la que …"
                         r"only|supports?|requires?|needs?)\b|^(?:\S+\s+){0,2}only$|^(?:not|never)\b|^(?:la|el|lo|los|las|o|a|os|as)\s+que\b|"
                         r"^the\s+ones?\s+(?:that|which|who)\b|^(?:celui|celle|ceux|celles)\s+qui\b|^quell[aoie]\s+che\b|"
                         r"^(?:an?|un|una|uno|une|ein|eine|um|uma|een)\s+(?:example|esempio|ejemplo|exemplo|exemple|beispiel|voorbeeld)\b", re.I)
_LEAD_IN = re.compile(r"^(?:remember|note|keep in mind|bear in mind|recall|notice|understand)\s+that\s+|^(?:so|well|now|also),\s+", re.I)
# "SLIs are the most important part of the whole process": a ranking of the term, not what it is
_RANKED = re.compile(r"^(?:an?|the)\s+(?:sign|signal|symptom|indication|indicator|hint)\s+(?:of|that)\b|"
                     r"^(?:an?|the)\s+(?:(?:notable|major|big|rare|special|important)\s+)?(?:exception|outlier|special case)\b|"
                     r"^(?:an?|the)\s+(?:(?:particularly|very|really|especially|quite|extremely)\s+)?(?:important|key|critical|"
                     r"crucial|essential|interesting|useful|popular|common)\s+(?:[\w-]+\s+){0,2}[\w-]+\.?$|"  # "a particularly important OSPF state"
                     r"^(?:the|a|an|one of the)\s+(?:main\s+|real\s+|root\s+)?(?:reasons?|causes?)\b|"
                     r"^(?:the|a)\s+(?:key|secret)\s+(?:to|of|for)\b|"
                     r"^(?:the|a|an|one of the)\s+(?:most|least|best|worst|biggest|hardest|easiest|first|final|last)\s+(?:\w+\s+){0,2}"
                     r"(?:parts?|things?|aspects?|steps?|pieces?|features?|components?|concepts?|tools?|ideas?|topics?|"
                     r"structures?|approach(?:es)?|ways?|methods?|types?|forms?|techniques?|patterns?|choices?|options?|"
                     r"factors?|challenges?|problems?|concerns?|decisions?|drivers?|considerations?|strateg(?:y|ies)|metrics?)\b|"
                     r"^(?:an?|the)\s+(?:invaluable|valuable|essential|crucial|critical|excellent|"
                     r"must-have|indispensable|vital)\s|^(?:an?|the)\s+\d+(?:st|nd|rd|th)\b|"  # "an invaluable metric"
                     r"^(?:an?|the)\s+(?:very\s+|really\s+)?(?:difficult|hard|tricky|complex|complicated|common|big|major|"
                     r"serious|huge|open|well-known|classic|famous|interesting|important|fundamental|tough)\s+"
                     r"(?:problems?|challenges?|issues?|questions?|topics?|tasks?|areas?|concerns?)\b|"  # "a difficult problem"
                     r"^the\s+(?:norm|exception)\b|"  # "Partial failures are the norm, rather than the exception"
                     r"^(?:the|a)\s+(?:basic|fundamental|core|main|key)\s+building\s+blocks?\b",  # "… the basic building block"
                     re.IGNORECASE)
_KANA = re.compile(r"[\u3040-\u30ff]")
# "XとはYのことです。" / "X是指Y。" "X是一种Y。": the defining shapes of Japanese and Chinese prose
_JA_TOWA = re.compile(r"^(?P<term>[^、。「」はを]{1,24}?)\s*とは[、,]?\s*(?P<meaning>[^。]{2,}?(?:のこと|を指し|を指す|をいい|をいう|です|である)[^。]*。?)$")
# "即" alone splits "立即" and "即可": only "X，即 Y" (a comma before it) reads as "X, namely Y"
_ZH_IS = re.compile(r"^(?P<term>[^，,。、：]{1,20}?)\s*(?:是指(?![定出向导明挥])|指的是|就是指(?![定出向导明挥])|[，,]\s*即(?![使便可将刻时插])|是(?=一种|一个|一类))"
                    r"\s*(?P<meaning>[^。]{2,}。?)$")
# "DELETE 可以看成是一个…": a subject with a verb of its own is a statement, not a term
# ("首先输入…": a step, "一致性只要", "private 并不", "length -1 正好": an adverb, "即事务中…": a connective, none of
# them a term)
_ZH_NOT_A_TERM = re.compile(r"可以|看成|看作|认为|就是|是|都|也|会|能|被|应该|需要|如果|因为|所以|我们|你|支持|提供|使用|包括|包含|其实|实际上|本质上|"
                            r"采用|实现|用于|只要|主要|通常|一般|首先|然后|其次|接着|最后|之后|[的了在不并只仅才还却又这那它此]$|正好$|恰好$|刚好$|^(?:即|也就是|换言之|总之|因此|当|若|假如|假设|虽然|由于)")
_ARTICLE_START = re.compile(r"^(?:a|an|the)\s+\w+", re.IGNORECASE)
_REVERSE_MAX_WORDS = 10
# a second term defined in the same sentence: "X refers to uptime, whereas durability refers to …"
_CONTRAST = re.compile(r",?\s+(?:whereas|where as|while)\s+(?:the\s+|an?\s+)?[\w-]+(?:\s[\w-]+)?\s+(?:refers to|is|are|means)\b",
                       re.IGNORECASE)
_CLAUSE_START = re.compile(r"^(?:the|a|an)\s+[a-z]+\s+[a-z]{3,}(?:s|ed)\s+(?:the|a|an|its|their|how|what|whether|which|that)\b",
                           re.IGNORECASE)
_RELATIVE = re.compile(r"[;.]\s|\b(?:where|that|which|who|whose|when)\b")


def apply(u: Unit, doc: Doc) -> Claim | None:
    found = _definition(u, doc.language)
    if found is None:
        return None
    term, meaning = found
    if rx.match(r"(?:не|not|nicht|pas|ne)\s", meaning, re.IGNORECASE) and word_count(meaning) <= 4 \
            or rx.fullmatch(r"`?[a-z][a-z0-9]*(?:_[a-z0-9]+)+`?", meaning.strip()):
        return None  # "Простое подключение … — не работает": a verdict; "базовая резервная копия — pg_basebackup": a tool
    if u.links and rx.match(r"\s*\[[^\]]+\]\([^)]*\)\s*[—–:-]", u.md):
        return None  # "[Transactions](tx.md) — transactions in distributed systems": a pointer and what it holds
    if rx.search(r"\s(?:ainda|também|still|also|aussi|auch|todavía|aún|ancora|anche|тоже|также)$", term, re.IGNORECASE) \
            or rx.match(r"(?:o mesmo|a mesma|the same|lo mismo|el mismo|la misma|le même|la même|(?:das|der|die) gleiche|"
                        r"lo stesso|la stessa)\b", meaning, re.IGNORECASE):
        return None  # "O datagrama ainda é o mesmo": said against something before it, not what the term is
    if rx.search(r"\s(?:and|&|und|et|e|y|и)\s+[^\W\d_A-Z]", term) \
            and rx.search(re.escape(term) + r"\s+(?:are|sind|sont|são|son|sono)\s", u.plain, re.IGNORECASE):
        return None  # "Traces and metrics are an abstraction over logs": a claim about two things, neither defined
    if rx.search(r"\d$", term) and rx.match(r"\d", meaning):
        return None  # "The communities 7224:1 – 7224:65535 are reserved …": a range, not a term and its meaning
    meaning = rx.split(r"(?<=[.!?])\s+[-–•*]\s+", meaning)[0]  # "… statistic. - Each statistic …": an inline bullet
    if rx.match(r"^that\s+(?:it|it's|this|we|you|they|there)\b", meaning, re.IGNORECASE) \
            or rx.match(r"^[A-Za-z]+ing\s+(?:on|to|with|for|about)\s", term):
        return None  # "Focusing on symptom-based alerts means that SLOs …": a consequence, not what a term is
    if (_EQUALS.match(u.plain) or rx.search(r"\bmeans\s+(?:much\s+|far\s+)?(?:more|less|fewer|higher|lower)\s", u.plain)) and (
            rx.match(r"(?:much\s+|far\s+)?(?:higher|lower|more|less|better|worse|faster|slower|fewer|"
                     r"greater|smaller|bigger|cheaper|safer|easier|harder)\b", meaning, re.IGNORECASE)
                                   or rx.match(r"\W*(?:too\s+(?:many|much|few|little)|lack\s+of|not\s+enough)\s", term, re.IGNORECASE)):
        return None  # "Strong passwords = higher security", "DMA means more competition for …": a consequence
    contrast = _CONTRAST.search(meaning) or spliced(meaning)
    if contrast and word_count(meaning[:contrast.start()]) >= 2:  # "uptime where as durability refers to …"
        meaning = meaning[:contrast.start()].rstrip(" ,;")
    if rx.search(r"\b(?!(?:which|that|this|it|by|also|simply|basically|then|what|and|or)\b)(?:[a-z]{3,}|[A-Z]{2,})\s+"
                 r"(?:refers to|means)\b", meaning):
        return None  # "Storage refers to disk and memory refers to cache": two terms in one sentence
    if meaning.split() and meaning.split()[0].lower() in ("this", "these", "those", "it", "they", "you", "we", "i"):
        return None  # "The Dynamo paper refers to this list as the preference list": it names, it does not define
    if rx.match(r"^(?:nothing (?:more|else) than|nothing but|no more than|just|simply|merely)\s+\S+$", meaning,
                re.IGNORECASE):
        return None  # "Producing means nothing more than sending": a one-word gloss, not a meaning to learn
    second = rx.search(r"\s+and\s+(?:is|are|can|must|should|will|has|have|[a-z]{3,}(?<!s)s\s+(?:any|all|the|its|their|it|them))\s",
                       meaning)  # ("a data structure and stores any data you want")
    if second and word_count(meaning[:second.start()]) <= 4:
        return None  # "The replication factor is a topic setting and is specified …": a class and a claim, no meaning
    if rx.fullmatch(r"[A-Z]?[a-z]{3,}(?<!e)ed", term.strip()) and not rx.match(r"(?:an?|the|one)\s", meaning, re.IGNORECASE):
        return None  # "Committed = permanent": a state of what the line does not name ("Tenured — the area …" names one)
    if word_count(meaning) <= 4 and _POSITION.match(meaning) or _ATTRIBUTES.match(meaning) or _RANKED.match(meaning):
        return None  # "Logging is the final primary signal", "OAI = legacy, does not support …": no definition
    if not meaning.startswith(_PARTS):  # "A Tree is …" defines "Tree"; "an incident" keeps its article
        bare = ARTICLE.sub("", term)
        term = bare if not bare[:1].islower() else term[: len(term) - len(bare)].lower() + bare
    term = plain_term(term.rstrip(" -–—:"))  # "Availability - is the …": the dash is the writer's separator
    if rx.match(r"^(?:no|not|without|less|more|fewer|higher|lower)\s", term, re.IGNORECASE):
        return None  # "No connection establishment means lower delays": a consequence, not a term and its meaning
    if rx.match(r"^(?:each|every|any|all|cada|todo|toda|todos|todas|qualquer|cualquier|chaque|tout|toute|tous|ogni|"
                r"jede[rsn]?|alle)\s", term, re.IGNORECASE):
        return None  # "Cada segmento es un paquete …": says what each one holds, "¿Qué es Cada segmento?" asks nothing
    if " = " in u.plain and (rx.search(r"[A-Za-z_]\w*\(", meaning) or rx.search(r"\b[a-z]+_\w+", meaning)
                             and rx.search(r"\s[%*/+^-]\s", meaning)):
        return None  # "shard = hash(_routing) % number_of_primary_shards": a formula, not what a shard is
    if rx.fullmatch(r"(?:[A-Z][\w-]*\s*){2,5}", meaning.strip()) and not term.isupper() and " = " not in u.plain:
        return None  # "Feedback – Prometheus Certified Associate": a page's footer, one name beside another
    if rx.fullmatch(r"[\dXx.*/:\s`-]+", meaning):
        return None  # "Class C = 192.111.111.XXX": a pattern of digits, an example of the class, not what it is
    if rx.fullmatch(r"`?\d[\d.,]*\s*(?:/\s*[A-Za-z]{1,4}|[A-Za-z%]{0,4})`?", drop_parentheticals(meaning).strip()):
        return None  # "min_parallel_index_scan_size = 512KB": a setting's value, not what the setting is
    if rx.match(r"(?:an?|the)\s+(?:essential|important|key|common|core|crucial|popular|critical|useful|nice|great|"
                r"major|vital)\s+(?:feature|part|component|aspect|element|concept|topic|tool)\b", meaning, re.IGNORECASE):
        return None  # "An online presence indicator is an essential feature of chat apps": a judgement, not a meaning
    if not term_ok(term.split(" (also called ")[0]) or not meaning or word_count(meaning) > 60:
        return None
    if rx.search(r"!\s*$", sentences(u.plain)[0] if sentences(u.plain) else ""):
        return None  # "Data FinOps is a new area and have good territory!": an exclamation, the author's enthusiasm
    if word_count(meaning) <= 5 and rx.search(r"\b(?:here|there|above|below)\b|\b(?:this|that)(?:\s+(?:one|case|way|section|"
                                               r"part|list|page|chapter|point))?\W*$", meaning, re.IGNORECASE):
        return None  # "Simplification — a bonus here": the meaning points at the text around it
    if cjk_share(term + meaning) > 0.3:
        if rx.match(r"^(?:以下|次の|下記|如下|下面)", meaning) or meaning.rstrip("。.").endswith(_CJK_LEAD_IN):
            return None  # "tree-protocol 就是一种简单的图基协议，它要求" + a list: the definition goes on below
        front = f"{term}とは？" if doc.language == "ja" or _KANA.search(meaning) else f"什么是{term}？"
        return Claim(RULE, [draft(u, NoteKind.DEFINITION, RULE, front, meaning)], detail=f"definition of {term}")
    # No plain reverse card: a meaning read back ("The port(s) affected by the rule" → ?) is trivial or
    # ambiguous. A glossary line in a named family gets a worded one (see _worded_reverse).
    bare_term = re.escape(term.split(" (also called ")[0])
    spelled = _EQUALS.match(u.plain) is not None and rx.fullmatch(r"[A-Z]{2,6}|[A-Z]{1,6}/[A-Z]{1,6}", term) is not None \
        and initials(meaning.rstrip(".")) == term.replace("/", "")  # "IS = Intermediate system": an expansion
    capitals = rx.sub(r"^(?:an?|the)\s+", "", meaning.rstrip("."), flags=re.IGNORECASE)  # "REST is a REpresentational …"
    if rx.fullmatch(r"[A-Z]{3,6}", term) and "".join(c for c in capitals if c.isupper()) == term \
            and word_count(meaning) <= len(term) + 1:
        spelled, meaning = True, capitals
    stands = bool(rx.search(rf"(?:^|\s){bare_term}\s+stands for\s", u.plain)) and bool(rx.fullmatch(r"[A-Z][A-Za-z0-9&]{1,7}", term))
    if spelled or stands and word_count(meaning) <= len(term) + 3 and (not rx.search(r"[,;:.(]", meaning.rstrip("."))
                                                                     or _CAPITAL_WORDS.fullmatch(meaning.rstrip("."))):
        return Claim(RULE, [draft(u, NoteKind.ACRONYM, "acronym", f"What does {term} stand for?", meaning.rstrip("."))],
                     detail=f"what {term} stands for")  # "An SLA stands for Service Level Agreement" defines nothing
    verb = "are" if rx.search(rf"(?:^|\s){bare_term}\s+are\s", u.plain, re.IGNORECASE) else "is"  # "Bundlers are …"
    asked = f"What does {small_article(term)} consist of?" if meaning.startswith(_PARTS) else f"What {verb} {term}?"
    notes = [draft(u, NoteKind.DEFINITION, RULE, asked, capitalize(meaning.removeprefix(_PARTS)))]
    reverse = _worded_reverse(u, term, meaning) if _EQUALS.match(u.plain) and not u.label else None
    return Claim(RULE, notes + ([reverse] if reverse else []), detail=f"definition of {term}")


def _worded_reverse(u: Unit, term: str, meaning: str) -> NoteDraft | None:
    """ "Bedrock = foundation model service" under "AI/ML services" → "AI/ML services: which one is the
    foundation model service?" / Bedrock: the family the notes name makes the meaning point at one member."""
    family = tidy(drop_parentheticals(u.list_title or (u.path[-1] if u.path else "")))
    head = family.split()[-1] if family else ""
    if not head or not rx.search(r"[a-z]s$", head) or head.lower().endswith(("ss", "us", "is")) or word_count(family) > 5:
        return None
    if not 2 <= word_count(meaning) <= 5 or "," in meaning or term.lower() in family.lower():
        return None
    if meaning.split()[-1].lower().rstrip(".") != head.lower()[:-1]:
        return None  # "SageMaker = build/train/deploy ML models" is no "service": the family would not point at it
    asked = f"{family}: which one is the {meaning[0].lower()}{meaning[1:]}?"
    return draft(u, NoteKind.DEFINITION, REVERSE_RULE, asked, term)


def _definition(u: Unit, language: str = "") -> tuple[str, str] | None:
    text = u.plain
    if not text.isascii() and cjk_share(text) > 0.3:
        if u.label:
            return None
        for sentence in sentences(text)[:4]:  # the sentence of a paragraph that defines a term
            m = _JA_TOWA.match(sentence) or _ZH_IS.match(sentence)
            if m and not _ZH_NOT_A_TERM.search(m.group("term")):
                meaning = m.group("meaning").strip().lstrip("，,、：:；; ")
                meaning = rx.split(r"[，,；;]\s*[^，,。；;]{1,12}?(?:指的是|是指|就是指)", meaning, maxsplit=1)[0]  # "…，cow指的是…"
                term = rx.sub(r"^(?:而|但是?|并且|而且|另外|此外|同时|其中|那么|因此|所以)\s*", "", tidy(m.group("term")))
                if len(core := rx.sub(r"\s*[(（][^()（）]*[)）]", "", term).strip()) >= 2 and core in rx.split(r"[，,；;]", meaning)[0]:
                    return None  # "関連 (Relationship) とはテーブル間の関連を指す": the term defined by itself
                return term.rstrip("就即则也 "), meaning  # ("而狭义上的用户线程指的是 …": "whereas" joins the sentences)
        return ja_bold_term(u, text)
    if text.startswith("`") and text.endswith("`") and text.count("`") == 2 and " = " in text:
        text = text[1:-1]  # "`total risk = threats * vulnerabilities * asset value`": a formula set as code
        if rx.search(r"[{}'\"()\[\];]", text.split(" = ", 1)[1]):
            return None  # "`greeting = f'Hi {name}'`": an assignment in code, not a formula
    m = _EQUALS.match(text) if not u.label and not EMOJI.search(text.strip()[-2:]) else None  # "❗Keystore = identity.❗": a slogan
    if m and (rx.search(r"\b(?:may|might|can|could|will|would|should|must|is|are|was|were|be|been)\b", m.group("term"))
              or rx.search(r"(?:[xX×*/]\s*\d|\d\s*[xX×*/])|-->|->", m.group("meaning"))):
        # ("Concurrent Users = Load X 10": a rule of thumb; "TAPS = Test Access Points --> …": shorthand)
        m = None  # "Forceful freeze may be triggered = long downtime": a consequence, not a term and its meaning
    if m and rx.match(r"[<>≤≥~≈]?\s*\d", m.group("meaning").strip()):
        m = None  # "CWND = 1 segment": a value it is set to, not what it is
    if m and (rx.match(r"(?:may|might|can|could|will|would|should|must|is|are|was|were)\b", m.group("meaning").strip(), re.I)
              or rx.match(r"(?:이렇게|이런|이러한|그렇게|그런|그러한|저런|이|그)\s", m.group("term").strip())):
        m = None  # "Bit rate = MAY be higher than …": a claim; "이렇게 작성된 코드 = 소스코드": "code written this way", which way?
    if m and rx.search(r"(?:\b[a-z]+ing\s+that|\b(?:this|these|those))\s+[a-z]+\W*$", m.group("meaning")) \
            and word_count(m.group("meaning")) <= 6:
        m = None  # "Session = maintaining that identity": which identity, the line above says
    if m and rx.fullmatch(r"[a-z][\w.-]*", m.group("term").strip()) and rx.match(r"[\w.-]+\s*[,，;；]", m.group("meaning").strip()):
        m = None  # "appendfsync = everysec, sync once a second": a setting's value and a remark, not what the setting is
    if m and (_names(m.group("meaning")) or rx.search(r"^introduction to\b|\b(?:overview|fundamentals|basics|best practices|"
                                                      r"tools)\b", m.group("term"), re.IGNORECASE)):
        m = None  # "Firewall Profiles = Domain, Private, Public", "Forensic Tools Overview = …": an outline, no meaning
    if m and not rx.search(r"\d", m.group("term")):
        spelled = initials(m.group("meaning"))
        if rx.fullmatch(r"(?:[A-Z][\w-]*\s*){1,4}[!.]*", m.group("meaning").strip()) and (
                not m.group("term").strip().isupper() or not spelled.startswith(m.group("term").strip()[:2])):
            return None  # "Application Administrator = Application Proxy": one name mapped to another, not a meaning
        return tidy(m.group("term")), tidy(m.group("meaning"))
    if u.in_list and _PARTS_OF.search(u.list_title or ""):
        return None  # "Each rule includes:" then "Protocol: the protocol number": fields of one thing, not terms
    if u.in_list and _PROBLEMS.search(f"{u.list_title or ''} {u.lead_text or ''}"):
        return None  # "다음과 같은 문제점이 존재" over "모니터링 - 확인하기 어려움": a problem with monitoring, not what it is
    if u.in_list and any(_USES.search(t) for t in (u.list_title, u.lead_text, u.path[-1] if u.path else "") if t):
        return None  # "When should I use it" over "Nearly-sorted data — each element moves a short way": a use, not a term
    if u.in_list and not u.label and _PROPERTIES.search(f"{u.list_title or ''} {u.lead_text or ''}"):
        return None  # "A BST with these characteristics:" then "Null reference is a black node": a rule of one structure
    if u.label and rx.fullmatch(r"`[^`]*[=:][^`]*`", u.label.strip()):
        return None  # "`acks=0`: The producer doesn't wait …": a setting's value, asked as a labelled fact
    if u.label and u.body and _ARTICLE_START.match(u.body) and not u.body.endswith("?") and not _names(u.body):
        head = _RELATIVE.split(u.body, maxsplit=1)[0]  # "a process that collects …" still names a thing
        if not VERB.search(head) and not _CLAUSE_START.match(u.body):  # "a named, partitioned log", not "the cache is
            # updated on write" nor "The spec determines the length …" (a sentence about something else)
            return u.label, tidy(u.body)
    if u.label and u.body and (restated := _restated(u.label, u.body)):
        return restated
    if not u.label and u.first_bold and u.md.lstrip().startswith(("**", "__")) and text.startswith(u.first_bold):
        rest = text[len(u.first_bold):].strip()  # "**Snowflake schema** A variant of a star schema where …"
        main = _RELATIVE.split(rest, maxsplit=1)[0]
        term = rx.sub(r"(?<![.\s])\.$", "", u.first_bold)  # "**Peer.** A pair of …": the full stop ends the term
        verb = rx.fullmatch(r"[A-Z][a-z]{2,}[^su]s", term) and rx.match(r"(?:the|an?)\s", rest)  # "**Augments** the prompt"
        if _ARTICLE_START.match(rest) and not VERB.search(main) and not verb and language in ("", "en"):  # (Spanish "a": "to")
            return term, tidy(sentences(rest)[0].rstrip("."))
        latin = _LATIN_COPULA.match(rest) if language in LATIN else None
        if latin and word_count(term) <= MAX_TERM_WORDS:  # "**XSS** es una vulnerabilidad que permite …"
            return term, tidy(sentences(rest[latin.end():])[0].rstrip("."))
    if u.label:
        return None
    led = _LEAD_IN.match(text)  # "Remember that an SLO is an objective": the sentence starts after the lead-in
    if led:
        text = capitalize(text[led.end():])
    text, alias = without_alias(text)
    if len(u.lines) >= 2 and (titled := rx.match(r"[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}\s+(?=(?:A|An|The)\s+[a-z])", text)):
        text = text[titled.end():]  # "Views" / "A view is a virtual table …": the glossary's term line, then its sentence
    m = (_IS_A.match(text) or _SYMBOL_IS_A.match(text) or _MEANS.match(text) or _DASH.match(text) or _hyphen(text, language)
         or _ARE_KIND.match(text.rstrip(".")))
    if m is None and language in LATIN:  # "El polimorfismo es la capacidad de un objeto …"
        lead = rx.sub(r"^(?:(?:die|der|das|la|le|el|o|a)\s+)?(?:sogenannte[n]?|so-called|llamad[oa]|chamad[oa]|dite?)\s+", "",
                      sentences(text)[0].rstrip("."), flags=re.IGNORECASE) if sentences(text) else ""
        m = _LATIN_IS_A.match(lead)
    if m is None and len(parts := sentences(text)) > 1:  # the sentence of a paragraph that defines a term
        for sentence in parts[:4]:
            m = (_IS_A.match(sentence.rstrip(".")) or _MEANS.match(sentence.rstrip("."))
                 or _ARE_KIND.match(sentence.rstrip(".")))
            if m:
                break
    if m and (_BARE_KIND.fullmatch((sentences(m.group("meaning")) or [""])[0].strip()) or rx.match(
            r"(?:an?|the)\s+(?:concept|idea|thing|term|notion|technology|technique|tool)\s*(?:,\s*|\s+)(?:but|and|so|that is)\b",
            m.group("meaning").strip(), re.IGNORECASE)):  # "AJAX is a concept, but you'll see it …": what it is, unsaid
        return None  # "An OAI is a type of identity.", "… is a continuous and iterative process.": what sets it apart, unsaid
    if m:
        meaning = sentences(m.group("meaning"))
        said = meaning[0] if meaning else ""
        pointer = rx.search(r"\b(?:those|these)\s+(?!(?:who|that|which|are|is|were|should|must|can|will|have|may)\b)([a-z]{3,})",
                            said)
        if pointer and pointer.group(1)[:5] not in said[:pointer.start()].lower():  # ("edges between these nodes": its own)
            return None  # "Route53 is a DNS endpoint that can expose those service instances": which ones, the line above says
        term = tidy(m.group("term")) + (f" (also called {alias})" if alias and m.start("term") == 0 else "")
        return term, tidy(meaning[0] if meaning else m.group("meaning"))
    c = _CONSISTS.match(sentences(text)[0] if text else "")
    if c and c.group("term").split()[0].lower() not in _POINTERS \
            and not rx.fullmatch(r"(?:[A-Za-z]+ly|also|often|usually|then|it|this|they)", c.group("term").split()[0], re.I):
        # "A Kubernetes cluster consists of 1 or more …" (not "Mainly consists of …": the subject is in the line before)
        article = (c.group("article") or "").lower()
        return article + tidy(c.group("term")), _PARTS + tidy(c.group("meaning"))
    return None


_RESTATED = re.compile(r"^(?:(?:a|an|the)\s+)?(?P<subject>[^,;:.]{1,60}?)\s+(?:is|are|refers to|means|denotes)\s+"
                       r"(?P<meaning>(?:a|an|the|one|any)\s.+)$", re.IGNORECASE)


def _restated(label: str, body: str) -> tuple[str, str] | None:
    """ "**Incident** — An incident is an event that …", "**MTTD** — *Mean Time To Detect* is the …":
    the body defines its own label, so the card asks what the label is."""
    m = _RESTATED.match(sentences(body)[0] if body else "")
    if m is None:
        return None
    subject, name = tidy(m.group("subject")).lower(), tidy(label)
    article = rx.match(r"^(?:an?|the)\s", body, re.IGNORECASE)
    spelled = rx.findall(r"[A-Za-z]+", subject)
    letters = {"".join(w[0] for w in spelled), "".join(w[0] for w in spelled if w.lower() not in {"of", "and", "to"})}
    same = subject.rstrip("s") == name.lower().rstrip("s")
    if not same and not (name.isupper() and name.lower() in letters):
        return None
    if same and article and subject[:1].islower() and not name.isupper():
        name = article.group(0).lower() + subject  # "What is an incident?", as the notes word it
    return name, tidy(m.group("meaning").rstrip("."))


_PARTS = "\x00consists of "  # a composition ("A cluster consists of nodes …"), marked by _definition
_POINTERS = frozenset("each every this that these those all any some it they".split())


def _names(text: str) -> bool:
    """ "A Cloud Guru, Cloud Academy, Linux Academy": a list of names, not a meaning."""
    items, _ = split_items(text)
    return len(items) >= 3 and all(i[:1].isupper() for i in items)


def _hyphen(text: str, language: str) -> re.Match[str] | None:
    """ "Atomicity - a transaction is indivisible": a name of at most three words, no verb in it.

    In English the meaning must open with an article, as a definition does: "Common - BFS, DFS", "Zone 3 - Brazil
    South" and "Examine - using metrics" are a category and its members, a row of a table, a step. Languages without
    articles (Russian, Korean …) have no such mark: the name alone decides."""
    m = _HYPHEN.match(text)
    if m is None or word_count(m.group("term")) > 3 or VERB.search(m.group("term")):
        return None
    if language in ("", *LATIN) and not _ARTICLE_START.match(m.group("meaning")):
        return None
    if rx.match(r"[A-Z][a-z]+\s+[^\x00-\u024f]", m.group("meaning")) and m.group("term")[:1].isupper():
        return None  # "Active - Passive 장애 조치": one name written with a spaced hyphen ("active-passive failover")
    if m.group("term").isupper():
        return None  # "EAP - Extensible Authentication Protocol": what it stands for (the acronym rule asks that)
    if _PART_NAME.match(m.group("term")) or _POINTS_AWAY.match(m.group("meaning")) or rx.match(r"\S+(?:\s\S+)?\s-\s", m.group("meaning")):
        return None  # "Step one - install the tool", "Docs - see the guide", "루트 - 브랜치 - 리프 노드를 거쳐": no term
    return m


_PART_NAME = re.compile(r"^(?:step|phase|stage|part|chapter|week|day|module|lesson|section|lab|exercise|session|"
                        r"unit|round|task|todo|note|tip|docs?|link|video|book|slides?)\b", re.IGNORECASE)
_POINTS_AWAY = re.compile(r"^(?:see|read|check|watch|visit|click|go|refer|look|follow|try|do|use|install|run)\b",
                          re.IGNORECASE)


_CJK_LEAD_IN = ("要求", "包括", "包含", "如下", "以下", "：", ":", "有", "次の", "以下の")
