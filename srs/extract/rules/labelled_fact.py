"""Labelled fact: ``- **Label**: text`` (or ``Label: text``) → "Label?" / text.

Generic labels ("Purpose", "Pitfalls", "Risk") take the section as context
("Architecture Decision Records — purpose?"); a label that is a statement
("Architecture is a means, not a goal") is asked about; a question body
("Clarity: can someone implement from it?") is a checklist criterion.
"""

from __future__ import annotations

import re

from srs.core.notes import NoteKind, normalize
from srs.extract import rx
from srs.extract.drafts import draft, in_example, lower_words, topic
from srs.extract.facets import OTHERS, is_aspect, is_facet, is_trait
from srs.extract.model import Claim, Doc, Unit
from srs.extract.rules import acronym
from srs.extract.text import (
    ACTION_VERB_S,
    capitalize,
    cjk_share,
    clean_label,
    drop_parentheticals,
    initials,
    is_generic,
    is_narrative,
    sentences,
    split_items,
    tidy,
    word_count,
)

RULE = "labelled-fact"
MAX_ANSWER_WORDS = 60
_REASONS = re.compile(r"^(?:why|how)\b.*\?$|(?:为什么|为何|如何|怎么|なぜ|どうして).*[?？]$", re.IGNORECASE)
# "El modelo OSI es crucial porque:" over "**Comprensión:** …": the sentence's reasons, named by a word of each
_BECAUSE = re.compile(r"\b(?:because|since|porque|pois|weil|parce que|perché|потому что)\s*[:：]?$|(?:因为|なぜなら)[:：]?$", re.I)
_QUIZ = re.compile(r"^(?:true or false|t/f|verdadeiro ou falso|verdadero o falso|vrai ou faux|richtig oder falsch|"
                   r"wahr oder falsch|vero o falso|правда или ложь|верно или неверно|判断题|判断|○×)\W*$", re.IGNORECASE)
_VERSUS = re.compile(r"\b(?:vs\.?|versus|contra)\s|\s(?:VS|Vs)\s|对比|对决|比较|比較|대비|비교", re.IGNORECASE)
_GLOSS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,10}(?:[-－·・/][\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{1,10})*")  # a short name
# "REDO: 不需要", "STEAL: 允许": a verdict, not a gloss
_CJK_VERDICT = re.compile(r"^(?:不|无|没|非|未|允许|禁止|支持|必须|需要|可以|可选|必需|推荐|默认|必要|可能|필요|가능|불가|허용|금지)|"
                           r"없|不要|ない|なし|あり")
_CJK_STATEMENT = re.compile(r"是|没|不|会|能|可以|需要|应该|相互|被|有|为|了|也|都|就|成立|です|ます|ない|される|"
                            r"(?:简单|簡單|复杂|複雜|容易|困难|困難|高效|更快|更慢|较高|较低|較高|較低)$")  # "資料結構簡單：…"
_STATEMENT = re.compile(r"\b(?:is|are|was|were|be|has|have|should|must|can|will|do|does|means?|we|wir|nous|noi|nosotros|мы)\b|"
                        r"^[\w-]+(?:\s+[\w-]+){0,2}\s+(?:optimi[sz]es|reduces|improves|increases|decreases|enables|"
                        r"allows|prevents|requires|ensures|provides|makes|helps|avoids|removes|adds|breaks|hides|"
                        r"simplifies|decouples|guarantees|offers|supports|includes|contains|exposes|performs|handles|uses|(?<!to )use)\s+\w|"
                        r"^(?-i:[A-Z])\w+\s+(?-i:[a-z]){2,}(?:s|ed)\s+(?:the|a|an|its|their|this|that)\s", re.I)  # "Asynchrony optimizes resource usage"
# "**Reduces Cost**: scales down …", "Supports AWS Certificate Manager: free certs": a claim the line goes on to explain
_CLAIM_LED = re.compile(rf"^{ACTION_VERB_S}\s+(?!(?:of|and|or|per|to)\b)\w", re.IGNORECASE)


def apply(u: Unit, doc: Doc) -> Claim | None:
    if not u.label or not u.body:
        return None
    if u.body.split()[-1].lower().strip(",") in _DANGLING | {"will", "would", "can", "must", "should", "may"}:
        return None  # "**page not resident** - will" over its steps: a lead-in cut before what it says
    if cjk_share(u.body) < 0.3 and len(split_items(rx.sub(r"[“\"][^”\"]*[”\"]", "", sentences(u.body)[0]))[0]) > 5:
        return Claim("too-big", skip=True, detail="a value that lists more than five members: no one card recalls them")
    if word_count(u.body) > MAX_ANSWER_WORDS:
        return Claim("too-long", skip=True, detail=f"answer of {word_count(u.body)} words (over {MAX_ANSWER_WORDS})")
    claims = [c for c in rx.split(r"[;；]", u.body) if c.strip()]
    if len(claims) >= 3 and sum(word_count(c) for c in claims) >= 5 * len(claims):  # "MTTR; % closed; …" is one short set
        return Claim("too-big", skip=True, detail="three or more claims after one label, parted by ';': no one answer")
    label = tidy(u.label)
    body = rx.split(r"[\s,;]+[—–-]+\s+(?=(?:mitigated|solved|handled|prevented|avoided|fixed|addressed|resolved)\s+(?:by|via|with)\b)",
                    u.body, maxsplit=1)[0]  # "two sides each think they're primary — mitigated via fencing": the remedy
    # is another fact
    body = rx.sub(r"(?<=[。.!！])\s*[^。.!！]*(?:如下|以下|下列|the following|as follows)[^。.!！]*[：:。.]?$", "", body)
    # ("…当中。支持如下四种": a sentence that announces the kinds below answers nothing here)
    spelled_first = rx.match(rf"(?P<long>[^():]{{5,80}}?)\s*\(\s*{re.escape(label)}\s*\)\s*[:：—–-]\s*", body)
    if spelled_first and acronym.spelled_out(label, spelled_first.group("long")):
        body = body[spelled_first.end():]  # "CQRS: Command Query … Segregation (CQRS): separa …": the acronym card says it
        if not body:
            return None
    aside = rx.search(r"\s*\(([^()]+)\)", label)
    first = rx.findall(r"[^\W\d_]{4,}", body.lower())[:1]
    short = label[:aside.start()].strip() if aside else ""
    spelled = aside and rx.fullmatch(r"[A-Z][A-Z0-9]{1,7}", short) and initials(aside.group(1)).startswith(short[:2])
    if aside and "`" not in label and (spelled or first and first[0] in rx.findall(r"[^\W\d_]{4,}", aside.group(1).lower())):
        # ("LFU(Least Frequently Used): …": the expansion on the front would say what the back says)
        label = tidy(label[:aside.start()] + label[aside.end():])  # "Relation (table ou fichier)": "Table avec …" - the aside tells it
    if rx.fullmatch(r"[A-Za-z](?:_?\d)?", label) and not u.bold_label:
        return None  # "p: length of a prefix": a symbol of one formula, named by the formula it belongs to
    if u.repeated:
        return Claim("ambiguous-label", skip=True, detail="another item of the list has the same label: which is asked?")
    if u.shared_value:  # "Balanced: SSD", "Extreme: SSD": what sets the items apart is not in their values
        return Claim("shared-value", skip=True, detail="another item of the list has the same value: the card tells them apart by nothing")
    if rx.search(r"[,;]\s*-{0,2}[^\W\d_][\w -]{0,30}:\s", rx.sub(r"`[^`]*`|\([^()]*\)|https?://\S+", "", body)):
        return Claim("several-pairs", skip=True, detail="more 'label: value' pairs follow the first ('…, long-term "
                                                         "logical: $0.01'): one card would ask for one and get them all")
    if rx.fullmatch(r"[^\W\d_]{2,7}\.", u.label.strip(" *_:：")) and not rx.fullmatch(r"(?:[A-Z]\.?){2,}|[A-Z][a-z]?\.", u.label.strip(" *_:：")):
        return Claim("cut-label", skip=True, detail="a word cut short ('**Clasif.:** del SO.', 'Carac.:'): it asks nothing")
    if OTHERS.fullmatch(label.strip(" *_:：")):
        return Claim("other", skip=True, detail="'Other:' over the rest of a list: what is left, no name to ask about")
    if rx.search(r"\b(?:on|for|in) (?:the|an?) (?:exam|test|interview)\b", label, re.IGNORECASE):
        return None  # "The distinction matters on the exam: CloudTrail records …": a remark on the exam, cut at its colon
    if _VERDICT_LABEL.fullmatch(label.strip(" *_:：")):
        return Claim("verdict-label", skip=True, detail="a mistake or its fix ('Mistake: Not updating the serial', 'Correct: "
                                                        "…'): the front asks nothing the heading does not")
    if len(rx.findall(r"[，、]|,(?!\d)", label)) >= 2:  # (not "1,000,000")
        return Claim("several-names", skip=True, detail="three names or more in one label ('RPC, REST, gRPC: …'): the "
                                                        "front asks nothing of any one of them")
    if rx.fullmatch(r"[A-Z][\w-]*\s+(?:→|->|=>)\s+[A-Z][\w-]*", label):
        return Claim("message-trace", skip=True, detail="a message of one exchange ('Server → Client: no'), not a fact")
    if _FORM_STEP.match(body):
        return Claim("form-step", skip=True, detail="a field of a console form and what to put in it ('Service type: "
                                                    "Selecionar Replica;'): one walkthrough's clicks")
    if _RATING.fullmatch(rx.sub(r"\s+(?:impact|risk|cost|effort|complexity|priority|importance|overhead)$", "",
                                body.strip(" *_`+-−±").strip(), flags=re.IGNORECASE)):
        return Claim("rating", skip=True, detail="a rating ('Security: High.') that means something only beside the others")
    if YEAR_LABEL.fullmatch(label):
        return Claim("timeline", skip=True, detail="a year of a product's history ('2006: S3 launched'): trivia, not a fact to use")
    if rx.match(r"`?\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?`?(?:\s|$)", body) \
            and rx.search(r"\b(?:address(?:es)?|ips?|cidr|subnet|network|block)\W*$", label, re.I) and not rx.search(r"\bdefault", label, re.I):
        return Claim("example-value", skip=True, detail="one address ('IPv4 Address: 165.91.0.0/16'), an example of the "
                                                        "label, not a fact about it")
    if rx.fullmatch(r"[a-z]+ly\s+[a-z]+", label):
        return None  # "extremely durable: 99.999999999%": a claim with its figure, not a name (the number makes a cloze)
    if rx.search(r"\b(?:examples|exemples|ejemplos|exemplos|beispiele|esempi)\b", label, re.IGNORECASE) \
            and word_count(label) >= 2:
        return Claim("examples", skip=True, detail="examples of a kind ('Generic domains examples: .com .org'): any other "
                                                   "member would answer as well")
    if rx.fullmatch(r"`?[a-z][a-z0-9]*(?:_[a-z0-9]+)+`?\s*\((?:string|str|int|integer|long|bool|boolean|number|float|double|"
                    r"array|list|object|dict|map|timestamp|date|datetime|uuid)\)", label.strip(), re.IGNORECASE):
        return Claim("example-literals", skip=True, detail="a parameter of one API the notes design ('expire_date (string)'):"
                                                          " its name already says what it holds")
    if rx.fullmatch(r"\[[^\[\]]*(?:\.\.\.|…)\s*\]|\([^()]*(?:\.\.\.|…)\s*\)\.?", body.strip()):
        return Claim("example-literals", skip=True, detail="a bracketed sample that trails off ('[msg1, msg2, ...]', "
                                                          "'(Bakery example…)'): an illustration, not a fact")
    literals = rx.findall(r"`([^`]+)`", body)
    if len(literals) >= 2 and not rx.sub(r"`[^`]+`|[\s,;/.]|\b(?:and|or|etc)\b", "", body) \
            and all(rx.fullmatch(r"[-+]?(?:\d[\d_.,']*|\.\d+)(?:[eE][-+]?\d+)?[a-zA-Z]{0,3}|[\"'].*[\"']", x) for x in literals):
        return Claim("example-literals", skip=True, detail="sample literals ('`3.14`, `1e0`, `.5`'): examples of the label, "
                                                          "not a fact one answer recalls")
    if _DAY.fullmatch(body.strip(" .*_")) or _DAY.fullmatch(label.strip(" *_")):  # ("2019-01-22: 手写单例模式": a log's day)
        return Claim("schedule", skip=True, detail="the day of an entry or a lecture ('DATA: 07/Agosto/2025'), not a fact")
    if rx.fullmatch(r"(?:question|q|pergunta|pregunta|frage|вопрос|问题|질문|質問|exercise|ejercicio|exercício|aufgabe)\s*#?\d+[a-z]?",
                    label, re.IGNORECASE):
        return None  # "**Question 2:** Functional dependency?": a quiz item's number, not what it asks
    if _QUIZ.match(label):  # "True or false: Most characteristics come from …": a quiz statement, not a fact
        return Claim("quiz-prompt", skip=True, detail="a statement to judge, with its verdict elsewhere")
    if label.startswith("[^"):
        return None  # "[^idempotence]: …": a footnote's text, read with the sentence that cites it
    if rx.search(r"\s[-–—]\s+(?:[A-Z][a-z]+(?:es|s)|[a-z]+(?:es|s))\s", label + " "):
        return None  # "Bucket Policy Only - Disables ACLs: …": the label already holds half the answer
    cjk = [c for c in label if cjk_share(c) > 0]
    if len(cjk) >= 4 and _CJK_STATEMENT.search(label):
        return None  # "BASE 首先是 ACID 的替代品": a statement, not a name to ask about
    if _CONDITION_LABEL.match(label) and word_count(label) <= 6:
        return None  # "Si se encuentra: T se aborta": if what is found? The condition's subject is in the item above
    if _KO_STATEMENT.search(label):
        return None  # "보통 멀티마스터 복제 지원": "usually supports multi-master replication", a claim, not a name
    if len(cjk) >= 3 and all(c in u.body for c in cjk) and word_count(u.body) <= 20:
        return None  # "实现麻烦" → "实现起来…更麻烦一些": the label already says the answer
    if not cjk and rx.search(r"[A-Za-z]", label) and _GLOSS.fullmatch(u.body.strip().rstrip("。.；;")) \
            and not _CJK_VERDICT.search(u.body):
        return None  # "session.timeout.ms：会话超时时间": the name said in the notes' language, read off, not learned
    if u.in_list and any(_BECAUSE.search(t) for t in (u.list_title or "", topic(u), *u.path[-2:])):
        return None
    if u.in_list and _REASONS.search(u.list_title or "") and not _defined(label, u.body):
        return None  # "Why is monitoring important?" then "**Business decisions** — …": reasons, not terms to ask
    if rx.match(r"(?:yes|no|sim|não|sí|oui|non|ja|nein)\s*(?:[!,;:]|\.(?!\s*of\b))\s*\S", u.body, re.IGNORECASE) \
            and not label.endswith(("?", "？")):
        return None  # "Heapsort: Yes ! 2 N log N worst case": the answer to a question the line does not ask
    if u.body.endswith("？"):
        return None  # "对方接着追问：…？": the notes ask, they do not answer
    if _PLATFORM.fullmatch(label.strip("` ")):  # "Linux: `export X=1`": how the item above is done on Linux
        task = (u.lead_text or "").strip().rstrip(":：")
        if not task or word_count(task) > 16 or task.endswith(("?", "？")):
            return None  # "Linux?" alone: on Linux, what? The task is in no line the card shows
        return Claim(RULE, [draft(u, NoteKind.FACT, RULE, f"{capitalize(task)} — {label}?", body)],
                     detail="a platform's way of the task in the item above")
    if rx.fullmatch(r"(?:ex|eg|e\.g|for example|example|exemple|ejemplo|exemplo|z\.\s?b|bsp|beispiel|esempio|例|例如|比如|예)\.?",
                    label.strip(" *_"), re.IGNORECASE):
        return Claim("examples", skip=True, detail="an example ('ex: 1Gb/s for 1Tb storage'), not a fact to recall")
    if rx.fullmatch(r"yes|no|true|false|sí|si|não|nao|oui|non|ja|nein|да|нет|是|否|はい|いいえ|예|아니오|아니요", label.strip(" *_"),
                    re.IGNORECASE):
        return None  # "- No: forward the request to the server" under a step: a branch of a decision, its question above
    if (is_generic(label) or rx.fullmatch(r"characteristics|properties|attributes|traits|description|info(?:rmation)?", label,
                                          re.IGNORECASE)) and rx.match(r"(?:this|these|it|they)\b", body, re.IGNORECASE):
        return None  # "**Characteristics**: This method is closely related to …": a generic label over a pointer
    if rx.search(r"\b(?:probably|presumably|perhaps|maybe|i think|i guess|arguably)\b", label, re.IGNORECASE):
        return None  # "Paxos+log+leader probably not simpler than Raft" over its caveat: an opinion, no name
    if rx.match(r"^(?:both|it|its|they|their|this|these|those|he|she|we|you|our)\s+\w", label, re.IGNORECASE) \
            and len(label.split()) >= 2:
        return None  # "Both cover SDLC: Development, QA, …": what "both" are stands in the line before
    if is_facet(label) and _VERSUS.search(_anchor(u)):
        return None  # "Pros: fault tolerance" under "Sequential vs Eventual Consistency": whose pros?
    long = u.body.strip(" .\"“”'")  # ("UTS namespaces (…) : "UNIX Time-sharing System"": what UTS stands for)
    abbr = next((t for t in rx.findall(r"\b[A-Z][A-Z0-9]{1,6}\b", label) if acronym.spelled_out(t, long)), None)
    if abbr:
        if acronym.given_away(long, " ".join([*u.path[-1:], u.list_title or ""])):
            return None  # "DSA: Digital Signature Algorithm" under "… Using Digital Signatures": read off the context
        return Claim(acronym.RULE, [draft(u, NoteKind.ACRONYM, acronym.RULE, f"What does {abbr} stand for?", long)],
                     detail="an acronym spelled out after its label")
    if any(_TIME_BUDGET.fullmatch(t.strip(" *_:：")) for t in (label, u.list_title or "")) or rx.fullmatch(
            r"\d+\s*[-–]\s*\d+", label.strip()) and _TIMED_SECTION.search(" ".join([u.list_title or "", *u.path])):
        return None  # "Mins 8-20: Design high-level" / "15-20: Design the database": an interview's time budget
    if _SUMMARY.fullmatch(label.strip(" *_:：")) and (not _KINDS.search(u.list_title or topic(u)) or "overall" in label.lower()):
        return None  # "总结: 只有保持简单…", "**Summary**: keep it simple": the author's wrap-up (a "Summary" under "Metric Types" is one)
    if rx.fullmatch(r"(?:[Ww]hat|[Ww]hy|[Ww]hen|[Ww]ho|[Ww]here|[Hh]ow|[Ww]hich)", label.strip(" *_")):  # (not SQL's WHERE)
        return None  # "**What:** Event name, resource": the facet a question word names needs its own question
    if rx.fullmatch(r"(?:the\s+)?(?:main\s+|key\s+)?differences?|区别|差异|差別|違い|차이(?:점)?|(?:diferencias?|diferenças?|"
                    r"différences?|differenz[ae])(?:\s+\w+)?|(?:\w+\s+)?unterschiede?", label.strip(" *_"), re.IGNORECASE) \
            and not rx.search(r"\bvs\.?\b|versus|与|和|及|對比|对比|比较|と|와|과|\band\b|\bor\b", topic(u), re.IGNORECASE):
        return None  # "字符串拼接 — 区别？": the difference between what and what, the card does not say
    if _NEGATED.match(label):
        return None  # "doesn't work cross-filesystems: because the inode …": a claim and its reason, cut at its colon
    if rx.fullmatch(r"why (?:this|that) (?:matters|is important|is useful)", label.strip(" *_"), re.I):
        return None  # "**Why this matters**: Databases are designed around pages …": a remark on the notes' point
    if rx.match(r"(?:describe|explain|discuss|compare|contrast|justify|evaluate|analy[sz]e|outline)\s", label, re.I):
        return None  # "Describe the core components of Jenkins: Master, Agent, Job": an exercise, its names no answer
    if _CLAIM_LED.match(label):
        return None  # "Advantages: **Decreases Load on the Database**: minimizes requests …": the label is the claim
    if not u.bold_label and _VERB_LED.match(label):
        return None  # "Implements the Set ADT" over its sub-item, "Represented by …: `"…"`": a statement, no name
    if label.split()[-1].lower().strip(",") in _DANGLING and not label.split()[-1].strip(",").isupper():
        return None  # "CAP theorem, which can be summarized as", "… em específico, como": a lead-in cut at its colon
    if u.body.endswith("?") and word_count(u.body) <= 2:
        return None  # "Technical: How?": the question the notes go on to answer, no criterion
    if u.body.endswith("?"):
        where = topic(u, _anchor(u))
        front = f"{where}: {label}?" if where else f"“{label}”: which question?"
        detail = "a checklist criterion"
    elif ((is_generic(label) or is_narrative(label) or _DEFAULT.match(label) or not u.in_list and is_aspect(label))
          and not _KINDS.search(u.list_title or topic(u))) or in_example(u) or not rx.search(r"[^\W\d_]{3}", label):
        where = _unasked(topic(u, _anchor(u)), subject=False)  # ("idea:" under "What is a Data Lake?" is part of its answer)
        if not where or rx.match(r"(?:can|could|is|are|was|were|will|would|should|must|may|might|has|have)\s", where, re.I):
            return None  # "Storage?" under "Why is monitoring important?": a generic label needs a topic, not a clause
        if normalize(label) == normalize(where.split(" — ")[-1]):
            return None  # "Bi — bi?": the bold item is already the context line; the label would ask it again
        bare = rx.sub(r"^(?:the|a|an)\s+", "", label, flags=re.IGNORECASE)  # "The consequence" → "consequence"
        if bare.lower() in _RUN_IN:
            return None  # "The key: the same id flows through …": a run-in lead ("the key point is"), no aspect to ask
        said = bare if doc.language == "de" else lower_words(bare)  # German nouns keep their capital
        if _DEFAULT.match(label) and not doc.language:  # "Default: 100" asks for a value; "Default: queries go to …" for what happens
            said = "default value" if rx.match(r"[\d`]", body) or word_count(body) <= 2 else "by default"
        said = rx.sub(r"(?<=[\u4e00-\u9fff])是$", "", said)  # "作用是：获取 cookie": its purpose (is)
        front = f"{where} — {said}{'？' if cjk_share(said) > 0.5 else '?'}"
        detail = "a labelled fact (the label needs its section as context)"
    elif _STATEMENT.search(label) or _CLAIM_VERB.match(label) or word_count(drop_parentheticals(label)) > 6:
        if body.count(",") >= 2 or rx.search(r"\betc\.?$", body):
            return None  # "The Manifests describes desired app state: container image, ports, …": a list cut off its sentence
        front = f"“{label}” — what does it mean?"
        detail = "a labelled statement"
    else:
        where = _unasked(topic(u)) if u.in_list or u.list_title else ""
        name = clean_label(label)
        if doc.language in ("zh", "ja", "ko") and rx.fullmatch(r"[a-z][a-z0-9_.]*(?:-[a-z0-9_.-]+)?", label.strip()):
            name = label.strip()  # "volatile-lru：…", "attr：…" in Chinese notes: a setting's or a parameter's name, as written
        if u.in_list and not where and topic(u).endswith(("?", "？")) and _COMMON_WORD.match(name) \
                and _CLAUSE.match(u.body):
            return None  # "Storage — A time-series database stores …" under "Why is monitoring important?" (not "Latency — The time …")

        if not u.in_list and _OF_SOMETHING.fullmatch(name.lower()):  # "**Benefits:** …" under "GitHub Packages"
            where = _unasked(topic(u, _anchor(u)))
            if not where:
                return None  # "Benefits?": of what?
            return Claim(RULE, [draft(u, NoteKind.FACT, RULE, f"{where} — {name if doc.language == 'de' else lower_words(name)}?",
                                                                capitalize(body))],
                         detail="a labelled fact (the label needs its section as context)")
        front = f"{where}: {name}?" if where and (normalize(name) not in normalize(where) or is_trait(name)) else f"{name}?"
        if (not where or normalize(name) in normalize(where)) and rx.search(r"\b(?:it|they|this|these|its|their)\b", name,
                                                                             re.IGNORECASE):
            owner = next((p for p in reversed(u.path) if p != name and not is_generic(p) and not p.endswith("?")), "")
            if not owner:
                return None  # "Why it exists?": what "it" is stands nowhere on the card
            front = f"{owner}: {lower_words(name)}?"  # "Hash: why it exists?"
        measured = _measured(u, name, body) if not doc.language else None
        if measured:  # "chunking: 5-10MB" → "Chunking — size?": "Chunking?" asks how it is done, not how big
            front = f"{front[:-1]} — {measured}?"
        asked = u.list_title if u.in_list and not where and u.list_title not in u.path else ""
        if asked.endswith(("?", "？")) and rx.search(r"\b(?:this|that|these|those|it)\b", asked, re.IGNORECASE):
            return None  # "What does this mean?" over "- alg: …": the fields of the example above, which the card lacks
        if asked.endswith(("?", "？")):  # "How to create a thread?" over "Runnable: …": the context line lacks the question
            front = f"{_MARKER.sub('', asked).rstrip('?？ ')} — {name}?"
        detail = "a labelled fact" + (" in its list's context" if where else "")
        alias = _ALIAS.match(u.body)
        if alias:  # "`docker ps`: Equivalent to `docker container ls`": ask for what it is equivalent to
            asked = f"equivalent of {name}?"
            front, body = f"{where}: {asked}" if where else capitalize(asked), u.body[alias.end(1):].strip()
    named = rx.match(r"[a-z][a-z0-9_.-]* — ", front) and front.split(" — ")[0] in u.path[1:]  # "free — purpose?": a command
    return Claim(RULE, [draft(u, NoteKind.FACT, RULE, front if named else capitalize(front), capitalize(body.rstrip(" ;；")))],
                 detail=detail)


# "**Mistake:** …" / "**Correct:** …" under one pitfall: which is which, not a name to ask about
_VERDICT_LABEL = re.compile(r"(?:common\s+)?(?:mistakes?|wrong|incorrect|correct(?:ed)?|fix(?:ed)?|"
                            r"anti-?pattern|pitfall|falsch|richtig|faux|correcto|incorrecto|correto|errado|sbagliato|"
                            r"错误|正确|誤り|正しい|잘못된|올바른)(?:\s+(?:way|approach|version|example|usage|code|practice))?",
                            re.IGNORECASE)
# "Mins 8-20", "First 10 mins", "15-20 minutes": an interview's time budget ("15-20" alone under "Breakup", "Agenda")
_TIME_BUDGET = re.compile(r"(?:(?:first|last|next)\s+\d+\s*mins?|(?:mins?|minutes?)\s*\d+\s*[-–]\s*\d+|"
                          r"\d+\s*[-–]\s*\d+\s*(?:mins?|minutes?))", re.IGNORECASE)
_TIMED_SECTION = re.compile(r"\b(?:breakup|break-?down|timeline|agenda|schedule|mins?)\b", re.IGNORECASE)
_SUMMARY = re.compile(r"(?:in\s+)?(?:summary|short|brief)|recap|tl;?dr|(?:key\s+)?takeaways?|bottom line|conclusions?|overall|all in all|"
                      r"总结|小结|结论|まとめ|要約|resumen|resumo|zusammenfassung|fazit|résumé|en résumé|итоги?|выводы?|요약|정리",
                      re.IGNORECASE)
# "Benefits", "Drawbacks": the benefits of something the label does not name
_OF_SOMETHING = re.compile(r"(?:main |key )?(?:benefits?|advantages?|disadvantages?|drawbacks?|downsides?|upsides?|pros|cons|"
                           r"limitations?|use cases?|uses|features|strengths?|weaknesses?|trade-?offs?)")
# Korean note style ends a claim on a noun-verb ("지원", "가능"), a nominal ending ("함", "됨", "음") or "-적"
_KO_STATEMENT = re.compile(r"[\uac00-\ud7af](?:\s*\([^()]*\))?\s*(?:함|됨|음|임|있음|없음|가능|불가능|필요|지원|제공|발생|유지|보장|"
                           r"수행|사용|일반적|[가-힣]+적|이다|한다|된다|있다|없다)$")
_CONDITION_LABEL = re.compile(r"^(?:if|when|unless|otherwise|else|si|sinon|wenn|falls|sonst|se|senão|cuando|quando|если|иначе|"
                              r"如果|若|否则|もし|for an?|pour une?|para una?|für eine?[nm]?)\b", re.IGNORECASE)
_PLATFORM = re.compile(r"(?:linux|unix|mac(?:os)?|os ?x|windows|powershell|bash|zsh|fish|cmd|ubuntu|debian|centos|rhel|"
                       r"fedora|alpine|ios|android|wsl)(?:\s*(?:/|or|and)\s*(?:linux|unix|mac(?:os)?|os ?x|windows))?",
                       re.IGNORECASE)
# "doesn't work cross-filesystems: because …": a negated claim, cut at its colon
_NEGATED = re.compile(r"(?:doesn't|does not|don't|do not|can't|cannot|can not|won't|isn't|aren't|wasn't|shouldn't|didn't|"
                      r"never|not)\s", re.IGNORECASE)
# "Manifests describes desired app state": a subject and its verb, a sentence cut at its colon
_CLAIM_VERB = re.compile(r"^(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:describes|defines|contains|stores|holds|specifies|lists|includes|"
                         r"shows|represents|controls|manages|handles|runs|uses|supports|needs|has|have)\s+\w|"
                         r"^(?:checks|verifies|validates|inspects)\s+\w", re.IGNORECASE)  # "Checks certificate properties: …"
# a label that starts with a verb of its own: "Implements the Set ADT", "Supports multiple …", "Represented by …"
_VERB_LED = re.compile(r"^[A-Z][a-z]+(?:s|ed)\s+(?:the|a|an|its|their|all|any|each|every|multiple|several|by|as|with|from)\b")
# Under "Metric Types" a label such as "Summary" is the name of a kind, not a generic remark
_FORM_STEP = re.compile(r"(?:select|choose|click|enter|leave|pick|tick|uncheck|selecionar|selecione|utilizar|utilize|escolha|"
                        r"escolher|deixar|deixe|marque|seleccionar|seleccione|elegir|elija|wählen|auswählen|sélectionner|"
                        r"sélectionnez|choisir|choisissez|cliquez|clique|clicar)\b", re.IGNORECASE)
_RATING = re.compile(r"(?:very |relatively |extremely |quite )?(?:low|medium|high|moderate)(?:\s*(?:to|-|–)\s*(?:very )?"
                     r"(?:low|medium|high|moderate))?\.?", re.IGNORECASE)
YEAR_LABEL = re.compile(r"(?:19|20)\d{2}s?(?:\s*[–-]\s*(?:19|20)?\d{2}s?)?")  # "2006", "2010–2011", "1990s"
# a whole day: "07/Agosto/2025", "2025-08-07", "7 Aug 2025", "August 7, 2025" (a year or a month alone may be history)
_DAY = re.compile(r"\d{1,2}[/.-](?:\d{1,2}|[^\W\d_]{3,10})[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?\s+\d{4}|"
                  r"[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+\d{4}")
_RUN_IN = frozenset({"key", "point", "trick", "thing", "catch", "gist", "upshot", "secret", "bottom line"})
_DEFAULT = re.compile(r"^(?:by )?default$", re.IGNORECASE)  # "Default: Routes traffic between subnets …" under its topic
_KINDS = re.compile(r"\b(?:types?|kinds?|classes|categories|modes|tiers|levels|models|patterns|strategies)\b", re.IGNORECASE)
_COMMON_WORD = re.compile(r"^[A-Za-z][a-z]+$")  # one ordinary word: not "SLO", "gRPC", "Kubernetes-native"
_CLAUSE = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:is|are|was|were|has|have|can|will|stores|collects|keeps|"
                     r"holds|runs|sends|takes|makes|shows|tracks|gives|receives|writes|reads)\b", re.IGNORECASE)
_ALIAS = re.compile(r"^(equivalent to|an alias (?:of|for)|alias (?:of|for)|shorthand for)\s+`", re.IGNORECASE)
# a value that is a quantity and nothing else: "5-10MB", "`400 Gbps`", "~10 ms"
_QUANTITY = re.compile(r"`?[~≈<>]?\s*\d[\d.,]*\s*(?:(?:[-–~]|to)\s*\d[\d.,]*\s*)?"
                       r"(?P<unit>[KMGTP]i?B(?:/s)?|[KMGT]bps|bytes?|ms|µs|us|ns|sec(?:onds?)?|s|min(?:utes?)?|hours?|days?|"
                       r"[a-z]+s)`?\.?")  # (a plural noun counts: _COUNTED says which)
_COUNTED = frozenset("users connections requests instances nodes objects items messages partitions shards replicas "
                     "tables files rules accounts".split())
_TIME_UNITS = frozenset("ms µs us ns s sec secs second seconds min mins minute minutes hour hours day days".split())
_MEASURE_WORD = re.compile(r"\b(?:sizes?|limits?|max(?:imum)?|min(?:imum)?|capacity|bandwidth|throughput|speed|rate|latency|"
                           r"times?|duration|timeouts?|ttl|delay|interval|period|rtt|round.?trip|quota|"
                           r"length|costs?|price|per|how (?:long|big|much|fast))\b", re.IGNORECASE)
_DANGLING = frozenset("as which that of to the a an and or by with for is are like than also plus como tipo wie comme incluindo "
                       "incluyendo including"
                       .split())  # ("…, como: vai usar …?": a lead-in to examples, in any language)
_MARKER = re.compile(r"(?<=[?？])\s*[(（][^()（）]{1,8}[)）]\s*$")  # "（重要）", "(important)": a note to self


def _measured(u: Unit, name: str, body: str) -> str | None:
    """What a bare quantity measures ('size' for 5-10MB, 'bandwidth' for 400 Gbps, 'time' for 10 ms), when neither
    its label nor its context says it; None otherwise."""
    m = _QUANTITY.fullmatch(body.strip())
    if m is None or _MEASURE_WORD.search(" ".join([name, u.list_title or "", *u.path[-1:]])):
        return None
    unit = m.group("unit").lower()
    if unit in _COUNTED:
        return f"how many {unit}"  # "Standard: 5000 users" → "Standard — how many users?"
    if unit.endswith(("ps", "/s")):
        return "bandwidth"
    if unit.endswith(("b", "bytes", "byte")):
        return "size"
    return "time" if unit in _TIME_UNITS else None  # "3 regions", "3 times", "4 cores": what it counts, unknown here


def _unasked(where: str, subject: bool = True) -> str:
    """A context that is a question ("Why is monitoring important?", "HTTP 和 HTTPS 有什么区别？（重要）")
    names no topic to put before the label: the card's context line shows it. With ``subject``, "What are X?" names
    X ("What are Transformations?" → "Transformations")."""
    where = _MARKER.sub("", where)
    named = rx.fullmatch(r"(?:what|which)\s+(?:is|are)\s+(?:an?\s+|the\s+)?([^\s?？,]+(?:\s+[^\s?？,]+){0,3})\s*[?？]", where,
                         re.IGNORECASE)
    if subject and named and not rx.match(r"(?:it|they|this|these|those|that|the difference|differences)\b", named.group(1), re.I):
        return capitalize(named.group(1))  # "What are Transformations?" over "**Lazy**: …" → "Transformations: Lazy?"
    asks = where.endswith(("?", "？")) or rx.match(r"^(?:what|how|why|when|which|who)\s+(?:is|are|do|does|to)\b", where, re.I)
    return "" if asks else where  # "What are SLOs and SLIs" (no "?") still asks


def _defined(label: str, body: str) -> bool:  # "**MTTD** — *Mean Time To Detect* is …", "**Metric** — A metric is …"
    return label.isupper() or label.lower() in body.lower() or bool(rx.match(r"^(?:an?|the)\s", body, re.IGNORECASE))


def _anchor(u: Unit) -> str:
    """The nearest non-generic context: list title, then headings."""
    for name in (u.list_title, *reversed(u.path)):
        if name and not is_generic(name) and not is_facet(name) and not in_example_name(name):  # not "优缺点"
            return name
    return ""


def in_example_name(name: str) -> bool:
    return bool(rx.match(r"^(?:mini\s+)?(?:exemplar|example)s?\b", name, re.IGNORECASE))
