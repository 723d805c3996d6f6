"""Rule: ``condition → action`` → "condition → ?" / action.

``Burn Rate Rule: If burn rate >14 over 1h → page; >2 over 6h → investigate``
gives two cards; a clause starting with a comparator borrows the subject of
the first clause ("burn rate >2 over 6h"). Chains of two or more arrows are
flows, not rules (see :mod:`sequence`).
"""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft, NoteKind
from srs.extract import rx
from srs.extract.arrows import ARROW, clauses, top_level_steps
from srs.extract.drafts import draft
from srs.extract.model import Claim, Doc, Unit
from srs.extract.text import ACTION_VERB_S, capitalize, is_generic, prefixes, sentences, tidy, word_count

RULE = "rule"
_NAME = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}$")
_IF = re.compile(r"^(?:if|when|whenever|once)\s+", re.IGNORECASE)
_COMPARATOR = re.compile(r"[<>≤≥]=?\s?~?\d|\b(?:over|above|below|under|exceeds?|more than|less than|at least)\s+\d")
_MAX_SIDE_WORDS = 25
_STATED = re.compile(r"\b(?:is|are|was|were|has|have|will|can|cannot|can't|does|do|doesn't|don't|isn't|aren't|never|"
                     r"always|should|must)\b", re.IGNORECASE)
_CLAIM_LED = re.compile(rf"^{ACTION_VERB_S}\s+\w", re.IGNORECASE)
_COUNTED = re.compile(r"^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+\w+$", re.IGNORECASE)
_POINTER_WORD = re.compile(r"(?:the\s+)?(?:docs?|documentation|documentação|documentación|dokumentation|reference|link|"
                           r"source|here|more|details|example|exemplo|ejemplo|beispiel|文档|ドキュメント)", re.IGNORECASE)
# "Check node memory → scale if needed": a step of a checklist, the arrow says "then", no condition and its outcome
_CHECK_STEP = re.compile(r"^(?:check|verify|inspect|look at|look for|watch for|ship|ojo con|cuidado con|ensure|confirm|review|examine|"
                         r"monitor|validate|prüfen?|überprüfen?|"
                         r"kontrollieren?|vérifie[rz]?|contrôle[rz]?|verifica[rr]?|verifique|revisa[rr]?|comprueba|confira|"
                         r"检查|查看|確認|확인)(?:\s|$)", re.IGNORECASE)
_DATA = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")  # an IP address
POINTS_AT_DATA = re.compile(r"以下|如下|下面|上面|以上|关于|次の|下記|上記|\b(?:the following|as follows|below|above)\b",
                             re.IGNORECASE)


def apply(u: Unit, doc: Doc) -> Claim | None:
    text = u.body if u.label else u.plain
    if not ARROW.search(text):
        return None
    if rx.search(r"\$[^$\n]*(?:->|=>|→)[^$\n]*\$", u.md):
        return None  # "$a -> b \Rightarrow C_i(a) < C_j(b)$": arrows of a formula, not steps or outcomes
    if rx.search(r"(?<![\w.])[A-Z](?:\^\(?-?\d\)?|_\w)?\s*(?:->|→)\s*[A-Z](?![\w.])", text):
        return None  # "A trapdoor function X -> Y is …", "function Y -> X": a map from one set to another, not a rule
    if rx.search(r"\{[^{}]*(?:=>|->)[^{}]*\}", text):
        return None  # "{for k, v in xs : k => v.size}": an arrow inside code braces is syntax, not a rule
    if rx.search(r"(?:=>|->|→)\s*[^\s,.;:。]+(?:\s[^\s,.;:。]+)?\s*(?:매핑|변환|mapping|translation|conversion|"
                 r"映射|转换|変換|マッピング)", text, re.IGNORECASE):
        return None  # "가상 주소 => 물리 주소 매핑을 저장": "a VA → PA mapping", an arrow inside a noun phrase
    if rx.search(r"\b(?:(?:maps?|translates?|converts?|routes?|forwards?|redirects?|connects?|tunnel|path)\s+(?:[\w`'-]+\s+){0,2}|"
                 r"from\s+(?:[\w`'-]+\s+)?)[\w`'-]+\s*(?:->|=>|→)", text, re.IGNORECASE):
        return None  # "lookup table maps key → shard", "Tunnel IPSec datacenter → VPC": the arrow says "to", no outcome
    if rx.search(r"(?:->|=>|→)\s*(?:so|as)\s+(?:do|does|is|are|can|will)\b", text, re.IGNORECASE):
        return None  # "Humans exchange information → so do services": a likeness, not a cause and its effect
    if rx.match(r"^`?(?:sudo\s+)?(?:cat|echo|sysctl)\s+\S", text):
        return None  # "cat /proc/sys/net/ipv4/ip_forward -> 1": what one command printed, its meaning in the line above
    if rx.match(r"^`[A-Z][A-Z_-]{2,}`", text):
        return None  # "`BENEFIT` fewer round trips → lower latency": a tagged remark on the item above, not a rule
    if rx.search(r"(?:=>|->|→)\s*\[[^\]]+\]\([^)]*\)\s*[.!]?\s*$", u.md):
        return None  # "QEMU가 있다 → [공식 문서 참조](https://…)": a pointer to a page, not an outcome
    if rx.search(r"\d[\w.]*\s*(?:[a-z/]+\s*)?(?:\([^()]*\)\s*)?[*×/]\s*\(?\d", text) and rx.search(r"(?:=>|->|→)\s*~?\d", text):
        return None  # "86400 sec/day * 365 (days a year) * 50 (years) => 1.6B": a worked estimate's arithmetic
    if rx.match(r"\s*\d[\d.,]*\s+[^\d→]{1,40}?(?:->|=>|→)\s*[~≈]?\d[\d.,]*\s*(?:%|[A-Za-z]{1,5})?\s*\.?\s*$", text):
        return Claim("worked-case", skip=True, detail="one case worked out ('2 cores at full usage → 200%'): a number in, "
                                                      "a number out, no rule")
    if rx.search(r"(?:->|=>|→)\s*(?:yes|no|true|false|sí|sim|não|oui|non|ja|nein)\W*$", text, re.IGNORECASE):
        return None  # "Limit the number of open files (-n) → yes": a tick on a list of what one tool can do
    pairs: list[tuple[str, str]] = []
    subject = ""
    for clause in clauses(text):
        steps = top_level_steps(clause)
        if len(steps) > 2:
            return None  # a flow
        if len(steps) < 2:
            continue
        lead = sentences(steps[0])  # "Skew hurts. Partition with high load ⇒ hotspot": the rule is the last sentence
        if len(lead) >= 2 and all(word_count(s) <= 5 and s.rstrip(". ").endswith("다") for s in lead):
            lead = [", ".join(s.rstrip(". ") for s in lead)]  # "PK 값이 크다. 세컨더리 인덱스가 많다. -> …": two short premises, together the cause
        if word_count(steps[1]) > _MAX_SIDE_WORDS:
            return None
        told = sentences(steps[1])  # "Classic lookups → B-tree. If queries also sort, …": the outcome is the first sentence
        if len(told) > 1 and rx.match(r"해당|该|此|その|この", told[1]):
            told = [f"{told[0]}. {told[1]}"]  # "테이블 ⇒ 주소의 모음. 해당 주소는 …": the next sentence says more of
            # the same ("→ GIN on a tsvector. It is the usual index": an English aside stays out, round 408)
        condition, action = (tidy(_IF.sub("", lead[-1] if lead else steps[0])), tidy(told[0] if told else steps[1]))
        if not condition or not action:
            return None
        cmd = rx.match(r"`?([a-z][\w-]{1,20})`?\s*:", condition) or rx.fullmatch(r"`?([a-z][\w-]{1,20})`?", u.label or "")
        if cmd and action.strip("`").startswith(f"{cmd.group(1)} "):
            return None  # "gunzip: Unzip a file => gunzip file1.gz": the command's example run, which its label already names
        if rx.match(r"(?:because|since|as|due to|porque|pois|parce que|weil|perché|因为|由于)\b", action, re.IGNORECASE) \
                or rx.search(r"(?:때문이다|때문|이기 때문|からだ|からです|ためだ|ためです)[.。]?$", action):
            return None  # "Home router gives 192.168.x.x -> because it's small", "… const를 쓴다 -> 객체는 … 때문이다": why
        if rx.match(r"(?:ex\)|ex\.|e\.g\.|eg\b|例[:：)]|예[:：)])", action, re.IGNORECASE) \
                or rx.match(r"(?:이를|이것|이게|그것|그래서|这|那|它|これ|それ)", condition):
            return None  # "동기화 -> ex) spin lock": one example, not the outcome; "이를 극복하기 위해 …": of what?
        if rx.fullmatch(r"(?:\s*\d[\d.,]*\s*[A-Za-z/]+(?:\s+[a-z]+)?\s*,?)+", condition):
            return None  # "80 GB disk, 10 MB/s network -> an hour or two": an estimate whose subject is elsewhere
        if (rx.match(r"^[a-z]+(?<!s)s\s+[A-Za-z]", condition) or _CLAIM_LED.match(condition)) and not u.label:
            return None  # "unifies DataFrame and RDD API -> …", "Reduces message size → …": its subject is elsewhere
        if _CHECK_STEP.match(condition) and not _STATED.search(condition) and not _COMPARATOR.search(condition):
            return Claim("checklist-step", skip=True, detail="a checklist step and the next one ('Check node memory → "
                                                             "scale if needed'): the arrow says 'then'")
        if (_STATED.search(condition) or rx.search(r"[가-힣](?:ㄴ다|는다|한다|된다|있다|없다|쓴다|이다|했다|였다)[.!]?$", condition)) \
                and word_count(condition) >= 4 and not rx.search(r"[<>≤≥]", condition):
            return Claim("claim-so", skip=True, detail="a claim and what follows from it ('Python is dynamically typed "
                                                       "-> …'): the arrow says 'so', there is no one outcome to recall")
        comparator = _COMPARATOR.search(condition)
        if comparator and comparator.start() > 0 and not subject:
            subject = condition[:comparator.start()].strip()
        elif comparator and comparator.start() == 0 and subject:
            condition = f"{subject} {condition}"
        pairs.append((condition, action))
    if not pairs or any(word_count(c) > _MAX_SIDE_WORDS for c, _ in pairs):  # (each action was measured whole above)
        return None
    if any(rx.search(r"\b[a-zA-Z]$", c) and rx.fullmatch(r"[+-]?(?:infinity|inf|∞|0)\W*", a, re.IGNORECASE) for c, a in pairs):
        return None  # "… as n → infinity": a limit in a formula, not a condition and its outcome
    if any(rx.search(r"(?<![\w.])\d+\s*$", c) and rx.match(r"\d", a) for c, a in pairs):
        return None  # "都是 10 → 100": one value mapped to another, not a condition and its outcome
    if POINTS_AT_DATA.search(f"{u.label or ''} {pairs[0][0]}"):
        return None  # "有以下函数依赖: Sno, Cname → Grade": rows of the example the notes show, not a rule
    if all((len(c.split()) == 1 or len([w for w in c.split() if rx.search(r"\w", w)]) == 1 and "`" not in c)  # "🧩 Modularity"
           and not _COMPARATOR.search(c)
           and (not u.label or rx.fullmatch(r"[A-Za-z_]+", c))
           for c, _ in pairs):  # ("index: key -> data offset" too; not "Réflexivité: Y⊆X → X→Y", a law)
        return None  # "Sno → Sname, Sdept": a bare name mapped to names is data (a dependency, a mapping)
    if any(u.links and _POINTER_WORD.fullmatch(a.strip(" .[]")) for _, a in pairs):
        return None  # "`fmt.Errorf()` -> [Documentation](…)": an arrow to a link, not an outcome
    if any(is_generic(a.rstrip(". ")) for _, a in pairs):  # "The compiler cannot check the schema → Limitation"
        return Claim("not-a-rule", skip=True, detail="the arrow points at a label for the statement, not an outcome")
    if any(_COUNTED.match(c) or _DATA.search(c) for c, _ in pairs):  # "Two types → f32 and f64" leans on the line
        return Claim("example-data", skip=True, detail="a count that leans on the line above, or example addresses")
    if any(_NAME.match(c) and not _COMPARATOR.search(c) for c, _ in pairs):
        return None  # "Service Catalog → launch constraint = …": a product named and a note on it, no condition
    if any(_restates(c, a) for c, a in pairs):
        return Claim("not-a-rule", skip=True, detail="the outcome only rewords the condition ('show collections → "
                                                     "showing the list of collections')")
    if any(c.count("=") >= 2 and (m := _ASSIGNED.fullmatch(a)) and rx.fullmatch(r"[\d.,%]+", m.group("value")) for c, a in pairs):
        return Claim("calculation", skip=True, detail="a row of a computed table ('Swarm Size = 9, Majority = 5 -> Fault "
                                                      "Tolerance = 4'): the answer is arithmetic on the front's numbers")
    label = f"{u.label}: " if u.label else ""
    if not label and u.in_list and u.list_title and not _in_path(u.list_title, u):
        label = f"{u.list_title}: "  # "Security Hub" over its items: "Findings not aggregating → ?" needs it
    notes = [_named_role(u, label, c, a) or draft(u, NoteKind.RULE, RULE, f"{label}{capitalize(c) if not label else c} → ?", a)
             for c, a in pairs]
    return Claim(RULE, notes, detail=f"{len(notes)} condition → action rule(s)")


# "X -> defragmentation is the solution": the arrow's right side says what it is to the left side
_ROLE = re.compile(r"^(?P<what>.{2,60}?)\s+(?:is|are)\s+(?:the|a|an|one)\s+(?:(?:main|usual|common|best|standard)\s+)?"
                   r"(?P<role>solution|fix|remedy|cure|answer|cause|workaround|mitigation)\b(?P<rest>.*)$", re.IGNORECASE)


_ASSIGNED = re.compile(r"(?P<name>[^\W\d][\w ()/-]{0,50}?)\s*=\s*(?P<value>[^=\s][^=]{0,29}?)\.?")


def _named_role(u: Unit, label: str, condition: str, action: str) -> NoteDraft | None:
    """ "external fragmentation -> defragmentation is the solution" → "External fragmentation — solution?" /
    "Defragmentation": "→ ?" would not say whether a fix, a cause or a next step is asked."""
    m = _ROLE.match(action)
    if m is None and (named := _ASSIGNED.fullmatch(action)) is not None and "=" in condition:
        # "Manager nodes = 3 -> Repartition (on 3 availability-zones) = 1-1-1": what is asked, named on the front
        front = f"{label}{capitalize(condition) if not label else condition} → {named.group('name')}?"
        return draft(u, NoteKind.RULE, RULE, front, named.group("value"))
    if m is None:
        return None
    front = f"{label}{capitalize(condition) if not label else condition} — {m.group('role').lower()}?"
    return draft(u, NoteKind.RULE, RULE, front, capitalize(f"{m.group('what')}{m.group('rest')}".strip(" ,;.")))


def _in_path(title: str, u: Unit) -> bool:
    return any(title.lower() in p.lower() for p in u.path)


def _restates(condition: str, action: str) -> bool:
    """ "show collections → showing list of available collections": every word of the condition comes back."""
    said = prefixes(condition, min_len=3, digits=False)
    told = set(prefixes(action, min_len=3, digits=False))
    return len(said) >= 2 and all(w in told for w in said)
