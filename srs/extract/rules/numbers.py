"""Numbers: a line with a threshold, percentage, duration, size or count → a cloze on each number.

``API Availability SLO: 99.9% monthly; Error Budget 43m.`` →
``API Availability SLO: {{c1::99.9%}} monthly; Error Budget {{c2::43m}}.``
Units stay inside the cloze so the card says what is asked. Identifiers
(P95, EC2, ADR-012, Q1), dates, and numbers in "e.g." asides are left alone.
"""

from __future__ import annotations

import itertools
import re

from srs.core.notes import NoteKind
from srs.extract import rx
from srs.extract.drafts import cloze
from srs.extract.model import Claim, Doc, Unit
from srs.extract.rules.labelled_fact import YEAR_LABEL
from srs.extract.rules.table_cells import SQL_KEYWORD
from srs.extract.text import ADDRESS, EXAMPLE_WORDS, LEANS_ON_BEFORE, SUPPOSE, word_count

RULE = "number-cloze"
MAX_CLOZES = 3
_UNIT = (
    r"%|‰|ms|µs|us|ns|s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wk|weeks?|months?|mo|"
    r"y|yrs?|years?|k|K|M|B|KB|MB|GB|TB|PB|Kbps|Mbps|Gbps|rps|RPS|qps|QPS|tps|TPS|cores?|nodes?|vCPUs?|"
    r"instances|replicas|users|requests|/s|/sec|/min|/h|/day|/mo|/month|/yr"
)
# "5y", "2w": right after the number only; apart, "entre -1 y 1" is "and", "0.0.0.0 w/ a netmask" is "with"
_LETTER_UNIT = r"w|y"
_NUMBER = re.compile(
    r"(?<!\bper )(?<![\w.\-/#:=])(?<!\d,)(?P<num>(?:[<>≤≥~≈]=?\s?|\+|[-−–](?=\d))?\$?\d+(?:[.,]\d+)*(?:\s?[–~-]\s?\d+(?:[.,]\d+)*)?"
    r"(?:(?:(?!\s(?:" + _LETTER_UNIT + r")(?![\w]))\s)?(?:" + _UNIT + r")(?![\w])(?:\s?[–~-]\s?\d+(?:[.,]\d+)*\s?(?:" + _UNIT
    + r")(?![\w]))?|[x×](?![\w])|\+(?=\s)))"
    r"|(?<![\w.\-/#=])(?P<cmp>[<>≤≥]=?\s?\$?\d+(?:[.,]\d+)*)(?![\w]|[.,]\d)",  # ("≥ 2BD+1": a formula's term)
)
_DIGIT = re.compile(r"\d")
_PARENS = re.compile(r"\([^()]*\)")
_IMPERATIVE = re.compile(r"^(?:use|do|make|prepare|practice|complete|conduct|write|read|review|build|create|add|pick|get|find|ask|"
                        r"choose|memori[sz]e|learn|solve)\b", re.I)
# (the word between may not be a conjunction: "`x` matches 3 and binds by reference" counts nothing)
_COUNT = re.compile(r"(?<![\w.\-/#$,])(\d{1,3}(?:,\d{3})+|\d{1,6})(?=(?:\s+(?!(?:and|or|but|then|to|is|are)\b)[a-z][\w-]*)?"
                    r"\s+[a-z][\w-]*[a-rt-z]s\b)")
_DATE = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b|\b\d{1,2}:\d{2}\b")
_ASIDE = re.compile(r"\((?:e\.g\.|i\.e\.|eg|ex\.?|for example|for instance|such as|say|like|por ejemplo|por exemplo|"
                    r"p\. ?ex\.|z\.\s?b\.|例如|比如|例えば)[^)]*\)|“[^”]*”|\"[^\"]*\"|"
                    # "(80GB, por exemplo)", "such as 2000 requests": one example's value, not a fact
                    r"\([^()]*,\s*(?:e\.g\.|for example|for instance|por ejemplo|por exemplo|par exemple|zum beispiel|"
                    r"ad esempio)\)|\b(?:such as|e\.g\.,?|for (?:example|instance),?)\s+\d[\d.,]*(?:\s?[a-z%]+)?|"
                    r"(?<![\w(])(?:ex|e\.g|eg|예|예시|例)\)\s.*$|"  # "Ex) A : 2GB, B : 1GB 일 때 …": to the end
                    r"(?:实测|實測|测试结果|測試結果|in (?:my|our) tests?|benchmarked|we measured)\s*[：:,，].*$", re.IGNORECASE)
_CODE = re.compile(r"`[^`]*`")
# "If a caller sends 10,000 requests …", "Se um nó …": one made-up case's numbers
_IF_ONE = re.compile(r"^(?:if (?:an?|each|every) |se (?:um|uma|cada) |si (?:un|una|cada|chaque) |wenn (?:ein|eine|jede[rs]?) )",
                     re.IGNORECASE)
_COUNT_TITLE = re.compile(r"^\d+\s+(?:\w+\s+){0,2}(?:types?|kinds?|ways?|categories|steps?|phases?|parts?|pillars?|"
                          r"principles?|reasons?|things?|topics?|questions?|rules?|levels?|stages?|patterns?|approach(?:es)?|strateg(?:y|ies)|"
                          r"methods?|techniques?|models?|components?|options?|modes?|layers?|factors?|aspects?|elements?)\b(?:\s+of\s+[\w\s-]+)?[.:]?$",
                          re.IGNORECASE)
_WHOLE_ASIDE = re.compile(r"^\([^()]*(?:\([^()]*\)[^()]*)*\)[.;]?$")
# "3d Describe how Terraform finds providers", "2b Explain …": an outline label (objective 3d), not three days
_OUTLINE_LABEL = re.compile(r"^\d{1,2}[a-z](?:\s*[-–:.)])?\s+[A-Z]")


# "Case Study: Distributed Task Scheduler", "Scale Assumptions & Capacity Math": one design's inputs and results
# ("Back-of-the-envelope" rules of thumb stay: "1 Million requests / day ≈ 12 requests / second" holds anywhere)
_WORKED = re.compile(r"\bcase stud(?:y|ies)\b|\bcapacity (?:math|planning|estimat\w*)|"
                     r"\b(?:storage|network|compute|memory|pps|traffic|bandwidth) math\b|"
                     # "Step 1. Understand the Problem and Establish Design Scope": one made-up system's requirements
                     r"\bdesign scope\b|\b(?:non-?\s?)?functional requirements\b",
                     re.IGNORECASE)


# "99.999999999% (Eleven Nines)", "年間 99.999999999% (イレブン ナイン)": the count of nines spells the number out
_NINES = re.compile(r"(?<=%)\s*[(（]\s*(?:[\w-]+|[\u30a0-\u30ff]+)\s+(?:nines|9s|ナイン)\s*[)）]", re.IGNORECASE)


def apply(u: Unit, doc: Doc) -> Claim | None:
    text = _NINES.sub("", u.plain)
    if not _DIGIT.search(text) or text.endswith(("?", "？")):
        return None
    if text.rstrip().endswith((":", "：", " -", " –", " —")):
        return None  # "Creating a cluster with 5 nodes:" introduces the commands below; it states nothing
    bare = rx.sub(r"\([^()]*\)", "", text)
    if u.in_list and word_count(bare) <= 3 and _DIGIT.search(bare):
        return None  # "- HTTP 400 errors (sometimes)" under "What to measure": a name in a list, it states nothing
    if rx.match(rf"(?:ex|e\.g|eg|examples?\b.*|(?:{EXAMPLE_WORDS})\b.*|scenario\b.*|for example|sample\b.*)$", u.label or "", re.I) \
            or (rx.search(r"\bexamples?\b|\be\.g\.|\bex\.\s|\bfor instance\b|\bsuch as\s+\d", text, re.IGNORECASE)
                or rx.search(r"예를 들어|예컨대|例如|比如|例えば|por ejemplo|por exemplo|par exemple|zum beispiel|ad esempio",
                             rx.split(r"\d", text, maxsplit=1)[0], re.IGNORECASE)) and not u.label:
        return None  # "Below dockerfile example container will sleep for 5 seconds": one example's numbers
    if rx.search(r"\b\d+\s+(?:years?|months?|weeks?|days?|decades?)\s+later\b", text, re.IGNORECASE):
        return None  # "3 years later Stoll was flown into Germany": later than a point in a story the line leaves out
    if rx.search(r"\b(?:same|this|that|above|previous)\s+example\b", text, re.IGNORECASE):
        return None  # "Rate: … Using the same example mentioned above, 0.5 requests per second": that example's numbers
    if any(_WORKED.search(p) for p in u.path):
        return Claim("example-numbers", skip=True, detail="a case study's or a capacity calculation's numbers: one design's "
                                                          "inputs and results, not facts")
    if u.in_list and rx.search(r"\b(?:examples?|e\.g\.|for example|for instance|such as)\W*$", u.lead_text, re.IGNORECASE):
        return None  # "**SLI**: Service Level Indicator, examples:" over "Number of operations in t <10ms": one example
    if rx.match(r"^(?:\s*\d[\d.,]*\s*[A-Za-z/]+(?:\s+[a-z]+)?\s*,?)+\s*(?:->|=>|→)", text):
        return None  # "80 GB disk, 10 MB/s network -> an hour or two": an estimate whose subject is elsewhere
    left, eq, right = text.partition("=")
    if eq and len(rx.findall(r"\d+(?:[.,]\d+)?", left)) >= 2 and rx.search(r"\d", right) and "==" not in text:
        return Claim("calculation", skip=True, detail="a product of the numbers before '=': arithmetic, not a fact")
    if rx.search(r"\d\s*[/*×+^]\s*\(?\d[^=]*=", text):  # "Trotation: 1/(15000/60)/2 = 2 ms", "`40*50=2000 WCUs`"
        return Claim("calculation", skip=True, detail="a step of one worked calculation, not a fact to recall")
    if rx.search(r"`[^`]*\d\s*%?\s*(?:[*×]|\s[/+]\s)\s*\(?\d[^`]*`|`[a-z_][\w.]*\s?=\s?\d[^`]*`", u.md):
        return None  # "… consumed 11.27% of the budget `100% * 1 / 8.87`", "`total=887` is …": a worked example's numbers
    year = rx.match(r"([^:：]{4,13})[:：]", text)
    if year and YEAR_LABEL.fullmatch(year.group(1).strip()):
        return None  # "2013: 2 trillion objects": a product's history, trivia
    if rx.search(r"\b(?:of|to|with|for|from|on)\s+(?:these|those|them|it|this|that)\s*[.;:]?$", text, re.IGNORECASE):
        return None  # "Each process can have 10s-100s of these.": of what, the line before says
    if LEANS_ON_BEFORE.match(text) or u.label in ("I", "C", "Q", "Interviewer", "Candidate"):
        return None  # "This is effective for small group chats …": what "this" is stands elsewhere; "I: …" a dialogue
    if rx.search(r"\b(?:the exam|exam tips?|on the test|the interviewer)\b", text, re.IGNORECASE):
        return None  # "The exam frequently tests SLA math with 2–4 services": about the exam, not the subject
    if rx.search(r"\b(?:we can see|as we can see|we see|we observe)\b", text,
                 re.IGNORECASE) or rx.match(r"(?:discuss|explain|describe|compare)\s", text, re.IGNORECASE):
        return None  # "We can see the table has grown by 2x": one demo's output; "Discuss 4 differences …": a task
    if SUPPOSE.match(text) or _IF_ONE.match(text) or rx.search(r"\b(?:i\.?e\.?|e\.?g\.?)\s+(?:as|if|when)\b", text, re.I):
        return None  # "Say after retrying for 1 sec …", "If a caller sends 10,000 requests …", "i.e as key 120 is >100":
        # one scenario's numbers
    if rx.search(rf"\b(?:this|these|that|diesem|dieses|este|esta|neste|nesse|cet|cette|questo|dit)\s+(?:{EXAMPLE_WORDS}|"
                 r"examples?)\b|この例|此例|这个例子|이 예", text, re.IGNORECASE):
        return None  # "In diesem Beispiel wird … um 15ns verschoben": the numbers of the example at hand
    if _COUNT_TITLE.match(text) or rx.search(r"\b(?:fall|falls|divided|split|grouped|classified)\s+into\s+\d+\s+\w+\s*[.:]?$|"
                                             r"(?:\b(?:are|have|has|be|of)|[:：])\s*\d+\s+(?:main\s+|basic\s+|major\s+)?(?:types|kinds|"
                                             r"categories|classes|ways)\s*[.:;]?$|^there\s+(?:are|were|exist)\s+\d+\s+(?:main\s+|"
                                             r"basic\s+|major\s+|different\s+)?(?:types|kinds|categories|classes|ways|phases|"
                                             r"steps|stages|modes|options|levels|parts|components|methods)\b", text, re.IGNORECASE):
        return None  # "2 types of SRE teams", "Storage falls into 3 categories", "Volumes: 2 types": a count over members
        # it does not name
    if rx.search(r"(?<!least )(?<!exactly )(?<!only )(?<!minimum of )(?<!needs )(?<!requires )\b(?:2|two)\s+(?:threads|processes|"
                 r"nodes|users|clients|transactions|servers|requests|writers|readers|instances|goroutines|workers|"
                 r"people)\b(?=[^.]*\b(?:when|if|try|tries|at the same time|simultaneously|concurrently|each other|both))",
                 text, re.IGNORECASE):
        return None  # "Problem when 2 threads try to update …": two actors to tell a race, not a number to learn
    if u.in_list and word_count(text) <= 8 and rx.match(r"(?:in|of|for|with|at|by|per|from|to|within|after|before|"
                                                        r"under|over)\s", text, re.IGNORECASE):
        return None  # "- WCUs" / "  - In blocks of 1KB": a phrase that finishes the item above, no sentence to blank
    if len(SQL_KEYWORD.findall(text)) >= 2:
        return None  # "SELECT * FROM table WHERE id > 10": an example query's value, no fact
    if _WHOLE_ASIDE.match(text):
        return None  # "(The standard deviation of buckets is 0.0000007%, …)": an aside whose subject is elsewhere
    spans = [s for s in numbers(text) if not (s[0] == 0 and _OUTLINE_LABEL.match(text))]
    if len(spans) > 4 * MAX_CLOZES:
        return None  # a line of a dozen numbers is a table or a log, no blank; (each check below reads the line again)
    if rx.match(r"\s*`[^`]*[<>=+*/^][^`]*`\s*(?:#|//|--|\(|which|so|when|where|$)", text):
        return None  # "`T(n) <= cn - b` # when b >= 1, …": a step of a worked proof, its numbers are the proof's
    if _BOUNDS.search(text):
        return Claim("calculation", skip=True, detail="the range a formula's variable takes ('0 < Ucpu < 1'), not a fact")
    if len(spans) > 1:  # "never 100%, 70 to 80% is accepted": the limit every reader knows is no blank
        spans = [s for s in spans if not rx.fullmatch(r"100\s*%|0\s*%?", text[s[0]:s[1]])] or spans
    spans = [s for s in spans if not _ENTITY_NUMBER.search(text[:s[0]]) or not rx.match(r"\s+[a-z]", text[s[1]:])]
    spans = [s for s in spans if not _counted_out(text[s[0]:s[1]], text[s[1]:])]
    spans = [s for s in spans if not (m := rx.match(r"\d+", text[s[0]:s[1]])) or not rx.search(
        rf"(?<![\d.]){m.group()}(?:th|st|nd|rd|\s?(?:s|ms|sec|secs|seconds?|giây|秒|초|min|minutes?|분|分|h|hours?))\b",
        _without(text, [s]))]  # "90% of requests (90th percentile)", "timeout sau 30 giây … sau 30s": the blank said again
    spans = [s for s in spans if not _HEDGE.search(text[_near(s[0]):s[0]])]  # "or potentially 100": an illustration
    spans = [s for s in spans if not _restated(text, s[0])]  # "1.5 CPU cores (150% of one core)": the number before, again
    spans = [(_near(start) + m.start(), end) if (m := _FIRST_OF_TWO.search(text[_near(start):start])) else (start, end)
             for start, end in spans]
    if not spans or len(spans) > MAX_CLOZES:
        return None
    if len(spans) >= 3 and all(rx.fullmatch(r"\s*(?:[,/、，]\s*(?:(?:and|or)\s+)?|\s(?:and|or|und|oder|et|ou|y|o|e)\s)\s*", text[a[1]:b[0]])
                               for a, b in itertools.pairwise(spans)):
        return None  # "Hosted connection: 50Mbps, 500Mbps, 10Gbps": one list of values, each blank cued only by its place
    if rx.search(r"(?:^|[\s(])(?:ex\.|e\.g\.|eg\.|por ex(?:emplo)?\.?|por ejemplo|for example|for instance|z\.\s?b\.|p\. ?ex\.|"
                 r"zum beispiel|par exemple|例如|比如|例えば)", text[:spans[0][0]], re.IGNORECASE):
        return None  # "… → ex.: você publica um dataset de 10 TB": the number of one example, not a fact
    if u.label and len(parts := [p for p in rx.split(r"[,，、]", u.body) if p.strip()]) >= 3 and all(
            word_count(p) <= 4 for p in parts):
        return Claim("example-data", skip=True, detail="one set-up's values ('HDD: VMDK, dynamisch, 30GB'), each cued by its place")
    if _complements(text, spans) or _summed(text, spans):
        return None  # "Only 10–20% … The other 80–90% …", "10ms … 12ms … the additional 2ms": one blank from the others
    if _OUTCOMES.search(text):
        return None  # "Based on the votes 3 things can happen": a count over the cases the next lines list
    listed = {str(sum(1 for i in c.children if i.kind == "item")) for c in u.children if c.kind == "list"}
    if any(text[start:end].strip() in listed for start, end in spans):
        return None  # "4 methods for configuring policies" over its four: the count of the list below, asked there
    if any(rx.match(r"\s?[+*/×]\s?\d|\s[-−]\s\d+(?![\w.,])", text[end:]) or rx.search(r"\d\s?[+*/×]\s?$", text[:start])
           for start, end in spans):
        return Claim("calculation", skip=True, detail="a term of an expression ('0 to 4MB - 1'), not a fact to recall")
    if not u.label and _POINTS_BACK.search(rx.split(r"(?<=[.!?])\s", text[:spans[0][0]], maxsplit=1)[0]):
        return None  # "… shows how this optimization can improve the compile time for ~400 classes": which one?
        # or "None of those attempts have lasted. The latest, since the 2010s, …": the line's first sentence points back
        # (in a later sentence, "This tier is intended for …" points at the sentence before it, on the card)
    if any(rx.match(r"[,;]?\s*(?:\([^()]*\d|\(`?[a-z]+[._][\w.]*`?\)|[^\W\d_]{1,12}\s*\(\s*[~≈]?\d)", text[end:]) for _, end in spans):
        return None  # "retention is 7 days (`log.retention.hours`=168)", "48 bits (6 bytes)": brackets give it away
        # or name the key of one example configuration
    if word_count(text) > 45 or word_count(_without(text, spans)) < 3:
        return None
    if len(rx.findall(r"[^\W\d_]{2,}", _without(text, spans))) < 3 and not u.label:
        return None  # "0% - 5% Idle Time": a range with two words of context says nothing about what it bounds
    out, last = [], 0
    for k, (start, end) in enumerate(spans, start=1):
        out.append(text[last:start])
        out.append(f"{{{{c{k}::{text[start:end]}}}}}")
        last = end
    out.append(text[last:])
    return Claim(RULE, [cloze(u, NoteKind.NUMBER, RULE, "".join(out))], detail=f"cloze on {len(spans)} number(s)")


# "(0 < Ucpu < 1)": the range a formula's variable takes, read off its meaning, not a fact to recall
_BOUNDS = re.compile(r"[-−]?\d[\d.,]*\s*[<≤]=?\s*[^\W\d]\w*\s*[<≤]=?\s*[-−]?\d[\d.,]*")
_HEDGE = re.compile(r"\b(?:potentially|possibly|maybe|perhaps|even|say,?|e\.g\.,?)\s+(?:as (?:many|much|few) as\s+)?$", re.IGNORECASE)


def _near(start: int) -> int:
    """Where the words just before a number begin: the checks read 40 characters back, not the whole line again
    (a long line of numbers stays linear)."""
    return max(0, start - 40)


_FIRST_OF_TWO = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?:\s+(?:or|to)\s+|\s?[–~-]\s?)$")  # "1 or 2K", "50–60 questions": one range
_OUTCOMES = re.compile(r"\b\d+\s+(?:things|outcomes|cases|scenarios|possibilities|options|situations)\s+(?:can|could|may|might)\s+"
                       r"(?:happen|occur|arise|result)\b", re.IGNORECASE)


def _restated(text: str, start: int) -> bool:
    """Whether the number at ``start`` stands in brackets right after another number ("1.5 CPU cores (150% …)"), which it
    restates."""
    opened = text.rfind("(", 0, start)
    return opened > 0 and ")" not in text[opened:start] and bool(rx.search(r"(?<![\w.])\d[\d.,]*\s*%?(?:\s*[^\W\d_]+){0,3}\s*$", text[:opened]))


def _complements(text: str, spans: list[tuple[int, int]]) -> bool:
    """Two percentages of one line that add up to 100 ("10–20%" and "80–90%", "30%" and "70%")."""
    shares = [[float(n) for n in rx.findall(r"\d+(?:\.\d+)?", text[a:b])] for a, b in spans if text[a:b].rstrip().endswith("%")]
    return any(x + y == 100 for i, one in enumerate(shares) for other in shares[i + 1:] for x in one for y in other)


def _summed(text: str, spans: list[tuple[int, int]]) -> bool:
    """Three numbers of one line where one is the sum of two others (10 ms, 12 ms, 2 ms): a worked calculation."""
    values = [float(m.group(0).replace(",", "")) for a, b in spans if (m := rx.search(r"\d+(?:[.,]\d+)?", text[a:b]))]
    return len(values) >= 3 and any(values[i] + values[j] == values[k] and len({i, j, k}) == 3
                                    for i in range(len(values)) for j in range(i + 1, len(values)) for k in range(len(values)))


def _counted_out(number: str, after: str) -> bool:
    """ "We get 2 files: a.cert and a.key": the items listed after the colon count the number out."""
    m = rx.match(r"\s+(?:[\w-]+\s+)?[\w-]+\s*:\s*(?P<items>.+)$", after)
    if m is None or not number.isdigit():
        return False
    items = [i for i in rx.split(r",\s*|\s+(?:and|or)\s+", m.group("items").strip(" .")) if i.strip()]
    return int(number) >= 2 and len(items) == int(number) and all(len(i.split()) <= 4 for i in items)


# "this optimization", "these results": the thing the number is about was named before this line
_POINTS_BACK = re.compile(r"\b(?:figure|fig\.|diagram)\s+\d|\b(?:those|these)\s+\d|\b(?:this|these|those)\s+(?!(?:is|are|was|were|means?|way|when|if|to|and|or|in|on|for|by|with)\b)"
                          r"[a-z]{3,}", re.IGNORECASE)
# "Chat server 2 forwards the message": a number that names one box of a diagram, not a quantity
_ENTITY_NUMBER = re.compile(r"\b(?:server|user|client|node|host|step|phase|instance|machine|worker|replica|shard|"
                            r"service|thread|process|broker|partition|region|zone|case|option|frame|packet|segment|"
                            r"acknowledge?ment for|ack for|ack)\s+$", re.IGNORECASE)  # ("ack for frame 7": one frame's id)


def numbers(text: str) -> list[tuple[int, int]]:
    """Spans of the numbers worth asking about, in order."""
    masked = _mask(_mask(_mask(_mask(text, ADDRESS), _DATE), _ASIDE), _CODE)  # ("…삭제한다.https://inpa.tistory.com/%F0%9F…")
    spans = []
    for m in _NUMBER.finditer(masked):
        start, end = m.span()
        if m.group("cmp") and rx.fullmatch(r"[<>≤≥]=?\s?\d+\.\d+", m.group("cmp")):
            continue  # "for kafka >= 1.0": a version the line applies to, not the fact
        while end > start and text[end - 1] == " ":
            end -= 1
        if rx.match(r"\s*ago\b|\s+(?:years?|months?|decades?)\s+ago\b", text[end:]):
            continue  # "designed 30 years ago": true on the day it was written, stale by the next review
        if rx.match(r"-[^\W\d_]", text[end:end + 2]) or rx.search(r"\ban?\s+$", text[:start], re.IGNORECASE) and rx.fullmatch(
                r"\d+\s?(?:node|core|vCPU)", text[start:end]) and not rx.match(r"\s+[a-z]", text[end:]):
            continue  # "a 2-3 B-tree", "analogous to a 4 node, which …": part of a name, no quantity
        counted = rx.search(r"\s+(?:cores?|nodes?|vCPUs?|instances|replicas|users|requests)$", text[start:end])
        if counted and not m.group("cmp"):  # "Up to {{5000}} nodes in the cluster": what is counted stays in sight
            end = start + counted.start()
        spans.append((start, end))
    if not spans and "," not in rx.sub(r"\d,\d{3}", "", text) and not _IMPERATIVE.match(text):  # plain counts: "tolerates 2 broker failures"
        spans = [m.span(1) for m in _COUNT.finditer(_mask(masked, _PARENS))]
    return spans


def _mask(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: "#" * len(m.group(0)), text)


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in spans:
        out.append(text[last:start])
        last = end
    out.append(text[last:])
    return " ".join(out)
